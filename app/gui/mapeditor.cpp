#include "mapeditor.h"

#include "cardeditor.h"
#include "journeyeditor.h"
#include "libraryeditor.h"
#include "structureeditor.h"
#include "workshopeditor.h"

#include "document/document.h"
#include "documentcontroller.h"
#include "layout/channelicons.h"
#include "model/lanerules.h"
#include "model/stepfields.h"

namespace waymark {

namespace {

template<typename E>
QStringList wireNames()
{
    QStringList out;
    for (int i = 0; i < enumCount<E>(); ++i)
        out.append(enumName(E(i)));
    return out;
}

// A step field (model/stepfields.h) as the inspector shows and edits it: a
// date and the tags as text, the rest as the table gives it.
QVariant inspectorValue(const StepField &field, const Step &s)
{
    const QVariant value = field.get(s);
    switch (field.kind) {
    case StepFieldKind::Date:
        return StepField::isNone(value) ? QString() : value.toDate().toString(Qt::ISODate);
    case StepFieldKind::List:
        return value.toStringList().join(QStringLiteral(", "));
    default:
        return value;
    }
}

} // namespace

MapEditor::MapEditor(QObject *parent)
    : QObject(parent)
    , m_follow(this, [this](const ChangeSet &) { Q_EMIT contentChanged(); })
    , m_cards(new CardEditor(this))
    , m_structure(new StructureEditor(this))
    , m_journeys(new JourneyEditor(this))
    , m_library(new LibraryEditor(this))
    , m_workshop(new WorkshopEditor(this))
    , m_pictures(new PictureEditor(this))
{}

void MapEditor::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

void MapEditor::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
    Q_EMIT contentChanged();
}

Document *MapEditor::doc() const
{
    return m_follow.document();
}

const Journey *MapEditor::current() const
{
    Document *d = doc();
    if (!d)
        return nullptr;
    const int i = d->workspace().journeyIndex(m_journeyId);
    return i < 0 ? nullptr : &d->workspace().journeys[i];
}

bool MapEditor::fail(const QString &message) const
{
    if (DocumentController *c = m_follow.controller())
        c->reportError(message);
    return false;
}

QStringList MapEditor::stepKinds() const
{
    return wireNames<StepKind>();
}

QStringList MapEditor::laneKinds() const
{
    return wireNames<LaneKind>();
}

QStringList MapEditor::linkKinds() const
{
    return wireNames<LinkKind>();
}

QStringList MapEditor::priorities() const
{
    return wireNames<Priority>();
}

QStringList MapEditor::channelKinds() const
{
    return wireNames<ChannelKind>();
}

QStringList MapEditor::channelIcons() const
{
    return channelIconNames();
}

QString MapEditor::displayName(const QString &type, const QString &name) const
{
    const auto pick = [&](auto parsed) -> QString {
        return parsed ? waymark::displayName(*parsed) : name;
    };
    if (type == u"step")
        return pick(enumFromName<StepKind>(name));
    if (type == u"lane")
        return pick(enumFromName<LaneKind>(name));
    if (type == u"link")
        return pick(enumFromName<LinkKind>(name));
    if (type == u"priority")
        return pick(enumFromName<Priority>(name));
    if (type == u"channel")
        return pick(enumFromName<ChannelKind>(name));
    if (type == u"state")
        return pick(enumFromName<JourneyState>(name));
    if (type == u"journey")
        return pick(enumFromName<JourneyKind>(name));
    return name;
}

// ---- reads

QVariantMap MapEditor::journeyInfo() const
{
    const Journey *j = current();
    if (!j)
        return {};
    return {{QStringLiteral("id"), j->id},
            {QStringLiteral("name"), j->name},
            {QStringLiteral("persona"), j->persona},
            {QStringLiteral("scenario"), j->scenario},
            {QStringLiteral("description"), j->description},
            {QStringLiteral("state"), enumName(j->state)},
            {QStringLiteral("kind"), enumName(j->kind)},
            {QStringLiteral("votesPerParticipant"), j->votesPerParticipant},
            {QStringLiteral("steps"), int(j->steps.size())},
            {QStringLiteral("links"), int(j->links.size())}};
}

QVariantMap MapEditor::step(const QString &id) const
{
    const Journey *j = current();
    const Step *s = j ? j->step(id) : nullptr;
    if (!s)
        return {};
    QVariantMap out{{QStringLiteral("id"), s->id},
                    {QStringLiteral("stage"), s->stage},
                    {QStringLiteral("lane"), s->lane},
                    {QStringLiteral("order"), s->order}};
    for (const StepField &field : stepFields())
        out.insert(field.name(), inspectorValue(field, *s));
    return out;
}

QVariantMap MapEditor::link(const QString &id) const
{
    const Journey *j = current();
    const Link *l = j ? j->link(id) : nullptr;
    if (!l)
        return {};
    const Step *from = j->step(l->from);
    const Step *to = j->step(l->to);
    return {{QStringLiteral("id"), l->id},
            {QStringLiteral("from"), l->from},
            {QStringLiteral("to"), l->to},
            {QStringLiteral("fromTitle"), from ? from->title : QString()},
            {QStringLiteral("toTitle"), to ? to->title : QString()},
            {QStringLiteral("kind"), enumName(l->kind)},
            {QStringLiteral("label"), l->label},
            {QStringLiteral("share"), l->share ? QVariant(*l->share) : QVariant()},
            {QStringLiteral("typical"), l->typical}};
}

// ---- lanes

const Lane *MapEditor::lane(const QString &laneId) const
{
    const Journey *j = current();
    if (!j)
        return nullptr;
    for (const Lane &l : j->lanes) {
        if (l.id == laneId)
            return &l;
    }
    return nullptr;
}

QString MapEditor::defaultStepKind(const QString &laneId) const
{
    const Lane *l = lane(laneId);
    const std::optional<StepKind> kind = waymark::defaultStepKind(l ? l->kind : LaneKind::Customer);
    return kind ? enumName(*kind) : QString();
}

bool MapEditor::laneTakesCards(const QString &laneId) const
{
    const Lane *l = lane(laneId);
    return !l || waymark::laneTakesCards(l->kind); // an unknown lane: the command says so
}

} // namespace waymark
