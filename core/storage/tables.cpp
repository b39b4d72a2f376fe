#include "tables.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <string>

namespace waymark {

Table tableOf(const RowRef &row)
{
    // The variant's alternatives are listed in Table's order.
    return Table(row.index());
}

namespace {

QString asText(const Cell &c)
{
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    if (const auto *i = std::get_if<qint64>(&c))
        return QString::number(*i);
    if (const auto *d = std::get_if<double>(&c))
        return QString::number(*d, 'g', 17);
    return {};
}

qint64 asInt(const Cell &c)
{
    if (const auto *i = std::get_if<qint64>(&c))
        return *i;
    if (const auto *d = std::get_if<double>(&c))
        return qint64(*d);
    if (const auto *s = std::get_if<QString>(&c))
        return s->toLongLong();
    return 0;
}

std::optional<double> asOptReal(const Cell &c)
{
    if (const auto *d = std::get_if<double>(&c))
        return *d;
    if (const auto *i = std::get_if<qint64>(&c))
        return double(*i);
    return std::nullopt;
}

Cell optReal(std::optional<double> v)
{
    return v ? Cell(*v) : Cell();
}

Cell refCell(const QString &id)
{
    return id.isEmpty() ? Cell() : Cell(id);
}

template<typename E>
E enumOr(const Cell &c, E fallback)
{
    return enumFromName<E>(asText(c)).value_or(fallback);
}

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString histogramToJson(const QList<qint64> &counts)
{
    // Written for every metric value: digits into one buffer, no JSON
    // library and no string per number.
    std::string out = "[";
    char digits[24];
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (i)
            out += ',';
        const auto end = std::to_chars(digits, digits + sizeof digits, counts[i]).ptr;
        out.append(digits, end);
    }
    out += ']';
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

QList<qint64> histogramFromJson(const QString &text)
{
    // Read for every metric value of a file that is opened: the form this
    // program writes ("[3,0,12]") is read directly; anything else (spaces,
    // an older writer) goes through the JSON parser.
    QList<qint64> out;
    const QStringView view(text);
    if (view.size() >= 2 && view.front() == u'[' && view.back() == u']') {
        bool ok = true;
        const QStringView inner = view.sliced(1, view.size() - 2);
        if (!inner.isEmpty()) {
            for (QStringView part : inner.tokenize(u',')) {
                const qint64 n = part.toLongLong(&ok);
                if (!ok)
                    break;
                out.append(n);
            }
        }
        if (ok)
            return out;
        out.clear();
    }
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toInteger());
    return out;
}

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFrom(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

} // namespace

// One line per column: the column's name, the model field, how it is kept.
#define WM_TEXT(T, col, field) \
    Column<T> \
    { \
        col, [](const T &r) -> Cell { return r.field; }, [](T &r, const Cell &c) { \
            r.field = asText(c); \
        } \
    }
#define WM_REF(T, col, field) \
    Column<T> \
    { \
        col, [](const T &r) -> Cell { return refCell(r.field); }, [](T &r, const Cell &c) { \
            r.field = asText(c); \
        } \
    }
#define WM_INT(T, col, field, type) \
    Column<T> \
    { \
        col, [](const T &r) -> Cell { return qint64(r.field); }, [](T &r, const Cell &c) { \
            r.field = type(asInt(c)); \
        } \
    }
#define WM_BOOL(T, col, field) \
    Column<T> \
    { \
        col, [](const T &r) -> Cell { return qint64(r.field ? 1 : 0); }, [](T &r, const Cell &c) { \
            r.field = asInt(c) != 0; \
        } \
    }
#define WM_REAL(T, col, field) \
    Column<T> \
    { \
        col, [](const T &r) -> Cell { return double(r.field); }, [](T &r, const Cell &c) { \
            r.field = asOptReal(c).value_or(0.0); \
        } \
    }
#define WM_OPTREAL(T, col, field) \
    Column<T> \
    { \
        col, [](const T &r) -> Cell { return optReal(r.field); }, [](T &r, const Cell &c) { \
            r.field = asOptReal(c); \
        } \
    }
#define WM_ENUM(T, col, field, E, fallback) \
    Column<T> \
    { \
        col, [](const T &r) -> Cell { return enumName(r.field); }, [](T &r, const Cell &c) { \
            r.field = enumOr(c, E::fallback); \
        } \
    }

const TableDesc<Persona> &personaTable()
{
    static const TableDesc<Persona> d{
            Table::Persona,
            "persona",
            false,
            true,
            1,
            {WM_TEXT(Persona, "id", id), WM_TEXT(Persona, "name", name),
             WM_TEXT(Persona, "goals", goals), WM_TEXT(Persona, "quote", quote),
             WM_TEXT(Persona, "description", description), WM_REF(Persona, "photo", photo)}};
    return d;
}

const TableDesc<Channel> &channelTable()
{
    static const TableDesc<Channel> d{Table::Channel,
                                      "channel",
                                      false,
                                      true,
                                      1,
                                      {WM_TEXT(Channel, "id", id), WM_TEXT(Channel, "name", name),
                                       WM_ENUM(Channel, "kind", kind, ChannelKind, Digital),
                                       WM_TEXT(Channel, "icon", icon)}};
    return d;
}

const TableDesc<MetricDef> &metricDefTable()
{
    static const TableDesc<MetricDef> d{
            Table::MetricDef,
            "metric_def",
            false,
            true,
            1,
            {WM_TEXT(MetricDef, "id", id), WM_TEXT(MetricDef, "name", name),
             WM_ENUM(MetricDef, "kind", kind, MetricKind, Custom),
             WM_ENUM(MetricDef, "formula", formula, Formula, Mean),
             WM_TEXT(MetricDef, "unit", unit), WM_OPTREAL(MetricDef, "scale_min", scaleMin),
             WM_OPTREAL(MetricDef, "scale_max", scaleMax),
             WM_BOOL(MetricDef, "higher_better", higherIsBetter),
             WM_OPTREAL(MetricDef, "green", green), WM_OPTREAL(MetricDef, "amber", amber)}};
    return d;
}

const TableDesc<Journey> &journeyTable()
{
    static const TableDesc<Journey> d{
            Table::Journey,
            "journey",
            false,
            true,
            1,
            {WM_TEXT(Journey, "id", id), WM_TEXT(Journey, "name", name),
             WM_REF(Journey, "persona", persona), WM_TEXT(Journey, "scenario", scenario),
             WM_TEXT(Journey, "description", description),
             WM_ENUM(Journey, "state", state, JourneyState, Current),
             WM_ENUM(Journey, "kind", kind, JourneyKind, Journey),
             WM_INT(Journey, "votes_per_participant", votesPerParticipant, int)}};
    return d;
}

const TableDesc<Stage> &stageTable()
{
    static const TableDesc<Stage> d{Table::Stage,
                                    "stage",
                                    true,
                                    true,
                                    1,
                                    {WM_TEXT(Stage, "id", id), WM_TEXT(Stage, "name", name),
                                     WM_TEXT(Stage, "description", description)}};
    return d;
}

const TableDesc<Lane> &laneTable()
{
    static const TableDesc<Lane> d{Table::Lane,
                                   "lane",
                                   true,
                                   true,
                                   1,
                                   {WM_TEXT(Lane, "id", id), WM_TEXT(Lane, "name", name),
                                    WM_ENUM(Lane, "kind", kind, LaneKind, Custom)}};
    return d;
}

const TableDesc<Step> &stepTable()
{
    static const TableDesc<Step> d{
            Table::Step,
            "step",
            true,
            true,
            1,
            {WM_TEXT(Step, "id", id), WM_TEXT(Step, "stage", stage), WM_TEXT(Step, "lane", lane),
             WM_INT(Step, "ord", order, int), WM_TEXT(Step, "title", title),
             WM_TEXT(Step, "description", description),
             WM_ENUM(Step, "kind", kind, StepKind, Action), WM_REF(Step, "channel", channel),
             WM_TEXT(Step, "owner", owner), WM_ENUM(Step, "priority", priority, Priority, None),
             Column<Step>{"due",
                          [](const Step &r) -> Cell {
                              return r.due.isValid() ? r.due.toString(Qt::ISODate) : QString();
                          },
                          [](Step &r, const Cell &c) {
                              r.due = QDate::fromString(asText(c), Qt::ISODate);
                          }},
             Column<Step>{"emotion",
                          [](const Step &r) -> Cell {
                              return r.emotion ? Cell(qint64(*r.emotion)) : Cell();
                          },
                          [](Step &r, const Cell &c) {
                              r.emotion = std::holds_alternative<std::monostate>(c)
                                                  ? std::nullopt
                                                  : std::optional<int>(int(asInt(c)));
                          }},
             WM_BOOL(Step, "moment", momentOfTruth), WM_BOOL(Step, "entry", entry),
             WM_BOOL(Step, "goal", goal), WM_TEXT(Step, "ext_key", key),
             Column<Step>{"tags", [](const Step &r) -> Cell { return tagsToJson(r.tags); },
                          [](Step &r, const Cell &c) {
                              r.tags = tagsFromJson(asText(c));
                          }},
             WM_TEXT(Step, "color", color), WM_REF(Step, "picture", picture)}};
    return d;
}

const TableDesc<Link> &linkTable()
{
    static const TableDesc<Link> d{
            Table::Link,
            "link",
            true,
            true,
            1,
            {WM_TEXT(Link, "id", id), WM_TEXT(Link, "src", from), WM_TEXT(Link, "dst", to),
             WM_ENUM(Link, "kind", kind, LinkKind, Flow), WM_TEXT(Link, "label", label),
             WM_OPTREAL(Link, "share", share), WM_BOOL(Link, "typical", typical)}};
    return d;
}

const TableDesc<Comment> &commentTable()
{
    static const TableDesc<Comment> d{
            Table::Comment,
            "comment",
            true,
            true,
            1,
            {WM_TEXT(Comment, "id", id), WM_TEXT(Comment, "step", step),
             WM_TEXT(Comment, "author", author), WM_TEXT(Comment, "body", text),
             Column<Comment>{"created",
                             [](const Comment &r) -> Cell { return dateTimeText(r.created); },
                             [](Comment &r, const Cell &c) {
                                 r.created = dateTimeFrom(asText(c));
                             }}}};
    return d;
}

const TableDesc<Vote> &voteTable()
{
    static const TableDesc<Vote> d{Table::Vote,
                                   "vote",
                                   true,
                                   true,
                                   2,
                                   {WM_TEXT(Vote, "step", step),
                                    WM_TEXT(Vote, "participant", participant),
                                    WM_INT(Vote, "count", count, int)}};
    return d;
}

const TableDesc<MetricValue> &metricValueTable()
{
    static const TableDesc<MetricValue> d{
            Table::MetricValue,
            "metric_value",
            true,
            false,
            0,
            {WM_TEXT(MetricValue, "step", step), WM_TEXT(MetricValue, "metric", metric),
             WM_TEXT(MetricValue, "period", period), WM_TEXT(MetricValue, "segment", segment),
             WM_REF(MetricValue, "source", source), WM_INT(MetricValue, "n", n, qint64),
             WM_REAL(MetricValue, "value", value), WM_REAL(MetricValue, "sum", sum),
             Column<MetricValue>{
                     "histogram",
                     [](const MetricValue &r) -> Cell { return histogramToJson(r.histogram); },
                     [](MetricValue &r, const Cell &c) {
                         r.histogram = histogramFromJson(asText(c));
                     }}}};
    return d;
}

const TableDesc<ImportSource> &sourceTable()
{
    // Not scoped: its `journey` column is an ordinary reference.
    static const TableDesc<ImportSource> d{
            Table::Source,
            "import_source",
            false,
            false,
            1,
            {WM_TEXT(ImportSource, "id", id), WM_TEXT(ImportSource, "journey", journey),
             WM_TEXT(ImportSource, "file_name", fileName),
             Column<ImportSource>{
                     "imported_at",
                     [](const ImportSource &r) -> Cell { return dateTimeText(r.importedAt); },
                     [](ImportSource &r, const Cell &c) {
                         r.importedAt = dateTimeFrom(asText(c));
                     }},
             WM_TEXT(ImportSource, "layout", layout), WM_TEXT(ImportSource, "mapping", mapping),
             WM_TEXT(ImportSource, "signature", signature),
             WM_INT(ImportSource, "rows_read", rowsRead, qint64),
             WM_INT(ImportSource, "rows_matched", rowsMatched, qint64),
             WM_INT(ImportSource, "rows_unmatched", rowsUnmatched, qint64),
             WM_INT(ImportSource, "rows_rejected", rowsRejected, qint64),
             WM_TEXT(ImportSource, "report", report)}};
    return d;
}

const TableDesc<Picture> &pictureTable()
{
    // `table` names no generic table: pictures have their own store calls.
    static const TableDesc<Picture> d{
            Table::Source,
            "picture",
            false,
            false,
            1,
            {WM_TEXT(Picture, "id", id), WM_TEXT(Picture, "mime", mime),
             WM_INT(Picture, "width", width, int), WM_INT(Picture, "height", height, int),
             Column<Picture>{"data", [](const Picture &r) -> Cell { return r.data; },
                             [](Picture &r, const Cell &c) {
                                 if (const auto *b = std::get_if<QByteArray>(&c))
                                     r.data = *b;
                                 else
                                     r.data = asText(c).toUtf8();
                             }}}};
    return d;
}

#undef WM_TEXT
#undef WM_REF
#undef WM_INT
#undef WM_BOOL
#undef WM_REAL
#undef WM_OPTREAL
#undef WM_ENUM

const char *tableName(Table table)
{
    return withTable(table, [](const auto &d) { return d.name; });
}

bool tableScoped(Table table)
{
    return withTable(table, [](const auto &d) { return d.scoped; });
}

bool tableOrdered(Table table)
{
    return withTable(table, [](const auto &d) { return d.ordered; });
}

const std::vector<Table> &tablesInOrder()
{
    static const std::vector<Table> order{Table::Persona, Table::Channel, Table::MetricDef,
                                          Table::Journey, Table::Stage,   Table::Lane,
                                          Table::Step,    Table::Link,    Table::Comment,
                                          Table::Vote,    Table::Source,  Table::MetricValue};
    return order;
}

} // namespace waymark
