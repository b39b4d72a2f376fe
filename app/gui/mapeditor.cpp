#include "mapeditor.h"

#include "commands/fieldcommands.h"
#include "commands/importcommand.h"
#include "commands/journeycommands.h"
#include "commands/stepcommands.h"
#include "commands/structurecommands.h"
#include "commands/workshopcommands.h"
#include "commands/workspacecommands.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "formats/journeyfile.h"
#include "formats/jsonexport.h"
#include "formats/jsonimport.h"
#include "layout/channelicons.h"
#include "render/workshopresults.h"
#include "templates/templates.h"

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QSet>
#include <QUrl>

namespace waymark {

namespace {

const QString kClipMime = QStringLiteral("application/x-waymark-cards+json");

template<typename E>
QStringList wireNames()
{
    QStringList out;
    for (int i = 0; i < enumCount<E>(); ++i)
        out.append(enumName(E(i)));
    return out;
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

MapEditor::MapEditor(QObject *parent)
    : QObject(parent)
{}

void MapEditor::setDocument(DocumentController *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentController::revisionChanged, this, &MapEditor::contentChanged);
        connect(m_document, &DocumentController::documentChanged, this, &MapEditor::contentChanged);
    }
    Q_EMIT documentChanged();
    Q_EMIT contentChanged();
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
    return m_document ? m_document->document() : nullptr;
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
    if (m_document)
        m_document->reportError(message);
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
    return {{QStringLiteral("id"), s->id},
            {QStringLiteral("stage"), s->stage},
            {QStringLiteral("lane"), s->lane},
            {QStringLiteral("order"), s->order},
            {QStringLiteral("title"), s->title},
            {QStringLiteral("description"), s->description},
            {QStringLiteral("kind"), enumName(s->kind)},
            {QStringLiteral("channel"), s->channel},
            {QStringLiteral("owner"), s->owner},
            {QStringLiteral("priority"), enumName(s->priority)},
            {QStringLiteral("due"), s->due.isValid() ? s->due.toString(Qt::ISODate) : QString()},
            {QStringLiteral("emotion"), optionalInt(s->emotion)},
            {QStringLiteral("momentOfTruth"), s->momentOfTruth},
            {QStringLiteral("entry"), s->entry},
            {QStringLiteral("goal"), s->goal},
            {QStringLiteral("key"), s->key},
            {QStringLiteral("tags"), s->tags.join(QStringLiteral(", "))},
            {QStringLiteral("color"), s->color}};
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

QVariantList MapEditor::comments(const QString &stepId) const
{
    QVariantList out;
    if (const Journey *j = current()) {
        for (const Comment &c : j->comments) {
            if (c.step == stepId) {
                out.append(QVariantMap{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("author"), c.author},
                                       {QStringLiteral("text"), c.text},
                                       {QStringLiteral("created"), c.created.toLocalTime()}});
            }
        }
    }
    return out;
}

int MapEditor::votes(const QString &stepId) const
{
    int n = 0;
    if (const Journey *j = current()) {
        for (const Vote &v : j->votes)
            n += v.step == stepId ? v.count : 0;
    }
    return n;
}

// ---- workshop

bool MapEditor::addComment(const QString &stepId, const QString &author, const QString &text)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeCommentCommand(d, m_journeyId, stepId, author, text, &error);
    return command ? m_document->run(command) : fail(error);
}

bool MapEditor::deleteComment(const QString &commentId)
{
    Document *d = doc();
    return d && m_document->run(new RemoveCommentCommand(d, m_journeyId, commentId));
}

QStringList MapEditor::participants() const
{
    const Journey *j = current();
    return j ? waymark::participants(*j) : QStringList();
}

int MapEditor::votesOf(const QString &stepId, const QString &participant) const
{
    int n = 0;
    if (const Journey *j = current()) {
        for (const Vote &v : j->votes)
            n += v.step == stepId && v.participant == participant ? v.count : 0;
    }
    return n;
}

int MapEditor::votesLeft(const QString &participant) const
{
    const Journey *j = current();
    return j ? j->votesPerParticipant - votesUsed(*j, participant.trimmed()) : 0;
}

bool MapEditor::vote(const QString &stepId, const QString &participant, int delta)
{
    Document *d = doc();
    if (!d)
        return false;
    const int count = votesOf(stepId, participant.trimmed()) + delta;
    if (count < 0)
        return false;
    QString error;
    DocumentCommand *command = makeVoteCommand(d, m_journeyId, stepId, participant, count, &error);
    return command ? m_document->run(command) : fail(error);
}

QVariantList MapEditor::voteRanking() const
{
    QVariantList out;
    const Journey *j = current();
    if (!j)
        return out;
    for (const VoteRank &r : rankVotes(*j)) {
        const Step *s = j->step(r.stepId);
        out.append(QVariantMap{{QStringLiteral("rank"), r.rank},
                               {QStringLiteral("step"), r.stepId},
                               {QStringLiteral("title"), s ? s->title : r.stepId},
                               {QStringLiteral("kind"), s ? enumName(s->kind) : QString()},
                               {QStringLiteral("votes"), r.votes},
                               {QStringLiteral("participants"), r.participants}});
    }
    return out;
}

// ---- cards and links

QString MapEditor::addStep(const QString &stage, const QString &lane, const QString &title,
                           const QString &kind)
{
    Document *d = doc();
    if (!d || !current())
        return {};
    QString id;
    const StepKind k = enumFromName<StepKind>(kind).value_or(StepKind::Action);
    return m_document->run(makeAddStepCommand(d, m_journeyId, stage, lane, title, k, &id))
                   ? id
                   : QString();
}

bool MapEditor::setStepField(const QStringList &ids, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeStepFieldCommand(d, m_journeyId, ids, field, value, &error);
    return command ? m_document->run(command) : fail(error);
}

bool MapEditor::moveSteps(const QStringList &ids, const QString &stage, const QString &lane,
                          int index)
{
    Document *d = doc();
    if (!d || ids.isEmpty())
        return false;
    return m_document->run(new MoveStepsCommand(d, m_journeyId, ids, stage, lane, index));
}

QString MapEditor::connectSteps(const QString &from, const QString &to, const QString &kind)
{
    Document *d = doc();
    if (!d || from.isEmpty() || to.isEmpty())
        return {};
    QString id;
    const LinkKind k = enumFromName<LinkKind>(kind).value_or(LinkKind::Flow);
    return m_document->run(makeConnectCommand(d, m_journeyId, from, to, k, &id)) ? id : QString();
}

bool MapEditor::setLinkField(const QStringList &ids, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeLinkFieldCommand(d, m_journeyId, ids, field, value, &error);
    return command ? m_document->run(command) : fail(error);
}

bool MapEditor::deleteItems(const QStringList &stepIds, const QStringList &linkIds)
{
    Document *d = doc();
    if (!d || (stepIds.isEmpty() && linkIds.isEmpty()))
        return false;
    return m_document->run(new RemoveItemsCommand(d, m_journeyId, stepIds, linkIds));
}

// ---- clipboard

bool MapEditor::copy(const QStringList &stepIds)
{
    const Journey *j = current();
    if (!j || stepIds.isEmpty())
        return false;
    Workspace clip;
    clip.journeys.append(extractSteps(*j, stepIds));
    // Channels travel with the cards so a paste into another file keeps them.
    for (const Step &s : clip.journeys.first().steps) {
        if (const Channel *c = doc()->workspace().channel(s.channel); c && !clip.channel(c->id))
            clip.channels.append(*c);
    }
    QStringList lines;
    for (const Step &s : clip.journeys.first().steps)
        lines.append(s.title);
    auto *mime = new QMimeData;
    mime->setData(kClipMime, exportJson(clip));
    mime->setText(lines.join(u'\n'));
    QGuiApplication::clipboard()->setMimeData(mime);
    return true;
}

bool MapEditor::cut(const QStringList &stepIds)
{
    return copy(stepIds) && deleteItems(stepIds, {});
}

bool MapEditor::canPaste() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && (mime->hasFormat(kClipMime) || !mime->text().trimmed().isEmpty());
}

QStringList MapEditor::paste(const QString &stage, const QString &lane)
{
    Document *d = doc();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!d || !current() || !mime)
        return {};
    Journey clip;
    if (mime->hasFormat(kClipMime)) {
        Workspace ws;
        QString error;
        if (!readJson(mime->data(kClipMime), &ws, nullptr, &error) || ws.journeys.isEmpty()) {
            fail(tr("The clipboard does not hold cards Waymark can read: %1").arg(error));
            return {};
        }
        clip = ws.journeys.first();
        // A channel that is not in this file: add the cards without it.
        for (Step &s : clip.steps) {
            if (!d->workspace().channel(s.channel))
                s.channel.clear();
        }
    } else {
        clip = stepsFromText(mime->text());
    }
    QStringList ids;
    DocumentCommand *command = makePasteCommand(d, m_journeyId, clip, stage, lane, &ids);
    if (!command)
        return {};
    return m_document->run(command) ? ids : QStringList();
}

// ---- stages and lanes

QString MapEditor::addStage(const QString &name, int index)
{
    Document *d = doc();
    if (!d || !current())
        return {};
    DocumentCommand *command = makeAddStageCommand(d, m_journeyId, name, index);
    const int before = int(current()->stages.size());
    if (!m_document->run(command))
        return {};
    const Journey *j = current();
    return j && j->stages.size() > before
                   ? j->stages[std::clamp(index, 0, int(j->stages.size()) - 1)].id
                   : QString();
}

bool MapEditor::setStageField(const QString &id, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeStageFieldCommand(d, m_journeyId, id, field, value, &error);
    return command ? m_document->run(command) : fail(error);
}

bool MapEditor::moveStage(int from, int to)
{
    const Journey *j = current();
    if (!j || from < 0 || to < 0 || from >= j->stages.size() || to >= j->stages.size()
        || from == to)
        return false;
    return m_document->run(new MoveStageCommand(doc(), m_journeyId, from, to));
}

bool MapEditor::deleteStage(const QString &id)
{
    Document *d = doc();
    return d && m_document->run(new RemoveStageCommand(d, m_journeyId, id));
}

QString MapEditor::addLane(const QString &name, const QString &kind, int index)
{
    Document *d = doc();
    if (!d || !current())
        return {};
    const LaneKind k = enumFromName<LaneKind>(kind).value_or(LaneKind::Custom);
    const int before = int(current()->lanes.size());
    if (!m_document->run(makeAddLaneCommand(d, m_journeyId, name, k, index)))
        return {};
    const Journey *j = current();
    return j && j->lanes.size() > before
                   ? j->lanes[std::clamp(index, 0, int(j->lanes.size()) - 1)].id
                   : QString();
}

bool MapEditor::setLaneField(const QString &id, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeLaneFieldCommand(d, m_journeyId, id, field, value, &error);
    return command ? m_document->run(command) : fail(error);
}

bool MapEditor::moveLane(int from, int to)
{
    const Journey *j = current();
    if (!j || from < 0 || to < 0 || from >= j->lanes.size() || to >= j->lanes.size() || from == to)
        return false;
    return m_document->run(new MoveLaneCommand(doc(), m_journeyId, from, to));
}

bool MapEditor::deleteLane(const QString &id)
{
    Document *d = doc();
    return d && m_document->run(new RemoveLaneCommand(d, m_journeyId, id));
}

// ---- journeys

bool MapEditor::setJourneyField(const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeJourneyFieldCommand(d, m_journeyId, field, value, &error);
    return command ? m_document->run(command) : fail(error);
}

QString MapEditor::newJourney(const QString &templateName)
{
    Document *d = doc();
    if (!d)
        return {};
    const Template which = templateFromName(templateName).value_or(Template::Journey);
    Workspace content = makeTemplate(which == Template::Sample ? Template::Journey : which);
    Journey j = content.journeys.first();
    j.id = newJourneyId(d->workspace());
    // Templates bring their channels: keep only those the file lacks.
    for (Step &s : j.steps)
        s.channel.clear();
    const int index = int(d->workspace().journeys.size());
    return m_document->run(new AddJourneyCommand(d, j, index, tr("New journey"))) ? j.id
                                                                                  : QString();
}

QString MapEditor::importJourneys(const QString &pathOrUrl)
{
    Document *d = doc();
    if (!d)
        return {};
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    const QFileInfo info(path);
    Workspace incoming;
    QStringList warnings;
    QString error;
    if (!readJourneyFile(path, info.fileName(), JourneyFileFormat::Auto, &incoming, &warnings,
                         &error)) {
        fail(error);
        return {};
    }
    if (incoming.journeys.isEmpty()) {
        fail(tr("%1 holds no journeys.").arg(info.fileName()));
        return {};
    }
    QSet<QString> before;
    for (const Journey &j : d->workspace().journeys)
        before.insert(j.id);
    QStringList notes;
    if (!m_document->run(makeImportCommand(d, incoming, &notes)))
        return {};
    QString first;
    int added = 0;
    for (const Journey &j : d->workspace().journeys) {
        if (before.contains(j.id))
            continue;
        if (first.isEmpty())
            first = j.id;
        ++added;
    }
    QString message = tr("Imported %n journey(s) from %1.", nullptr, added).arg(info.fileName());
    for (const QString &line : std::as_const(warnings) + notes)
        message += QLatin1Char(' ') + line;
    Q_EMIT m_document->notice(message);
    return first;
}

QString MapEditor::duplicateAsFutureState(const QString &journeyId)
{
    Document *d = doc();
    const Journey *j = d ? d->workspace().journey(journeyId) : nullptr;
    if (!j)
        return {};
    const Journey copy = futureStateCopy(d->workspace(), *j);
    const int index = d->workspace().journeyIndex(j->id) + 1;
    return m_document->run(new AddJourneyCommand(d, copy, index, tr("Duplicate as future state")))
                   ? copy.id
                   : QString();
}

bool MapEditor::deleteJourney(const QString &journeyId)
{
    Document *d = doc();
    return d && m_document->run(new RemoveJourneyCommand(d, journeyId));
}

bool MapEditor::moveJourney(int from, int to)
{
    Document *d = doc();
    const int n = d ? int(d->workspace().journeys.size()) : 0;
    if (from < 0 || to < 0 || from >= n || to >= n || from == to)
        return false;
    return m_document->run(new MoveJourneyCommand(d, from, to));
}

// ---- personas and channels

QString MapEditor::addPersona(const QString &name)
{
    Document *d = doc();
    if (!d)
        return {};
    Persona p;
    p.id = newPersonaId(d->workspace());
    p.name = name;
    return m_document->run(new AddPersonaCommand(d, p, int(d->workspace().personas.size())))
                   ? p.id
                   : QString();
}

bool MapEditor::setPersonaField(const QString &id, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makePersonaFieldCommand(d, id, field, value, &error);
    return command ? m_document->run(command) : fail(error);
}

bool MapEditor::deletePersona(const QString &id)
{
    Document *d = doc();
    return d && m_document->run(new RemovePersonaCommand(d, id));
}

QString MapEditor::addChannel(const QString &name, const QString &kind, const QString &icon)
{
    Document *d = doc();
    if (!d)
        return {};
    Channel c;
    c.id = newChannelId(d->workspace());
    c.name = name;
    c.kind = enumFromName<ChannelKind>(kind).value_or(ChannelKind::Digital);
    c.icon = icon;
    return m_document->run(new AddChannelCommand(d, c, int(d->workspace().channels.size())))
                   ? c.id
                   : QString();
}

bool MapEditor::setChannelField(const QString &id, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeChannelFieldCommand(d, id, field, value, &error);
    return command ? m_document->run(command) : fail(error);
}

bool MapEditor::deleteChannel(const QString &id)
{
    Document *d = doc();
    return d && m_document->run(new RemoveChannelCommand(d, id));
}

} // namespace waymark
