#pragma once

#include "observed.h"

#include <QByteArray>
#include <QByteArrayView>

namespace waymark {

class JsonText;

// The `observed` object of `waymark analyze --json` (DESIGN.md §7).
JsonText observedJson(const ObservedJourney &observed);

// The whole result as stored in the .cjm file (the contract's keys plus the
// source, the time, the row count and the unmatched activities).
QByteArray observedToStorage(const ObservedJourney &observed);
bool observedFromStorage(QByteArrayView json, ObservedJourney *observed, QString *error);

} // namespace waymark
