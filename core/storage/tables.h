#pragma once

#include "document/documentstore.h"
#include "model/workspace.h"

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace waymark {

// One cell, the same for every SQL store: NULL, an integer, a real, text or
// bytes (a picture).
using Cell = std::variant<std::monostate, qint64, double, QString, QByteArray>;

// How one model field maps to one column.
template<typename T>
struct Column
{
    const char *name;
    Cell (*get)(const T &row);
    void (*set)(T &row, const Cell &cell);
};

// A table described once: its name, its key, whether rows belong to a
// journey and keep a position, and its columns. Every store (the .cjm file,
// the team workspace) builds its statements from these descriptions.
template<typename T>
struct TableDesc
{
    Table table;
    const char *name;
    bool scoped;  // a `journey` column holds the owning journey's id
    bool ordered; // a `position` column keeps the list's order (else rowid order)
    int keyCount; // the first keyCount columns are the key (after `journey`)
    std::vector<Column<T>> columns;
};

const TableDesc<Persona> &personaTable();
const TableDesc<Channel> &channelTable();
const TableDesc<MetricDef> &metricDefTable();
const TableDesc<Journey> &journeyTable(); // the journey's own fields only
const TableDesc<Stage> &stageTable();
const TableDesc<Lane> &laneTable();
const TableDesc<Step> &stepTable();
const TableDesc<Link> &linkTable();
const TableDesc<Comment> &commentTable();
const TableDesc<Vote> &voteTable();
const TableDesc<MetricValue> &metricValueTable();
const TableDesc<ImportSource> &sourceTable();

// Pictures (persona photos, card pictures): a table of its own, not scoped,
// keyed by the picture id, written through DocumentStore::insertPicture
// (storage/picturestore). Not one of the generic tables above: a team
// workspace does not keep pictures.
const TableDesc<Picture> &pictureTable();

// The description for a row's type (overloads, for std::visit on a RowRef).
inline const TableDesc<Persona> &descFor(const Persona *)
{
    return personaTable();
}
inline const TableDesc<Channel> &descFor(const Channel *)
{
    return channelTable();
}
inline const TableDesc<MetricDef> &descFor(const MetricDef *)
{
    return metricDefTable();
}
inline const TableDesc<Journey> &descFor(const Journey *)
{
    return journeyTable();
}
inline const TableDesc<Stage> &descFor(const Stage *)
{
    return stageTable();
}
inline const TableDesc<Lane> &descFor(const Lane *)
{
    return laneTable();
}
inline const TableDesc<Step> &descFor(const Step *)
{
    return stepTable();
}
inline const TableDesc<Link> &descFor(const Link *)
{
    return linkTable();
}
inline const TableDesc<Comment> &descFor(const Comment *)
{
    return commentTable();
}
inline const TableDesc<Vote> &descFor(const Vote *)
{
    return voteTable();
}
inline const TableDesc<MetricValue> &descFor(const MetricValue *)
{
    return metricValueTable();
}
inline const TableDesc<ImportSource> &descFor(const ImportSource *)
{
    return sourceTable();
}

// The SQL name of a table, and whether it is scoped and ordered.
const char *tableName(Table table);
bool tableScoped(Table table);
bool tableOrdered(Table table);

// The tables, children after their parents (insert order; delete reversed).
const std::vector<Table> &tablesInOrder();

// Calls `fn(desc)` with the description of `table`.
template<typename Fn>
decltype(auto) withTable(Table table, Fn &&fn)
{
    switch (table) {
    case Table::Persona:
        return fn(personaTable());
    case Table::Channel:
        return fn(channelTable());
    case Table::MetricDef:
        return fn(metricDefTable());
    case Table::Journey:
        return fn(journeyTable());
    case Table::Stage:
        return fn(stageTable());
    case Table::Lane:
        return fn(laneTable());
    case Table::Step:
        return fn(stepTable());
    case Table::Link:
        return fn(linkTable());
    case Table::Comment:
        return fn(commentTable());
    case Table::Vote:
        return fn(voteTable());
    case Table::MetricValue:
        return fn(metricValueTable());
    case Table::Source:
        break;
    }
    return fn(sourceTable());
}

// The key cells of a row (without the journey).
template<typename T>
QStringList rowKey(const TableDesc<T> &desc, const T &row)
{
    QStringList key;
    for (int i = 0; i < desc.keyCount; ++i)
        key.append(std::get<QString>(desc.columns[size_t(i)].get(row)));
    return key;
}

} // namespace waymark
