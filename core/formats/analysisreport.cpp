#include "formats/analysisreport.h"

#include "events/observed.h"
#include "graph/analysis.h"
#include "graph/compare.h"
#include "model/journey.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark {

namespace {

constexpr int kListedPaths = 5;
constexpr int kListedSteps = 12; // longer lists end with "and N more"
constexpr int kListedLosses = 5;
constexpr int kListedImportant = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("Analysis", text);
}

QString percent(double share)
{
    return tr("%1%").arg(QString::number(share * 100.0, 'f', 1));
}

QString percent(const std::optional<double> &share)
{
    return share ? percent(*share) : tr("n/a");
}

// `c10 "Abandons the checkout"`: the id for scripts, the title for people.
QString label(const Journey &j, const QString &id)
{
    const Step *s = j.step(id);
    return s && !s->title.isEmpty() ? tr("%1 \"%2\"").arg(id, s->title) : id;
}

QString stepList(const Journey &j, const QStringList &ids, bool titles = true)
{
    if (ids.isEmpty())
        return tr("none");
    QStringList parts;
    for (qsizetype i = 0; i < ids.size() && i < kListedSteps; ++i)
        parts.append(titles ? label(j, ids[i]) : ids[i]);
    QString text = parts.join(QStringLiteral(", "));
    if (ids.size() > kListedSteps)
        text = tr("%1 and %2 more").arg(text).arg(ids.size() - kListedSteps);
    return text;
}

QString arrows(const QStringList &ids)
{
    return ids.join(QStringLiteral(" \u2192 "));
}

QString pathLine(const JourneyPath &p)
{
    return tr("%1  %2  (handoffs: %3, channel switches: %4)")
            .arg(percent(p.share).rightJustified(6), arrows(p.steps))
            .arg(p.handoffs)
            .arg(p.channelSwitches);
}

} // namespace

QString analysisReport(const Journey &j, const JourneyAnalysis &a)
{
    QString out;
    auto line = [&out](const QString &text) {
        out += text + u'\n';
    };
    line(tr("%1 (%2)").arg(j.name, j.id));
    if (a.cancelled) {
        line(tr("  The analysis was stopped."));
        return out;
    }
    line(tr("  Steps customers move through: %1; cards outside the flow (notes, evidence, "
            "pain points, ideas, systems): %2")
                 .arg(a.flow.size())
                 .arg(a.outside.size()));
    line((a.entriesInferred ? tr("  Entries (no step is flagged; steps nothing leads to): %1")
                            : tr("  Entries: %1"))
                 .arg(stepList(j, a.entries)));
    line((a.goalsInferred ? tr("  Goals (no step is flagged; steps that lead nowhere): %1")
                          : tr("  Goals: %1"))
                 .arg(stepList(j, a.goals)));
    line(tr("  Goal share: %1 of the customers who start at an entry reach a goal")
                 .arg(percent(a.goalShare)));
    line(tr("  Unreachable (no entry leads there): %1").arg(stepList(j, a.unreachable)));
    line(tr("  Dead ends (customers get stuck): %1").arg(stepList(j, a.deadEnds)));
    if (a.cycles.isEmpty()) {
        line(tr("  Loops: none"));
    } else {
        line(tr("  Loops:"));
        for (const QStringList &c : a.cycles)
            line(tr("    %1 \u2192 %2").arg(arrows(c), c.first()));
    }
    line(tr("  Must pass (on every path to a goal): %1").arg(stepList(j, a.mustPass)));
    line(tr("  Seams customers can meet: handoffs: %1, channel switches: %2")
                 .arg(a.handoffs)
                 .arg(a.channelSwitches));

    const QString count
            = a.pathCountExact ? QString::number(a.pathCount) : tr("at least %1").arg(a.pathCount);
    if (a.paths.isEmpty()) {
        line(tr("  Paths from an entry to a goal: none"));
    } else {
        line(tr("  Paths from an entry to a goal: %1; the most likely:").arg(count));
        for (int i = 0; i < a.paths.size() && i < kListedPaths; ++i)
            line(tr("    %1. %2").arg(i + 1).arg(pathLine(a.paths[i])));
    }

    QList<StepFlow> losses;
    for (const StepFlow &f : a.flow) {
        if (f.lost > 0.0005)
            losses.append(f);
    }
    std::stable_sort(losses.begin(), losses.end(),
                     [](const StepFlow &x, const StepFlow &y) { return x.lost > y.lost; });
    if (losses.isEmpty()) {
        line(tr("  Where customers are lost: nowhere"));
    } else {
        line(tr("  Where customers are lost (share of all customers):"));
        for (int i = 0; i < losses.size() && i < kListedLosses; ++i) {
            const StepFlow &f = losses[i];
            line((f.trapped ? tr("    %1  %2 (caught in a loop nobody leaves)")
                            : tr("    %1  %2 (%3 of the customers there leave)"))
                         .arg(percent(f.lost).rightJustified(6), label(j, f.step),
                              percent(f.dropOff)));
        }
    }
    if (!a.importance.isEmpty() && a.importance.first().score > 0) {
        line(tr("  Most important steps (lost customers, centrality, bad scores):"));
        for (int i = 0; i < a.importance.size() && i < kListedImportant; ++i) {
            const StepImportance &s = a.importance[i];
            if (s.score <= 0)
                break;
            line(tr("    %1. %2  score %3")
                         .arg(i + 1)
                         .arg(label(j, s.step), QString::number(s.score, 'f', 2)));
        }
    }
    return out;
}

QString comparisonReport(const Journey &current, const Journey &future, const JourneyComparison &c)
{
    QString out;
    auto line = [&out](const QString &text) {
        out += text + u'\n';
    };
    line(tr("Current: %1 (%2)").arg(current.name, current.id));
    line(tr("Future:  %1 (%2)").arg(future.name, future.id));
    if (c.cancelled) {
        line(tr("  The comparison was stopped."));
        return out;
    }
    line(tr("                      current     future"));
    auto row = [&](const QString &name, const QString &before, const QString &after) {
        line(QStringLiteral("  %1%2%3")
                     .arg(name.leftJustified(20), before.rightJustified(7),
                          after.rightJustified(11)));
    };
    row(tr("Steps"), QString::number(c.current.steps), QString::number(c.future.steps));
    row(tr("Goal share"), percent(c.current.goalShare), percent(c.future.goalShare));
    row(tr("Handoffs"), QString::number(c.current.handoffs), QString::number(c.future.handoffs));
    row(tr("Channel switches"), QString::number(c.current.channelSwitches),
        QString::number(c.future.channelSwitches));
    auto typical = [&](const char *title, const StateFigures &f) {
        if (f.typicalPath)
            line(QCoreApplication::translate("Analysis", title).arg(pathLine(*f.typicalPath)));
    };
    typical(QT_TRANSLATE_NOOP("Analysis", "  Most likely path now:    %1"), c.current);
    typical(QT_TRANSLATE_NOOP("Analysis", "  Most likely path after:  %1"), c.future);
    line(tr("  Added: %1").arg(stepList(future, c.added)));
    line(tr("  Removed: %1").arg(stepList(current, c.removed)));
    if (c.changed.isEmpty()) {
        line(tr("  Changed: none"));
    } else {
        line(tr("  Changed:"));
        for (const StepChange &s : c.changed) {
            line(tr("    %1: %2")
                         .arg(label(future, s.future), s.fields.join(QStringLiteral(", "))));
        }
    }
    line(tr("  Unchanged: %1").arg(c.unchanged));
    return out;
}

QString observedReport(const Journey &j, const ObservedJourney &o)
{
    QString out;
    auto line = [&out](const QString &text) {
        out += text + u'\n';
    };
    auto share = [&](qint64 n) {
        return o.cases > 0 ? percent(double(n) / double(o.cases)) : tr("n/a");
    };
    auto cases = [](qint64 n) {
        return countedText("Analysis", QT_TRANSLATE_N_NOOP("Analysis", "%n case(s)"), n);
    };
    auto events = [](qint64 n) {
        return countedText("Analysis", QT_TRANSLATE_N_NOOP("Analysis", "%n event(s)"), n);
    };
    line(tr("  Observed (%1, imported %2): %3, %4, %5")
                 .arg(o.source, o.importedAt.toString(Qt::ISODate), cases(o.cases),
                      events(o.events),
                      countedText("Analysis",
                                  QT_TRANSLATE_N_NOOP("Analysis", "%n unmatched event(s)"),
                                  o.unmatchedEvents)));
    line(tr("    Reached a goal: %1 (%2); conformant: %3 (%4); %5")
                 .arg(QString::number(o.reachedGoal), share(o.reachedGoal),
                      QString::number(o.conformant), share(o.conformant),
                      countedText("Analysis", QT_TRANSLATE_N_NOOP("Analysis", "%n variant(s)"),
                                  o.variantCount)));
    const ObservedDeviations &d = o.deviations;
    line(tr("    Deviations (cases): skipped %1, backtrack %2, ad hoc %3, repeated %4, "
            "incomplete %5")
                 .arg(d.skipped)
                 .arg(d.backtrack)
                 .arg(d.adHoc)
                 .arg(d.repeated)
                 .arg(d.incomplete));
    if (!o.segmentColumn.isEmpty()) {
        QStringList segments;
        for (const ObservedSegment &g : o.segments) {
            segments.append(tr("%1: %2 (reached a goal %3, conformant %4)")
                                    .arg(g.value.simplified().left(40), cases(g.cases),
                                         QString::number(g.reachedGoal),
                                         QString::number(g.conformant)));
        }
        line(tr("    Segments (\"%1\"): %2")
                     .arg(o.segmentColumn,
                          segments.isEmpty() ? tr("none") : segments.join(QStringLiteral("; "))));
    }
    line(tr("    Top variants:"));
    for (qsizetype i = 0; i < o.variants.size() && i < kListedPaths; ++i) {
        const ObservedVariant &v = o.variants[i];
        line(tr("      %1  %2%3")
                     .arg(QString::number(v.cases).rightJustified(8), arrows(v.steps),
                          v.conformant ? QString() : tr("  (deviates)")));
    }
    QStringList unplanned;
    for (const ObservedTransition &t : o.transitions) {
        if (!t.planned)
            unplanned.append(tr("%1 \u2192 %2 (%3)").arg(t.from, t.to).arg(t.count));
    }
    line(tr("    Unplanned transitions: %1")
                 .arg(unplanned.isEmpty()
                              ? tr("none")
                              : unplanned.mid(0, kListedSteps).join(QStringLiteral(", "))));
    for (const ObservedStep &s : o.steps) {
        QString text
                = tr("    %1: %2, %3, %4 dropped off, median %5 min, p90 %6 min")
                          .arg(label(j, s.id),
                               countedText("Analysis",
                                           QT_TRANSLATE_N_NOOP("Analysis", "%n visit(s)"),
                                           s.visits),
                               cases(s.cases), QString::number(s.dropOff),
                               s.medianMinutes ? QString::number(*s.medianMinutes, 'f', 1)
                                               : tr("n/a"),
                               s.p90Minutes ? QString::number(*s.p90Minutes, 'f', 1) : tr("n/a"));
        if (!o.channelColumn.isEmpty() && !s.channels.isEmpty()) {
            QStringList mix;
            for (const ObservedChannel &c : s.channels)
                mix.append(tr("%1 %2").arg(c.value.simplified().left(40)).arg(c.visits));
            text += tr("; channels: %1").arg(mix.join(QStringLiteral(", ")));
        }
        line(text);
    }
    return out;
}

} // namespace waymark
