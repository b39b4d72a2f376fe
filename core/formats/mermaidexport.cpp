#include "formats/mermaidexport.h"

#include "formats/mermaidimport.h"
#include "model/workspace.h"
#include "render/workshopresults.h"
#include "version.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Mermaid", text);
}

bool isStaffLane(LaneKind kind)
{
    return kind == LaneKind::Frontstage || kind == LaneKind::Backstage || kind == LaneKind::Support;
}

// A task name the lexer would take for a keyword (its rules are tried in
// order, keywords first).
bool looksLikeKeyword(const QString &text)
{
    static const QRegularExpression keyword(
            QStringLiteral("^(journey|title\\s|section\\s|acctitle\\s*:|accdescr\\s*[:{])"),
            QRegularExpression::CaseInsensitiveOption);
    return keyword.match(text).hasMatch();
}

void warn(QStringList *warnings, const QString &what, const QStringList &replaced)
{
    if (!warnings || replaced.isEmpty())
        return;
    //: %1 names an item ("step \"c07\""), %2 lists replacements ("':' → '∶'")
    warnings->append(
            tr("%1: Mermaid cannot hold %2").arg(what, replaced.join(QStringLiteral(", "))));
}

} // namespace

QString mermaidSafe(const QString &text, MermaidPlace place, QStringList *replaced)
{
    QString out = text;
    const auto swap = [&](const QString &from, const QString &to) {
        if (!out.contains(from))
            return;
        out.replace(from, to);
        if (replaced)
            replaced->append(QStringLiteral("'%1' → '%2'").arg(from, to));
    };
    if (out.contains(u'\n') || out.contains(u'\r')) {
        out = out.simplified();
        if (replaced)
            replaced->append(tr("line breaks → spaces"));
    }
    swap(QStringLiteral("#"), QStringLiteral("＃"));
    swap(QStringLiteral(";"), QStringLiteral("；"));
    swap(QStringLiteral("%%"), QStringLiteral("% %"));
    if (place != MermaidPlace::Title)
        swap(QStringLiteral(":"), QStringLiteral("∶"));
    if (place == MermaidPlace::Actor)
        swap(QStringLiteral(","), QStringLiteral("‚"));
    out = out.trimmed();
    if (place == MermaidPlace::Task && looksLikeKeyword(out)) {
        out.prepend(QChar(0x200B));
        if (replaced)
            replaced->append(tr("a leading keyword (zero-width space added)"));
    }
    return out;
}

QByteArray exportMermaid(const Workspace &workspace, const Journey &journey, QStringList *warnings)
{
    QString out;
    out += QStringLiteral("journey\n");
    out += QStringLiteral("    %% Exported by Waymark %1 from journey \"%2\"\n")
                   .arg(QStringLiteral(WAYMARK_VERSION), journey.id);
    QStringList replaced;
    // A journey whose scenario is its name came from a diagram without a
    // title (mermaidToWorkspace()): it stays without one.
    const bool titled = journey.scenario.trimmed() != journey.name.trimmed();
    const QString title = mermaidSafe(journey.name, MermaidPlace::Title, &replaced);
    warn(warnings, tr("journey title"), replaced);
    if (titled && !title.isEmpty())
        out += QStringLiteral("    title %1\n").arg(title);
    if (!journey.scenario.trimmed().isEmpty())
        out += QStringLiteral("    accTitle: %1\n").arg(journey.scenario.simplified());
    const QString description = journey.description.trimmed();
    if (description.contains(u'\n')) {
        // The block form keeps the lines; a '}' would end it early.
        QString block = description;
        block.replace(u'}', QChar(0xFF5D));
        out += QStringLiteral("    accDescr {\n");
        for (const QString &line : block.split(u'\n'))
            out += QStringLiteral("        %1\n").arg(line.trimmed());
        out += QStringLiteral("    }\n");
    } else if (!description.isEmpty()) {
        out += QStringLiteral("    accDescr: %1\n").arg(description);
    }

    const Persona *persona = workspace.persona(journey.persona);
    QStringList personaReplaced;
    const QString customer
            = persona ? mermaidSafe(persona->name, MermaidPlace::Actor, &personaReplaced)
                      : QString();
    warn(warnings, tr("persona \"%1\"").arg(persona ? persona->id : QString()), personaReplaced);
    // When owners name the persona (a Mermaid import keeps each task's
    // actors there, in order), they are the actors as they are; otherwise
    // the persona acts on the customer's steps and the owners join it.
    bool ownersAreActors = false;
    for (const Step &s : journey.steps) {
        for (const QString &part : s.owner.split(u','))
            ownersAreActors
                    = ownersAreActors || (!customer.isEmpty() && part.trimmed() == customer);
    }

    const QList<int> order = readingOrder(journey);
    for (int si = 0; si < journey.stages.size(); ++si) {
        const Stage &stage = journey.stages[si];
        replaced.clear();
        QString section = mermaidSafe(stage.name, MermaidPlace::Section, &replaced);
        warn(warnings, tr("stage \"%1\"").arg(stage.id), replaced);
        // Tasks before the first section (a first stage without a name).
        if (!section.isEmpty())
            out += QStringLiteral("    section %1\n").arg(section);
        else if (si > 0)
            out += QStringLiteral("    section %1\n").arg(tr("Stage %1").arg(si + 1));
        for (int i : order) {
            const Step &s = journey.steps[i];
            if (s.stage != stage.id)
                continue;
            replaced.clear();
            QString task = mermaidSafe(s.title, MermaidPlace::Task, &replaced);
            if (task.isEmpty()) {
                task = tr("(untitled)");
                replaced.append(tr("an empty title (written as \"%1\")").arg(task));
            }
            const Lane *lane = journey.lane(s.lane);
            QStringList actors;
            const bool staff = lane && isStaffLane(lane->kind);
            if (!staff && !ownersAreActors && !customer.isEmpty())
                actors.append(customer);
            // Several owners ("Support, Sales") are several actors, as on import.
            for (const QString &part : s.owner.split(u',')) {
                const QString owner = mermaidSafe(part, MermaidPlace::Actor, &replaced);
                if (!owner.isEmpty() && !actors.contains(owner))
                    actors.append(owner);
            }
            if (actors.isEmpty() && staff)
                actors.append(mermaidSafe(lane->name, MermaidPlace::Actor, &replaced));
            warn(warnings, tr("step \"%1\"").arg(s.id), replaced);
            int score = s.emotion ? std::clamp(*s.emotion + 3, 1, 5) : 3;
            // A 0 read from Mermaid, as long as the emotion is still the lowest.
            if (score == 1 && s.tags.contains(QString::fromUtf16(kMermaidScoreZeroTag)))
                score = 0;
            // One arg() call: chained ones would read a "%1" in the title as
            // the next placeholder (found by fuzz_mermaid).
            if (actors.isEmpty()) {
                out += QStringLiteral("      %1: %2\n").arg(task, QString::number(score));
            } else {
                out += QStringLiteral("      %1: %2: %3\n")
                               .arg(task, QString::number(score),
                                    actors.join(QStringLiteral(", ")));
            }
        }
    }
    return out.toUtf8();
}

} // namespace waymark
