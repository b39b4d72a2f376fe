#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace waymark {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

// Core and the command line translate through small helpers, e.g.
// `tr(text)` = `QCoreApplication::translate("Cli", text)`, but lupdate files
// such a call under the C++ scope it sits in ("waymark::cli", or the class
// whose method makes it). The helpers' contexts therefore also look in those
// scopes before giving up. tests/app/tst_i18n.cpp keeps both lists complete.
constexpr const char *kHelperContexts[] = {
        "Analysis",   "Cli",      "Commands",         "DocumentFile",
        "Enums",      "Export",   "JsonImport",       "Layout",
        "MapPainter", "MapSheet", "Mermaid",          "MetricImportController",
        "Metrics",    "Sample",   "Storage",          "Templates",
        "UndoStack",  "Validate", "WorkshopAppendix", "SaveCopy",
        "TeamStore",  "Observed", "Document",         "Editor",
        "Events",     "Picture",
};
constexpr const char *kScopeContexts[] = {
        "waymark",
        "waymark::cli",
        "waymark::cli::Options",
        "waymark::detail::Worker",
        "waymark::AddChannelCommand",
        "waymark::CardTips",
        "waymark::ChannelIconItem",
        "waymark::ObservedOverlay",
        "waymark::PictureEditor",
        "waymark::scenario",
        "waymark::TeamStore",
        "waymark::pg::Connection",
        "waymark::events::Reader",
        "waymark::events",
        "waymark::team",
        "waymark::ObservedPainter",
        "waymark::AddCommentCommand",
        "waymark::AddItemsCommand",
        "waymark::AddLaneCommand",
        "waymark::AddMetricDefCommand",
        "waymark::AddPersonaCommand",
        "waymark::AddStageCommand",
        "waymark::ChangeMetricDefCommand",
        "waymark::DataFile",
        "waymark::DataHeader",
        "waymark::Document",
        "waymark::jsonread::Fields",
        "waymark::MapSheet",
        "waymark::MoveJourneyCommand",
        "waymark::MoveLaneCommand",
        "waymark::MoveStageCommand",
        "waymark::MoveStepsCommand",
        "waymark::Parser",
        "waymark::RemoveChannelCommand",
        "waymark::RemoveCommentCommand",
        "waymark::RemoveJourneyCommand",
        "waymark::RemoveLaneCommand",
        "waymark::RemovePersonaCommand",
        "waymark::RemoveStageCommand",
        "waymark::SetVoteCommand",
        "waymark::WorkshopAppendix",
};

class ScopedTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty() || !context || !isHelperContext(context))
            return text;
        for (const char *scope : kScopeContexts) {
            text = QTranslator::translate(scope, sourceText, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        return text;
    }

private:
    static bool isHelperContext(const char *context)
    {
        for (const char *helper : kHelperContexts) {
            if (qstrcmp(helper, context) == 0)
                return true;
        }
        return false;
    }
};

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString matchLanguage(const QString &name)
{
    if (name.startsWith(u"ru"))
        return QStringLiteral("ru");
    if (name.startsWith(u"zh"))
        return QStringLiteral("zh_CN");
    if (name.startsWith(u"en"))
        return QStringLiteral("en");
    return {};
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")};
}

QString preferredLanguage()
{
    const QString chosen = matchLanguage(QSettings().value(kLanguageKey).toString());
    if (!chosen.isEmpty())
        return chosen;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString match = matchLanguage(name.toLower().replace(u'-', u'_'));
        if (!match.isEmpty())
            return match;
    }
    return QStringLiteral("en");
}

void setPreferredLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QStringList helperContexts()
{
    QStringList out;
    for (const char *c : kHelperContexts)
        out.append(QString::fromLatin1(c));
    return out;
}

QStringList scopeContexts()
{
    QStringList out;
    for (const char *c : kScopeContexts)
        out.append(QString::fromLatin1(c));
    return out;
}

bool installTranslationFile(QCoreApplication *app, const QString &qmPath)
{
    for (auto &t : installed())
        app->removeTranslator(t.get());
    installed().clear();
    auto own = std::make_unique<ScopedTranslator>();
    if (!own->load(qmPath))
        return false;
    app->installTranslator(own.get());
    installed().push_back(std::move(own));
    return true;
}

bool installTranslations(QCoreApplication *app, const QString &language)
{
    for (auto &t : installed())
        app->removeTranslator(t.get());
    installed().clear();
    // English too: its file holds the plural forms ("1 card", "2 cards").
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    // Numbers and dates in the window, Qt's file dialogs and the exports
    // follow the chosen language, not the system's.
    QLocale::setDefault(QLocale(lang));
    auto own = std::make_unique<ScopedTranslator>();
    if (!own->load(QStringLiteral(":/i18n/waymark_%1.qm").arg(lang)))
        return lang == u"en";
    app->installTranslator(own.get());
    installed().push_back(std::move(own));
    // Qt's own strings (the file dialog's labels and buttons): Debian's
    // qt6-translations-l10n, a dependency of the package.
    auto qt = std::make_unique<QTranslator>();
    if (lang != u"en"
        && qt->load(QStringLiteral("qt_%1").arg(lang),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return true;
}

} // namespace waymark
