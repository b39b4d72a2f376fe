#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

class QTimer;

namespace waymark {

class DocumentController;
class TeamStore;

// The team workspace as the window shows it: online or reconnecting, the TLS
// mode, who else is in the workspace, the recent workspaces, and the URI the
// "Open team workspace…" dialog builds. Nothing here when a file is open.
class TeamController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *controller READ controller WRITE setController NOTIFY
                       controllerChanged)
    Q_PROPERTY(bool isTeam READ isTeam NOTIFY stateChanged)
    Q_PROPERTY(bool online READ online NOTIFY stateChanged)
    Q_PROPERTY(QString workspace READ workspace NOTIFY stateChanged)
    Q_PROPERTY(QString tls READ tls NOTIFY stateChanged)
    Q_PROPERTY(QStringList people READ people NOTIFY peopleChanged)
    Q_PROPERTY(QStringList recentWorkspaces READ recentWorkspaces NOTIFY controllerChanged)

public:
    explicit TeamController(QObject *parent = nullptr);

    DocumentController *controller() const { return m_controller; }
    void setController(DocumentController *controller);
    bool isTeam() const { return store() != nullptr; }
    bool online() const;
    QString workspace() const;
    QString tls() const;
    QStringList people() const { return m_people; }
    QStringList recentWorkspaces() const;

    // postgresql://user@host:port/database?sslmode=MODE&workspace=NAME; the
    // password is never part of it (libpq's ~/.pgpass or PGPASSFILE, or asked
    // for by TeamPasswordDialog when the server wants one).
    Q_INVOKABLE static QString buildUri(const QString &host, int port, const QString &database,
                                        const QString &user, const QString &workspace,
                                        const QString &sslMode);

    // Asks the server who else is here (also every 10 s).
    Q_INVOKABLE void refreshPeople();

Q_SIGNALS:
    void controllerChanged();
    void stateChanged();
    void peopleChanged();

private:
    TeamStore *store() const;
    void documentChanged();

    QPointer<DocumentController> m_controller;
    QPointer<TeamStore> m_watched;
    QStringList m_people;
    QTimer *m_presence = nullptr;
};

} // namespace waymark
