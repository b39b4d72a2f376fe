#pragma once

#include "workspace.h"

namespace waymark {

// The standard NPS, CSAT and CES definitions (DESIGN.md §1), names in the
// current UI language; only metricDefs is filled.
Workspace standardMetrics();

} // namespace waymark
