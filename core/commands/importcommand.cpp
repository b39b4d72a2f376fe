#include "importcommand.h"

#include "journeycommands.h"
#include "picturecommands.h"
#include "workspacecommands.h"

#include "document/documentstore.h"

#include <QCoreApplication>

namespace waymark {

namespace {

template<typename List>
QStringList idsOf(const List &list)
{
    QStringList ids;
    for (const auto &item : list)
        ids.append(item.id);
    return ids;
}

void note(QStringList *notes, const QString &line)
{
    if (notes)
        notes->append(line);
}

// Settles the id of each incoming item against the document: kept when free,
// shared when the same item is already there, renamed otherwise. Calls
// `rename(old, new)` for each renamed id and returns the items to add.
template<typename T, typename Find, typename Rename>
QList<T> settle(QList<T> items, const QList<T> &existing, Find &&find, Rename &&rename,
                const QString &what, QStringList *notes)
{
    QStringList taken = idsOf(existing) + idsOf(items);
    QList<T> toAdd;
    for (T &item : items) {
        const T *same = find(item.id);
        if (!same) {
            toAdd.append(item);
            continue;
        }
        if (*same == item)
            continue;
        const QString original = item.id;
        item.id = uniqueId(original, taken);
        taken.append(item.id);
        rename(original, item.id);
        note(notes,
             QCoreApplication::translate("Commands", "%1 \"%2\" already exists with other content; "
                                                     "imported as \"%3\"")
                     .arg(what, original, item.id));
        toAdd.append(item);
    }
    return toAdd;
}

} // namespace

DocumentCommand *makeImportCommand(Document *doc, Workspace incoming, QStringList *notes)
{
    const Workspace &ws = doc->workspace();
    auto *import = new DocumentCommand(
            doc, QCoreApplication::translate("Commands", "Import %n journey(s)", nullptr,
                                             int(incoming.journeys.size())));

    // A store without pictures (a team workspace) takes the rest without them.
    if (!incoming.pictures.isEmpty() && !doc->store()->keepsPictures()) {
        note(notes, QCoreApplication::translate("Commands",
                                                "%n picture(s) left out: this workspace does not "
                                                "keep pictures",
                                                nullptr, int(incoming.pictures.size())));
        incoming.pictures.clear();
        for (Persona &p : incoming.personas)
            p.photo.clear();
        for (Journey &j : incoming.journeys) {
            for (Step &s : j.steps)
                s.picture.clear();
        }
    }
    const QList<Persona> personas = settle(
            incoming.personas, ws.personas, [&](const QString &id) { return ws.persona(id); },
            [&](const QString &from, const QString &to) {
                for (Journey &j : incoming.journeys) {
                    if (j.persona == from)
                        j.persona = to;
                }
            },
            QCoreApplication::translate("Commands", "Persona"), notes);
    const QList<Channel> channels = settle(
            incoming.channels, ws.channels, [&](const QString &id) { return ws.channel(id); },
            [&](const QString &from, const QString &to) {
                for (Journey &j : incoming.journeys) {
                    for (Step &s : j.steps) {
                        if (s.channel == from)
                            s.channel = to;
                    }
                }
            },
            QCoreApplication::translate("Commands", "Channel"), notes);
    const QList<MetricDef> metrics = settle(
            incoming.metricDefs, ws.metricDefs, [&](const QString &id) { return ws.metricDef(id); },
            [&](const QString &from, const QString &to) {
                for (Journey &j : incoming.journeys) {
                    for (MetricValue &v : j.metricValues) {
                        if (v.metric == from)
                            v.metric = to;
                    }
                }
            },
            QCoreApplication::translate("Commands", "Metric"), notes);

    // Pictures are named by their content: one already here is the same one.
    for (const Picture &p : incoming.pictures) {
        if (!ws.picture(p.id))
            new AddPictureCommand(doc, p, import);
    }
    int index = int(ws.personas.size());
    for (const Persona &p : personas)
        new AddPersonaCommand(doc, p, index++, import);
    index = int(ws.channels.size());
    for (const Channel &c : channels)
        new AddChannelCommand(doc, c, index++, import);
    index = int(ws.metricDefs.size());
    for (const MetricDef &m : metrics)
        new AddMetricDefCommand(doc, m, index++, import);

    QStringList journeyIds = idsOf(ws.journeys) + idsOf(incoming.journeys);
    index = int(ws.journeys.size());
    for (Journey &j : incoming.journeys) {
        if (ws.journeyIndex(j.id) >= 0) {
            const QString original = j.id;
            j.id = uniqueId(original, journeyIds);
            journeyIds.append(j.id);
            note(notes,
                 QCoreApplication::translate("Commands", "Journey id \"%1\" is already used; "
                                                         "imported as \"%2\"")
                         .arg(original, j.id));
        }
        new AddJourneyCommand(doc, j, index++, import->text(), import);
    }
    return import;
}

} // namespace waymark
