#pragma once

#include "observed.h"
#include "proposal.h"

#include <atomic>

namespace waymark {

class DataFile;
struct Journey;

namespace events {

// Timings of one import, for the benchmark and --verbose output.
struct ImportTimings
{
    double readSeconds = 0;
    double pathSeconds = 0;
    double observeSeconds = 0;
};

// The whole CSV path: the header and first rows, the columns (proposed where
// `mapping` leaves them open), every event, the paths and the result against
// the journey. `proposal` (optional) gets the columns used. One line of
// error on failure.
bool importEventLog(const DataFile &file, const Journey &journey, const EventMapping &mapping,
                    ObservedJourney *observed, QString *error, EventProposal *proposal = nullptr,
                    const std::atomic<bool> *cancel = nullptr, ImportTimings *timings = nullptr);

} // namespace events
} // namespace waymark
