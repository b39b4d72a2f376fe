#include "cli.h"
#include "commands/importmetricscommand.h"
#include "document/document.h"
#include "encodingoption.h"
#include "metrics/datafile.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"
#include "options.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr int kListed = 10; // unmatched values in the summary

// A value from the data as the summary quotes it: one line, not too long
// (a 20 MB field must not become a 20 MB summary; found by tst_badinput).
QString quoted(const QString &value)
{
    constexpr int kMax = 80;
    QString line = value.simplified();
    if (line.size() > kMax)
        line = line.left(kMax) + QChar(0x2026) + tr(" (%1 characters)").arg(value.size());
    return line;
}

QString rows(qint64 n)
{
    return QCoreApplication::translate("Cli", "%n row(s)", nullptr, int(n));
}

bool readMapping(const QString &path, Mapping *mapping)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return false;
    }
    QStringList warnings;
    QString error;
    if (!mappingFromJson(f.readAll(), mapping, &warnings, &error)) {
        printError(tr("%1: %2").arg(path, error));
        return false;
    }
    for (const QString &w : std::as_const(warnings))
        printWarning(tr("%1: %2").arg(path, w));
    return true;
}

// The journey for data with a given mapping: the best fit of its step column.
// A step column that is not there is the whole story (`*noColumn`).
QString journeyForMapping(const Workspace &ws, const DataPreview &preview, const Mapping &mapping,
                          QString *why, bool *noColumn)
{
    QString missing;
    const int column = preview.header.columnIndex(mapping.step, &missing);
    *noColumn = column < 0;
    if (column < 0) {
        *why = tr("step: %1").arg(missing);
        return {};
    }
    QList<JourneyFit> fits;
    for (const Journey &j : ws.journeys)
        fits.append(stepColumnFit(preview, column, j));
    std::stable_sort(fits.begin(), fits.end(),
                     [](const JourneyFit &a, const JourneyFit &b) { return a.share > b.share; });
    return chooseJourney(fits, ws, why);
}

void printSummary(const QString &dataPath, const Journey &journey, const ImportPlan &plan,
                  const QList<ImportSource> &replaced, const QString &proposed,
                  TextEncoding encoding, bool forced)
{
    const ImportReport &r = plan.report;
    QStringList steps;
    for (const MetricValue &v : plan.values) {
        if (!steps.contains(v.step))
            steps.append(v.step);
    }
    QString out = tr("Imported %1 into \"%2\" (%3 layout): %4 rows read, %5 matched, "
                     "%6 unmatched, %7 rejected; %8 values on %9 steps.\n")
                          // One arg() call: a name holding "%4" stays as it is.
                          .arg(QFileInfo(dataPath).fileName(), journey.name, plan.source.layout,
                               QString::number(r.rowsRead), QString::number(r.rowsMatched),
                               QString::number(r.rowsUnmatched), QString::number(r.rowsRejected),
                               QString::number(plan.values.size()), QString::number(steps.size()));
    out += encodingNote(encoding, forced);
    if (!proposed.isEmpty()) {
        out += tr("Mapping (proposed; to change it, save it to a file, edit it and pass "
                  "--mapping): %1\n")
                       .arg(proposed);
    }
    for (const ImportSource &old : replaced) {
        out += tr("Replaced the earlier import of the same survey (%1, %2).\n")
                       .arg(old.fileName, old.importedAt.toString(Qt::ISODate));
    }
    for (const MetricDef &def : plan.newMetricDefs)
        out += tr("Added the metric \"%1\" (%2).\n").arg(def.name, def.id);
    if (!r.unmatched.isEmpty() || r.unmatchedOther > 0) {
        out += tr("Rows whose step matches no step of the journey:\n");
        for (qsizetype i = 0; i < r.unmatched.size() && i < kListed; ++i) {
            const UnmatchedValue &u = r.unmatched[i];
            out += tr("  \"%1\": %2\n")
                           .arg(u.value.isEmpty() ? tr("(empty)") : quoted(u.value), rows(u.rows));
        }
        qint64 rest = r.unmatchedOther;
        for (qsizetype i = kListed; i < r.unmatched.size(); ++i)
            rest += r.unmatched[i].rows;
        if (rest > 0)
            out += tr("  other values: %1\n").arg(rows(rest));
    }
    for (const RejectedAnswers &a : r.rejected) {
        QStringList examples;
        for (const RejectedAnswers::Example &e : a.examples)
            examples.append(tr("line %1: \"%2\"").arg(QString::number(e.line), quoted(e.value)));
        out += tr("Answers not counted in \"%1\" (%2): %3, e.g. %4\n")
                       .arg(a.column, a.metric, QString::number(a.answers),
                            examples.join(QStringLiteral(", ")));
    }
    for (const BlankAnswers &b : r.blank) {
        if (b.rows > 0)
            out += tr("Rows with no answer in \"%1\" (%2): %3\n")
                           .arg(b.column, b.metric, QString::number(b.rows));
    }
    if (r.badDates > 0)
        out += tr("Dates that could not be read: %1 (those rows count in no period)\n")
                       .arg(r.badDates);
    printOut(out);
}

} // namespace

int cmdImportMetrics(const QStringList &args)
{
    Options o(QStringLiteral("import-metrics"),
              tr("Imports survey or analytics data (CSV) into a workspace: the answers are "
                 "aggregated per step (and per month and segment where mapped). Without "
                 "--mapping, the columns are proposed from the header and question texts; "
                 "without --journey, the journey whose steps the data names is chosen. "
                 "A newer export of the same survey replaces the older one. All or nothing."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace to import into"));
    o.positional(QStringLiteral("DATA.csv"),
                 tr("the export: CSV, UTF-8, UTF-16, Windows-1251 or Windows-1252"));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"), tr("the journey, by name or id"));
    o.value(QStringLiteral("mapping"), QStringLiteral("M.json"),
            tr("which column is which (see README)"));
    o.value(QStringLiteral("layout"), QStringLiteral("LAYOUT"),
            tr("auto, plain, qualtrics or surveymonkey (default: auto)"));
    addEncodingOption(o);
    int exit = Ok;
    if (!o.parse(args, 2, 2, &exit))
        return exit;
    std::optional<TextEncoding> encoding;
    if (!encodingOption(o, &encoding, &exit))
        return exit;
    std::optional<DataLayout> layout;
    const QString layoutText = o.get(QStringLiteral("layout"));
    if (!layoutText.isEmpty() && layoutText != u"auto") {
        layout = layoutFromName(layoutText);
        if (!layout) {
            return usageError(
                    o.command(),
                    tr("unknown layout \"%1\"; use auto, plain, qualtrics or surveymonkey")
                            .arg(layoutText));
        }
    }
    const QString path = o.positionals().at(0);
    const QString dataPath = o.positionals().at(1);
    Mapping mapping;
    const bool mapped = o.isSet(QStringLiteral("mapping"));
    if (mapped && !readMapping(o.get(QStringLiteral("mapping")), &mapping))
        return BadInput;

    auto doc = openForCommand(path, true);
    if (!doc)
        return BadInput;
    const Workspace &ws = doc->workspace();
    QString journeyId;
    if (o.isSet(QStringLiteral("journey"))) {
        QStringList ids;
        if (!pickJourneys(*doc, o.get(QStringLiteral("journey")), &ids))
            return BadInput;
        journeyId = ids.first();
    }

    DataFile file;
    file.forceEncoding(encoding);
    QString error;
    if (!file.open(dataPath, &error)) {
        printError(error);
        return BadInput;
    }
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, layout, kProposalRows, &preview, &csvError)) {
        printError(tr("%1: %2").arg(dataPath, csvError.toString()));
        return BadInput;
    }

    // Nothing to import: say so, rather than that no column looks like a metric.
    if (preview.complete && preview.rows.isEmpty()) {
        printError(tr("%1 has no data rows below its header; nothing was imported").arg(dataPath));
        return BadInput;
    }

    QString proposed; // shown with the summary, so an error stays one line
    if (mapped) {
        if (journeyId.isEmpty()) {
            QString why;
            bool noColumn = false;
            journeyId = journeyForMapping(ws, preview, mapping, &why, &noColumn);
            if (journeyId.isEmpty()) {
                printError(noColumn ? tr("nothing was imported: %1").arg(why)
                                    : tr("%1; name the journey with --journey").arg(why));
                return BadInput;
            }
        }
    } else {
        const MappingProposal proposal = proposeMapping(preview, ws, journeyId);
        if (proposal.journey.isEmpty()) {
            printError(tr("%1; name the journey with --journey").arg(proposal.notes.value(0)));
            return BadInput;
        }
        if (!proposal.isUsable()) {
            printError(tr("could not tell which columns hold the steps and the metrics (%1); "
                          "say it with --mapping M.json")
                               .arg(proposal.notes.join(QStringLiteral("; "))));
            return BadInput;
        }
        journeyId = proposal.journey;
        mapping = proposal.mapping;
        proposed = QString::fromUtf8(mappingToJson(mapping));
    }

    // Progress only for imports long enough to wonder about, and only to a
    // person at a terminal: a script or a log reading stderr gets errors only.
    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = 0;
    const bool terminal = isatty(STDERR_FILENO) != 0;
    ImportProgress progress;
    progress.report = [&](qint64 done, qint64 total) {
        const qint64 now = clock.elapsed();
        if (!terminal || now < 1000 || now - lastShown < 1000 || total <= 0)
            return;
        lastShown = now;
        printInfo(
                tr("Reading %1: %2 %").arg(QFileInfo(dataPath).fileName()).arg(done * 100 / total));
    };
    ImportPlan plan;
    if (!planImport(ws, journeyId, file, preview, mapping, progress, &plan, &error)) {
        printError(tr("nothing was imported: %1").arg(error));
        return BadInput;
    }
    QList<ImportSource> replaced;
    for (const QString &id : std::as_const(plan.replaces)) {
        if (const ImportSource *old = ws.source(id))
            replaced.append(*old);
    }
    ImportMetricsCommand command(doc.get(), std::move(plan));
    command.redo();
    if (command.hasFailed()) {
        printError(tr("nothing was imported: %1").arg(command.error()));
        return BadInput;
    }
    printSummary(dataPath, *doc->journey(journeyId), command.plan(), replaced, proposed,
                 file.encoding(), encoding.has_value());
    return Ok;
}

} // namespace waymark::cli
