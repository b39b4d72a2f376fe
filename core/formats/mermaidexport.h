#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace waymark {

struct Journey;
struct Workspace;

// The journey as a Mermaid `journey` diagram: the name as title, the
// scenario as accDescr, each stage a `section`, each step a task in map
// order (lane, then place in the cell) with score = emotion + 3 (1..5; 3
// when the step has none), and as actors the persona (or "Customer") then
// the owner (split at commas: several owners are several actors, as
// import makes them); steps of the frontstage, backstage and support lanes have only
// their owner (or the lane's name). Characters Mermaid cannot hold in a
// place are replaced and each replacement is reported in `warnings`:
// ':' → '∶' (U+2236), '#' → '＃', ';' → '；', ',' in actors → '‚' (U+201A),
// "%%" → "% %", line breaks → spaces; a task name that would read as a
// keyword (journey, title, section, accDescr) is prefixed with U+200B.
QByteArray exportMermaid(const Workspace &workspace, const Journey &journey,
                         QStringList *warnings = nullptr);

// Where a text goes in the diagram: each place forbids other characters.
enum class MermaidPlace { Title, Section, Task, Actor };
// `text` made safe for `place`; `replaced` gets each character replaced.
QString mermaidSafe(const QString &text, MermaidPlace place, QStringList *replaced = nullptr);

} // namespace waymark
