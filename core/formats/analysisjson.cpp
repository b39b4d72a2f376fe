#include "formats/analysisjson.h"

#include "events/observedjson.h"
#include "graph/analysis.h"
#include "graph/compare.h"
#include "json/jsontext.h"

#include <cmath>

namespace waymark {

namespace {

JsonText pathJson(const JourneyPath &p)
{
    return JsonText::object()
            .set(u"steps", JsonText::array(p.steps))
            .set(u"share", JsonText::rounded(p.share))
            .set(u"handoffs", p.handoffs)
            .set(u"channelSwitches", p.channelSwitches);
}

JsonText stateJson(const StateFigures &f)
{
    return JsonText::object()
            .set(u"id", f.id)
            .set(u"name", f.name)
            .set(u"steps", f.steps)
            .set(u"handoffs", f.handoffs)
            .set(u"channelSwitches", f.channelSwitches)
            .set(u"goalShare", JsonText::rounded(f.goalShare))
            .set(u"typicalPath", f.typicalPath ? pathJson(*f.typicalPath) : JsonText::null());
}

} // namespace

JsonText analysisJson(const JourneyAnalysis &a)
{
    JsonText cycles = JsonText::array();
    for (const QStringList &c : a.cycles)
        cycles.append(JsonText::array(c));
    JsonText paths = JsonText::array();
    for (const JourneyPath &p : a.paths)
        paths.append(pathJson(p));
    JsonText centrality = JsonText::object();
    for (const auto &[step, value] : a.centrality)
        centrality.set(step, JsonText::rounded(value));
    return JsonText::object()
            .set(u"id", a.journeyId)
            .set(u"entries", JsonText::array(a.entries))
            .set(u"goals", JsonText::array(a.goals))
            .set(u"unreachable", JsonText::array(a.unreachable))
            .set(u"deadEnds", JsonText::array(a.deadEnds))
            .set(u"cycles", cycles)
            .set(u"paths", paths)
            .set(u"pathCount", a.pathCount)
            .set(u"pathsTruncated", a.pathsTruncated)
            .set(u"goalShare", JsonText::rounded(a.goalShare))
            .set(u"mustPass", JsonText::array(a.mustPass))
            .set(u"centrality", centrality);
}

QByteArray analysisDocumentJson(const QList<JourneyAnalysis> &analyses,
                                const QHash<QString, ObservedJourney> &observed)
{
    JsonText journeys = JsonText::array();
    for (const JourneyAnalysis &a : analyses) {
        JsonText j = analysisJson(a);
        const auto it = observed.constFind(a.journeyId);
        if (it != observed.constEnd())
            j.set(u"observed", observedJson(*it));
        journeys.append(j);
    }
    return JsonText::object().set(u"journeys", journeys).toJson();
}

QByteArray analysisDocumentJson(const QList<JourneyAnalysis> &analyses)
{
    JsonText journeys = JsonText::array();
    for (const JourneyAnalysis &a : analyses)
        journeys.append(analysisJson(a));
    return JsonText::object().set(u"journeys", journeys).toJson();
}

JsonText comparisonJson(const JourneyComparison &c)
{
    JsonText changed = JsonText::array();
    for (const StepChange &s : c.changed) {
        changed.append(JsonText::object()
                               .set(u"current", s.current)
                               .set(u"future", s.future)
                               .set(u"fields", JsonText::array(s.fields)));
    }
    return JsonText::object()
            .set(u"current", stateJson(c.current))
            .set(u"future", stateJson(c.future))
            .set(u"added", JsonText::array(c.added))
            .set(u"removed", JsonText::array(c.removed))
            .set(u"changed", changed)
            .set(u"unchanged", c.unchanged);
}

} // namespace waymark
