#include "formats/jsonimport.h"

#include "formats/jsonexport.h"
#include "formats/jsonfields.h"
#include "model/stepfields.h"
#include "model/validate.h"
#include "model/workspace.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <initializer_list>

namespace waymark {

namespace {

using jsonread::Fields;
using jsonread::tr;

QString item(const QString &path, const char *list, int index)
{
    return QStringLiteral("%1%2%3[%4]")
            .arg(path, path.isEmpty() ? QString() : QStringLiteral("."), QLatin1String(list))
            .arg(index);
}

template<typename List>
bool checkUnique(const List &list, const QString &where, const char *what, QString *error)
{
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id.isEmpty()) {
            *error = QStringLiteral("%1[%2].id: ").arg(where).arg(i) + tr("must not be empty");
            return false;
        }
        if (seen.contains(list[i].id)) {
            *error = QStringLiteral("%1[%2].id: ").arg(where).arg(i)
                     + tr("%1 id \"%2\" is used twice").arg(QLatin1String(what), list[i].id);
            return false;
        }
        seen.insert(list[i].id);
    }
    return true;
}

// The keys a step may have: its place, the table of fields, its metrics.
const QSet<QString> &stepKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> out = Fields::keySet({u"id", u"stage", u"lane", u"order", u"metrics"});
        for (const StepField &field : stepFields())
            out.insert(field.name());
        return out;
    }();
    return keys;
}

// One field of the table (model/stepfields.h), by its kind; an absent field
// keeps the default of a new Step.
void readStepField(Fields &f, const StepField &field, Step *s)
{
    const QString key = field.name();
    switch (field.kind) {
    case StepFieldKind::Text:
    case StepFieldKind::Color: {
        const QString text = f.string(key, field.required);
        if (!f.ok() || !f.has(key))
            return;
        if (field.kind == StepFieldKind::Color && !text.isEmpty()
            && !QColor::isValidColorName(text)) {
            f.fail(f.at(key), tr("\"%1\" is not a colour").arg(text));
            return;
        }
        field.set(*s, text);
        return;
    }
    case StepFieldKind::Enum: {
        const QString name = f.string(key, field.required);
        if (f.ok() && !name.isEmpty() && !field.set(*s, name))
            f.fail(f.at(key), tr("\"%1\" is not one of: %2")
                                      .arg(name, field.choices().join(QStringLiteral(", "))));
        return;
    }
    case StepFieldKind::Int:
        if (const auto n = f.integer(key, field.min, field.max, field.required))
            field.set(*s, *n);
        return;
    case StepFieldKind::Bool: {
        const bool flag = f.boolean(key, false);
        if (f.ok() && f.has(key))
            field.set(*s, flag);
        return;
    }
    case StepFieldKind::List: {
        const QStringList items = f.strings(key);
        if (f.ok() && f.has(key))
            field.set(*s, items);
        return;
    }
    case StepFieldKind::Date: {
        const QString text = f.string(key, field.required);
        if (!f.ok() || text.isEmpty())
            return;
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            f.fail(f.at(key), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        else
            field.set(*s, date);
        return;
    }
    }
}

void readStep(Fields &f, const Workspace &ws, const Journey &j, Step *s)
{
    s->id = f.string(QStringLiteral("id"), true);
    s->stage = f.string(QStringLiteral("stage"), true);
    s->lane = f.string(QStringLiteral("lane"), true);
    for (const StepField &field : stepFields())
        readStepField(f, field, s);
    if (const auto order = f.integer(QStringLiteral("order"), 0, 1000000))
        s->order = *order;
    else if (f.ok())
        s->order = int(j.cell(s->stage, s->lane).size()); // file order within the cell
    if (!f.ok())
        return;
    if (!j.stage(s->stage))
        f.fail(f.at(QStringLiteral("stage")),
               tr("no stage \"%1\" in journey \"%2\"").arg(s->stage, j.id));
    else if (!j.lane(s->lane))
        f.fail(f.at(QStringLiteral("lane")),
               tr("no lane \"%1\" in journey \"%2\"").arg(s->lane, j.id));
    // Pictures are resolved once the whole file is read (resolvePictures).
    for (const StepField &field : stepFields()) {
        const QString id = field.get(*s).toString();
        if (f.ok() && field.ref == StepFieldRef::Channel && !id.isEmpty() && !ws.channel(id))
            f.fail(f.at(field.name()), tr("no channel \"%1\"").arg(id));
    }
}

bool readJourney(const QJsonValue &value, const QString &path, const Workspace &ws, Journey *j,
                 QString *error, QStringList *warnings)
{
    Fields f(value, path, error, warnings,
             {u"id", u"name", u"persona", u"state", u"kind", u"scenario", u"description",
              u"votesPerParticipant", u"stages", u"lanes", u"steps", u"links", u"comments",
              u"votes"});
    j->id = f.string(QStringLiteral("id"), true);
    j->name = f.string(QStringLiteral("name"), true);
    j->persona = f.string(QStringLiteral("persona"), false);
    j->state = f.enumeration(QStringLiteral("state"), false, JourneyState::Current);
    j->kind = f.enumeration(QStringLiteral("kind"), false, JourneyKind::Journey);
    j->scenario = f.string(QStringLiteral("scenario"), false);
    j->description = f.string(QStringLiteral("description"), false);
    j->votesPerParticipant = f.integer(QStringLiteral("votesPerParticipant"), 1, 100).value_or(5);
    if (f.ok() && !j->persona.isEmpty() && !ws.persona(j->persona))
        f.fail(f.at(QStringLiteral("persona")), tr("no persona \"%1\"").arg(j->persona));

    const QJsonArray stages = f.array(QStringLiteral("stages"), true);
    for (int i = 0; i < stages.size() && f.ok(); ++i) {
        Fields sf(stages[i], item(path, "stages", i), error, warnings,
                  {u"id", u"name", u"description"});
        Stage s{sf.string(QStringLiteral("id"), true), sf.string(QStringLiteral("name"), true),
                sf.string(QStringLiteral("description"), false)};
        j->stages.append(s);
    }
    const QJsonArray lanes = f.array(QStringLiteral("lanes"), true);
    for (int i = 0; i < lanes.size() && f.ok(); ++i) {
        Fields lf(lanes[i], item(path, "lanes", i), error, warnings, {u"id", u"name", u"kind"});
        Lane l{lf.string(QStringLiteral("id"), true), lf.string(QStringLiteral("name"), true),
               lf.enumeration(QStringLiteral("kind"), true, LaneKind::Custom)};
        j->lanes.append(l);
    }
    if (!f.ok() || !checkUnique(j->stages, path + QStringLiteral(".stages"), "stage", error)
        || !checkUnique(j->lanes, path + QStringLiteral(".lanes"), "lane", error))
        return false;

    const QJsonArray steps = f.array(QStringLiteral("steps"), true);
    for (int i = 0; i < steps.size() && f.ok(); ++i) {
        Fields sf(steps[i], item(path, "steps", i), error, warnings, stepKeys());
        Step s;
        readStep(sf, ws, *j, &s);
        j->steps.append(s);
    }
    if (!f.ok() || !checkUnique(j->steps, path + QStringLiteral(".steps"), "step", error))
        return false;

    const QJsonArray links = f.array(QStringLiteral("links"), false);
    for (int i = 0; i < links.size() && f.ok(); ++i) {
        Fields lf(links[i], item(path, "links", i), error, warnings,
                  {u"id", u"from", u"to", u"kind", u"share", u"label", u"typical"});
        Link l;
        l.id = lf.string(QStringLiteral("id"), false);
        l.from = lf.string(QStringLiteral("from"), true);
        l.to = lf.string(QStringLiteral("to"), true);
        l.kind = lf.enumeration(QStringLiteral("kind"), false, LinkKind::Flow);
        l.share = lf.number(QStringLiteral("share"));
        l.label = lf.string(QStringLiteral("label"), false);
        l.typical = lf.boolean(QStringLiteral("typical"), true);
        if (!lf.ok())
            break;
        if (l.share && (*l.share < 0 || *l.share > 1))
            lf.fail(lf.at(QStringLiteral("share")), tr("must be from 0 to 1"));
        else if (!j->step(l.from))
            lf.fail(lf.at(QStringLiteral("from")),
                    tr("no step \"%1\" in journey \"%2\"").arg(l.from, j->id));
        else if (!j->step(l.to))
            lf.fail(lf.at(QStringLiteral("to")),
                    tr("no step \"%1\" in journey \"%2\"").arg(l.to, j->id));
        j->links.append(l);
    }
    // Links without an id get one: "link-N", skipping ids the file uses.
    // One pass: the counter only goes up, so the whole search is linear.
    QSet<QString> linkIds;
    linkIds.reserve(j->links.size());
    for (const Link &l : j->links)
        linkIds.insert(l.id);
    int n = 0;
    for (Link &l : j->links) {
        if (l.id.isEmpty()) {
            do {
                l.id = QStringLiteral("link-") + QString::number(++n);
            } while (linkIds.contains(l.id));
            linkIds.insert(l.id);
        }
    }
    if (!f.ok() || !checkUnique(j->links, path + QStringLiteral(".links"), "link", error))
        return false;

    const QJsonArray comments = f.array(QStringLiteral("comments"), false);
    for (int i = 0; i < comments.size() && f.ok(); ++i) {
        Fields cf(comments[i], item(path, "comments", i), error, warnings,
                  {u"id", u"step", u"author", u"text", u"created"});
        Comment c;
        c.id = cf.string(QStringLiteral("id"), false, QStringLiteral("comment-%1").arg(i + 1));
        c.step = cf.string(QStringLiteral("step"), true);
        c.author = cf.string(QStringLiteral("author"), false);
        c.text = cf.string(QStringLiteral("text"), true);
        const QString created = cf.string(QStringLiteral("created"), false);
        c.created = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
        if (cf.ok() && !j->step(c.step))
            cf.fail(cf.at(QStringLiteral("step")),
                    tr("no step \"%1\" in journey \"%2\"").arg(c.step, j->id));
        j->comments.append(c);
    }
    if (!f.ok() || !checkUnique(j->comments, path + QStringLiteral(".comments"), "comment", error))
        return false;

    const QJsonArray votes = f.array(QStringLiteral("votes"), false);
    for (int i = 0; i < votes.size() && f.ok(); ++i) {
        Fields vf(votes[i], item(path, "votes", i), error, warnings,
                  {u"step", u"participant", u"count"});
        Vote v;
        v.step = vf.string(QStringLiteral("step"), true);
        v.participant = vf.string(QStringLiteral("participant"), true);
        v.count = vf.integer(QStringLiteral("count"), 0, 1000, true).value_or(0);
        if (vf.ok() && !j->step(v.step))
            vf.fail(vf.at(QStringLiteral("step")),
                    tr("no step \"%1\" in journey \"%2\"").arg(v.step, j->id));
        j->votes.append(v);
    }
    if (!f.ok())
        return false;
    // Anything the field checks cannot see (two vote rows of one participant...).
    if (const QString problem = validateJourney(ws, *j); !problem.isEmpty()) {
        *error = path + QStringLiteral(": ") + problem;
        return false;
    }
    return true;
}

// Pictures: {"id", "mime", "data" (base64), "width", "height"}. The bytes are
// checked like a file dialog's (an image, complete, not too big) and the
// picture is kept under the id of its content; `renamed` maps the file's id
// to it.
void readPictures(Fields &root, Workspace *ws, QHash<QString, QString> *renamed, QString *problem,
                  QStringList *notes)
{
    const QJsonArray pictures = root.array(QStringLiteral("pictures"), false);
    for (int i = 0; i < pictures.size() && root.ok(); ++i) {
        Fields f(pictures[i], item({}, "pictures", i), problem, notes,
                 {u"id", u"mime", u"width", u"height", u"data"});
        const QString id = f.string(QStringLiteral("id"), true);
        f.string(QStringLiteral("mime"), false);
        const QString text = f.string(QStringLiteral("data"), true);
        if (!f.ok())
            return;
        const auto bytes = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        Picture picture;
        QString why;
        if (!bytes)
            f.fail(f.at(QStringLiteral("data")), tr("is not base64"));
        else if (!pictureFromBytes(*bytes, &picture, &why))
            f.fail(f.at(QStringLiteral("data")), why);
        else if (renamed->contains(id))
            f.fail(f.at(QStringLiteral("id")), tr("duplicate picture id \"%1\"").arg(id));
        if (!f.ok())
            return;
        renamed->insert(id, picture.id);
        if (!ws->picture(picture.id))
            ws->pictures.append(picture);
    }
}

// Persona photos and card pictures name pictures of the file.
void resolvePictures(Workspace *ws, const QHash<QString, QString> &renamed, QString *problem)
{
    auto resolve = [&](QString *ref, const QString &where) {
        if (ref->isEmpty() || !problem->isEmpty())
            return;
        if (!renamed.contains(*ref))
            *problem = where + QStringLiteral(": ") + tr("no picture \"%1\"").arg(*ref);
        else
            *ref = renamed.value(*ref);
    };
    for (int i = 0; i < ws->personas.size(); ++i)
        resolve(&ws->personas[i].photo, item({}, "personas", i) + QStringLiteral(".photo"));
    for (int i = 0; i < ws->journeys.size(); ++i) {
        const QString path = item({}, "journeys", i);
        for (int k = 0; k < ws->journeys[i].steps.size(); ++k) {
            Step &step = ws->journeys[i].steps[k];
            for (const StepField &field : stepFields()) {
                if (field.ref != StepFieldRef::Picture)
                    continue;
                QString id = field.get(step).toString();
                resolve(&id, item(path, "steps", k) + u'.' + field.name());
                field.set(step, id);
            }
        }
    }
}

QString positionOf(const QByteArray &data, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

bool readJson(const QByteArray &data, Workspace *out, QStringList *warnings, QString *error)
{
    QString problem;
    QStringList notes;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at %1: %2")
                         .arg(positionOf(data, parseError.offset), parseError.errorString());
        return false;
    }
    Workspace ws;
    Fields root(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), tr("document"), &problem,
                &notes,
                {u"format", u"version", u"personas", u"channels", u"metrics", u"journeys",
                 u"pictures"});
    const QString format = root.string(QStringLiteral("format"), true);
    if (root.ok() && format != u"waymark")
        root.fail(root.at(QStringLiteral("format")),
                  tr("is \"%1\"; a Waymark journey file says \"waymark\"").arg(format));
    const auto version = root.number(QStringLiteral("version"), true);
    if (root.ok() && *version != kJsonVersion)
        root.fail(root.at(QStringLiteral("version")),
                  tr("is %1; this Waymark reads version %2").arg(*version).arg(kJsonVersion));

    QHash<QString, QString> pictureIds;
    readPictures(root, &ws, &pictureIds, &problem, &notes);

    const QJsonArray personas = root.array(QStringLiteral("personas"), false);
    for (int i = 0; i < personas.size() && root.ok(); ++i) {
        Fields f(personas[i], item({}, "personas", i), &problem, &notes,
                 {u"id", u"name", u"goals", u"quote", u"description", u"photo"});
        ws.personas.append(
                {f.string(QStringLiteral("id"), true), f.string(QStringLiteral("name"), true),
                 f.string(QStringLiteral("goals"), false), f.string(QStringLiteral("quote"), false),
                 f.string(QStringLiteral("description"), false),
                 f.string(QStringLiteral("photo"), false)});
    }
    if (root.ok())
        checkUnique(ws.personas, QStringLiteral("personas"), "persona", &problem);

    const QJsonArray channels = root.array(QStringLiteral("channels"), false);
    for (int i = 0; i < channels.size() && root.ok(); ++i) {
        Fields f(channels[i], item({}, "channels", i), &problem, &notes,
                 {u"id", u"name", u"kind", u"icon"});
        ws.channels.append({f.string(QStringLiteral("id"), true),
                            f.string(QStringLiteral("name"), true),
                            f.enumeration(QStringLiteral("kind"), false, ChannelKind::Digital),
                            f.string(QStringLiteral("icon"), false)});
    }
    if (root.ok())
        checkUnique(ws.channels, QStringLiteral("channels"), "channel", &problem);

    const QJsonArray metrics = root.array(QStringLiteral("metrics"), false);
    for (int i = 0; i < metrics.size() && root.ok(); ++i) {
        Fields f(metrics[i], item({}, "metrics", i), &problem, &notes,
                 {u"id", u"name", u"kind", u"formula", u"unit", u"scaleMin", u"scaleMax",
                  u"higherIsBetter", u"green", u"amber"});
        MetricDef m;
        m.id = f.string(QStringLiteral("id"), true);
        m.name = f.string(QStringLiteral("name"), true);
        m.kind = f.enumeration(QStringLiteral("kind"), true, MetricKind::Custom);
        m.formula = f.enumeration(QStringLiteral("formula"), false, Formula::Mean);
        m.unit = f.string(QStringLiteral("unit"), false);
        m.scaleMin = f.number(QStringLiteral("scaleMin"));
        m.scaleMax = f.number(QStringLiteral("scaleMax"));
        m.higherIsBetter = f.boolean(QStringLiteral("higherIsBetter"), true);
        m.green = f.number(QStringLiteral("green"));
        m.amber = f.number(QStringLiteral("amber"));
        ws.metricDefs.append(m);
    }
    if (root.ok())
        checkUnique(ws.metricDefs, QStringLiteral("metrics"), "metric", &problem);

    const QJsonArray journeys = root.array(QStringLiteral("journeys"), true);
    for (int i = 0; i < journeys.size() && root.ok(); ++i) {
        Journey j;
        if (!readJourney(journeys[i], item({}, "journeys", i), ws, &j, &problem, &notes))
            break;
        ws.journeys.append(j);
    }
    if (root.ok())
        checkUnique(ws.journeys, QStringLiteral("journeys"), "journey", &problem);
    if (root.ok())
        resolvePictures(&ws, pictureIds, &problem);

    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *out = std::move(ws);
    if (warnings)
        warnings->append(notes);
    return true;
}

} // namespace waymark
