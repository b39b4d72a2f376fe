#pragma once

#include "observed.h"
#include "proposal.h"

#include <QString>

namespace waymark {

struct Journey;

namespace events {

// The PostgreSQL source: the events stay on the server. `query` is a SELECT
// returning at least a case id, an activity and a timestamp column (named as
// `mapping` says, or case_id/case, activity/event, time/timestamp); the
// server returns each activity with its count, then — activities matched to
// steps here and sent back as a small table — the variants, the transitions
// and the time per step, computed with window functions. Same result as the
// CSV path on the same events. `uri` is a libpq connection URI. `used`
// (optional) gets the columns used and what was assumed, as the CSV path
// says them (EventProposal's mapping and warnings).
bool importFromPostgres(const QString &uri, const QString &query, const Journey &journey,
                        const EventMapping &mapping, ObservedJourney *observed, QString *error,
                        EventProposal *used = nullptr, double *seconds = nullptr);

} // namespace events
} // namespace waymark
