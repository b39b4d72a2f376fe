#include "teamstore.h"

#include "pg/pgconnection.h"
#include "teamdocument.h"
#include "teamrows.h"
#include "teamschema.h"
#include "teamsql.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <QUuid>

namespace waymark {

using team::serverTable;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TeamStore", text, nullptr, n);
}

QString ago(double seconds)
{
    if (seconds < 60)
        return tr("a moment ago");
    // translate() itself, not the tr() above: lupdate sees the count and
    // makes these plural messages (one, few, many in Russian). The count is
    // worked out first: Qt 6.4's lupdate never ends on "int(x / 60)" there.
    if (seconds < 3600) {
        const int minutes = int(seconds) / 60;
        return QCoreApplication::translate("TeamStore", "%n minute(s) ago", nullptr, minutes);
    }
    if (seconds < 86400) {
        const int hours = int(seconds) / 3600;
        return QCoreApplication::translate("TeamStore", "%n hour(s) ago", nullptr, hours);
    }
    const int days = int(seconds / 86400);
    return QCoreApplication::translate("TeamStore", "%n day(s) ago", nullptr, days);
}

constexpr int kMaxBackoffMs = 4000;
constexpr int kHeartbeatMs = 10000;

} // namespace

TeamStore::~TeamStore()
{
    if (m_conn && m_conn->isOk() && !m_conn->inTransaction()) {
        QString ignored;
        m_conn->exec(QStringLiteral("DELETE FROM presence WHERE client = $1"), {m_client},
                     &ignored);
    }
}

std::unique_ptr<TeamStore> TeamStore::open(const QString &uri, const QString &workspace,
                                           QString *error, const Options &options,
                                           bool *passwordNeeded)
{
    if (passwordNeeded)
        *passwordNeeded = false;
    QString conninfo, named;
    team::splitTeamUri(uri, &conninfo, &named);
    const QString name = workspace.isEmpty() ? named : workspace;
    if (name.isEmpty()) {
        *error = tr("no workspace named: add ?workspace=NAME to the URI or --workspace NAME");
        return nullptr;
    }
    if (const QString bad = team::checkWorkspaceName(name); !bad.isEmpty()) {
        *error = bad;
        return nullptr;
    }
    std::unique_ptr<TeamStore> store(new TeamStore);
    store->m_uri = uri;
    store->m_workspace = name;
    store->m_conn = pg::Connection::open(conninfo, error, {}, options.password, passwordNeeded);
    if (!store->m_conn)
        return nullptr;
    store->m_person = options.person.isEmpty() ? store->m_conn->user() : options.person;
    if (!team::upgradeWorkspace(*store->m_conn, name, error))
        return nullptr;
    store->m_reconnect = new QTimer(store.get());
    store->m_reconnect->setSingleShot(true);
    connect(store->m_reconnect, &QTimer::timeout, store.get(), &TeamStore::tryReconnect);
    store->m_heartbeat = new QTimer(store.get());
    connect(store->m_heartbeat, &QTimer::timeout, store.get(), &TeamStore::heartbeat);
    store->m_heartbeat->start(kHeartbeatMs);
    if (!store->setUp(error))
        return nullptr;
    return store;
}

// After every (re)connect: the workspace's schema, LISTEN, the socket watch.
bool TeamStore::setUp(QString *error)
{
    // A new id after a reconnect: a commit whose answer was lost comes back
    // through the catch-up as if it were someone else's.
    m_client = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString schema = m_conn->quoteIdentifier(team::schemaName(m_workspace));
    pg::Result r;
    if (!m_conn->execScript(QStringLiteral("SET search_path TO ") + schema, error)
        || !m_conn->listen(team::channelName(m_workspace), error)
        || !m_conn->exec(QStringLiteral("SELECT has_table_privilege('step', 'UPDATE')"), {}, &r,
                         error))
        return false;
    m_readOnlyReason = r.boolean(0, 0)
                               ? QString()
                               : tr("your role \"%1\" may only read the team workspace \"%2\"")
                                         .arg(m_conn->user(), m_workspace);
    if (m_socket)
        m_socket.release()->deleteLater();
    m_socket = std::make_unique<QSocketNotifier>(m_conn->socket(), QSocketNotifier::Read);
    connect(m_socket.get(), &QSocketNotifier::activated, this, &TeamStore::readNotifications);
    m_online = true;
    m_backoffMs = 0;
    heartbeat();
    return true;
}

QString TeamStore::location() const
{
    QString conninfo, named;
    team::splitTeamUri(m_uri, &conninfo, &named);
    const QString shown = team::displayUri(conninfo);
    return shown + (shown.contains(u'?') ? u'&' : u'?') + QStringLiteral("workspace=")
           + m_workspace;
}

QString TeamStore::tlsDescription() const
{
    return m_conn ? m_conn->tlsDescription() : QString();
}

bool TeamStore::heartbeat()
{
    if (!m_online || m_conn->inTransaction())
        return false;
    QString error;
    const bool ok = m_conn->exec(
            QStringLiteral("INSERT INTO presence(client, person) VALUES ($1, $2) ON CONFLICT "
                           "(client) DO UPDATE SET seen = now()"),
            {m_client, m_person}, &error);
    if (!ok && !m_conn->isOk())
        goOffline();
    return ok;
}

QStringList TeamStore::othersPresent(QString *error)
{
    QStringList out;
    pg::Result r;
    if (!online(error))
        return out;
    if (!m_conn->exec(QStringLiteral("SELECT DISTINCT person FROM presence WHERE client <> $1 "
                                     "AND seen > now() - interval '30 seconds' ORDER BY 1"),
                      {m_client}, &r, error)) {
        failed(error);
        return out;
    }
    for (int i = 0; i < r.rows(); ++i)
        out << r.text(i, 0);
    return out;
}

bool TeamStore::online(QString *error)
{
    if (m_online)
        return true;
    if (error)
        *error = tr("offline, reconnecting: the edit was not saved");
    return false;
}

bool TeamStore::failed(QString *error)
{
    if (!m_conn->isOk()) {
        goOffline();
        online(error);
    } else if (m_conn->lastSqlState() == QLatin1String("54000") && error) {
        *error = tr("an id or a participant name is too long for the server (%1)").arg(*error);
    }
    return false;
}

void TeamStore::goOffline()
{
    if (!m_online)
        return;
    m_online = false;
    // Perhaps called from the notifier's own signal: deleted later.
    if (m_socket) {
        m_socket->setEnabled(false);
        m_socket.release()->deleteLater();
    }
    m_pendingRevs.clear();
    m_depth = 0;
    m_undoing = false;
    m_backoffMs = 250;
    m_reconnect->start(m_backoffMs);
    Q_EMIT onlineChanged(false);
}

void TeamStore::tryReconnect()
{
    QString error;
    if (m_conn->reconnect(&error) && setUp(&error)) {
        Q_EMIT onlineChanged(true);
        remoteChanged(); // catch up with what happened meanwhile
        return;
    }
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
    m_reconnect->start(m_backoffMs);
}

void TeamStore::setRemoteListener(std::function<void()> notify)
{
    m_notify = std::move(notify);
}

void TeamStore::readNotifications()
{
    if (!m_online)
        return;
    QList<pg::Notification> received;
    QString error;
    if (!m_conn->consumeNotifications(&received, &error)) {
        goOffline();
        return;
    }
    for (const pg::Notification &n : received) {
        if (n.payload != m_client) {
            remoteChanged();
            break;
        }
    }
}

void TeamStore::remoteChanged()
{
    if (!m_notify || m_notifyQueued)
        return;
    m_notifyQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_notifyQueued = false;
        if (m_notify)
            m_notify();
    });
}

bool TeamStore::writeWorkspace(const Workspace &workspace, QString *error)
{
    return writeWholeWorkspace(*this, workspace, error);
}

bool TeamStore::begin(QString *error)
{
    if (!online(error))
        return false;
    if (!m_readOnlyReason.isEmpty()) {
        *error = m_readOnlyReason;
        return false;
    }
    // Nested: a primitive inside a command's batch. A savepoint, as in the
    // file, so that the batch stays one transaction.
    if (m_depth > 0) {
        if (!m_conn->execScript(QStringLiteral("SAVEPOINT sp%1").arg(m_depth), error))
            return failed(error);
        ++m_depth;
        return true;
    }
    m_pendingRevs.clear();
    m_undoing = false;
    if (!m_conn->begin(error))
        return failed(error);
    m_depth = 1;
    return true;
}

bool TeamStore::beginUndo(QString *error)
{
    const bool outermost = m_depth == 0;
    if (!begin(error))
        return false;
    if (outermost)
        m_undoing = true;
    return true;
}

bool TeamStore::undoMayWrite(Table table, const QString &journey, const QStringList &key,
                             QString *error)
{
    const QString id = rowId(table, journey, key);
    // Rows this client never wrote give no sign of a later change; rows
    // already written in this transaction are this undo's own.
    if (!m_undoing || m_pendingRevs.contains(id) || !m_mine.contains(id))
        return true;
    if (m_mine.value(id) == m_revs.value(id, -1))
        return true;
    *error = tr("%1, after your edit; undoing it would overwrite that")
                     .arg(whoChanged(table, journey, key));
    return false;
}

bool TeamStore::commit(QString *error)
{
    if (!online(error))
        return false;
    if (m_depth > 1) {
        --m_depth;
        if (!m_conn->execScript(QStringLiteral("RELEASE sp%1").arg(m_depth), error)) {
            rollback();
            return failed(error);
        }
        return true;
    }
    m_depth = 0;
    if (!m_conn->commit(error)) {
        m_conn->rollback();
        m_pendingRevs.clear();
        return failed(error);
    }
    for (auto it = m_pendingRevs.cbegin(); it != m_pendingRevs.cend(); ++it) {
        if (it.value() < 0)
            m_revs.remove(it.key());
        else
            m_revs.insert(it.key(), it.value());
        m_mine.insert(it.key(), it.value());
    }
    m_pendingRevs.clear();
    m_undoing = false;
    readNotifications(); // what libpq read while waiting for the commit
    return true;
}

void TeamStore::rollback()
{
    if (m_depth > 1) {
        // The batch around it fails as a whole (Document::Batch), so the
        // revisions written inside the savepoint are dropped with it.
        --m_depth;
        if (m_conn->isOk()) {
            m_conn->execScript(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth), nullptr);
            m_conn->execScript(QStringLiteral("RELEASE sp%1").arg(m_depth), nullptr);
        }
        return;
    }
    m_depth = 0;
    m_pendingRevs.clear();
    m_undoing = false;
    if (m_conn->isOk())
        m_conn->rollback();
}

QString TeamStore::rowId(Table table, const QString &journey, const QStringList &key) const
{
    // Rows of workspace-level tables are the same whatever journey is named.
    const QString scope = serverTable(table).perJourney ? journey : QString();
    return QString::number(int(table)) + u'/' + scope + u'/' + key.join(u'/');
}

bool TeamStore::log(Table table, const QString &journey, const QStringList &key, const QString &op,
                    QString *error)
{
    // The NOTIFY in the same statement (one round trip less per commit); the
    // server sends one per transaction, at commit, whatever the count here.
    return m_conn->exec(QStringLiteral("WITH l AS (INSERT INTO change_log(client, tbl, journey, "
                                       "key, op, changed_by) VALUES ($1, $2, $3, $4::text[], $5, "
                                       "$6) RETURNING 1) SELECT pg_notify($7, $1) FROM l"),
                        {m_client, serverTable(table).name,
                         serverTable(table).perJourney ? journey : QString(), team::textArray(key),
                         op, m_person, team::channelName(m_workspace)},
                        error)
           || failed(error);
}

bool TeamStore::insert(const QString &journey, const RowRef &row, qint64 position, QString *error)
{
    const Table table = Table(row.index());
    const team::ServerTable &t = serverTable(table);
    QVariantList params;
    if (t.perJourney)
        params << journey;
    params << team::rowValues(row) << position << m_person;
    pg::Result r;
    const QStringList key = team::rowKey(row);
    if (!m_conn->exec(team::insertSql(table), params, &r, error))
        return failed(error);
    if (r.rows() == 0) // someone added the same id first
        return refuseStale(table, journey, key, error);
    if (table != Table::MetricValue)
        m_pendingRevs.insert(rowId(table, journey, key), r.integer(0, 0));
    return log(table, journey, key, QStringLiteral("i"), error);
}

bool TeamStore::update(const QString &journey, const RowRef &row, QString *error)
{
    const Table table = Table(row.index());
    const team::ServerTable &t = serverTable(table);
    const QStringList key = team::rowKey(row);
    const QString id = rowId(table, journey, key);
    if (!undoMayWrite(table, journey, key, error))
        return false;
    QVariantList params;
    if (t.perJourney)
        params << journey;
    params << team::rowValues(row) << m_person;
    const qint64 known = m_pendingRevs.value(id, m_revs.value(id, 0));
    params << (known > 0 ? QVariant(known) : QVariant());
    pg::Result r;
    if (!m_conn->exec(team::updateSql(table), params, &r, error))
        return failed(error);
    if (r.rows() == 0)
        return refuseStale(table, journey, key, error);
    m_pendingRevs.insert(id, r.integer(0, 0));
    return log(table, journey, key, QStringLiteral("u"), error);
}

bool TeamStore::remove(Table table, const QString &journey, const QStringList &key, QString *error)
{
    const team::ServerTable &t = serverTable(table);
    const QString id = rowId(table, journey, key);
    if (!undoMayWrite(table, journey, key, error))
        return false;
    QVariantList params;
    if (t.perJourney)
        params << journey;
    for (const QString &k : key)
        params << k;
    const qint64 known = m_pendingRevs.value(id, m_revs.value(id, 0));
    params << (known > 0 ? QVariant(known) : QVariant());
    pg::Result r;
    if (!m_conn->exec(team::removeSql(table), params, &r, error))
        return failed(error);
    if (r.affected() == 0)
        return refuseStale(table, journey, key, error);
    m_pendingRevs.insert(id, -1);
    return log(table, journey, key, QStringLiteral("d"), error);
}

// The row was written by someone else since this client read it (or it is
// gone): say who, and have the document reload it.
bool TeamStore::refuseStale(Table table, const QString &journey, const QStringList &key,
                            QString *error)
{
    const QString why = whoChanged(table, journey, key);
    if (!m_conn->isOk())
        return failed(error);
    *error = why;
    remoteChanged();
    return false;
}

QString TeamStore::whoChanged(Table table, const QString &journey, const QStringList &key)
{
    const QString noun = team::itemNoun(table);
    pg::Result r;
    QString ignored;
    QVariantList keyValues;
    for (const QString &k : key)
        keyValues << k;
    const QString scope = serverTable(table).perJourney ? journey : QString();
    if (m_conn->exec(team::whoChangedSql(table), team::scoped(table, journey, keyValues), &r,
                     &ignored)
        && r.rows() == 1)
        return tr("this %1 was changed by %2 %3").arg(noun, r.text(0, 0), ago(r.real(0, 1)));
    if (m_conn->exec(QStringLiteral("SELECT changed_by, extract(epoch FROM now() - changed_at) "
                                    "FROM change_log WHERE tbl = $1 AND journey = $2 AND key = "
                                    "$3::text[] AND op = 'd' ORDER BY seq DESC LIMIT 1"),
                     {serverTable(table).name, scope, team::textArray(key)}, &r, &ignored)
        && r.rows() == 1)
        return tr("this %1 was removed by %2 %3").arg(noun, r.text(0, 0), ago(r.real(0, 1)));
    return tr("this %1 was changed by someone else").arg(noun);
}

bool TeamStore::removeMetricValues(const QString &journey, const QString &step,
                                   const QString &source, QString *error)
{
    pg::Result r;
    if (!step.isEmpty()) {
        if (!m_conn->exec(
                    QStringLiteral("DELETE FROM metric_value WHERE journey = $1 AND step = $2"),
                    {journey, step}, error))
            return failed(error);
        return log(Table::MetricValue, journey, {step}, QStringLiteral("d"), error);
    }
    if (!m_conn->exec(QStringLiteral("SELECT DISTINCT journey, step FROM metric_value WHERE "
                                     "source = $1"),
                      {source}, &r, error)
        || !m_conn->exec(QStringLiteral("DELETE FROM metric_value WHERE source = $1"), {source},
                         error))
        return failed(error);
    for (int i = 0; i < r.rows(); ++i) {
        if (!log(Table::MetricValue, r.text(i, 0), {r.text(i, 1)}, QStringLiteral("d"), error))
            return false;
    }
    return true;
}

bool TeamStore::removeJourneyContent(const QString &journey, QString *error)
{
    for (Table t : team::allTables()) {
        if (!serverTable(t).perJourney)
            continue;
        if (!m_conn->exec(
                    QStringLiteral("DELETE FROM %1 WHERE journey = $1").arg(serverTable(t).name),
                    {journey}, error))
            return failed(error);
    }
    return log(Table::Journey, journey, {journey}, QStringLiteral("c"), error);
}

bool TeamStore::makeRoom(Table table, const QString &journey, qint64 position, QString *error)
{
    return (m_conn->exec(team::shiftSql(table, +1), team::scoped(table, journey, {position}), error)
            || failed(error))
           && log(table, journey, {}, QStringLiteral("o"), error);
}

bool TeamStore::closeGap(Table table, const QString &journey, qint64 position, QString *error)
{
    return (m_conn->exec(team::shiftSql(table, -1), team::scoped(table, journey, {position}), error)
            || failed(error))
           && log(table, journey, {}, QStringLiteral("o"), error);
}

bool TeamStore::moveRow(Table table, const QString &journey, qint64 from, qint64 to, QString *error)
{
    return (m_conn->exec(team::moveSql(table), team::scoped(table, journey, {from, to}), error)
            || failed(error))
           && log(table, journey, {}, QStringLiteral("o"), error);
}

std::optional<qint64> TeamStore::positionOf(Table table, const QString &journey, const QString &id,
                                            QString *error)
{
    pg::Result r;
    if (!m_conn->exec(team::positionSql(table), team::scoped(table, journey, {id}), &r, error)) {
        failed(error);
        return std::nullopt;
    }
    if (r.rows() == 0) {
        *error = tr("this %1 is no longer in the workspace").arg(team::itemNoun(table));
        return std::nullopt;
    }
    return r.integer(0, 0);
}

std::optional<qint64> TeamStore::endPosition(Table table, const QString &journey, QString *error)
{
    pg::Result r;
    if (!m_conn->exec(team::endPositionSql(table), team::scoped(table, journey, {}), &r, error)) {
        failed(error);
        return std::nullopt;
    }
    return r.integer(0, 0);
}

} // namespace waymark
