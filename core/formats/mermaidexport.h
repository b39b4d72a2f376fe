#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace waymark {

struct Journey;
struct Workspace;

// The journey as a Mermaid `journey` diagram: the name as title (none when
// the scenario is the name: a diagram imported without a title), the
// scenario as accTitle, the description as accDescr, each stage a `section`
// (a first stage without a name: tasks before any section), each step a task
// in map order (lane, then place in the cell) with score = emotion + 3 (1..5;
// 3 when the step has none). Actors: when some step's owner names the
// persona (a Mermaid import keeps each task's actors there), every step's
// owner, split at commas, in order; otherwise the persona (if any) on
// customer-facing steps, then the owners; steps of the frontstage, backstage
// and support lanes have only their owner (or the lane's name). No actor is
// made up. Characters Mermaid cannot hold in a
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
