#pragma once

#include <QStringList>

namespace waymark {

// Runs the editor window: `waymark [FILE] [--screenshot OUT.png [--size WxH]]`.
int runEditor(int argc, char *argv[], const QStringList &arguments);

} // namespace waymark
