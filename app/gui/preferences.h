#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace waymark {

// The user's preferences (QSettings): UI language and theme. Changing the
// language retranslates the running UI.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    Q_PROPERTY(bool showMinimap READ showMinimap WRITE setShowMinimap NOTIFY showMinimapChanged)
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY userNameChanged)

public:
    explicit Preferences(QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QStringList languages() const;
    Q_INVOKABLE QString languageName(const QString &language) const;
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool dark() const { return m_theme == u"dark"; }
    bool showMinimap() const { return m_showMinimap; }
    void setShowMinimap(bool show);
    // The name put on comments and votes.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name);

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void showMinimapChanged();
    void userNameChanged();

private:
    QString m_language;
    QString m_theme;
    bool m_showMinimap = true;
    QString m_userName;
};

} // namespace waymark
