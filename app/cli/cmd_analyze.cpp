#include "cli.h"
#include "document/document.h"
#include "events/observed.h"
#include "formats/analysisjson.h"
#include "formats/analysisreport.h"
#include "graph/analysis.h"
#include "graph/compare.h"
#include "options.h"
#include "json/jsontext.h"

#include <QCoreApplication>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int compare(const Options &o, const Document &doc)
{
    const QStringList names = o.positionals();
    QStringList current, future;
    if (!pickJourneys(doc, names.at(1), &current) || !pickJourneys(doc, names.at(2), &future))
        return BadInput;
    const Workspace &ws = doc.workspace();
    const Journey &before = *ws.journey(current.first());
    const Journey &after = *ws.journey(future.first());
    const JourneyComparison c = compareJourneys(before, after, ws.metricDefs);
    if (o.isSet(QStringLiteral("json")))
        printOutBytes(comparisonJson(c).toJson());
    else
        printOut(comparisonReport(before, after, c));
    return Ok;
}

} // namespace

int cmdAnalyze(const QStringList &args)
{
    Options o(QStringLiteral("analyze"),
              tr("Analyses the journey graph: entries and goals, unreachable steps, dead ends, "
                 "loops, must-pass steps, the most likely paths with their handoffs and channel "
                 "switches, the goal share, where customers are lost and the most important "
                 "steps. With --compare, puts two journeys side by side (current and future "
                 "state): waymark analyze FILE.cjm --compare CURRENT FUTURE"));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace to analyse"));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"),
            tr("one journey, by name or id (default: all)"));
    o.flag(QStringLiteral("json"), tr("write the analysis as JSON (see the README)"));
    o.flag(QStringLiteral("compare"),
           tr("compare two journeys, each by name or id: --compare CURRENT FUTURE"));
    int exit = Ok;
    if (!o.parse(args, 1, 3, &exit))
        return exit;
    const bool comparing = o.isSet(QStringLiteral("compare"));
    const qsizetype given = o.positionals().size();
    if (comparing && given != 3)
        return usageError(o.command(), tr("--compare needs two journeys: CURRENT FUTURE"));
    if (comparing && o.isSet(QStringLiteral("journey")))
        return usageError(o.command(), tr("--journey and --compare cannot be used together"));
    if (!comparing && given > 1) {
        return usageError(o.command(), tr("unexpected argument \"%1\"").arg(o.positionals().at(1)));
    }

    auto doc = openForCommand(o.positionals().first(), false);
    if (!doc)
        return BadInput;
    if (comparing)
        return compare(o, *doc);

    QStringList ids;
    if (!pickJourneys(*doc, o.get(QStringLiteral("journey")), &ids))
        return BadInput;
    const Workspace &ws = doc->workspace();
    QList<JourneyAnalysis> analyses;
    QHash<QString, ObservedJourney> observed;
    QString report;
    for (const QString &id : ids) {
        const Journey &j = *ws.journey(id);
        analyses.append(analyzeJourney(j, ws.metricDefs));
        if (!report.isEmpty())
            report += u'\n';
        report += analysisReport(j, analyses.last());
        if (std::optional<ObservedJourney> seen = doc->observed(id)) {
            // Links added since the import plan their transitions now.
            refreshPlanned(&*seen, j);
            report += observedReport(j, *seen);
            observed.insert(id, *seen);
        }
    }
    if (o.isSet(QStringLiteral("json")))
        printOutBytes(analysisDocumentJson(analyses, observed));
    else
        printOut(report);
    return Ok;
}

} // namespace waymark::cli
