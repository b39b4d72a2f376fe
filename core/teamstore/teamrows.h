#pragma once

#include "document/documentstore.h"

#include <QStringList>
#include <QVariantList>

#include <variant>

namespace waymark::pg {
class Result;
}

namespace waymark::team {

// One row of any table, owned (what the server sends back).
using RowValue = std::variant<Persona, Channel, MetricDef, Journey, Stage, Lane, Step, Link,
                              Comment, Vote, MetricValue, ImportSource>;

// The server's tables, described once: the same tables as the .cjm file,
// each row with a `rev` (the workspace-wide revision of its last write) and
// `changed_by` (the person who wrote it), see teamschema.cpp.
struct ServerTable
{
    Table table;
    QString name;        // SQL table name
    bool perJourney;     // has a `journey` column, part of the key
    bool ordered;        // has a `position` column
    QStringList key;     // key columns besides `journey`
    QStringList columns; // the other model columns, in rowValues() order
};

const ServerTable &serverTable(Table table);
const QList<Table> &allTables();

// The key of a row (its id; Vote: step, participant; MetricValue: step).
QStringList rowKey(const RowRef &row);
// Column values of a row, key first then `columns`, in the table's order.
QVariantList rowValues(const RowRef &row);
// Reads one row written as `SELECT key..., columns... FROM table`, the key
// in column `first`.
RowValue readRow(Table table, const pg::Result &result, int row, int first = 0);
RowRef refOf(const RowValue &value);

// "card", "link", "stage"... for messages about one item.
QString itemNoun(Table table);

} // namespace waymark::team
