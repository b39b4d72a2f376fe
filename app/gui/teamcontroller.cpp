#include "teamcontroller.h"

#include "document/document.h"
#include "documentcontroller.h"
#include "teamstore/teamdocument.h"
#include "teamstore/teamstore.h"

#include <QTimer>
#include <QUrl>

namespace waymark {

TeamController::TeamController(QObject *parent)
    : QObject(parent)
    , m_presence(new QTimer(this))
{
    m_presence->setInterval(10000);
    connect(m_presence, &QTimer::timeout, this, &TeamController::refreshPeople);
}

void TeamController::setController(DocumentController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &DocumentController::documentChanged, this,
                &TeamController::documentChanged);
        connect(m_controller, &DocumentController::recentFilesChanged, this,
                &TeamController::controllerChanged);
    }
    documentChanged();
    Q_EMIT controllerChanged();
}

TeamStore *TeamController::store() const
{
    Document *doc = m_controller ? m_controller->document() : nullptr;
    return doc ? dynamic_cast<TeamStore *>(doc->store()) : nullptr;
}

void TeamController::documentChanged()
{
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = store();
    if (m_watched) {
        connect(m_watched, &TeamStore::onlineChanged, this, &TeamController::stateChanged);
        m_presence->start();
    } else {
        m_presence->stop();
    }
    refreshPeople();
    Q_EMIT stateChanged();
}

bool TeamController::online() const
{
    const TeamStore *s = store();
    return s && s->isOnline();
}

QString TeamController::workspace() const
{
    const TeamStore *s = store();
    return s ? s->workspaceName() : QString();
}

QString TeamController::tls() const
{
    const TeamStore *s = store();
    return s ? s->tlsDescription() : QString();
}

void TeamController::refreshPeople()
{
    QStringList people;
    if (TeamStore *s = store(); s && s->isOnline()) {
        QString error;
        people = s->othersPresent(&error);
    }
    if (people != m_people) {
        m_people = people;
        Q_EMIT peopleChanged();
    }
}

QStringList TeamController::recentWorkspaces() const
{
    QStringList out;
    if (m_controller) {
        for (const QString &recent : m_controller->recentFiles()) {
            if (isTeamLocation(recent))
                out << recent;
        }
    }
    return out;
}

QString TeamController::buildUri(const QString &host, int port, const QString &database,
                                 const QString &user, const QString &workspace,
                                 const QString &sslMode)
{
    auto part = [](const QString &text) {
        return QString::fromUtf8(QUrl::toPercentEncoding(text.trimmed()));
    };
    QString uri = QStringLiteral("postgresql://");
    if (!user.trimmed().isEmpty())
        uri += part(user) + u'@';
    QStringList query;
    // A folder is a Unix socket: it goes in the query, not the authority.
    if (host.trimmed().startsWith(u'/'))
        query << QStringLiteral("host=") + part(host);
    else
        uri += part(host);
    if (port > 0 && port != 5432)
        uri += u':' + QString::number(port);
    uri += u'/' + part(database);
    if (!sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + part(sslMode);
    query << QStringLiteral("workspace=") + part(workspace);
    return uri + u'?' + query.join(u'&');
}

} // namespace waymark
