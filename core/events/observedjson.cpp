#include "observedjson.h"

#include "json/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

// Six decimals in the analysis output (JsonText::rounded); the stored result
// keeps every digit (observedwriter.cpp).
std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

JsonText observedJson(const ObservedJourney &o)
{
    JsonText transitions = JsonText::array();
    for (const ObservedTransition &t : o.transitions) {
        transitions.append(
                JsonText::object()
                        .set(u"from", t.from)
                        .set(u"to", t.to)
                        .set(u"count", t.count)
                        .set(u"cases", t.cases)
                        .set(u"share", JsonText::rounded(t.share))
                        .set(u"planned", t.planned)
                        .set(u"link", t.link.isEmpty() ? JsonText::null() : JsonText(t.link)));
    }
    JsonText variants = JsonText::array();
    for (const ObservedVariant &v : o.variants) {
        variants.append(JsonText::object()
                                .set(u"steps", JsonText::array(v.steps))
                                .set(u"cases", v.cases)
                                .set(u"conformant", v.conformant));
    }
    JsonText steps = JsonText::object();
    for (const ObservedStep &s : o.steps) {
        JsonText step = JsonText::object()
                                .set(u"visits", s.visits)
                                .set(u"cases", s.cases)
                                .set(u"dropOff", s.dropOff)
                                .set(u"medianMinutes", JsonText::rounded(s.medianMinutes))
                                .set(u"p90Minutes", JsonText::rounded(s.p90Minutes));
        // Only when a channel column was mapped: most visits first.
        if (!o.channelColumn.isEmpty()) {
            JsonText channels = JsonText::object();
            for (const ObservedChannel &c : s.channels)
                channels.set(c.value, c.visits);
            step.set(u"channels", channels);
        }
        steps.set(s.id, step);
    }
    const ObservedDeviations &d = o.deviations;
    JsonText out = JsonText::object()
                           .set(u"cases", o.cases)
                           .set(u"events", o.events)
                           .set(u"unmatchedEvents", o.unmatchedEvents)
                           .set(u"reachedGoal", o.reachedGoal)
                           .set(u"conformant", o.conformant)
                           .set(u"transitions", transitions)
                           .set(u"variants", variants)
                           .set(u"steps", steps)
                           .set(u"deviations", JsonText::object()
                                                       .set(u"skipped", d.skipped)
                                                       .set(u"backtrack", d.backtrack)
                                                       .set(u"adHoc", d.adHoc)
                                                       .set(u"repeated", d.repeated)
                                                       .set(u"incomplete", d.incomplete));
    // Only when a segment column was mapped: most cases first.
    if (!o.segmentColumn.isEmpty()) {
        JsonText segments = JsonText::object();
        for (const ObservedSegment &g : o.segments) {
            segments.set(g.value, JsonText::object()
                                          .set(u"cases", g.cases)
                                          .set(u"reachedGoal", g.reachedGoal)
                                          .set(u"conformant", g.conformant));
        }
        out.set(u"segments", segments);
    }
    return out;
}

bool observedFromStorage(QByteArrayView json, ObservedJourney *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = QCoreApplication::translate("Events", "stored event data is damaged: %1")
                             .arg(parseError.errorString());
        }
        return false;
    }
    const QJsonObject o = doc.object();
    ObservedJourney r;
    r.journey = o.value(QLatin1String("journey")).toString();
    r.source = o.value(QLatin1String("source")).toString();
    r.importedAt = QDateTime::fromString(o.value(QLatin1String("importedAt")).toString(),
                                         Qt::ISODateWithMs);
    r.rows = o.value(QLatin1String("rows")).toInteger();
    r.cases = o.value(QLatin1String("cases")).toInteger();
    r.events = o.value(QLatin1String("events")).toInteger();
    r.unmatchedEvents = o.value(QLatin1String("unmatchedEvents")).toInteger();
    r.reachedGoal = o.value(QLatin1String("reachedGoal")).toInteger();
    r.conformant = o.value(QLatin1String("conformant")).toInteger();
    r.variantCount = o.value(QLatin1String("variantCount")).toInteger();
    for (const QJsonValue &v : o.value(QLatin1String("transitions")).toArray()) {
        const QJsonObject t = v.toObject();
        r.transitions.append({t.value(QLatin1String("from")).toString(),
                              t.value(QLatin1String("to")).toString(),
                              t.value(QLatin1String("count")).toInteger(),
                              t.value(QLatin1String("cases")).toInteger(),
                              t.value(QLatin1String("share")).toDouble(),
                              t.value(QLatin1String("planned")).toBool(),
                              t.value(QLatin1String("link")).toString()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("variants")).toArray()) {
        const QJsonObject t = v.toObject();
        ObservedVariant variant;
        for (const QJsonValue &s : t.value(QLatin1String("steps")).toArray())
            variant.steps.append(s.toString());
        variant.cases = t.value(QLatin1String("cases")).toInteger();
        variant.conformant = t.value(QLatin1String("conformant")).toBool();
        r.variants.append(variant);
    }
    const QJsonObject steps = o.value(QLatin1String("steps")).toObject();
    // QJsonObject sorts its keys: the journey order is stored beside them.
    QStringList order;
    for (const QJsonValue &v : o.value(QLatin1String("stepOrder")).toArray()) {
        if (steps.contains(v.toString()))
            order.append(v.toString());
    }
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    for (const QString &id : order) {
        const QJsonObject s = steps.value(id).toObject();
        ObservedStep step{id,
                          s.value(QLatin1String("visits")).toInteger(),
                          s.value(QLatin1String("cases")).toInteger(),
                          s.value(QLatin1String("dropOff")).toInteger(),
                          optionalNumber(s.value(QLatin1String("medianMinutes"))),
                          optionalNumber(s.value(QLatin1String("p90Minutes"))),
                          {}};
        const QJsonObject channels = s.value(QLatin1String("channels")).toObject();
        for (auto c = channels.constBegin(); c != channels.constEnd(); ++c)
            step.channels.append({c.key(), c.value().toInteger()});
        std::sort(step.channels.begin(), step.channels.end(),
                  [](const ObservedChannel &a, const ObservedChannel &b) {
                      return a.visits != b.visits ? a.visits > b.visits : a.value < b.value;
                  });
        r.steps.append(step);
    }
    r.channelColumn = o.value(QLatin1String("channelColumn")).toString();
    r.segmentColumn = o.value(QLatin1String("segmentColumn")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("segments")).toArray()) {
        const QJsonObject g = v.toObject();
        r.segments.append({g.value(QLatin1String("value")).toString(),
                           g.value(QLatin1String("cases")).toInteger(),
                           g.value(QLatin1String("reachedGoal")).toInteger(),
                           g.value(QLatin1String("conformant")).toInteger()});
    }
    const QJsonObject d = o.value(QLatin1String("deviations")).toObject();
    r.deviations = {d.value(QLatin1String("skipped")).toInteger(),
                    d.value(QLatin1String("backtrack")).toInteger(),
                    d.value(QLatin1String("adHoc")).toInteger(),
                    d.value(QLatin1String("repeated")).toInteger(),
                    d.value(QLatin1String("incomplete")).toInteger()};
    for (const QJsonValue &v : o.value(QLatin1String("unmatched")).toArray()) {
        const QJsonObject u = v.toObject();
        r.unmatched.append({u.value(QLatin1String("activity")).toString(),
                            u.value(QLatin1String("events")).toInteger()});
    }
    const QJsonObject paths = o.value(QLatin1String("paths")).toObject();
    for (const QJsonValue &v : paths.value(QLatin1String("steps")).toArray())
        r.paths.steps.append(v.toString());
    r.paths.data = QByteArray::fromBase64(paths.value(QLatin1String("data")).toString().toLatin1());
    for (const QJsonValue &v : paths.value(QLatin1String("segments")).toArray())
        r.paths.segments.append(v.toString());
    r.paths.segmentData = QByteArray::fromBase64(
            paths.value(QLatin1String("segmentData")).toString().toLatin1());
    *out = r;
    return true;
}

} // namespace waymark
