// Reading a team workspace: the whole of it (load), what others changed
// since (catchUp), and writing a whole one (push).
#include "teamstore.h"

#include "document/changeset.h"
#include "pg/pgconnection.h"
#include "teamrows.h"
#include "teamsql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace waymark {

using team::RowValue;
using team::serverTable;

namespace {

ItemKind itemKind(Table table)
{
    switch (table) {
    case Table::Persona:
        return ItemKind::Persona;
    case Table::Channel:
        return ItemKind::Channel;
    case Table::MetricDef:
        return ItemKind::MetricDef;
    case Table::Journey:
        return ItemKind::Journey;
    case Table::Stage:
        return ItemKind::Stage;
    case Table::Lane:
        return ItemKind::Lane;
    case Table::Step:
        return ItemKind::Step;
    case Table::Link:
        return ItemKind::Link;
    case Table::Comment:
        return ItemKind::Comment;
    case Table::Vote:
        return ItemKind::Vote;
    case Table::MetricValue:
        return ItemKind::MetricValues;
    case Table::Source:
        return ItemKind::Source;
    }
    return ItemKind::Step;
}

// Calls f(list) with the journey's list that holds `table`'s rows.
template<typename F>
void withJourneyList(Journey *j, Table table, F &&f)
{
    switch (table) {
    case Table::Stage:
        return f(j->stages);
    case Table::Lane:
        return f(j->lanes);
    case Table::Step:
        return f(j->steps);
    case Table::Link:
        return f(j->links);
    case Table::Comment:
        return f(j->comments);
    case Table::Vote:
        return f(j->votes);
    case Table::MetricValue:
        return f(j->metricValues);
    default:
        return;
    }
}

// Calls f(list) with the model list that holds `table`'s rows.
template<typename F>
void withList(Workspace *ws, Journey *j, Table table, F &&f)
{
    switch (table) {
    case Table::Persona:
        return f(ws->personas);
    case Table::Channel:
        return f(ws->channels);
    case Table::MetricDef:
        return f(ws->metricDefs);
    case Table::Journey:
        return f(ws->journeys);
    case Table::Source:
        return f(ws->sources);
    default:
        if (j)
            withJourneyList(j, table, std::forward<F>(f));
        return;
    }
}

template<typename T>
qsizetype indexOfKey(const QList<T> &list, const QStringList &key)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (team::rowKey(&list.at(i)) == key)
            return i;
    }
    return -1;
}

// The same, by the journey's id index for the lists it keeps one of: a
// catch-up touches a few cards of a 5,000-step map, and walking the steps
// for each (building every step's key) took a sixth of the machine's CPU
// with ten clients editing.
template<typename T>
qsizetype indexOfKey(const Journey *journey, const QList<T> &list, const QStringList &key)
{
    if (journey && key.size() == 1) {
        if constexpr (std::is_same_v<T, Step>)
            return journey->stepIndex(key.first());
        else if constexpr (std::is_same_v<T, Link>)
            return journey->linkIndex(key.first());
        else if constexpr (std::is_same_v<T, Stage>)
            return journey->stageIndex(key.first());
        else if constexpr (std::is_same_v<T, Lane>)
            return journey->laneIndex(key.first());
    }
    return indexOfKey(list, key);
}

Journey *findJourney(Workspace *ws, const QString &id)
{
    const int i = ws->journeyIndex(id);
    return i < 0 ? nullptr : &ws->journeys[i];
}

} // namespace

bool TeamStore::readTable(Table table, const QString &condition, const QVariantList &params,
                          const std::function<void(const QString &, RowValue &&, qint64)> &each,
                          QString *error)
{
    const team::ServerTable &t = serverTable(table);
    QString sql = team::selectSql(table, condition);
    if (t.perJourney) // the journey column first, for the caller
        sql.replace(0, 7, QStringLiteral("SELECT journey, "));
    pg::Result r;
    if (!m_conn->exec(sql, params, &r, error))
        return failed(error);
    const int first = t.perJourney ? 1 : 0;
    const int revColumn = int(t.key.size() + t.columns.size()) + first;
    for (int i = 0; i < r.rows(); ++i) {
        const QString journey = t.perJourney ? r.text(i, 0) : QString();
        each(journey, team::readRow(table, r, i, first), r.integer(i, revColumn));
    }
    return true;
}

bool TeamStore::readJourneyContent(Journey *journey, QString *error)
{
    for (Table table : team::allTables()) {
        if (!serverTable(table).perJourney)
            continue;
        bool ok = true;
        withJourneyList(journey, table, [&](auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            list.clear();
            ok = readTable(
                    table, QStringLiteral("journey = $1"), {journey->id},
                    [&](const QString &j, RowValue &&v, qint64 rev) {
                        T value = std::get<T>(std::move(v));
                        if (table != Table::MetricValue)
                            m_revs.insert(rowId(table, j, team::rowKey(&value)), rev);
                        list.append(std::move(value));
                    },
                    error);
        });
        if (!ok)
            return false;
    }
    return true;
}

bool TeamStore::snapshotBegin(QString *error)
{
    pg::Result r;
    if (!m_conn->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                            error))
        return failed(error);
    if (!m_conn->exec(QStringLiteral("SELECT pg_current_snapshot()::text"), {}, &r, error)) {
        m_conn->rollback();
        return failed(error);
    }
    m_nextSnapshot = r.text(0, 0);
    return true;
}

bool TeamStore::load(Workspace *workspace, QString *error)
{
    if (!online(error) || !snapshotBegin(error))
        return false;
    Workspace ws;
    QHash<QString, int> journeyIndex;
    m_revs.clear();
    for (Table table : team::allTables()) {
        bool ok = true;
        withList(&ws, nullptr, table, [&](auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            ok = readTable(
                    table, {}, {},
                    [&](const QString &, RowValue &&v, qint64 rev) {
                        T value = std::get<T>(std::move(v));
                        m_revs.insert(rowId(table, {}, team::rowKey(&value)), rev);
                        list.append(std::move(value));
                    },
                    error);
        });
        if (!ok)
            return false;
        if (table == Table::Journey) {
            for (int i = 0; i < ws.journeys.size(); ++i)
                journeyIndex.insert(ws.journeys.at(i).id, i);
        }
        if (!serverTable(table).perJourney)
            continue;
        // One query per table for all journeys, handed out by journey id.
        ok = readTable(
                table, {}, {},
                [&](const QString &j, RowValue &&v, qint64 rev) {
                    const int index = journeyIndex.value(j, -1);
                    if (index < 0)
                        return;
                    withList(&ws, &ws.journeys[index], table, [&](auto &list) {
                        using T = typename std::decay_t<decltype(list)>::value_type;
                        T value = std::get<T>(std::move(v));
                        if (table != Table::MetricValue)
                            m_revs.insert(rowId(table, j, team::rowKey(&value)), rev);
                        list.append(std::move(value));
                    });
                },
                error);
        if (!ok)
            return false;
    }
    if (!loadPictures(&ws.pictures, error))
        return false;
    if (!m_conn->commit(error))
        return failed(error);
    m_snapshot = m_nextSnapshot;
    *workspace = std::move(ws);
    return true;
}

bool TeamStore::catchUp(Workspace *workspace, ChangeSet *change, QString *error)
{
    change->remote = true;
    if (!online(error))
        return false;
    if (m_snapshot.isEmpty())
        return load(workspace, error) && (change->reset = true);
    // The snapshot and what others logged since the last one, in one statement.
    pg::Result r;
    if (!m_conn->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                            error))
        return failed(error);
    if (!m_conn->exec(
                QStringLiteral(
                        "SELECT pg_current_snapshot()::text, (SELECT json_agg(json_build_array("
                        "tbl, journey, key, op) ORDER BY seq) FROM change_log WHERE xid "
                        ">= pg_snapshot_xmin($1::pg_snapshot) AND NOT "
                        "pg_visible_in_snapshot(xid, $1::pg_snapshot) AND client <> "
                        "$2)::text"),
                {m_snapshot, m_client}, &r, error)) {
        m_conn->rollback();
        return failed(error);
    }
    m_nextSnapshot = r.text(0, 0);
    const QJsonArray log = QJsonDocument::fromJson(r.text(0, 1).toUtf8()).array();
    if (log.isEmpty()) {
        if (!m_conn->commit(error))
            return failed(error);
        m_snapshot = m_nextSnapshot;
        readNotifications();
        return true;
    }
    QHash<QString, Table> tableByName;
    for (Table t : team::allTables())
        tableByName.insert(serverTable(t).name, t);

    struct Touched
    {
        Table table;
        QString journey;
        QStringList key;
    };
    QList<Touched> rows;
    QSet<QString> seen;
    QSet<QString> reloadJourneys; // added, or their content replaced
    QList<std::pair<Table, QString>> reorder;
    QStringList pictures;
    for (const QJsonValue &entry : log) {
        const QJsonArray e = entry.toArray();
        if (e.at(0).toString() == u"picture") {
            const QString id = e.at(2).toArray().at(0).toString();
            if (!pictures.contains(id))
                pictures << id;
            continue;
        }
        const Table table = tableByName.value(e.at(0).toString(), Table::Persona);
        const QString journey = e.at(1).toString();
        QStringList key;
        for (const QJsonValue &v : e.at(2).toArray())
            key << v.toString();
        const QString op = e.at(3).toString();
        if (op == u"o") {
            if (!reorder.contains(std::pair(table, journey)))
                reorder.append({table, journey});
            continue;
        }
        if (op == u"c" || (table == Table::Journey && op == u"i"))
            reloadJourneys.insert(key.value(0));
        const QString id = rowId(table, journey, key);
        if (!seen.contains(id)) {
            seen.insert(id);
            rows.append({table, journey, key});
        }
    }

    // Pictures first: the cards that show them may come with them.
    bool ok = catchUpPictures(pictures, workspace, change, error);
    auto record = [&](QList<ChangeSet::Item> &list, Table table, const QString &journey,
                      const QStringList &key) {
        const ChangeSet::Item item{itemKind(table), journey, key.value(0)};
        if (!list.contains(item))
            list.append(item);
    };
    // Journeys first: the rows of a journey that was added or emptied come
    // with it.
    for (const Touched &t : std::as_const(rows)) {
        if (t.table != Table::Journey)
            continue;
        std::optional<Journey> current;
        qint64 rev = 0;
        ok = ok
             && readTable(
                     t.table, QStringLiteral("id = $1"), {t.key.value(0)},
                     [&](const QString &, RowValue &&v, qint64 r) {
                         current = std::get<Journey>(std::move(v));
                         rev = r;
                     },
                     error);
        if (!ok)
            break;
        const QString id = rowId(t.table, {}, t.key);
        Journey *mine = findJourney(workspace, t.key.value(0));
        if (!current) {
            if (mine) {
                workspace->journeys.removeAt(workspace->journeyIndex(t.key.value(0)));
                record(change->removed, t.table, {}, t.key);
            }
            m_revs.remove(id);
            continue;
        }
        m_revs.insert(id, rev);
        if (!mine) {
            workspace->journeys.append(*current);
            mine = &workspace->journeys.last();
            reloadJourneys.insert(current->id);
            record(change->added, t.table, {}, t.key);
            if (!reorder.contains(std::pair(Table::Journey, QString())))
                reorder.append({Table::Journey, QString()});
        } else {
            // The journey's own fields; its content stays unless reloaded.
            Journey fields = *current;
            fields.stages = mine->stages;
            fields.lanes = mine->lanes;
            fields.steps = mine->steps;
            fields.links = mine->links;
            fields.comments = mine->comments;
            fields.votes = mine->votes;
            fields.metricValues = mine->metricValues;
            *mine = std::move(fields);
            record(change->changed, t.table, {}, t.key);
        }
        if (reloadJourneys.contains(current->id)) {
            ok = readJourneyContent(mine, error);
            change->reset = true; // a whole journey's content is new
        }
    }
    // The other rows, one statement per table and journey: a catch-up after
    // a burst of edits costs a few round trips, not one per row.
    struct Group
    {
        Table table;
        QString journey;
        QList<QStringList> keys;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    for (const Touched &t : std::as_const(rows)) {
        if (t.table == Table::Journey || reloadJourneys.contains(t.journey))
            continue;
        const QString name = QString::number(int(t.table)) + u'/' + t.journey;
        auto at = groupOf.constFind(name);
        if (at == groupOf.cend()) {
            at = groupOf.insert(name, groups.size());
            groups.append({t.table, t.journey, {}});
        }
        groups[*at].keys.append(t.key);
    }
    for (const Group &g : std::as_const(groups)) {
        if (!ok)
            break;
        const team::ServerTable &st = serverTable(g.table);
        Journey *journey = st.perJourney ? findJourney(workspace, g.journey) : nullptr;
        if (st.perJourney && !journey)
            continue;
        QStringList conditions;
        QVariantList params;
        if (st.perJourney) {
            conditions << QStringLiteral("journey = $1");
            params << g.journey;
        }
        QStringList arrays;
        for (qsizetype k = 0; k < st.key.size(); ++k) {
            QStringList column;
            for (const QStringList &key : g.keys)
                column << key.value(k);
            params << team::textArray(column);
            arrays << QStringLiteral("$%1::text[]").arg(params.size());
        }
        conditions << (st.key.size() == 1
                               ? st.key.first() + QStringLiteral(" = ANY(") + arrays.first() + u')'
                               : u'(' + st.key.join(QStringLiteral(", "))
                                         + QStringLiteral(") IN (SELECT * FROM unnest(")
                                         + arrays.join(QStringLiteral(", "))
                                         + QStringLiteral("))"));
        withList(workspace, journey, g.table, [&](auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            QHash<QString, QList<std::pair<T, qint64>>> found; // by key
            ok = readTable(
                    g.table, conditions.join(QStringLiteral(" AND ")), params,
                    [&](const QString &, RowValue &&v, qint64 r) {
                        T value = std::get<T>(std::move(v));
                        found[team::rowKey(&value).join(u'/')].append({std::move(value), r});
                    },
                    error);
            if (!ok)
                return;
            for (const QStringList &key : g.keys) {
                auto rowsOfKey = found.take(key.join(u'/'));
                if (g.table == Table::MetricValue) {
                    // A step's values are replaced as a whole.
                    list.removeIf([&](const T &v) { return team::rowKey(&v) == key; });
                    for (auto &[value, rev] : rowsOfKey)
                        list.append(std::move(value));
                    record(change->changed, g.table, g.journey, key);
                    continue;
                }
                const QString id = rowId(g.table, g.journey, key);
                const qsizetype at = indexOfKey(journey, list, key);
                if (rowsOfKey.isEmpty()) {
                    m_revs.remove(id);
                    if (at >= 0) {
                        list.removeAt(at);
                        record(change->removed, g.table, g.journey, key);
                    }
                    continue;
                }
                auto &[current, rev] = rowsOfKey.first();
                m_revs.insert(id, rev);
                if (at >= 0) {
                    if (!(list.at(at) == current)) {
                        list[at] = std::move(current);
                        record(change->changed, g.table, g.journey, key);
                    }
                    continue;
                }
                list.append(std::move(current));
                record(change->added, g.table, g.journey, key);
                if (!reorder.contains(std::pair(g.table, g.journey)))
                    reorder.append({g.table, g.journey});
            }
        });
        // Rows replaced in place keep their ids and places, but a step may
        // be in another cell now and a link between other steps.
        if (journey && g.table == Table::Step)
            journey->index.invalidateCells();
        else if (journey && g.table == Table::Link)
            journey->index.invalidateLinks();
    }
    // Lists whose order changed: the server's order, by key.
    for (const auto &[table, journeyId] : std::as_const(reorder)) {
        if (!ok)
            break;
        const team::ServerTable &t = serverTable(table);
        Journey *journey = t.perJourney ? findJourney(workspace, journeyId) : nullptr;
        if (t.perJourney && (!journey || reloadJourneys.contains(journeyId)))
            continue;
        pg::Result r;
        ok = m_conn->exec(
                QStringLiteral("SELECT %1 FROM %2%3 ORDER BY position, %1")
                        .arg(t.key.join(QStringLiteral(", ")), t.name,
                             t.perJourney ? QStringLiteral(" WHERE journey = $1") : QString()),
                t.perJourney ? QVariantList{journeyId} : QVariantList{}, &r, error);
        if (!ok)
            break;
        QHash<QString, int> rank;
        for (int i = 0; i < r.rows(); ++i) {
            QStringList key;
            for (int c = 0; c < r.columns(); ++c)
                key << r.text(i, c);
            rank.insert(key.join(u'/'), i);
        }
        withList(workspace, journey, table, [&](auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            std::stable_sort(list.begin(), list.end(), [&](const T &a, const T &b) {
                return rank.value(team::rowKey(&a).join(u'/'), INT_MAX)
                       < rank.value(team::rowKey(&b).join(u'/'), INT_MAX);
            });
        });
        if (journey)
            journey->index.invalidate();
        const ChangeSet::Item item{itemKind(table), journeyId, {}};
        if (!change->reordered.contains(item))
            change->reordered.append(item);
    }
    if (!ok) {
        m_conn->rollback();
        return failed(error);
    }
    if (!m_conn->commit(error))
        return failed(error);
    m_snapshot = m_nextSnapshot;
    readNotifications();
    return true;
}

bool TeamStore::integrityCheck(QString *error)
{
    if (!online(error))
        return false;
    // Rows that point at what is not there.
    static const char *checks[][2] = {
            {"SELECT count(*) FROM step s WHERE NOT EXISTS (SELECT 1 FROM stage t WHERE "
             "t.journey = s.journey AND t.id = s.stage) OR NOT EXISTS (SELECT 1 FROM lane l WHERE "
             "l.journey = s.journey AND l.id = s.lane)",
             QT_TRANSLATE_N_NOOP("TeamStore", "%n card(s) in a stage or lane that is not there")},
            {"SELECT count(*) FROM link k WHERE NOT EXISTS (SELECT 1 FROM step s WHERE s.journey "
             "= k.journey AND s.id = k.src) OR NOT EXISTS (SELECT 1 FROM step s WHERE s.journey = "
             "k.journey AND s.id = k.dst)",
             QT_TRANSLATE_N_NOOP("TeamStore", "%n link(s) to a card that is not there")},
            {"SELECT count(*) FROM (SELECT journey FROM stage UNION ALL SELECT journey FROM step "
             "UNION ALL SELECT journey FROM lane) c WHERE NOT EXISTS (SELECT 1 FROM journey j "
             "WHERE j.id = c.journey)",
             QT_TRANSLATE_N_NOOP("TeamStore", "%n row(s) of a journey that is not there")},
            {"SELECT count(*) FROM comment c WHERE NOT EXISTS (SELECT 1 FROM step s WHERE "
             "s.journey = c.journey AND s.id = c.step)",
             QT_TRANSLATE_N_NOOP("TeamStore", "%n comment(s) on a card that is not there")},
    };
    for (const auto &check : checks) {
        pg::Result r;
        if (!m_conn->exec(QString::fromLatin1(check[0]), {}, &r, error))
            return failed(error);
        if (const qint64 bad = r.integer(0, 0); bad > 0) {
            *error = QCoreApplication::translate("TeamStore", check[1], nullptr, int(bad));
            return false;
        }
    }
    return true;
}

} // namespace waymark
