#pragma once

#include <QByteArray>
#include <QStringList>

namespace waymark {

struct Workspace;

// The journey JSON of DESIGN.md §7 ("format": "waymark", "version": 1), with
// each step's metrics. Only the journeys named in `journeyIds` (all when
// empty), and the personas, channels and metrics of the whole workspace.
QByteArray exportJson(const Workspace &workspace, const QStringList &journeyIds = {});

// Version of the journey JSON this Waymark writes and reads.
constexpr int kJsonVersion = 1;

} // namespace waymark
