#include "preferences.h"

#include "i18n.h"

#include <QCoreApplication>
#include <QSettings>

namespace waymark {

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_language(preferredLanguage())
    , m_theme(QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString())
    , m_showMinimap(QSettings().value(QStringLiteral("ui/minimap"), true).toBool())
    , m_userName(QSettings().value(QStringLiteral("workshop/name")).toString())
{}

void Preferences::setUserName(const QString &name)
{
    const QString value = name.trimmed();
    if (value == m_userName)
        return;
    m_userName = value;
    QSettings().setValue(QStringLiteral("workshop/name"), value);
    Q_EMIT userNameChanged();
}

QStringList Preferences::languages() const
{
    return availableLanguages();
}

QString Preferences::languageName(const QString &language) const
{
    // Each language in its own words, so a user can find theirs.
    if (language == u"ru")
        return QStringLiteral("Русский");
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

void Preferences::setLanguage(const QString &language)
{
    if (language == m_language || !availableLanguages().contains(language))
        return;
    m_language = language;
    setPreferredLanguage(language);
    installTranslations(QCoreApplication::instance(), language);
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    Q_EMIT languageChanged();
}

void Preferences::setTheme(const QString &theme)
{
    const QString value = theme == u"dark" ? QStringLiteral("dark") : QStringLiteral("light");
    if (value == m_theme)
        return;
    m_theme = value;
    QSettings().setValue(QStringLiteral("ui/theme"), m_theme);
    Q_EMIT themeChanged();
}

void Preferences::setShowMinimap(bool show)
{
    if (show == m_showMinimap)
        return;
    m_showMinimap = show;
    QSettings().setValue(QStringLiteral("ui/minimap"), show);
    Q_EMIT showMinimapChanged();
}

} // namespace waymark
