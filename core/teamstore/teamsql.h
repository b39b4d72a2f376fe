#pragma once

#include "document/documentstore.h"

#include <QString>
#include <QVariantList>

// The SQL text of the team store's statements, built once per table from the
// table descriptions (teamrows.h). Values are always $n parameters; the table
// and column names come from the descriptions, never from input.
namespace waymark::team {

// INSERT: [journey], key, columns, position, changed_by; RETURNING rev, no
// row when the key is taken.
QString insertSql(Table table);
// UPDATE of the columns: [journey], key, columns, changed_by, known rev (NULL:
// any); RETURNING rev. No row back: the revision was stale or the row gone.
QString updateSql(Table table);
// DELETE: [journey], key, known rev (NULL: any).
QString removeSql(Table table);
// changed_by and seconds since, of a row: [journey], key.
QString whoChangedSql(Table table);
// SELECT key, columns, rev FROM table [WHERE condition] in list order.
QString selectSql(Table table, const QString &condition = {});
// Positions: [journey], position (shift) or from, to (move), or id.
QString shiftSql(Table table, int by);
QString moveSql(Table table);
QString positionSql(Table table);
QString endPositionSql(Table table);

// [journey] + rest: the parameters of a statement on `table`.
QVariantList scoped(Table table, const QString &journey, const QVariantList &rest);
// A text[] literal for a $n::text[] parameter.
QString textArray(const QStringList &items);
QStringList fromTextArray(const QString &literal);

} // namespace waymark::team
