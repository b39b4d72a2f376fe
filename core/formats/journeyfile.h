#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

struct Workspace;

// The files journeys are imported from: Waymark's JSON contract or a Mermaid
// `journey` diagram.
enum class JourneyFileFormat { Auto, Json, Mermaid };

// Reads the journeys of `path` into `out`. With Auto the format comes from
// the extension (.json; .mmd or .mermaid), else from the content (JSON starts
// with '{'). Messages name the file as `shownName` ("sofa.mmd: line 3: ...");
// warnings (unknown fields, clamped scores) do not stop the reading.
bool readJourneyFile(const QString &path, const QString &shownName, JourneyFileFormat format,
                     Workspace *out, QStringList *warnings, QString *error);

} // namespace waymark
