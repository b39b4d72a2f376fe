#include "formats/jsonexport.h"

#include "metrics/summary.h"
#include "model/stepfields.h"
#include "model/workspace.h"
#include "json/jsontext.h"

namespace waymark {

namespace {

JsonText optionalText(const QString &text)
{
    return text.isEmpty() ? JsonText::null() : JsonText(text);
}

// A field of the table (model/stepfields.h) in its JSON form; null when the
// file leaves it out.
std::optional<JsonText> stepFieldJson(const Workspace &ws, const StepField &field, const Step &s)
{
    const QVariant value = field.get(s);
    if (field.omitWhenNone && StepField::isNone(value))
        return std::nullopt;
    switch (field.kind) {
    case StepFieldKind::Text:
    case StepFieldKind::Enum:
    case StepFieldKind::Color:
        if (field.ref == StepFieldRef::Picture && !ws.picture(value.toString()))
            return std::nullopt; // only pictures the file carries
        return JsonText(value.toString());
    case StepFieldKind::Int:
        return JsonText(value.toInt());
    case StepFieldKind::Bool:
        return JsonText(value.toBool());
    case StepFieldKind::List:
        return JsonText::array(value.toStringList());
    case StepFieldKind::Date:
        return JsonText(value.toDate().toString(Qt::ISODate));
    }
    return std::nullopt;
}

JsonText stepJson(const Workspace &ws, const Journey &j, const Step &s)
{
    JsonText o = JsonText::object();
    o.set(u"id", s.id).set(u"stage", s.stage).set(u"lane", s.lane).set(u"order", s.order);
    for (const StepField &field : stepFields()) {
        if (std::optional<JsonText> value = stepFieldJson(ws, field, s))
            o.set(field.key, std::move(*value));
    }
    JsonText metrics = JsonText::object();
    for (const StepMetric &m : stepMetrics(ws, j, s.id)) {
        metrics.set(m.metric, JsonText::object()
                                      .set(u"value", m.value)
                                      .set(u"n", m.n)
                                      .set(u"formula", enumName(m.formula)));
    }
    o.set(u"metrics", metrics);
    return o;
}

JsonText journeyJson(const Workspace &ws, const Journey &j)
{
    JsonText o = JsonText::object();
    o.set(u"id", j.id).set(u"name", j.name).set(u"persona", optionalText(j.persona));
    o.set(u"state", enumName(j.state)).set(u"kind", enumName(j.kind));
    o.set(u"scenario", j.scenario).set(u"description", j.description);
    o.set(u"votesPerParticipant", j.votesPerParticipant);

    JsonText stages = JsonText::array();
    for (const Stage &s : j.stages) {
        stages.append(JsonText::object()
                              .set(u"id", s.id)
                              .set(u"name", s.name)
                              .set(u"description", s.description));
    }
    JsonText lanes = JsonText::array();
    for (const Lane &l : j.lanes) {
        lanes.append(JsonText::object()
                             .set(u"id", l.id)
                             .set(u"name", l.name)
                             .set(u"kind", enumName(l.kind)));
    }
    JsonText steps = JsonText::array();
    for (const Step &s : j.steps)
        steps.append(stepJson(ws, j, s));
    JsonText links = JsonText::array();
    for (const Link &l : j.links) {
        JsonText lo = JsonText::object();
        lo.set(u"id", l.id).set(u"from", l.from).set(u"to", l.to).set(u"kind", enumName(l.kind));
        if (l.share)
            lo.set(u"share", *l.share);
        lo.set(u"label", l.label).set(u"typical", l.typical);
        links.append(lo);
    }
    JsonText comments = JsonText::array();
    for (const Comment &c : j.comments) {
        comments.append(JsonText::object()
                                .set(u"id", c.id)
                                .set(u"step", c.step)
                                .set(u"author", c.author)
                                .set(u"text", c.text)
                                .set(u"created", c.created.toUTC().toString(Qt::ISODateWithMs)));
    }
    JsonText votes = JsonText::array();
    for (const Vote &v : j.votes) {
        votes.append(JsonText::object()
                             .set(u"step", v.step)
                             .set(u"participant", v.participant)
                             .set(u"count", v.count));
    }
    o.set(u"stages", stages).set(u"lanes", lanes).set(u"steps", steps).set(u"links", links);
    o.set(u"comments", comments).set(u"votes", votes);
    return o;
}

} // namespace

QByteArray exportJson(const Workspace &ws, const QStringList &journeyIds)
{
    JsonText root = JsonText::object();
    root.set(u"format", u"waymark").set(u"version", kJsonVersion);

    // The pictures the exported personas and cards show, each once.
    QStringList shown;
    auto show = [&](const QString &id) {
        if (!id.isEmpty() && ws.picture(id) && !shown.contains(id))
            shown.append(id);
    };
    JsonText personas = JsonText::array();
    for (const Persona &p : ws.personas) {
        JsonText po = JsonText::object();
        po.set(u"id", p.id).set(u"name", p.name).set(u"goals", p.goals).set(u"quote", p.quote);
        po.set(u"description", p.description);
        if (ws.picture(p.photo))
            po.set(u"photo", p.photo);
        show(p.photo);
        personas.append(po);
    }
    JsonText channels = JsonText::array();
    for (const Channel &c : ws.channels) {
        JsonText co = JsonText::object();
        co.set(u"id", c.id).set(u"name", c.name).set(u"kind", enumName(c.kind));
        if (!c.icon.isEmpty())
            co.set(u"icon", c.icon);
        channels.append(co);
    }
    JsonText metrics = JsonText::array();
    for (const MetricDef &m : ws.metricDefs) {
        JsonText mo = JsonText::object();
        mo.set(u"id", m.id).set(u"name", m.name).set(u"kind", enumName(m.kind));
        mo.set(u"formula", enumName(m.formula)).set(u"unit", m.unit);
        if (m.scaleMin)
            mo.set(u"scaleMin", *m.scaleMin);
        if (m.scaleMax)
            mo.set(u"scaleMax", *m.scaleMax);
        mo.set(u"higherIsBetter", m.higherIsBetter);
        if (m.green)
            mo.set(u"green", *m.green);
        if (m.amber)
            mo.set(u"amber", *m.amber);
        metrics.append(mo);
    }
    JsonText journeys = JsonText::array();
    for (const Journey &j : ws.journeys) {
        if (journeyIds.isEmpty() || journeyIds.contains(j.id)) {
            journeys.append(journeyJson(ws, j));
            for (const Step &s : j.steps)
                show(s.picture);
        }
    }
    JsonText pictures = JsonText::array();
    for (const QString &id : std::as_const(shown)) {
        const Picture *p = ws.picture(id);
        pictures.append(JsonText::object()
                                .set(u"id", p->id)
                                .set(u"mime", p->mime)
                                .set(u"width", p->width)
                                .set(u"height", p->height)
                                .set(u"data", QString::fromLatin1(p->data.toBase64())));
    }
    if (!shown.isEmpty())
        root.set(u"pictures", pictures);
    root.set(u"personas", personas).set(u"channels", channels).set(u"metrics", metrics);
    root.set(u"journeys", journeys);
    return root.toJson();
}

} // namespace waymark
