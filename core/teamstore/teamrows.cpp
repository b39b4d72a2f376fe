#include "teamrows.h"

#include "pg/pgconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace waymark::team {

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString histogramToJson(const QList<qint64> &counts)
{
    QJsonArray array;
    for (qint64 c : counts)
        array.append(c);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> histogramFromJson(const QString &text)
{
    QList<qint64> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toInteger());
    return out;
}

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFrom(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

template<typename E>
E enumOr(const QString &name, E fallback)
{
    return enumFromName<E>(name).value_or(fallback);
}

const QList<ServerTable> &tables()
{
    static const QList<ServerTable> list{
            {Table::Persona, QStringLiteral("persona"), false, true, words("id"),
             words("name goals quote description photo")},
            {Table::Channel, QStringLiteral("channel"), false, true, words("id"),
             words("name kind icon")},
            {Table::MetricDef, QStringLiteral("metric_def"), false, true, words("id"),
             words("name kind formula unit scale_min scale_max higher_better green amber")},
            {Table::Journey, QStringLiteral("journey"), false, true, words("id"),
             words("name persona scenario description state kind votes_per_participant")},
            {Table::Stage, QStringLiteral("stage"), true, true, words("id"),
             words("name description")},
            {Table::Lane, QStringLiteral("lane"), true, true, words("id"), words("name kind")},
            {Table::Step, QStringLiteral("step"), true, true, words("id"),
             words("stage lane ord title description kind channel owner priority due emotion"
                   " moment entry goal ext_key tags color picture")},
            {Table::Link, QStringLiteral("link"), true, true, words("id"),
             words("src dst kind label share typical")},
            {Table::Comment, QStringLiteral("comment"), true, true, words("id"),
             words("step author body created")},
            {Table::Vote, QStringLiteral("vote"), true, true, words("step participant"),
             words("count")},
            {Table::MetricValue, QStringLiteral("metric_value"), true, false, words("step"),
             words("metric period segment source n value sum histogram")},
            {Table::Source, QStringLiteral("import_source"), false, false, words("id"),
             words("journey file_name imported_at layout mapping signature rows_read"
                   " rows_matched rows_unmatched rows_rejected report")},
    };
    return list;
}

struct KeyOf
{
    QStringList operator()(const Persona *p) const { return {p->id}; }
    QStringList operator()(const Channel *c) const { return {c->id}; }
    QStringList operator()(const MetricDef *d) const { return {d->id}; }
    QStringList operator()(const Journey *j) const { return {j->id}; }
    QStringList operator()(const Stage *s) const { return {s->id}; }
    QStringList operator()(const Lane *l) const { return {l->id}; }
    QStringList operator()(const Step *s) const { return {s->id}; }
    QStringList operator()(const Link *l) const { return {l->id}; }
    QStringList operator()(const Comment *c) const { return {c->id}; }
    QStringList operator()(const Vote *v) const { return {v->step, v->participant}; }
    QStringList operator()(const MetricValue *v) const { return {v->step}; }
    QStringList operator()(const ImportSource *s) const { return {s->id}; }
};

struct ValuesOf
{
    QVariantList operator()(const Persona *p) const
    {
        return {p->id, p->name, p->goals, p->quote, p->description, p->photo};
    }
    QVariantList operator()(const Channel *c) const
    {
        return {c->id, c->name, enumName(c->kind), c->icon};
    }
    QVariantList operator()(const MetricDef *d) const
    {
        return {d->id,         d->name,          enumName(d->kind), enumName(d->formula),
                d->unit,       opt(d->scaleMin), opt(d->scaleMax),  d->higherIsBetter,
                opt(d->green), opt(d->amber)};
    }
    QVariantList operator()(const Journey *j) const
    {
        return {j->id,
                j->name,
                j->persona,
                j->scenario,
                j->description,
                enumName(j->state),
                enumName(j->kind),
                j->votesPerParticipant};
    }
    QVariantList operator()(const Stage *s) const { return {s->id, s->name, s->description}; }
    QVariantList operator()(const Lane *l) const { return {l->id, l->name, enumName(l->kind)}; }
    QVariantList operator()(const Step *s) const
    {
        return {s->id,
                s->stage,
                s->lane,
                s->order,
                s->title,
                s->description,
                enumName(s->kind),
                s->channel,
                s->owner,
                enumName(s->priority),
                s->due.isValid() ? s->due.toString(Qt::ISODate) : QString(),
                s->emotion ? QVariant(*s->emotion) : QVariant(),
                s->momentOfTruth,
                s->entry,
                s->goal,
                s->key,
                tagsToJson(s->tags),
                s->color,
                s->picture};
    }
    QVariantList operator()(const Link *l) const
    {
        return {l->id, l->from, l->to, enumName(l->kind), l->label, opt(l->share), l->typical};
    }
    QVariantList operator()(const Comment *c) const
    {
        return {c->id, c->step, c->author, c->text, dateTimeText(c->created)};
    }
    QVariantList operator()(const Vote *v) const { return {v->step, v->participant, v->count}; }
    QVariantList operator()(const MetricValue *v) const
    {
        return {v->step,    v->metric, v->period,
                v->segment, v->source, v->n,
                v->value,   v->sum,    histogramToJson(v->histogram)};
    }
    QVariantList operator()(const ImportSource *s) const
    {
        return {s->id,          s->journey,       s->fileName,     dateTimeText(s->importedAt),
                s->layout,      s->mapping,       s->signature,    s->rowsRead,
                s->rowsMatched, s->rowsUnmatched, s->rowsRejected, s->report};
    }
};

} // namespace

const ServerTable &serverTable(Table table)
{
    return tables().at(int(table));
}

const QList<Table> &allTables()
{
    static const QList<Table> list = [] {
        QList<Table> out;
        for (const ServerTable &t : tables())
            out.append(t.table);
        return out;
    }();
    return list;
}

QStringList rowKey(const RowRef &row)
{
    return std::visit(KeyOf{}, row);
}

QVariantList rowValues(const RowRef &row)
{
    return std::visit(ValuesOf{}, row);
}

RowRef refOf(const RowValue &value)
{
    return std::visit([](const auto &v) -> RowRef { return &v; }, value);
}

RowValue readRow(Table table, const pg::Result &r, int row, int first)
{
    auto t = [&](int c) {
        return r.text(row, first + c);
    };
    auto i = [&](int c) {
        return r.integer(row, first + c);
    };
    auto b = [&](int c) {
        return r.boolean(row, first + c);
    };
    auto o = [&](int c) {
        return r.optReal(row, first + c);
    };
    auto d = [&](int c) {
        return r.real(row, first + c);
    };
    switch (table) {
    case Table::Persona:
        return Persona{t(0), t(1), t(2), t(3), t(4), t(5)};
    case Table::Channel:
        return Channel{t(0), t(1), enumOr(t(2), ChannelKind::Digital), t(3)};
    case Table::MetricDef:
        return MetricDef{t(0),
                         t(1),
                         enumOr(t(2), MetricKind::Custom),
                         enumOr(t(3), Formula::Mean),
                         t(4),
                         o(5),
                         o(6),
                         b(7),
                         o(8),
                         o(9)};
    case Table::Journey: {
        Journey j;
        j.id = t(0);
        j.name = t(1);
        j.persona = t(2);
        j.scenario = t(3);
        j.description = t(4);
        j.state = enumOr(t(5), JourneyState::Current);
        j.kind = enumOr(t(6), JourneyKind::Journey);
        j.votesPerParticipant = int(i(7));
        return j;
    }
    case Table::Stage:
        return Stage{t(0), t(1), t(2)};
    case Table::Lane:
        return Lane{t(0), t(1), enumOr(t(2), LaneKind::Custom)};
    case Table::Step: {
        Step s;
        s.id = t(0);
        s.stage = t(1);
        s.lane = t(2);
        s.order = int(i(3));
        s.title = t(4);
        s.description = t(5);
        s.kind = enumOr(t(6), StepKind::Action);
        s.channel = t(7);
        s.owner = t(8);
        s.priority = enumOr(t(9), Priority::None);
        s.due = t(10).isEmpty() ? QDate() : QDate::fromString(t(10), Qt::ISODate);
        if (!r.isNull(row, first + 11))
            s.emotion = int(i(11));
        s.momentOfTruth = b(12);
        s.entry = b(13);
        s.goal = b(14);
        s.key = t(15);
        s.tags = tagsFromJson(t(16));
        s.color = t(17);
        s.picture = t(18);
        return s;
    }
    case Table::Link:
        return Link{t(0), t(1), t(2), enumOr(t(3), LinkKind::Flow), t(4), o(5), b(6)};
    case Table::Comment:
        return Comment{t(0), t(1), t(2), t(3), dateTimeFrom(t(4))};
    case Table::Vote:
        return Vote{t(0), t(1), int(i(2))};
    case Table::MetricValue:
        return MetricValue{t(0), t(1), t(2), t(3), t(4), i(5), d(6), d(7), histogramFromJson(t(8))};
    case Table::Source:
        return ImportSource{t(0), t(1),  t(2), dateTimeFrom(t(3)), t(4), t(5), t(6), i(7), i(8),
                            i(9), i(10), t(11)};
    }
    return Persona{};
}

QString itemNoun(Table table)
{
    switch (table) {
    case Table::Persona:
        return QCoreApplication::translate("TeamStore", "persona");
    case Table::Channel:
        return QCoreApplication::translate("TeamStore", "channel");
    case Table::MetricDef:
        return QCoreApplication::translate("TeamStore", "metric");
    case Table::Journey:
        return QCoreApplication::translate("TeamStore", "journey");
    case Table::Stage:
        return QCoreApplication::translate("TeamStore", "stage");
    case Table::Lane:
        return QCoreApplication::translate("TeamStore", "lane");
    case Table::Step:
        return QCoreApplication::translate("TeamStore", "card");
    case Table::Link:
        return QCoreApplication::translate("TeamStore", "link");
    case Table::Comment:
        return QCoreApplication::translate("TeamStore", "comment");
    case Table::Vote:
        return QCoreApplication::translate("TeamStore", "vote");
    case Table::MetricValue:
        return QCoreApplication::translate("TeamStore", "metric value");
    case Table::Source:
        return QCoreApplication::translate("TeamStore", "data import");
    }
    return {};
}

} // namespace waymark::team
