#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

struct Workspace;

// A Mermaid `journey` diagram as written: title, accessibility texts,
// sections of tasks with a score and actors.
struct MermaidJourney
{
    struct Task
    {
        QString name;
        int score = 3; // 0..5 after clamping
        QStringList actors;
        int line = 0;
    };
    struct Section
    {
        QString name; // empty for tasks before the first `section`
        QList<Task> tasks;
    };
    QString title;
    QString accTitle;
    QString accDescr;
    QList<Section> sections;
};

// Reads Mermaid's journey syntax (https://mermaid.js.org/syntax/userJourney.html):
// `journey`, `title`, `section`, tasks "Name: score: actor, actor",
// `accTitle:`, `accDescr:` and `accDescr { ... }`, `%%` comments and
// directives, `#` comments, YAML front matter (its title) and a Markdown
// ```mermaid fence around it. Scores that are not whole are rounded and
// scores outside 0..5 clamped, each with a warning. Anything Mermaid would
// reject is an error naming the line. Any bytes may come in (fuzzed).
bool parseMermaidJourney(QByteArrayView data, MermaidJourney *out, QStringList *warnings,
                         QString *error);

// One journey from a diagram: a stage per section (tasks before the first
// section: a stage without a name), a "Customer actions" and an "Emotions"
// lane, a step per task (emotion = score − 3; score 0 as 1) joined in order
// by flow links. The actor on the most tasks becomes the persona; a task's
// actors, in their order, become its step's owner. The name is the title,
// else accTitle, else `fallbackName`; accTitle becomes the scenario (the name,
// when the diagram has no title: the exporter then writes none), accDescr the
// description.
// The map's emotion scale has five points and Mermaid's six: a task scored 0
// becomes the lowest emotion, as 1 does, and its step carries this tag so
// that the Mermaid export writes 0 back while the emotion stays the lowest.
inline constexpr char16_t kMermaidScoreZeroTag[] = u"mermaid-score-0";

Workspace mermaidToWorkspace(const MermaidJourney &diagram, const QString &fallbackName);

// parseMermaidJourney() then mermaidToWorkspace(); `out` is untouched on error.
bool readMermaid(QByteArrayView data, const QString &fallbackName, Workspace *out,
                 QStringList *warnings, QString *error);

} // namespace waymark
