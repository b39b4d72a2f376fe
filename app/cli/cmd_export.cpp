#include "cli.h"
#include "document/document.h"
#include "events/observed.h"
#include "formats/exporter.h"
#include "options.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString formatList()
{
    return exportFormatNames().join(QStringLiteral(", "));
}

// The metric named by --overlay (id or name, any case); prints the metrics
// there are when none matches.
bool pickMetric(const Workspace &ws, const QString &idOrName, QString *id)
{
    for (const MetricDef &m : ws.metricDefs) {
        if (m.id.compare(idOrName, Qt::CaseInsensitive) == 0
            || m.name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            *id = m.id;
            return true;
        }
    }
    QStringList names;
    for (const MetricDef &m : ws.metricDefs)
        names.append(m.id);
    printError(names.isEmpty() ? tr("no metric \"%1\": the file defines no metrics").arg(idOrName)
                               : tr("no metric \"%1\"; the file has: %2")
                                         .arg(idOrName, names.join(QStringLiteral(", "))));
    return false;
}

} // namespace

int cmdExport(const QStringList &args)
{
    Options o(QStringLiteral("export"),
              tr("Writes journeys to a file. The format comes from the extension of -o (.pdf, "
                 ".png, .svg, .csv, .json, .mmd) unless --format is given; '-o -' writes to "
                 "standard output. pdf, csv, votes-csv and json cover every journey, png, svg "
                 "and mermaid the first one, unless --journey names one."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace to export from"));
    o.value(QStringLiteral("output"), QStringLiteral("OUT"), tr("the file to write"),
            QStringLiteral("o"));
    o.value(QStringLiteral("format"), QStringLiteral("FORMAT"),
            tr("output format: %1").arg(formatList()));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"), tr("one journey, by name or id"));
    o.value(QStringLiteral("page"), QStringLiteral("SIZE"),
            tr("pdf paper: %1 (default A4; landscape, tiled when the map is larger; fit: one "
               "page cut to the map)")
                    .arg(pageFormatNames()));
    o.flag(QStringLiteral("portrait"), tr("pdf: portrait paper instead of landscape"));
    o.value(QStringLiteral("overlay"), QStringLiteral("METRIC"),
            tr("pdf, png, svg: show this metric (id or name) on the cards"));
    o.flag(QStringLiteral("observed"),
           tr("pdf, png, svg: draw what event logs say over the map (traffic, unplanned "
              "transitions, cases and times per step; see import-events)"));
    o.value(QStringLiteral("dpi"), QStringLiteral("N"),
            tr("png, svg: pixels per inch (default 96: one pixel per map unit)"));
    o.flag(QStringLiteral("comments"),
           tr("pdf, png, svg: show workshop results: dot votes and comment counts on the cards, "
              "and in the pdf an appendix of ranked votes and comments"));
    o.flag(QStringLiteral("no-comments"), tr("leave workshop results out (the default)"));
    int exit = Ok;
    if (!o.parse(args, 1, 1, &exit))
        return exit;
    if (!o.isSet(QStringLiteral("output")))
        return usageError(o.command(), tr("say where to write: -o OUT"));
    const QString out = o.get(QStringLiteral("output"));
    std::optional<ExportFormat> format;
    if (o.isSet(QStringLiteral("format"))) {
        format = exportFormatFromName(o.get(QStringLiteral("format")));
        if (!format)
            return usageError(o.command(),
                              tr("unknown format \"%1\"; use one of: %2")
                                      .arg(o.get(QStringLiteral("format")), formatList()));
    } else {
        if (out == u"-")
            return usageError(o.command(), tr("give --format when writing to standard output"));
        format = exportFormatFromSuffix(QFileInfo(out).suffix());
        if (!format)
            return usageError(
                    o.command(),
                    tr("give --format: the extension of \"%1\" names no format").arg(out));
    }
    const QString formatName = exportFormatName(*format);
    if (o.isSet(QStringLiteral("comments")) && o.isSet(QStringLiteral("no-comments")))
        return usageError(o.command(), tr("--comments and --no-comments contradict each other"));

    MapExportOptions options;
    options.workshop = o.isSet(QStringLiteral("comments"));
    if (o.isSet(QStringLiteral("page"))) {
        const auto page = pageFormatFromName(o.get(QStringLiteral("page")));
        if (!page)
            return usageError(o.command(),
                              tr("unknown page size \"%1\"; use one of: %2")
                                      .arg(o.get(QStringLiteral("page")), pageFormatNames()));
        options.page = *page;
    }
    options.portrait = o.isSet(QStringLiteral("portrait"));
    if (o.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        options.dpi = o.get(QStringLiteral("dpi")).toDouble(&ok);
        if (!ok || options.dpi < 10 || options.dpi > 2400)
            return usageError(o.command(), tr("--dpi takes a number from 10 to 2400"));
    }
    // Options that do not apply to the format are named, not silently dropped.
    const QStringList paintedOnly{QStringLiteral("overlay"), QStringLiteral("comments")};
    for (const QString &name : paintedOnly) {
        if (o.isSet(name) && !isPaintedFormat(*format))
            printWarning(tr("--%1 does not apply to %2 and is ignored").arg(name, formatName));
    }
    for (const QString &name : {QStringLiteral("page"), QStringLiteral("portrait")}) {
        if (o.isSet(name) && *format != ExportFormat::Pdf)
            printWarning(tr("--%1 applies to pdf only and is ignored").arg(name));
    }
    if (o.isSet(QStringLiteral("dpi")) && *format != ExportFormat::Png
        && *format != ExportFormat::Svg)
        printWarning(tr("--dpi applies to png and svg only and is ignored"));

    auto doc = openForCommand(o.positionals().first(), false);
    if (!doc)
        return BadInput;
    const Workspace &ws = doc->workspace();
    QStringList journeys;
    if (!pickJourneys(*doc, o.get(QStringLiteral("journey")), &journeys))
        return BadInput;
    if (o.isSet(QStringLiteral("overlay")) && isPaintedFormat(*format)
        && !pickMetric(ws, o.get(QStringLiteral("overlay")), &options.overlayMetric))
        return BadInput;

    if (o.isSet(QStringLiteral("observed")) && isPaintedFormat(*format)) {
        auto observed = std::make_shared<QHash<QString, ObservedJourney>>();
        for (const QString &id : std::as_const(journeys)) {
            if (std::optional<ObservedJourney> seen = doc->observed(id))
                observed->insert(id, *seen);
        }
        options.observed = observed;
    }
    if (journeys.isEmpty() && !holdsSeveralJourneys(*format)) {
        printError(tr("%1 has no journeys to export").arg(o.positionals().first()));
        return BadInput;
    }
    if (!holdsSeveralJourneys(*format))
        journeys = journeys.mid(0, 1); // the named one, or the first

    QString error;
    ExportResult result;
    bool ok = false;
    if (out == u"-") {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ok = exportTo(ws, journeys, *format, options, &buffer, &error, &result);
        if (ok)
            printOutBytes(buffer.data());
    } else {
        ok = exportToFile(ws, journeys, *format, options, out, &error, &result);
    }
    for (const QString &w : std::as_const(result.warnings))
        printWarning(w);
    if (!ok) {
        printError(error);
        return BadInput;
    }
    if (*format == ExportFormat::Pdf && out != u"-") {
        const QString paper = options.page == PageFormat::Fit
                                      ? tr("cut to the map")
                                      : (options.portrait ? tr("%1 portrait") : tr("%1 landscape"))
                                                .arg(pageFormatName(options.page));
        printInfo(QCoreApplication::translate("Cli", "%1: %n page(s), %2", nullptr, result.pages)
                          .arg(out, paper));
    }
    return Ok;
}

} // namespace waymark::cli
