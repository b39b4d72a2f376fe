#include "scenario.h"

#include "model/standardmetrics.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace waymark::scenario {

namespace {

QString tr(const char *text)
{
    return *text ? QCoreApplication::translate("Templates", text) : QString();
}

StepKind kindOf(QLatin1String lane)
{
    if (lane == QLatin1String(kEvidence))
        return StepKind::Evidence;
    if (lane == QLatin1String(kPain))
        return StepKind::PainPoint;
    if (lane == QLatin1String(kIdeas))
        return StepKind::Opportunity;
    if (lane == QLatin1String(kCustomer))
        return StepKind::Touchpoint;
    return StepKind::Process;
}

QList<Lane> scenarioLanes()
{
    return {
            {QLatin1String(kEvidence), tr("Physical evidence"), LaneKind::Evidence},
            {QLatin1String(kCustomer), tr("Customer actions"), LaneKind::Customer},
            {QLatin1String(kEmotions), tr("Emotions"), LaneKind::Emotions},
            {QLatin1String(kPain), tr("Pain points"), LaneKind::PainPoints},
            {QLatin1String(kIdeas), tr("Opportunities"), LaneKind::Opportunities},
            {QLatin1String(kFront), tr("Frontstage actions"), LaneKind::Frontstage},
            {QLatin1String(kBack), tr("Backstage actions"), LaneKind::Backstage},
            {QLatin1String(kSystems), tr("Support processes"), LaneKind::Support},
    };
}

} // namespace

Workspace buildScenario(const Scenario &s)
{
    Workspace ws = standardMetrics();
    ws.channels = standardChannels();
    const QString personaId = QStringLiteral("persona");
    ws.personas = {{personaId, tr(s.personaName), tr(s.personaGoals), tr(s.personaQuote), {}}};

    Journey j;
    j.id = QLatin1String(s.journeyId);
    j.name = tr(s.name);
    j.persona = personaId;
    j.kind = JourneyKind::Blueprint;
    j.scenario = tr(s.scenarioText);
    for (const StageRow &row : s.stages)
        j.stages.append({QLatin1String(row.id), tr(row.name), {}});
    j.lanes = scenarioLanes();

    int n = 0;
    int customerKey = 0;
    for (const StepRow &row : s.steps) {
        Step step;
        step.id = QStringLiteral("s%1").arg(++n);
        step.stage = QLatin1String(row.stage);
        step.lane = QLatin1String(row.lane);
        step.kind = kindOf(QLatin1String(row.lane));
        step.channel = QLatin1String(row.channel);
        step.owner = tr(row.owner);
        if (row.emotion != kNone)
            step.emotion = row.emotion;
        step.title = tr(row.title);
        step.description = tr(row.description);
        if (step.lane == QLatin1String(kCustomer))
            step.key = QStringLiteral("TP-%1").arg(++customerKey, 2, 10, QLatin1Char('0'));
        step.order = int(j.cell(step.stage, step.lane).size());
        j.steps.append(step);
    }

    // The links: the customer's path in stage order, and per stage the
    // handoffs down the blueprint (customer -> front -> back -> systems).
    int linkNo = 0;
    auto addLink = [&](const QString &from, const QString &to, LinkKind kind) {
        j.links.append({QStringLiteral("l%1").arg(++linkNo), from, to, kind, {}, {}, true});
    };
    QString previous;
    QString entry;
    for (const Stage &stage : std::as_const(j.stages)) {
        const QList<const Step *> customer = j.cell(stage.id, QString::fromLatin1(kCustomer));
        for (const Step *c : customer) {
            if (!previous.isEmpty())
                addLink(previous, c->id, LinkKind::Flow);
            else
                entry = c->id;
            previous = c->id;
        }
        QString upper = customer.isEmpty() ? QString() : customer.first()->id;
        for (const char *lane : {kFront, kBack, kSystems}) {
            const QList<const Step *> cell = j.cell(stage.id, QString::fromLatin1(lane));
            if (cell.isEmpty())
                continue;
            if (!upper.isEmpty())
                addLink(upper, cell.first()->id,
                        lane == kSystems ? LinkKind::Dependency : LinkKind::Handoff);
            upper = cell.first()->id;
        }
    }
    // The first and last customer steps in stage order: the entry and the goal.
    if (!entry.isEmpty()) {
        j.step(entry)->entry = true;
        j.step(previous)->goal = true;
    }
    ws.journeys = {j};
    return ws;
}

} // namespace waymark::scenario
