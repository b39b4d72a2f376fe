#include "proposal.h"

#include "metrics/preview.h"
#include "metrics/textmatch.h"
#include "model/journey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace waymark::events {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Events", text);
}

using Words = std::initializer_list<QStringView>;

bool nameHas(const QString &name, Words words)
{
    const QString n = matchKey(name);
    for (const QStringView w : words) {
        if (n.contains(w))
            return true;
    }
    return false;
}

// Header words by role, in the languages Waymark speaks (English, Russian,
// Simplified Chinese); lower case, as matchKey() gives them.
const Words kTimeWords = {u"time", u"date", u"stamp",  u"created", u"occurred", u"when", u"ts",
                          u"врем", u"дата", u"момент", u"когда",   u"时间",     u"日期", u"时刻"};
const Words kActivityWords
        = {u"activity", u"event", u"action", u"step", u"touchpoint", u"stage",  u"page",
           u"task",     u"событ", u"действ", u"шаг",  u"этап",       u"активн", u"операц",
           u"事件",     u"活动",  u"动作",   u"步骤", u"行为",       u"操作",   u"环节"};
const Words kCaseWords
        = {u"case",    u"customer", u"user",    u"session", u"order",   u"client",  u"visitor",
           u"account", u"ticket",   u"contact", u"id",      u"клиент",  u"покупат", u"пользоват",
           u"заказ",   u"сесси",    u"сеанс",   u"кейс",    u"обращен", u"номер",   u"客户",
           u"顾客",    u"用户",     u"订单",    u"会话",    u"案例",    u"编号",    u"会员"};
const Words kChannelWords = {u"channel", u"medium", u"канал", u"渠道", u"通道"};
const Words kSegmentWords = {u"segment", u"cohort", u"tier", u"group", u"сегмент", u"когорт",
                             u"групп",   u"细分",   u"分群", u"分组",  u"群组"};
const Words kNotCaseWords
        = {u"channel",  u"segment", u"source", u"medium", u"group", u"канал", u"сегмент",
           u"источник", u"групп",   u"渠道",   u"细分",   u"来源",  u"分组",  u"群组"};

QStringList nonBlank(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            out.append(v.trimmed());
    }
    return out;
}

// A Unix time in seconds between 1973 and 2100: anything else is a number.
bool plausibleUnix(const QStringList &values)
{
    for (const QString &v : values) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || d < 1e8 || d > 4.2e9)
            return false;
    }
    return !values.isEmpty();
}

int findColumn(const DataPreview &preview, const QString &name, const char *role, QString *error)
{
    const int c = preview.header.columnIndex(name);
    if (c < 0) {
        *error = tr("no column \"%1\" for the %2 in the header").arg(name, tr(role));
    }
    return c;
}

} // namespace

bool eventMappingFromJson(QByteArrayView json, EventMapping *mapping, QStringList *warnings,
                          QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!doc.isObject()) {
        *error = tr("the mapping is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    EventMapping m;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (!it.value().isString()) {
            *error = tr("\"%1\" in the mapping must be a string").arg(key);
            return false;
        }
        const QString value = it.value().toString();
        if (key == QLatin1String("case"))
            m.caseId = value;
        else if (key == QLatin1String("activity"))
            m.activity = value;
        else if (key == QLatin1String("time"))
            m.time = value;
        else if (key == QLatin1String("channel")) {
            m.channel = value;
            m.withoutChannel = value.isEmpty();
        } else if (key == QLatin1String("segment")) {
            m.segment = value;
            m.withoutSegment = value.isEmpty();
        } else if (key == QLatin1String("timeFormat")) {
            m.timeFormat = timeFormatFromName(value);
            if (!m.timeFormat) {
                *error = tr("\"timeFormat\" must be iso, dmy, mdy or unix, not \"%1\"").arg(value);
                return false;
            }
        } else if (key == QLatin1String("match")) {
            if (value == QLatin1String("auto"))
                m.match = StepMatch::Auto;
            else if (value == QLatin1String("key"))
                m.match = StepMatch::Key;
            else if (value == QLatin1String("title"))
                m.match = StepMatch::Title;
            else {
                *error = tr("\"match\" must be auto, key or title, not \"%1\"").arg(value);
                return false;
            }
        } else if (warnings) {
            warnings->append(tr("unknown key \"%1\" in the mapping is ignored").arg(key));
        }
    }
    *mapping = m;
    return true;
}

QByteArray eventMappingToJson(const EventMapping &m)
{
    QJsonObject o;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("case", m.caseId);
    put("activity", m.activity);
    put("time", m.time);
    put("channel", m.channel);
    put("segment", m.segment);
    if (m.withoutChannel)
        o.insert(QLatin1String("channel"), QString());
    if (m.withoutSegment)
        o.insert(QLatin1String("segment"), QString());
    if (m.timeFormat)
        put("timeFormat", timeFormatName(*m.timeFormat));
    put("match", stepMatchName(m.match));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString undecidedDayMonthNote(TimeFormat format, const QString &column)
{
    return format == TimeFormat::DayMonthYear
                   ? tr("no date in \"%1\" tells the day from the month; read day first (give "
                        "--mapping with \"timeFormat\": \"mdy\" if the month comes first)")
                             .arg(column)
                   : tr("no date in \"%1\" tells the day from the month; read month first (give "
                        "--mapping with \"timeFormat\": \"dmy\" if the day comes first)")
                             .arg(column);
}

void proposeOptionalColumns(const QStringList &names, const QList<int> &taken, int *channel,
                            int *segment)
{
    QSet<int> used(taken.begin(), taken.end());
    if (*channel >= 0)
        used.insert(*channel);
    if (*segment >= 0)
        used.insert(*segment);
    for (int c = 0; c < names.size(); ++c) {
        if (used.contains(c))
            continue;
        if (*channel < 0 && nameHas(names[c], kChannelWords)) {
            *channel = c;
            used.insert(c);
        } else if (*segment < 0 && nameHas(names[c], kSegmentWords)) {
            *segment = c;
            used.insert(c);
        }
    }
}

bool proposeEventColumns(const DataPreview &preview, const Journey &journey,
                         const EventMapping &given, EventProposal *proposal, QString *error)
{
    EventProposal p;
    p.mapping = given;
    const QList<DataColumn> &columns = preview.header.columns;
    const int count = int(columns.size());
    QSet<int> used;
    EventColumns &chosen = p.spec.columns;

    // Named columns first.
    struct Named
    {
        const QString *name;
        int *column;
        const char *role;
    };
    for (const Named &n :
         {Named{&given.caseId, &chosen.caseId, QT_TRANSLATE_NOOP("Events", "case id")},
          Named{&given.activity, &chosen.activity, QT_TRANSLATE_NOOP("Events", "activity")},
          Named{&given.time, &chosen.time, QT_TRANSLATE_NOOP("Events", "time")},
          Named{&given.channel, &chosen.channel, QT_TRANSLATE_NOOP("Events", "channel")},
          Named{&given.segment, &chosen.segment, QT_TRANSLATE_NOOP("Events", "segment")}}) {
        if (n.name->isEmpty())
            continue;
        *n.column = findColumn(preview, *n.name, n.role, error);
        if (*n.column < 0)
            return false;
        used.insert(*n.column);
    }

    // Time: the column whose values parse as timestamps, names breaking ties.
    if (chosen.time < 0) {
        double best = -1;
        for (int c = 0; c < count; ++c) {
            if (used.contains(c))
                continue;
            const QStringList values = nonBlank(preview.column(c));
            int parsed = 0;
            const auto format = guessTimeFormat(values, 0.8, &parsed);
            if (!format)
                continue;
            const bool timeName = nameHas(columns[c].name, kTimeWords);
            const bool unix = *format == TimeFormat::UnixSeconds;
            // Integers in the Unix range are often ids: not when the header
            // names an id, and below any column of written-out timestamps.
            if (unix
                && (!plausibleUnix(values) || (!timeName && nameHas(columns[c].name, kCaseWords))))
                continue;
            const double score = double(parsed) / double(std::max<qsizetype>(values.size(), 1))
                                 + (timeName ? 1 : 0) - (unix ? 0.5 : 0);
            if (score > best) {
                best = score;
                chosen.time = c;
            }
        }
        if (chosen.time < 0) {
            *error = tr("no time column: no column holds timestamps (ISO 8601, day.month.year, "
                        "month/day/year or Unix seconds) in its first rows");
            return false;
        }
        used.insert(chosen.time);
        p.notes.append(tr("time: \"%1\" holds timestamps").arg(columns[chosen.time].name));
    }
    {
        const QStringList values = nonBlank(preview.column(chosen.time));
        if (given.timeFormat) {
            p.spec.timeFormat = *given.timeFormat;
        } else if (const auto format = guessTimeFormat(values, 0.0)) {
            p.spec.timeFormat = *format;
        } else if (!values.isEmpty()) {
            *error = tr("unreadable timestamps in column \"%1\", such as \"%2\"")
                             .arg(columns[chosen.time].name, values.first().simplified().left(60));
            return false;
        }
    }

    // Activity: the column whose values name the journey's steps.
    const StepMatcher matcher(journey, given.match);
    auto matchShare = [&](int c) {
        const QStringList values = nonBlank(preview.column(c));
        int matched = 0;
        for (const QString &v : values)
            matched += matcher.match(v) >= 0;
        return values.isEmpty() ? 0.0 : double(matched) / double(values.size());
    };
    if (chosen.activity < 0) {
        double best = 0;
        for (int c = 0; c < count; ++c) {
            if (used.contains(c))
                continue;
            const double score
                    = matchShare(c) * 2 + (nameHas(columns[c].name, kActivityWords) ? 0.5 : 0);
            if (score > best) {
                best = score;
                chosen.activity = c;
            }
        }
        if (chosen.activity < 0) {
            *error = tr("no activity column: no column names the steps of \"%1\" by key or title "
                        "and none is called activity or event")
                             .arg(journey.name);
            return false;
        }
        used.insert(chosen.activity);
        p.notes.append(tr("activity: \"%1\" names the steps").arg(columns[chosen.activity].name));
    }
    p.matchShare = matchShare(chosen.activity);

    // Case: ids that repeat (a case has several events), names helping.
    if (chosen.caseId < 0) {
        double best = 0;
        for (int c = 0; c < count; ++c) {
            if (used.contains(c))
                continue;
            const QStringList values = nonBlank(preview.column(c));
            if (values.isEmpty())
                continue;
            const qsizetype distinct = QSet<QString>(values.begin(), values.end()).size();
            const double repeats = distinct > 1 || values.size() == 1
                                           ? 1.0 - double(distinct) / double(values.size())
                                           : 0.0;
            const bool named = nameHas(columns[c].name, kCaseWords);
            const bool other = nameHas(columns[c].name, kNotCaseWords);
            const double score = (named ? 1.0 : 0.0) + (other ? -1.0 : 0.0)
                                 + (distinct > 1 ? 0.2 + repeats : 0.0);
            if (score > best) {
                best = score;
                chosen.caseId = c;
            }
        }
        if (chosen.caseId < 0) {
            *error = tr("no case column: no column holds ids that repeat across events");
            return false;
        }
        used.insert(chosen.caseId);
        p.notes.append(tr("case: \"%1\" identifies the cases").arg(columns[chosen.caseId].name));
    }

    // Channel and segment: by name only; they are optional.
    {
        QStringList names;
        for (const DataColumn &c : columns)
            names.append(c.name);
        proposeOptionalColumns(names, used.values(), &chosen.channel, &chosen.segment);
        if (given.withoutChannel)
            chosen.channel = -1;
        if (given.withoutSegment)
            chosen.segment = -1;
    }

    p.mapping.caseId = columns[chosen.caseId].name;
    p.mapping.activity = columns[chosen.activity].name;
    p.mapping.time = columns[chosen.time].name;
    p.mapping.timeFormat = p.spec.timeFormat;
    if (chosen.channel >= 0)
        p.mapping.channel = columns[chosen.channel].name;
    if (chosen.segment >= 0)
        p.mapping.segment = columns[chosen.segment].name;
    p.spec.delimiter = preview.header.delimiter;
    p.spec.dataOffset = preview.header.dataOffset;
    p.spec.dataLine = preview.header.dataLine;
    p.spec.columnCount = count;
    for (const DataColumn &c : columns)
        p.spec.columnNames.append(c.name);
    *proposal = p;
    return true;
}

} // namespace waymark::events
