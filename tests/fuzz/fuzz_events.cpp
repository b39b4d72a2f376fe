// libFuzzer target: an event log from its bytes to the observed behaviour.
//
// The bytes go through what `waymark import-events` does before writing:
// encoding, the header and sample rows, the proposed columns, the reader
// (one share and three), the ordering of each case, the paths and the
// result against a small map; then the stored form and back.

#include "fuzzcommon.h"

#include "events/eventimport.h"
#include "events/eventlog.h"
#include "events/observedjson.h"
#include "metrics/datafile.h"
#include "metrics/preview.h"
#include "model/journey.h"

using namespace waymark;
using namespace waymark::events;

namespace {

Journey makePlan()
{
    Journey j;
    j.id = QStringLiteral("j");
    j.stages = {{QStringLiteral("s"), QStringLiteral("S"), {}}};
    j.lanes = {{QStringLiteral("l"), QStringLiteral("L"), LaneKind::Customer}};
    const char *titles[] = {"Visit", "Sign up", "Pay", "Call"};
    for (int i = 0; i < 4; ++i) {
        Step s;
        s.id = QString::number(i);
        s.stage = QStringLiteral("s");
        s.lane = QStringLiteral("l");
        s.title = QLatin1String(titles[i]);
        s.key = QStringLiteral("K%1").arg(i);
        j.steps.append(s);
    }
    j.links = {{QStringLiteral("a"),
                QStringLiteral("0"),
                QStringLiteral("1"),
                LinkKind::Flow,
                {},
                std::nullopt,
                true},
               {QStringLiteral("b"),
                QStringLiteral("1"),
                QStringLiteral("2"),
                LinkKind::Flow,
                {},
                std::nullopt,
                true}};
    return j;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Journey plan = makePlan();
    DataFile file;
    QString error;
    if (!file.setBytes(fuzz::bytes(data, size), &error)) {
        if (error.isEmpty())
            fuzz::fail("DataFile::setBytes failed without a reason");
        return 0;
    }
    ObservedJourney observed;
    EventProposal proposal;
    if (!importEventLog(file, plan, {}, &observed, &error, &proposal)) {
        if (error.isEmpty() || error.contains(u'\n'))
            fuzz::fail("importEventLog: no one-line reason", error);
        return 0;
    }
    if (observed.cases < 0 || observed.events < observed.cases
        || observed.rows != observed.events + observed.unmatchedEvents
        || observed.conformant > observed.cases || observed.reachedGoal > observed.cases)
        fuzz::fail("importEventLog: counts do not add up");

    // The split into shares must not change the result.
    const StepMatcher matcher(plan, StepMatch::Auto);
    EventTable one, three;
    proposal.spec.threads = 1;
    const bool a = readEvents(file, proposal.spec, matcher, &one, &error);
    proposal.spec.threads = 3;
    const bool b = readEvents(file, proposal.spec, matcher, &three, &error);
    if (!a || !b)
        fuzz::fail("readEvents failed on a log the import read", error);
    const ObservedJourney x = observe(plan, summarizePaths(one, int(plan.steps.size())));
    const ObservedJourney y = observe(plan, summarizePaths(three, int(plan.steps.size())));
    if (!(x == y) || x.cases != observed.cases)
        fuzz::fail("the result depends on the number of threads");

    ObservedJourney back;
    if (!observedFromStorage(observedToStorage(observed), &back, &error) || !(back == observed))
        fuzz::fail("the stored form does not read back");
    return 0;
}
