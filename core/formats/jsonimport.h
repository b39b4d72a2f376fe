#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace waymark {

struct Workspace;

// Reads the journey JSON of DESIGN.md §7 into a workspace, checking it all:
// a missing or wrong required field, a dangling or duplicate id is an error
// naming the place ("journeys[0].steps[3]: missing required field \"title\"");
// unknown fields are ignored with a warning. Nothing is half read: on error
// `out` is untouched.
bool readJson(const QByteArray &data, Workspace *out, QStringList *warnings, QString *error);

} // namespace waymark
