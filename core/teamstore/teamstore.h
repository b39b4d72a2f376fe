#pragma once

#include "document/documentstore.h"
#include "teamrows.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace waymark::pg {
class Connection;
}

namespace waymark {

// A team workspace on a PostgreSQL server: the second DocumentStore.
//
// Each edit is one server transaction. Every row carries the revision of its
// last write; an update or removal made on a revision this client has not
// seen is refused with who changed the item, and the item is reloaded (the
// store asks the document to catch up). Each commit writes what it touched to
// the change log and NOTIFYs the workspace's channel; other clients catch up
// from the log by transaction id (the rows whose transactions were not yet
// visible in their last snapshot), so a change is neither missed nor applied
// twice, whatever order concurrent transactions commit in.
//
// When the connection drops, writes fail with "offline, reconnecting" and
// the store reconnects with a growing pause; back online, it asks the
// document to catch up. Nothing is written unless a commit was acknowledged.
class TeamStore : public QObject, public DocumentStore
{
    Q_OBJECT

public:
    struct Options
    {
        // The name written as changed_by and shown to others; the
        // connection's user when empty.
        QString person;
        // A password the user typed (kept in memory for reconnecting, never
        // written); empty: libpq's own (~/.pgpass, PGPASSFILE).
        QString password;
    };

    ~TeamStore() override;

    // Connects to `uri` (a libpq URI, perhaps with ?workspace=NAME) and opens
    // `workspace` (when not in the URI), upgrading its schema when older.
    // `*passwordNeeded`: the server wants a password none was given for, or
    // refused the one given (the window then asks for it).
    static std::unique_ptr<TeamStore> open(const QString &uri, const QString &workspace,
                                           QString *error, const Options &options = {},
                                           bool *passwordNeeded = nullptr);

    QString workspaceName() const { return m_workspace; }
    QString person() const { return m_person; }
    // "TLS 1.3 (sslmode=verify-full)" or "no TLS (sslmode=prefer)".
    QString tlsDescription() const;
    bool isOnline() const { return m_online; }
    // The people with this workspace open now (other than this client).
    QStringList othersPresent(QString *error);

    // Writes a whole workspace into this (empty) one in one transaction:
    // `waymark push`.
    bool writeWorkspace(const Workspace &workspace, QString *error);

    // DocumentStore
    QString location() const override;
    QString readOnlyReason() const override { return m_readOnlyReason; }
    bool load(Workspace *workspace, QString *error) override;
    bool begin(QString *error) override;
    bool beginUndo(QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool insert(const QString &journey, const RowRef &row, qint64 position,
                QString *error) override;
    bool update(const QString &journey, const RowRef &row, QString *error) override;
    bool remove(Table table, const QString &journey, const QStringList &key,
                QString *error) override;
    bool removeMetricValues(const QString &journey, const QString &step, const QString &source,
                            QString *error) override;
    bool removeJourneyContent(const QString &journey, QString *error) override;
    bool makeRoom(Table table, const QString &journey, qint64 position, QString *error) override;
    bool closeGap(Table table, const QString &journey, qint64 position, QString *error) override;
    bool moveRow(Table table, const QString &journey, qint64 from, qint64 to,
                 QString *error) override;
    std::optional<qint64> positionOf(Table table, const QString &journey, const QString &id,
                                     QString *error) override;
    std::optional<qint64> endPosition(Table table, const QString &journey, QString *error) override;
    bool integrityCheck(QString *error) override;
    bool keepsPictures() const override { return true; }
    bool loadPictures(QList<Picture> *pictures, QString *error) override;
    bool insertPicture(const Picture &picture, QString *error) override;
    bool removePicture(const QString &id, QString *error) override;
    void setRemoteListener(std::function<void()> notify) override;
    bool catchUp(Workspace *workspace, ChangeSet *change, QString *error) override;

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    TeamStore() = default;
    bool setUp(QString *error);
    bool online(QString *error);
    // A failed statement: offline when the connection broke, the message else.
    bool failed(QString *error);
    void goOffline();
    void tryReconnect();
    void readNotifications();
    void remoteChanged();
    bool log(Table table, const QString &journey, const QStringList &key, const QString &op,
             QString *error);
    bool refuseStale(Table table, const QString &journey, const QStringList &key, QString *error);
    // "this card was changed by Dmitry a moment ago" (or removed).
    QString whoChanged(Table table, const QString &journey, const QStringList &key);
    // In an undo: false when someone else wrote the row after this client did.
    bool undoMayWrite(Table table, const QString &journey, const QStringList &key, QString *error);
    QString rowId(Table table, const QString &journey, const QStringList &key) const;
    // SELECT of `table`'s rows (WHERE `condition`), each with its journey and revision.
    bool readTable(Table table, const QString &condition, const QVariantList &params,
                   const std::function<void(const QString &, team::RowValue &&, qint64)> &each,
                   QString *error);
    bool readJourneyContent(Journey *journey, QString *error);
    bool logPicture(const QString &id, const QString &op, QString *error);
    // The pictures the change log named: added or removed as the server has them.
    bool catchUpPictures(const QStringList &ids, Workspace *workspace, ChangeSet *change,
                         QString *error);
    // A read-only transaction; m_nextSnapshot is what it sees.
    bool snapshotBegin(QString *error);
    bool heartbeat();

    std::unique_ptr<pg::Connection> m_conn;
    QString m_uri; // as given, for location()
    QString m_workspace;
    QString m_person;
    QString m_client; // this client's id in the change log
    QString m_readOnlyReason;
    QString m_snapshot; // the server snapshot the model reflects
    QString m_nextSnapshot;
    bool m_online = false;
    // The revision of each row this client has seen ("table/journey/key").
    QHash<QString, qint64> m_revs;
    QHash<QString, qint64> m_pendingRevs; // written in the open transaction
    // The revision of this client's last write of each row (-1: removed):
    // when it is not the row's revision any more, someone wrote after it.
    QHash<QString, qint64> m_mine;
    bool m_undoing = false; // the open transaction is an undo
    int m_depth = 0;        // begin() nesting: savepoints inside the transaction
    std::function<void()> m_notify;
    std::unique_ptr<QSocketNotifier> m_socket;
    QTimer *m_reconnect = nullptr;
    QTimer *m_heartbeat = nullptr;
    int m_backoffMs = 0;
    bool m_notifyQueued = false;
};

} // namespace waymark
