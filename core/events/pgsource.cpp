#include "pgsource.h"

#include "eventlog.h"
#include "pg/pgconnection.h"

#include "metrics/preview.h"
#include "model/journey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace waymark::events {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Events", text);
}

// PostgreSQL type ids of the time column we know how to read.
constexpr unsigned kTimestamp = 1114, kTimestampTz = 1184, kDate = 1082;
constexpr unsigned kNumbers[] = {20, 21, 23, 700, 701, 1700};

// The column of `names` that `wanted` names, or the first of `defaults` there is.
int pickColumn(const QStringList &names, const QString &wanted,
               std::initializer_list<const char *> defaults)
{
    if (!wanted.isEmpty()) {
        for (int i = 0; i < names.size(); ++i) {
            if (names[i].compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }
    for (const char *d : defaults) {
        for (int i = 0; i < names.size(); ++i) {
            if (names[i].compare(QLatin1String(d), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

// {"a","b"} for a text[] parameter.
QByteArray textArray(const QStringList &values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        for (const char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + '}';
}

QByteArray intArray(const QList<int> &values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(values[i]);
    }
    return out + '}';
}

// Milliseconds from a text column in `format`, as parseTimestamp() reads
// it: day and month put in ISO order first, the rest (a time, AM/PM, an
// offset) left to the server; TimeZone is UTC, so a time without an offset
// is read as UTC.
QByteArray textToMs(const QByteArray &column, TimeFormat format)
{
    const QByteArray text = "btrim(" + column + "::text)";
    QByteArray stamp;
    switch (format) {
    case TimeFormat::UnixSeconds:
        return "round(" + text + "::numeric * 1000)::bigint";
    case TimeFormat::Iso:
        stamp = text;
        break;
    case TimeFormat::DayMonthYear:
        stamp = "regexp_replace(" + text
                + ", '^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})', '\\4-\\3-\\1')";
        break;
    case TimeFormat::MonthDayYear:
        stamp = "regexp_replace(" + text
                + ", '^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})', '\\4-\\1-\\3')";
        break;
    }
    return "round(extract(epoch FROM " + stamp + "::timestamptz) * 1000)::bigint";
}

// The format of a text time column, decided as the CSV path decides it:
// from the first rows, and for day/month order from every row (a first
// number above 12 means day first, a second one month first).
template<typename Select>
bool guessTextTimes(Select &selectRows, const QByteArray &source, const QByteArray &time,
                    const QString &name, std::optional<TimeFormat> *format, bool *decided,
                    QString *error)
{
    pg::Result sample;
    if (!selectRows("SELECT " + time + "::text FROM " + source + " AS q WHERE " + time
                            + " IS NOT NULL LIMIT " + QByteArray::number(kProposalRows),
                    {}, &sample, error))
        return false;
    QStringList values;
    for (int r = 0; r < sample.rows(); ++r)
        values.append(sample.text(r, 0));
    *format = guessTimeFormat(values, 0.8);
    if (!*format) {
        *error = tr("unreadable timestamps in column \"%1\", such as \"%2\"")
                         .arg(name, values.value(0).simplified().left(60));
        return false;
    }
    if (**format != TimeFormat::DayMonthYear && **format != TimeFormat::MonthDayYear)
        return true;
    pg::Result order;
    const QByteArray text = "btrim(" + time + "::text)";
    if (!selectRows("SELECT bool_or(substring(" + text
                            + " FROM '^(\\d{1,2})[./-]')::int > 12), bool_or(substring(" + text
                            + " FROM '^\\d{1,2}[./-](\\d{1,2})[./-]')::int > 12) FROM " + source
                            + " AS q",
                    {}, &order, error))
        return false;
    if (order.text(0, 0) == QLatin1String("t"))
        *format = TimeFormat::DayMonthYear;
    else if (order.text(0, 1) == QLatin1String("t"))
        *format = TimeFormat::MonthDayYear;
    else
        *decided = false;
    return true;
}

} // namespace

bool importFromPostgres(const QString &uri, const QString &query, const Journey &journey,
                        const EventMapping &mapping, ObservedJourney *observed, QString *error,
                        EventProposal *used, double *seconds)
{
    QElapsedTimer clock;
    clock.start();
    auto db = pg::Connection::open(uri, error, QStringLiteral("waymark-events"));
    if (!db)
        return false;
    // The server's message, said to come from it.
    auto said = [](QString *message) {
        if (message)
            *message = tr("the database says: %1").arg(*message);
        return false;
    };
    auto exec = [&](const QByteArray &sql, QString *message) {
        return db->execScript(QString::fromUtf8(sql), message) || said(message);
    };
    auto selectRows = [&](const QByteArray &sql, const QList<QByteArray> &params,
                          pg::Result *result, QString *message) {
        QVariantList values;
        for (const QByteArray &p : params)
            values.append(p);
        return db->exec(QString::fromUtf8(sql), values, result, message) || said(message);
    };
    auto identifier = [&](const QString &name) {
        return db->quoteIdentifier(name).toUtf8();
    };
    // Timestamps without a zone are read as they are (as UTC), like the CSV path.
    if (!exec("SET TimeZone = 'UTC'", error))
        return false;
    // Room for the sorts of the window functions (this session only).
    exec("SET work_mem = '256MB'", nullptr);
    // The query goes inside a subquery: a closing ";" would end it early.
    QString select = query.trimmed();
    while (select.endsWith(u';'))
        select = select.chopped(1).trimmed();
    const QByteArray source = "(" + select.toUtf8() + ")";
    pg::Result shape;
    if (!selectRows("SELECT * FROM " + source + " AS q LIMIT 0", {}, &shape, error))
        return false;
    const QStringList names = shape.columnNames();
    const int caseColumn = pickColumn(names, mapping.caseId, {"case_id", "case", "caseid"});
    const int activityColumn = pickColumn(names, mapping.activity, {"activity", "event"});
    const int timeColumn = pickColumn(names, mapping.time, {"time", "timestamp", "ts"});
    if (caseColumn < 0 || activityColumn < 0 || timeColumn < 0) {
        *error = tr("the query must return the case id, activity and time columns (%1, %2, %3); "
                    "it returns: %4")
                         .arg(mapping.caseId.isEmpty() ? QStringLiteral("case_id") : mapping.caseId,
                              mapping.activity.isEmpty() ? QStringLiteral("activity")
                                                         : mapping.activity,
                              mapping.time.isEmpty() ? QStringLiteral("time") : mapping.time,
                              names.join(QStringLiteral(", ")));
        return false;
    }
    // The optional columns: as named, else by name as the CSV path finds them.
    int channelColumn = -1, segmentColumn = -1;
    for (const auto &[given, column, role] :
         {std::tuple{&mapping.channel, &channelColumn, QT_TRANSLATE_NOOP("Events", "channel")},
          std::tuple{&mapping.segment, &segmentColumn, QT_TRANSLATE_NOOP("Events", "segment")}}) {
        if (given->isEmpty())
            continue;
        *column = pickColumn(names, *given, {});
        if (*column < 0) {
            *error = tr("the query returns no column \"%1\" for the %2; it returns: %3")
                             .arg(*given, tr(role), names.join(QStringLiteral(", ")));
            return false;
        }
    }
    proposeOptionalColumns(names, {caseColumn, activityColumn, timeColumn}, &channelColumn,
                           &segmentColumn);
    if (mapping.withoutChannel)
        channelColumn = -1;
    if (mapping.withoutSegment)
        segmentColumn = -1;
    EventProposal proposal;
    proposal.mapping.caseId = names[caseColumn];
    proposal.mapping.activity = names[activityColumn];
    proposal.mapping.time = names[timeColumn];
    proposal.mapping.channel = names.value(channelColumn);
    proposal.mapping.segment = names.value(segmentColumn);
    proposal.mapping.match = mapping.match;
    proposal.mapping.withoutChannel = mapping.withoutChannel;
    proposal.mapping.withoutSegment = mapping.withoutSegment;
    // A channel or segment value as the CSV path reads it: trimmed, blank is none.
    auto optionalValue = [&](int column) -> QByteArray {
        if (column < 0)
            return "NULL::text";
        return "nullif(btrim(q." + identifier(names[column]) + "::text, E' \\t\\r\\n'), '')";
    };
    const QByteArray caseId = "q." + identifier(names[caseColumn]);
    const QByteArray activity = "q." + identifier(names[activityColumn]);
    const QByteArray time = "q." + identifier(names[timeColumn]);
    const unsigned timeType = shape.columnType(timeColumn);
    QByteArray ms;
    if (timeType == kTimestamp || timeType == kTimestampTz || timeType == kDate) {
        ms = "round(extract(epoch FROM " + time + ") * 1000)::bigint";
    } else if (std::find(std::begin(kNumbers), std::end(kNumbers), timeType)
               != std::end(kNumbers)) {
        ms = "round(" + time + "::numeric * 1000)::bigint"; // Unix seconds
    } else {
        // Text: read as the CSV path reads it, not by the server's DateStyle.
        std::optional<TimeFormat> format = mapping.timeFormat;
        bool decided = true;
        if (!format
            && !guessTextTimes(selectRows, source, time, names[timeColumn], &format, &decided,
                               error))
            return false;
        if (!decided)
            proposal.warnings.append(undecidedDayMonthNote(*format, names[timeColumn]));
        proposal.mapping.timeFormat = format;
        ms = textToMs(time, *format);
    }
    const QByteArray hasCase = "nullif(btrim(" + caseId + "::text), '') IS NOT NULL";

    // 1. The activities with their counts; matched to steps here. Rows
    //    without a case id are dropped and counted.
    pg::Result activities, blank;
    if (!selectRows("SELECT " + activity + "::text, count(*) FROM " + source + " AS q WHERE "
                            + hasCase + " GROUP BY 1",
                    {}, &activities, error)
        || !selectRows("SELECT count(*) FROM " + source + " AS q WHERE NOT (" + hasCase + ")", {},
                       &blank, error))
        return false;
    const StepMatcher matcher(journey, mapping.match);
    QStringList matchedNames;
    QList<int> matchedSteps;
    ObservedJourney result;
    for (int r = 0; r < activities.rows(); ++r) {
        const QString name = activities.text(r, 0);
        const qint64 count = activities.integer(r, 1);
        result.rows += count;
        const bool empty = activities.isNull(r, 0) || name.trimmed().isEmpty();
        const int step = empty ? -1 : matcher.match(name.trimmed());
        if (step >= 0) {
            matchedNames.append(name);
            matchedSteps.append(step);
        } else {
            result.unmatchedEvents += count;
            result.unmatched.append({empty ? noActivityName() : name.trimmed(), count});
        }
    }
    if (const qint64 n = blank.integer(0, 0); n > 0) {
        result.rows += n;
        result.unmatchedEvents += n;
        result.unmatched.append({tr("(no case id)"), n});
    }
    std::sort(result.unmatched.begin(), result.unmatched.end(),
              [](const UnmatchedActivity &a, const UnmatchedActivity &b) {
                  return a.events != b.events ? a.events > b.events : a.activity < b.activity;
              });

    // 2. Each case's matched events in time order (ties in the order the
    //    query returns them), kept on the server for the three summaries.
    const QByteArray ordered
            = "CREATE TEMP TABLE waymark_ordered AS "
              "WITH src AS (SELECT q.*, row_number() OVER () AS waymark_row FROM "
              + source
              + " AS q), "
                "m(activity, step) AS (SELECT * FROM unnest($1::text[], $2::int[])), "
                "ev AS (SELECT "
              + caseId + "::text AS c, m.step, " + ms + " AS t, " + optionalValue(channelColumn)
              + " AS ch, " + optionalValue(segmentColumn)
              + " AS seg, q.waymark_row AS r FROM src AS q JOIN m ON m.activity = " + activity
              + "::text WHERE " + hasCase
              + ") "
                "SELECT c, step, t, ch, seg, row_number() OVER w AS k, lead(step) OVER w AS "
                "next_step, lead(t) OVER w AS next_t FROM ev WINDOW w AS (PARTITION BY c ORDER "
                "BY t, r)";
    if (!exec("DROP TABLE IF EXISTS waymark_ordered", error)
        || !selectRows(ordered, {textArray(matchedNames), intArray(matchedSteps)}, nullptr, error))
        return false;
    pg::Result totals;
    if (!selectRows("SELECT count(*), count(*) FILTER (WHERE t IS NULL) FROM waymark_ordered", {},
                    &totals, error))
        return false;
    if (totals.integer(0, 1) > 0) {
        *error = countedText("Events",
                             QT_TRANSLATE_N_NOOP("Events", "%n matched event(s) have no time"),
                             totals.integer(0, 1));
        return false;
    }
    PathSummary paths;
    paths.stepCount = int(journey.steps.size());
    paths.events = totals.integer(0, 0);

    // 3. Transitions, times per step and variants (with each case's
    //    segment: its first value in time order), computed by the server.
    pg::Result transitions, durations, variants, channels;
    const QByteArray caseSegment
            = segmentColumn < 0
                      ? QByteArray("NULL::text")
                      : QByteArray("(array_agg(seg ORDER BY k) FILTER (WHERE seg IS NOT NULL))[1]");
    if (!selectRows("SELECT step, next_step, count(*), count(DISTINCT c) FROM waymark_ordered "
                    "WHERE next_step IS NOT NULL GROUP BY 1, 2",
                    {}, &transitions, error)
        || !selectRows("SELECT step, percentile_cont(0.5) WITHIN GROUP (ORDER BY next_t - t), "
                       "percentile_cont(0.9) WITHIN GROUP (ORDER BY next_t - t) "
                       "FROM waymark_ordered WHERE next_t IS NOT NULL GROUP BY 1",
                       {}, &durations, error)
        || !selectRows("SELECT path, seg, count(*) FROM (SELECT string_agg(step::text, ',' "
                       "ORDER BY k) AS path, "
                               + caseSegment
                               + " AS seg FROM waymark_ordered GROUP BY c) AS p GROUP BY 1, 2",
                       {}, &variants, error)
        || (channelColumn >= 0
            && !selectRows("SELECT step, ch, count(*) FROM waymark_ordered WHERE ch IS NOT NULL "
                           "GROUP BY 1, 2",
                           {}, &channels, error)))
        return false;
    for (int r = 0; r < transitions.rows(); ++r) {
        paths.transitions.push_back({int32_t(transitions.integer(r, 0)),
                                     int32_t(transitions.integer(r, 1)), transitions.integer(r, 2),
                                     transitions.integer(r, 3)});
    }
    paths.medianMinutes.assign(size_t(paths.stepCount), std::nullopt);
    paths.p90Minutes.assign(size_t(paths.stepCount), std::nullopt);
    for (int r = 0; r < durations.rows(); ++r) {
        const qint64 step = durations.integer(r, 0);
        if (step < 0 || step >= paths.stepCount)
            continue;
        paths.medianMinutes[size_t(step)] = durations.real(r, 1) / 60000.0;
        paths.p90Minutes[size_t(step)] = durations.real(r, 2) / 60000.0;
    }
    std::vector<int32_t> path;
    QHash<QByteArray, uint32_t> variantOf;
    QHash<QString, int32_t> segmentOf;
    for (int r = 0; r < variants.rows(); ++r) {
        const QByteArray key = variants.bytes(r, 0);
        const qint64 cases = variants.integer(r, 2);
        auto v = variantOf.constFind(key);
        if (v == variantOf.constEnd()) {
            path.clear();
            for (const QByteArray &part : key.split(','))
                path.push_back(int32_t(part.toInt()));
            v = variantOf.insert(key, uint32_t(paths.variantCount()));
            paths.addVariant(path.data(), path.size(), cases);
        } else {
            paths.variantCases[*v] += cases;
        }
        if (variants.isNull(r, 1))
            continue;
        const QString segment = variants.text(r, 1);
        auto g = segmentOf.constFind(segment);
        if (g == segmentOf.constEnd()) {
            g = segmentOf.insert(segment, int32_t(paths.segmentNames.size()));
            paths.segmentNames.append(segment);
        }
        paths.segmentCases.push_back({*v, *g, cases});
    }
    QHash<QString, int32_t> channelOf;
    for (int r = 0; r < channels.rows(); ++r) {
        const QString channel = channels.text(r, 1);
        auto c = channelOf.constFind(channel);
        if (c == channelOf.constEnd()) {
            c = channelOf.insert(channel, int32_t(paths.channelNames.size()));
            paths.channelNames.append(channel);
        }
        paths.channelVisits.push_back(
                {int32_t(channels.integer(r, 0)), *c, channels.integer(r, 2)});
    }
    exec("DROP TABLE IF EXISTS waymark_ordered", nullptr);

    ObservedJourney o = observe(journey, paths);
    o.rows = result.rows;
    o.unmatchedEvents = result.unmatchedEvents;
    o.unmatched = result.unmatched;
    o.channelColumn = proposal.mapping.channel;
    o.segmentColumn = proposal.mapping.segment;
    // The source as a user recognises it, without a password.
    QUrl url(uri);
    url.setPassword({});
    o.source = url.toString();
    o.importedAt = QDateTime::currentDateTimeUtc();
    *observed = o;
    if (used)
        *used = proposal;
    if (seconds)
        *seconds = double(clock.nsecsElapsed()) / 1e9;
    return true;
}

} // namespace waymark::events
