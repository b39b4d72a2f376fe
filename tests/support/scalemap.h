#pragma once

#include <QByteArray>

namespace waymark::test {

// A generated realistic journey as `waymark import --json` reads it: 50
// stages x 10 lanes (the emotions lane left empty), `steps` cards in reading
// order and about three links per card, mostly forward with some loops back;
// links carry ids only when `linkIds`. The same input every time.
QByteArray makeScaleJson(int steps, bool linkIds);

} // namespace waymark::test
