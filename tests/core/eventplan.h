#pragma once

// The small plan the event-log tests import their hand-built logs onto.

#include "model/journey.h"

namespace waymark::test {

// a (entry) -> b -> c -> d (goal), and x on the side with no links.
inline Journey eventPlan()
{
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Buy");
    j.stages = {{QStringLiteral("s1"), QStringLiteral("Stage"), {}}};
    j.lanes = {{QStringLiteral("l1"), QStringLiteral("Customer"), LaneKind::Customer}};
    auto step = [&](const char *id, const char *title, const char *key) {
        Step s;
        s.id = QLatin1String(id);
        s.stage = QStringLiteral("s1");
        s.lane = QStringLiteral("l1");
        s.title = QLatin1String(title);
        s.key = QLatin1String(key);
        j.steps.append(s);
    };
    step("a", "Visits the site", "WEB-1");
    step("b", "Signs up", "SU");
    step("c", "Checks out", "");
    step("d", "Pays", "PAY");
    step("x", "Calls support", "CALL");
    j.steps[0].entry = true;
    j.steps[3].goal = true;
    auto link = [&](const char *id, const char *from, const char *to) {
        Link l;
        l.id = QLatin1String(id);
        l.from = QLatin1String(from);
        l.to = QLatin1String(to);
        j.links.append(l);
    };
    link("ab", "a", "b");
    link("bc", "b", "c");
    link("cd", "c", "d");
    return j;
}

} // namespace waymark::test
