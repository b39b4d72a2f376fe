#include "sqlitestore.h"

#include "observedstore.h"
#include "sqlite.h"
#include "tables.h"

#include <QCoreApplication>
#include <QLockFile>

#include <sqlite3.h>

#include <array>
#include <string>
#include <type_traits>

namespace waymark {

namespace {

void bindCell(Statement &s, int index, const Cell &cell)
{
    if (const auto *i = std::get_if<qint64>(&cell))
        s.bind(index, *i);
    else if (const auto *d = std::get_if<double>(&cell))
        s.bind(index, *d);
    else if (const auto *t = std::get_if<QString>(&cell))
        s.bind(index, *t);
    else if (const auto *b = std::get_if<QByteArray>(&cell))
        s.bind(index, *b);
    else
        s.bindNull(index);
}

Cell readCell(const Statement &s, int column)
{
    switch (s.type(column)) {
    case SQLITE_INTEGER:
        return s.integer(column);
    case SQLITE_FLOAT:
        return s.real(column);
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return s.blob(column);
    default:
        return s.text(column);
    }
}

// The statements of one table, built once from its description. Parameters:
// ?1 the journey (scoped tables), then the columns in order, then the position.
struct TableSql
{
    std::string insert, update, remove, load, makeRoom, closeGap, moveRow, positionOf, endPosition;
    // kBulkRows rows in one INSERT: ?1 the journey for all of them, then
    // each row's columns (and position), row after row.
    std::string insertMany;
};

// Rows per statement of a bulk insert: one statement runs the cursors and
// the foreign-key look-ups once for all of them (about 40 % less time than
// a statement per row for a metric import), and 32 rows of the widest
// table stay far below SQLite's limit on parameters.
constexpr int kBulkRows = 32;

template<typename T>
TableSql buildSql(const TableDesc<T> &d)
{
    TableSql sql;
    const std::string name = d.name;
    const int first = d.scoped ? 2 : 1; // the first column's parameter
    auto param = [](int i) {
        return "?" + std::to_string(i);
    };

    std::string cols, values, sets, where, select;
    if (d.scoped) {
        cols = "journey";
        values = "?1";
    }
    for (size_t i = 0; i < d.columns.size(); ++i) {
        const std::string c = d.columns[i].name;
        const std::string p = param(first + int(i));
        cols += (cols.empty() ? "" : ", ") + c;
        values += (values.empty() ? "" : ", ") + p;
        select += (select.empty() ? "" : ", ") + c;
        if (int(i) < d.keyCount)
            where += (where.empty() ? "" : " AND ") + c + " = " + p;
        else
            sets += (sets.empty() ? "" : ", ") + c + " = " + p;
    }
    const std::string scope = d.scoped ? "journey = ?1" : "";
    const std::string keyWhere = scope.empty() ? where : scope + " AND " + where;
    const int positionParam = first + int(d.columns.size());
    if (d.ordered) {
        cols += ", position";
        values += ", " + param(positionParam);
    }
    sql.insert = "INSERT INTO " + name + "(" + cols + ") VALUES(" + values + ")";
    const int perRow = int(d.columns.size()) + (d.ordered ? 1 : 0);
    sql.insertMany = "INSERT INTO " + name + "(" + cols + ") VALUES";
    for (int r = 0; r < kBulkRows; ++r) {
        std::string row = d.scoped ? "?1" : "";
        for (int i = 0; i < perRow; ++i)
            row += (row.empty() ? "" : ", ") + param(first + r * perRow + i);
        sql.insertMany += (r ? ", (" : "(") + row + ")";
    }
    sql.update = "UPDATE " + name + " SET " + sets + " WHERE " + keyWhere;
    // Deletes bind the key only: ?1 journey, then the key columns.
    std::string delWhere = scope;
    for (int i = 0; i < d.keyCount; ++i)
        delWhere += std::string(delWhere.empty() ? "" : " AND ") + d.columns[size_t(i)].name + " = "
                    + param(first + i);
    sql.remove = "DELETE FROM " + name + " WHERE " + delWhere;
    sql.load = "SELECT " + select + " FROM " + name + (d.scoped ? " WHERE journey = ?1" : "")
               + (d.ordered ? " ORDER BY position" : " ORDER BY rowid");
    // Position statements: ?1 journey (scoped), ?2 position / from, ?3 to.
    const std::string ps = d.scoped ? "journey = ?1 AND " : "";
    sql.makeRoom = "UPDATE " + name + " SET position = position + 1 WHERE " + ps + "position >= ?2";
    sql.closeGap = "UPDATE " + name + " SET position = position - 1 WHERE " + ps + "position > ?2";
    // One statement moves the row and shifts the ones between.
    sql.moveRow = "UPDATE " + name
                  + " SET position = CASE WHEN position = ?2 THEN ?3"
                    " WHEN ?2 < ?3 THEN position - 1 ELSE position + 1 END WHERE "
                  + ps + "position BETWEEN min(?2, ?3) AND max(?2, ?3)";
    sql.positionOf = "SELECT position FROM " + name + " WHERE journey = ?1 AND id = ?2";
    sql.endPosition = "SELECT coalesce(max(position), -1) + 1 FROM " + name + " WHERE journey = ?1";
    return sql;
}

const TableSql &sqlOf(Table table)
{
    static const auto all = [] {
        std::array<TableSql, 12> out;
        for (Table t : tablesInOrder())
            out[size_t(t)] = withTable(t, [](const auto &d) { return buildSql(d); });
        return out;
    }();
    return all[size_t(table)];
}

const TableSql &pictureSql()
{
    static const TableSql sql = buildSql(pictureTable());
    return sql;
}

template<typename T>
const TableSql &sqlFor(const TableDesc<T> &d)
{
    if constexpr (std::is_same_v<T, Picture>)
        return pictureSql();
    else
        return sqlOf(d.table);
}

// Runs a statement that returns no rows.
bool runStatement(Database &db, Statement *s, QString *error)
{
    if (!s)
        return false;
    if (!s->run()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}

std::optional<qint64> queryPosition(Database &db, Statement *s, QString *error)
{
    if (!s)
        return std::nullopt;
    std::optional<qint64> out;
    if (s->next())
        out = s->integer(0);
    else if (error)
        *error = db.lastError();
    s->reset();
    return out;
}

// Binds every column of `row` from the table's description from parameter
// `p` on, then its position (an INSERT into an ordered table); returns the
// next parameter.
template<typename T>
int bindRow(Statement &s, int p, const TableDesc<T> &d, const T &row,
            std::optional<qint64> position)
{
    for (const Column<T> &c : d.columns)
        bindCell(s, p++, c.get(row));
    if (d.ordered && position)
        s.bind(p++, *position);
    return p;
}

// Runs an INSERT or UPDATE of `sql` (built by buildSql) for one row: the
// journey (scoped tables), then the row.
template<typename T>
bool runRow(Database &db, const std::string &sql, const TableDesc<T> &d, const QString &journey,
            const T &row, std::optional<qint64> position, QString *error)
{
    Statement *s = db.prepare(sql.c_str(), error);
    if (!s)
        return false;
    int p = 1;
    if (d.scoped)
        s->bind(p++, journey);
    bindRow(*s, p, d, row, position);
    return runStatement(db, s, error);
}

// Reads every row of one table (of one journey) into `list`.
template<typename T, typename List>
bool loadTable(Database &db, const TableDesc<T> &d, const QString &journey, List *list,
               QString *error)
{
    Statement *s = db.prepare(sqlFor(d).load.c_str(), error);
    if (!s)
        return false;
    if (d.scoped)
        s->bind(1, journey);
    const int count = int(d.columns.size());
    while (s->next()) {
        T row;
        for (int i = 0; i < count; ++i)
            d.columns[size_t(i)].set(row, readCell(*s, i));
        list->append(std::move(row));
    }
    const bool ok = s->lastResult() == SQLITE_DONE;
    if (!ok && error)
        *error = db.lastError();
    s->reset();
    return ok;
}

} // namespace

SqliteStore::SqliteStore(std::unique_ptr<Database> db, QString path,
                         std::unique_ptr<QLockFile> lock)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_lock(std::move(lock))
{}

SqliteStore::~SqliteStore()
{
    // At rest a .cjm is one self-contained file (no -wal beside it), readable
    // from a read-only folder or after being mailed; it fails harmlessly while
    // another process still reads the file. Only the editor (the lock holder)
    // may change the journal mode.
    if (m_lock && m_db && !m_path.isEmpty()) {
        m_db->exec("PRAGMA busy_timeout = 0");
        m_db->exec("PRAGMA journal_mode = DELETE");
    }
    m_db.reset(); // close (and checkpoint) before the lock goes
    m_lock.reset();
}

bool SqliteStore::load(Workspace *ws, QString *error)
{
    *ws = Workspace();
    if (!loadTable(*m_db, personaTable(), {}, &ws->personas, error)
        || !loadTable(*m_db, channelTable(), {}, &ws->channels, error)
        || !loadTable(*m_db, metricDefTable(), {}, &ws->metricDefs, error)
        || !loadTable(*m_db, journeyTable(), {}, &ws->journeys, error))
        return false;
    for (Journey &j : ws->journeys) {
        if (!loadTable(*m_db, stageTable(), j.id, &j.stages, error)
            || !loadTable(*m_db, laneTable(), j.id, &j.lanes, error)
            || !loadTable(*m_db, stepTable(), j.id, &j.steps, error)
            || !loadTable(*m_db, linkTable(), j.id, &j.links, error)
            || !loadTable(*m_db, commentTable(), j.id, &j.comments, error)
            || !loadTable(*m_db, voteTable(), j.id, &j.votes, error)
            || !loadTable(*m_db, metricValueTable(), j.id, &j.metricValues, error))
            return false;
    }
    return loadTable(*m_db, sourceTable(), {}, &ws->sources, error)
           && loadPictures(&ws->pictures, error);
}

bool SqliteStore::loadPictures(QList<Picture> *pictures, QString *error)
{
    pictures->clear();
    return loadTable(*m_db, pictureTable(), {}, pictures, error);
}

bool SqliteStore::insertPicture(const Picture &picture, QString *error)
{
    return runRow(*m_db, pictureSql().insert, pictureTable(), {}, picture, std::nullopt, error);
}

bool SqliteStore::removePicture(const QString &id, QString *error)
{
    Statement *s = m_db->prepare(pictureSql().remove.c_str(), error);
    return s && runStatement(*m_db, &s->bind(1, id), error);
}

bool SqliteStore::begin(QString *error)
{
    return m_db->begin(error);
}

bool SqliteStore::commit(QString *error)
{
    return m_db->commit(error);
}

void SqliteStore::rollback()
{
    m_db->rollback();
}

bool SqliteStore::insert(const QString &journey, const RowRef &row, qint64 position, QString *error)
{
    return std::visit(
            [&](const auto *value) {
                const auto &d = descFor(value);
                return runRow(*m_db, sqlOf(d.table).insert, d, journey, *value, position, error);
            },
            row);
}

bool SqliteStore::insertAll(const QString &journey, const QList<RowRef> &rows, qint64 first,
                            QString *error)
{
    if (rows.isEmpty())
        return true;
    return std::visit(
            [&](const auto *head) {
                using T = std::decay_t<decltype(*head)>;
                const auto &d = descFor(head);
                const auto position = [&](qsizetype i) {
                    return first < 0 ? -1 : first + i;
                };
                qsizetype done = 0;
                // Whole statements of kBulkRows rows while the rows are all
                // of this table; the rest one by one.
                const qsizetype bulk = rows.size() - rows.size() % kBulkRows;
                Statement *many = nullptr;
                for (; done < bulk; done += kBulkRows) {
                    bool same = true;
                    for (qsizetype i = done; same && i < done + kBulkRows; ++i)
                        same = std::holds_alternative<const T *>(rows[i]);
                    if (!same)
                        break;
                    if (!many && !(many = m_db->prepare(sqlOf(d.table).insertMany.c_str(), error)))
                        return false;
                    int p = 1;
                    if (d.scoped)
                        many->bind(p++, journey);
                    for (qsizetype i = done; i < done + kBulkRows; ++i)
                        p = bindRow(*many, p, d, *std::get<const T *>(rows[i]), position(i));
                    if (!runStatement(*m_db, many, error))
                        return false;
                }
                for (qsizetype i = done; i < rows.size(); ++i) {
                    if (!insert(journey, rows[i], position(i), error))
                        return false;
                }
                return true;
            },
            rows.first());
}

bool SqliteStore::update(const QString &journey, const RowRef &row, QString *error)
{
    return std::visit(
            [&](const auto *value) {
                const auto &d = descFor(value);
                return runRow(*m_db, sqlOf(d.table).update, d, journey, *value, std::nullopt,
                              error);
            },
            row);
}

bool SqliteStore::remove(Table table, const QString &journey, const QStringList &key,
                         QString *error)
{
    Statement *s = m_db->prepare(sqlOf(table).remove.c_str(), error);
    if (!s)
        return false;
    int p = 1;
    if (tableScoped(table))
        s->bind(p++, journey);
    for (const QString &k : key)
        s->bind(p++, k);
    return runStatement(*m_db, s, error);
}

bool SqliteStore::removeMetricValues(const QString &journey, const QString &step,
                                     const QString &source, QString *error)
{
    if (!step.isEmpty()) {
        Statement *s
                = m_db->prepare("DELETE FROM metric_value WHERE journey = ?1 AND step = ?2", error);
        return s && runStatement(*m_db, &s->bind(1, journey).bind(2, step), error);
    }
    Statement *s = m_db->prepare("DELETE FROM metric_value WHERE source = ?1", error);
    return s && runStatement(*m_db, &s->bind(1, source), error);
}

bool SqliteStore::removeJourneyContent(const QString &journey, QString *error)
{
    // Children first (the foreign keys are checked on every statement);
    // import sources name their journey too.
    const std::vector<Table> &order = tablesInOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (!tableScoped(*it) && *it != Table::Source)
            continue;
        const std::string sql
                = std::string("DELETE FROM ") + tableName(*it) + " WHERE journey = ?1";
        Statement *s = m_db->prepare(sql.c_str(), error);
        if (!s || !runStatement(*m_db, &s->bind(1, journey), error))
            return false;
    }
    return true;
}

bool SqliteStore::makeRoom(Table table, const QString &journey, qint64 position, QString *error)
{
    Statement *s = m_db->prepare(sqlOf(table).makeRoom.c_str(), error);
    if (!s)
        return false;
    if (tableScoped(table))
        s->bind(1, journey);
    s->bind(2, position);
    return runStatement(*m_db, s, error);
}

bool SqliteStore::closeGap(Table table, const QString &journey, qint64 position, QString *error)
{
    Statement *s = m_db->prepare(sqlOf(table).closeGap.c_str(), error);
    if (!s)
        return false;
    if (tableScoped(table))
        s->bind(1, journey);
    s->bind(2, position);
    return runStatement(*m_db, s, error);
}

bool SqliteStore::moveRow(Table table, const QString &journey, qint64 from, qint64 to,
                          QString *error)
{
    Statement *s = m_db->prepare(sqlOf(table).moveRow.c_str(), error);
    if (!s)
        return false;
    if (tableScoped(table))
        s->bind(1, journey);
    s->bind(2, from).bind(3, to);
    return runStatement(*m_db, s, error);
}

std::optional<qint64> SqliteStore::positionOf(Table table, const QString &journey,
                                              const QString &id, QString *error)
{
    Statement *s = m_db->prepare(sqlOf(table).positionOf.c_str(), error);
    if (s)
        s->bind(1, journey).bind(2, id);
    return queryPosition(*m_db, s, error);
}

std::optional<qint64> SqliteStore::endPosition(Table table, const QString &journey, QString *error)
{
    Statement *s = m_db->prepare(sqlOf(table).endPosition.c_str(), error);
    if (s)
        s->bind(1, journey);
    return queryPosition(*m_db, s, error);
}

bool SqliteStore::loadObserved(const QString &journey, std::optional<QByteArray> *data,
                               QString *error)
{
    return observedstore::load(*m_db, journey, data, error);
}

bool SqliteStore::saveObserved(const QString &journey, const QString &source,
                               const QString &importedAt, const QByteArray *data, QString *error)
{
    return observedstore::save(*m_db, journey, source, importedAt, data, error);
}

bool SqliteStore::integrityCheck(QString *error)
{
    const QString result = m_db->queryText("PRAGMA integrity_check", error);
    if (result != QLatin1String("ok")) {
        if (error && !result.isEmpty())
            *error = result;
        return false;
    }
    const auto fkProblems = m_db->queryInt("SELECT count(*) FROM pragma_foreign_key_check", error);
    if (!fkProblems || *fkProblems != 0) {
        if (fkProblems && error)
            *error = QCoreApplication::translate("Document", "%n broken reference(s) between rows",
                                                 nullptr, int(*fkProblems));
        return false;
    }
    return true;
}

} // namespace waymark
