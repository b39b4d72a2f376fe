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

bool installTranslations(QCoreApplication *app, const QString &language)
{
    for (auto &t : installed())
        app->removeTranslator(t.get());
    installed().clear();
    // English too: its file holds the plural forms ("1 card", "2 cards").
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/waymark_%1.qm").arg(lang)))
        return lang == u"en";
    app->installTranslator(own.get());
    installed().push_back(std::move(own));
    // Qt's own strings (dialog buttons) when Debian's translations are installed.
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
