#pragma once

#include "model/workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace waymark {

struct ChangeSet;

// The tables of a workspace, the same in every store.
enum class Table {
    Persona,
    Channel,
    MetricDef,
    Journey, // the journey's own row; its content is in the tables below
    Stage,
    Lane,
    Step,
    Link,
    Comment,
    Vote,        // key: step, participant
    MetricValue, // no key of its own: removed by step or by source
    Source,
};

// One row to write: a model value of the table's type (never owned).
using RowRef
        = std::variant<const Persona *, const Channel *, const MetricDef *, const Journey *,
                       const Stage *, const Lane *, const Step *, const Link *, const Comment *,
                       const Vote *, const MetricValue *, const ImportSource *>;

Table tableOf(const RowRef &row);

// References to every row of a list, for DocumentStore::insertAll.
template<typename T>
QList<RowRef> rowRefs(const QList<T> &rows)
{
    QList<RowRef> out;
    out.reserve(rows.size());
    for (const T &row : rows)
        out.append(&row);
    return out;
}

// Where a document lives. The document (core/document) writes every edit
// through this interface and knows nothing of SQL; core/storage implements it
// for the .cjm file (SQLite), the team workspace for a PostgreSQL server.
//
// Every write runs inside the transaction opened by begin(); rows of ordered
// lists carry a position (steps, links and comments may have gaps, so that a
// delete writes only its own rows; see positionOf). A store that refuses a
// write (a stale revision, a lost connection, a read-only role) returns false
// with a message a person can read, and the document leaves memory as it was.
class DocumentStore
{
public:
    virtual ~DocumentStore() = default;

    // A file path or a workspace URI (without password), for titles and messages.
    virtual QString location() const = 0;
    // Why nothing may be written (a read-only file or role), or empty.
    virtual QString readOnlyReason() const = 0;

    virtual bool load(Workspace *workspace, QString *error) = 0;

    virtual bool begin(QString *error) = 0;
    // A transaction that undoes this client's own earlier edit. A shared
    // store refuses in it any write to a row someone else changed after
    // that edit (undo must not overwrite other people's work); a store with
    // one writer has nothing to refuse.
    virtual bool beginUndo(QString *error) { return begin(error); }
    virtual bool commit(QString *error) = 0;
    virtual void rollback() = 0;

    virtual bool insert(const QString &journey, const RowRef &row, qint64 position, QString *error)
            = 0;
    virtual bool update(const QString &journey, const RowRef &row, QString *error) = 0;
    // Rows of one table appended at once, at positions first, first + 1...
    // (tables without positions ignore them): a journey of 50,000 steps, an
    // import of tens of thousands of values. A store may batch them; one by
    // one by default.
    virtual bool insertAll(const QString &journey, const QList<RowRef> &rows, qint64 first,
                           QString *error)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!insert(journey, rows[i], first < 0 ? -1 : first + i, error))
                return false;
        }
        return true;
    }
    // `key` is the row's id (Vote: step, participant).
    virtual bool remove(Table table, const QString &journey, const QStringList &key, QString *error)
            = 0;
    // Metric values of one step (`byStep`) or of one import source.
    virtual bool removeMetricValues(const QString &journey, const QString &step,
                                    const QString &source, QString *error)
            = 0;
    // Every row that belongs to a journey, but not the journey's own row.
    virtual bool removeJourneyContent(const QString &journey, QString *error) = 0;

    // Shifts the rows at `position` and after one place down the list.
    virtual bool makeRoom(Table table, const QString &journey, qint64 position, QString *error) = 0;
    // Shifts the rows after `position` one place up the list.
    virtual bool closeGap(Table table, const QString &journey, qint64 position, QString *error) = 0;
    virtual bool moveRow(Table table, const QString &journey, qint64 from, qint64 to,
                         QString *error)
            = 0;
    virtual std::optional<qint64> positionOf(Table table, const QString &journey, const QString &id,
                                             QString *error)
            = 0;
    virtual std::optional<qint64> endPosition(Table table, const QString &journey, QString *error)
            = 0;

    // Observed behaviour from event logs: one opaque record per journey (the
    // result of its last event import), none when it has none. A store that
    // does not keep it says so in `error`.
    virtual bool loadObserved(const QString &journey, std::optional<QByteArray> *data,
                              QString *error)
    {
        Q_UNUSED(journey);
        Q_UNUSED(error);
        data->reset();
        return true;
    }
    // Writes (replacing) or, with `data` null, removes it; inside the open transaction.
    // A store that keeps none has none to remove.
    virtual bool saveObserved(const QString &journey, const QString &source,
                              const QString &importedAt, const QByteArray *data, QString *error)
    {
        Q_UNUSED(journey);
        Q_UNUSED(source);
        Q_UNUSED(importedAt);
        if (!data)
            return true; // nothing kept, nothing to remove
        if (error)
            *error = QStringLiteral("this workspace does not keep event data");
        return false;
    }

    // Pictures (persona photos, card pictures), each kept once: a table of
    // their own that the .cjm file keeps (storage/picturestore). A store
    // that does not keep them loads none and refuses to add one, so that
    // nothing is half stored.
    virtual bool keepsPictures() const { return false; }
    virtual bool loadPictures(QList<Picture> *pictures, QString *error)
    {
        Q_UNUSED(error);
        pictures->clear();
        return true;
    }
    virtual bool insertPicture(const Picture &picture, QString *error)
    {
        Q_UNUSED(picture);
        if (error)
            *error = QCoreApplication::translate("Document",
                                                 "this workspace does not keep pictures");
        return false;
    }
    virtual bool removePicture(const QString &id, QString *error)
    {
        Q_UNUSED(id);
        if (error)
            *error = QCoreApplication::translate("Document",
                                                 "this workspace does not keep pictures");
        return false;
    }

    // The store's own consistency check (`waymark check`).
    virtual bool integrityCheck(QString *error) = 0;

    // Team workspaces: other people's committed edits. The store calls
    // `notify` (on the thread that owns the document) when there are some;
    // the document then calls catchUp(), which brings `workspace` up to date
    // and says what changed. A file has none.
    virtual void setRemoteListener(std::function<void()> notify) { Q_UNUSED(notify); }
    virtual bool catchUp(Workspace *workspace, ChangeSet *change, QString *error)
    {
        Q_UNUSED(workspace);
        Q_UNUSED(change);
        Q_UNUSED(error);
        return true;
    }
};

} // namespace waymark
