#include "teamsql.h"

#include "teamrows.h"

#include <array>

namespace waymark::team {

namespace {

QString param(int n)
{
    return u'$' + QString::number(n);
}

// "journey = $1 AND id = $2", numbering from `first`; `next` is the number after.
QString keyCondition(const ServerTable &t, int first, int *next)
{
    QStringList parts;
    int n = first;
    if (t.perJourney)
        parts << QStringLiteral("journey = ") + param(n++);
    for (const QString &k : t.key)
        parts << k + QStringLiteral(" = ") + param(n++);
    *next = n;
    return parts.join(QStringLiteral(" AND "));
}

QString journeyScope(const ServerTable &t, const QString &glue)
{
    return t.perJourney ? QStringLiteral("journey = $1") + glue : QString();
}

int firstAfterJourney(const ServerTable &t)
{
    return t.perJourney ? 2 : 1;
}

// Built once per table and kind of statement.
template<typename Build>
const QString &cached(Table table, int kind, Build &&build)
{
    static std::array<std::array<QString, 8>, 12> texts;
    QString &text = texts[size_t(table)][size_t(kind)];
    if (text.isEmpty())
        text = build(serverTable(table));
    return text;
}

} // namespace

QString insertSql(Table table)
{
    return cached(table, 0, [](const ServerTable &t) {
        QStringList columns;
        if (t.perJourney)
            columns << QStringLiteral("journey");
        columns << t.key << t.columns;
        QStringList values;
        for (int i = 1; i <= columns.size(); ++i)
            values << param(i);
        const int n = int(columns.size());
        columns << QStringLiteral("position") << QStringLiteral("rev")
                << QStringLiteral("changed_by");
        values << param(n + 1) << QStringLiteral("nextval('revision')") << param(n + 2);
        return QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT DO NOTHING RETURNING rev")
                .arg(t.name, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    });
}

QString updateSql(Table table)
{
    return cached(table, 1, [](const ServerTable &t) {
        int n = 1;
        const QString where = keyCondition(t, 1, &n);
        QStringList sets;
        for (const QString &c : t.columns)
            sets << c + QStringLiteral(" = ") + param(n++);
        sets << QStringLiteral("rev = nextval('revision')")
             << QStringLiteral("changed_by = ") + param(n++)
             << QStringLiteral("changed_at = now()");
        const QString rev = param(n) + QStringLiteral("::bigint");
        return QStringLiteral(
                       "UPDATE %1 SET %2 WHERE %3 AND (%4 IS NULL OR rev = %4) RETURNING rev")
                .arg(t.name, sets.join(QStringLiteral(", ")), where, rev);
    });
}

QString removeSql(Table table)
{
    return cached(table, 2, [](const ServerTable &t) {
        int n = 1;
        const QString where = keyCondition(t, 1, &n);
        const QString rev = param(n) + QStringLiteral("::bigint");
        return QStringLiteral("DELETE FROM %1 WHERE %2 AND (%3 IS NULL OR rev = %3)")
                .arg(t.name, where, rev);
    });
}

QString whoChangedSql(Table table)
{
    return cached(table, 3, [](const ServerTable &t) {
        int n = 1;
        return QStringLiteral("SELECT changed_by, extract(epoch FROM now() - changed_at) FROM %1 "
                              "WHERE %2 LIMIT 1")
                .arg(t.name, keyCondition(t, 1, &n));
    });
}

QString selectSql(Table table, const QString &condition)
{
    const ServerTable &t = serverTable(table);
    QStringList columns;
    columns << t.key << t.columns << QStringLiteral("rev");
    QStringList order;
    if (t.perJourney)
        order << QStringLiteral("journey");
    if (table == Table::MetricValue)
        order << QStringLiteral("seq");
    else
        order << QStringLiteral("position") << t.key;
    return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
            .arg(columns.join(QStringLiteral(", ")), t.name,
                 condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition,
                 order.join(QStringLiteral(", ")));
}

QString shiftSql(Table table, int by)
{
    return cached(table, by > 0 ? 4 : 5, [by](const ServerTable &t) {
        const QString p = param(firstAfterJourney(t)) + QStringLiteral("::bigint");
        return by > 0 ? QStringLiteral(
                                "UPDATE %1 SET position = position + 1 WHERE %2position >= %3")
                                .arg(t.name, journeyScope(t, QStringLiteral(" AND ")), p)
                      : QStringLiteral(
                                "UPDATE %1 SET position = position - 1 WHERE %2position > %3")
                                .arg(t.name, journeyScope(t, QStringLiteral(" AND ")), p);
    });
}

QString moveSql(Table table)
{
    return cached(table, 6, [](const ServerTable &t) {
        const int first = firstAfterJourney(t);
        const QString from = param(first) + QStringLiteral("::bigint");
        const QString to = param(first + 1) + QStringLiteral("::bigint");
        return QStringLiteral(
                       "UPDATE %1 SET position = CASE WHEN position = %3 THEN %4 WHEN %3 < %4 "
                       "THEN position - 1 ELSE position + 1 END WHERE %2position BETWEEN "
                       "LEAST(%3, %4) AND GREATEST(%3, %4)")
                .arg(t.name, journeyScope(t, QStringLiteral(" AND ")), from, to);
    });
}

QString positionSql(Table table)
{
    return cached(table, 7, [](const ServerTable &t) {
        return QStringLiteral("SELECT position FROM %1 WHERE %2%3 = %4")
                .arg(t.name, journeyScope(t, QStringLiteral(" AND ")), t.key.first(),
                     param(firstAfterJourney(t)));
    });
}

QString endPositionSql(Table table)
{
    const ServerTable &t = serverTable(table);
    return QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM %1%2")
            .arg(t.name, t.perJourney ? QStringLiteral(" WHERE journey = $1") : QString());
}

QVariantList scoped(Table table, const QString &journey, const QVariantList &rest)
{
    QVariantList out;
    if (serverTable(table).perJourney)
        out << journey;
    out << rest;
    return out;
}

QString textArray(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items) {
        item.replace(u'\\', QStringLiteral("\\\\"));
        item.replace(u'"', QStringLiteral("\\\""));
        quoted << u'"' + item + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

QStringList fromTextArray(const QString &literal)
{
    // {a,"b c","d\"e"}: the server quotes what needs it.
    QStringList out;
    QString current;
    bool quoted = false, any = false;
    for (qsizetype i = 1; i + 1 < literal.size(); ++i) {
        const QChar c = literal.at(i);
        if (quoted) {
            if (c == u'\\' && i + 2 < literal.size())
                current += literal.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                current += c;
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            out << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any || !out.isEmpty())
        out << current;
    return out;
}

} // namespace waymark::team
