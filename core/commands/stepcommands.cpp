#include "stepcommands.h"

#include "picturecommands.h"

#include "document/documentstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

} // namespace

QString nextId(const QString &prefix, const QStringList &taken)
{
    const QSet<QString> used(taken.begin(), taken.end());
    for (qsizetype n = taken.size() + 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!used.contains(id))
            return id;
    }
}

QStringList stepIds(const Journey &journey)
{
    QStringList ids;
    ids.reserve(journey.steps.size());
    for (const Step &s : journey.steps)
        ids.append(s.id);
    return ids;
}

QStringList linkIds(const Journey &journey)
{
    QStringList ids;
    ids.reserve(journey.links.size());
    for (const Link &l : journey.links)
        ids.append(l.id);
    return ids;
}

int nextOrderInCell(const Journey &journey, const QString &stage, const QString &lane)
{
    int order = 0;
    for (const Step &s : journey.steps) {
        if (s.stage == stage && s.lane == lane)
            order = std::max(order, s.order + 1);
    }
    return order;
}

// ---- AddItemsCommand

AddItemsCommand::AddItemsCommand(Document *doc, const QString &journey, const QList<Step> &steps,
                                 const QList<Link> &links, const QString &text,
                                 QUndoCommand *parent)
    : DocumentCommand(doc, text, parent)
    , m_journey(journey)
    , m_steps(steps)
    , m_links(links)
{}

bool AddItemsCommand::apply(QString *error)
{
    const Journey *j = document()->journey(m_journey);
    if (!j) {
        if (error)
            *error = tr("the journey no longer exists");
        return false;
    }
    Removal items; // appended at the end of each list
    for (int i = 0; i < m_steps.size(); ++i)
        items.steps.append({int(j->steps.size()) + i, m_steps[i]});
    for (int i = 0; i < m_links.size(); ++i)
        items.links.append({int(j->links.size()) + i, m_links[i]});
    return document()->restoreItems(m_journey, items, error);
}

bool AddItemsCommand::revert(QString *error)
{
    QStringList steps, links;
    for (const Step &s : m_steps)
        steps.append(s.id);
    for (const Link &l : m_links)
        links.append(l.id);
    return document()->removeItems(m_journey, steps, links, nullptr, error);
}

// ---- RemoveItemsCommand

RemoveItemsCommand::RemoveItemsCommand(Document *doc, const QString &journey,
                                       const QStringList &stepIds, const QStringList &linkIds,
                                       QUndoCommand *parent)
    : DocumentCommand(doc,
                      stepIds.isEmpty()
                              ? QCoreApplication::translate("Commands", "Delete %n link(s)",
                                                            nullptr, int(linkIds.size()))
                              : QCoreApplication::translate("Commands", "Delete %n card(s)",
                                                            nullptr, int(stepIds.size())),
                      parent)
    , m_journey(journey)
    , m_stepIds(stepIds)
    , m_linkIds(linkIds)
{}

bool RemoveItemsCommand::apply(QString *error)
{
    return document()->removeItems(m_journey, m_stepIds, m_linkIds, &m_removed, error);
}

bool RemoveItemsCommand::revert(QString *error)
{
    return document()->restoreItems(m_journey, m_removed, error);
}

// ---- MoveStepsCommand

MoveStepsCommand::MoveStepsCommand(Document *doc, const QString &journey,
                                   const QStringList &stepIds, const QString &stage,
                                   const QString &lane, int index, QUndoCommand *parent)
    : DocumentCommand(doc,
                      QCoreApplication::translate("Commands", "Move %n card(s)", nullptr,
                                                  int(stepIds.size())),
                      parent)
    , m_journey(journey)
    , m_stepIds(stepIds)
    , m_stage(stage)
    , m_lane(lane)
    , m_index(index)
{}

bool MoveStepsCommand::apply(QString *error)
{
    if (m_after.isEmpty()) {
        const Journey *j = document()->journey(m_journey);
        if (!j || !j->stage(m_stage) || !j->lane(m_lane)) {
            if (error)
                *error = tr("the target cell no longer exists");
            return false;
        }
        const QSet<QString> moving(m_stepIds.begin(), m_stepIds.end());
        // Moving cards keep their order on the map: stage, lane, then cell order.
        QList<const Step *> movers;
        for (const Step &s : j->steps) {
            if (moving.contains(s.id))
                movers.append(&s);
        }
        if (movers.size() != moving.size()) {
            if (error)
                *error = tr("a card to move no longer exists");
            return false;
        }
        std::stable_sort(movers.begin(), movers.end(), [&](const Step *a, const Step *b) {
            const auto key = [&](const Step *s) {
                return std::tuple(j->stageIndex(s->stage), j->laneIndex(s->lane), s->order);
            };
            return key(a) < key(b);
        });
        QList<const Step *> cell;
        for (const Step *s : j->cell(m_stage, m_lane)) {
            if (!moving.contains(s->id))
                cell.append(s);
        }
        const int at = std::clamp(m_index, 0, int(cell.size()));
        for (int k = 0; k < movers.size(); ++k)
            cell.insert(at + k, movers[k]);
        for (int order = 0; order < cell.size(); ++order) {
            const Step *s = cell[order];
            if (s->order == order && s->stage == m_stage && s->lane == m_lane)
                continue;
            m_before.append(*s);
            Step moved = *s;
            moved.stage = m_stage;
            moved.lane = m_lane;
            moved.order = order;
            m_after.append(moved);
        }
        if (m_after.isEmpty()) {
            setObsolete(true); // dropped where it already was
            return true;
        }
    }
    return document()->updateSteps(m_journey, m_after, error);
}

bool MoveStepsCommand::revert(QString *error)
{
    return m_before.isEmpty() || document()->updateSteps(m_journey, m_before, error);
}

// ---- clipboard

Journey extractSteps(const Journey &journey, const QStringList &ids)
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    Journey clip;
    clip.id = journey.id;
    clip.name = journey.name;
    QSet<QString> stages, lanes;
    for (const Step &s : journey.steps) {
        if (!wanted.contains(s.id))
            continue;
        clip.steps.append(s);
        stages.insert(s.stage);
        lanes.insert(s.lane);
    }
    for (const Stage &s : journey.stages) {
        if (stages.contains(s.id))
            clip.stages.append(s);
    }
    for (const Lane &l : journey.lanes) {
        if (lanes.contains(l.id))
            clip.lanes.append(l);
    }
    for (const Link &l : journey.links) {
        if (wanted.contains(l.from) && wanted.contains(l.to))
            clip.links.append(l);
    }
    return clip;
}

Journey stepsFromText(const QString &text)
{
    Journey clip;
    clip.id = QStringLiteral("clip");
    clip.stages.append({QStringLiteral("s"), {}, {}});
    clip.lanes.append({QStringLiteral("l"), {}, LaneKind::Customer});
    int n = 0;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (line.startsWith(u"- ") || line.startsWith(u"* "))
            line = line.mid(2).trimmed();
        if (line.isEmpty())
            continue;
        Step s;
        s.id = QStringLiteral("t%1").arg(++n);
        s.stage = QStringLiteral("s");
        s.lane = QStringLiteral("l");
        s.order = n;
        s.title = line.left(500);
        clip.steps.append(s);
        if (n >= 200)
            break; // a paste of a whole document by mistake should not make 10,000 cards
    }
    return clip;
}

// ---- builders

Step newCardInCell(const Journey &journey, const QString &stage, const QString &lane,
                   const QString &title, StepKind kind)
{
    Step step;
    step.id = nextId(QStringLiteral("step-"), stepIds(journey));
    step.stage = stage;
    step.lane = lane;
    step.order = nextOrderInCell(journey, stage, lane);
    step.title = title;
    step.kind = kind;
    return step;
}

DocumentCommand *makeAddStepCommand(Document *doc, const QString &journey, const QString &stage,
                                    const QString &lane, const QString &title, StepKind kind,
                                    QString *newId)
{
    const Journey *j = doc->journey(journey);
    if (!j)
        return nullptr;
    const Step step = newCardInCell(*j, stage, lane, title, kind);
    if (newId)
        *newId = step.id;
    return new AddItemsCommand(doc, journey, {step}, {}, tr("Add card"));
}

DocumentCommand *makeConnectCommand(Document *doc, const QString &journey, const QString &from,
                                    const QString &to, LinkKind kind, QString *newId)
{
    const Journey *j = doc->journey(journey);
    if (!j)
        return nullptr;
    Link link;
    link.id = nextId(QStringLiteral("link-"), linkIds(*j));
    link.from = from;
    link.to = to;
    link.kind = kind;
    if (newId)
        *newId = link.id;
    return new AddItemsCommand(doc, journey, {}, {link}, tr("Connect cards"));
}

DocumentCommand *makePasteCommand(Document *doc, const QString &journey, const Journey &clip,
                                  const QString &stage, const QString &lane, QStringList *newIds,
                                  const QList<Picture> &pictures)
{
    const Journey *j = doc->journey(journey);
    if (!j || j->stages.isEmpty() || j->lanes.isEmpty() || clip.steps.isEmpty())
        return nullptr;
    auto stageFor = [&](const Step &s) {
        if (!stage.isEmpty())
            return stage;
        if (const Stage *cs = clip.stage(s.stage)) {
            for (const Stage &own : j->stages) {
                if (own.id == cs->id || own.name == cs->name)
                    return own.id;
            }
        }
        return j->stages.first().id;
    };
    auto laneFor = [&](const Step &s) {
        if (!lane.isEmpty())
            return lane;
        if (const Lane *cl = clip.lane(s.lane)) {
            for (const Lane &own : j->lanes) {
                if (own.id == cl->id || (own.name == cl->name && own.kind == cl->kind))
                    return own.id;
            }
        }
        return j->lanes.first().id;
    };

    QStringList takenSteps = stepIds(*j);
    QHash<QString, QString> renamed;
    QHash<QString, int> nextOrder;
    QList<Step> steps;
    QList<Picture> newPictures;
    for (const Step &original : clip.steps) {
        Step s = original;
        s.id = nextId(QStringLiteral("step-"), takenSteps);
        takenSteps.append(s.id);
        renamed.insert(original.id, s.id);
        s.stage = stageFor(original);
        s.lane = laneFor(original);
        const QString cellKey = s.stage + QChar(0) + s.lane;
        if (!nextOrder.contains(cellKey))
            nextOrder.insert(cellKey, nextOrderInCell(*j, s.stage, s.lane));
        s.order = nextOrder[cellKey]++;
        if (!s.channel.isEmpty() && !doc->workspace().channel(s.channel))
            s.channel.clear();
        if (!s.picture.isEmpty() && !doc->workspace().picture(s.picture)
            && !doc->store()->keepsPictures()) {
            s.picture.clear();
        } else if (!s.picture.isEmpty() && !doc->workspace().picture(s.picture)) {
            auto it = std::find_if(pictures.cbegin(), pictures.cend(),
                                   [&](const Picture &p) { return p.id == s.picture; });
            if (it == pictures.cend())
                s.picture.clear();
            else if (!std::any_of(newPictures.cbegin(), newPictures.cend(),
                                  [&](const Picture &p) { return p.id == s.picture; }))
                newPictures.append(*it);
        }
        steps.append(s);
        if (newIds)
            newIds->append(s.id);
    }
    QStringList takenLinks = linkIds(*j);
    QList<Link> links;
    for (const Link &original : clip.links) {
        if (!renamed.contains(original.from) || !renamed.contains(original.to))
            continue;
        Link l = original;
        l.id = nextId(QStringLiteral("link-"), takenLinks);
        takenLinks.append(l.id);
        l.from = renamed[original.from];
        l.to = renamed[original.to];
        links.append(l);
    }
    const QString text = QCoreApplication::translate("Commands", "Paste %n card(s)", nullptr,
                                                     int(steps.size()));
    if (newPictures.isEmpty())
        return new AddItemsCommand(doc, journey, steps, links, text);
    // The pictures the cards show come first, in the same undo step.
    auto *paste = new DocumentCommand(doc, text);
    for (const Picture &p : newPictures)
        new AddPictureCommand(doc, p, paste);
    new AddItemsCommand(doc, journey, steps, links, text, paste);
    return paste;
}

} // namespace waymark
