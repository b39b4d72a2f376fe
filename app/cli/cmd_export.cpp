#include "cli.h"
#include "export/csvexport.h"
#include "export/exportoptions.h"
#include "export/imageexport.h"
#include "export/jsonexport.h"
#include "export/mermaidexport.h"
#include "export/pdfexport.h"
#include "model/document.h"
#include "options.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

const QStringList &formats()
{
    static const QStringList list{QStringLiteral("pdf"),       QStringLiteral("png"),
                                  QStringLiteral("svg"),       QStringLiteral("csv"),
                                  QStringLiteral("votes-csv"), QStringLiteral("json"),
                                  QStringLiteral("mermaid")};
    return list;
}

QString formatOfSuffix(const QString &suffix)
{
    if (suffix == u"mmd" || suffix == u"mermaid")
        return QStringLiteral("mermaid");
    if (formats().contains(suffix) && suffix != u"votes-csv")
        return suffix;
    return {};
}

bool isPainted(const QString &format)
{
    return format == u"pdf" || format == u"png" || format == u"svg";
}

using Writer = std::function<bool(QIODevice *, QString *)>;

// Writes all or nothing: a failed export leaves no half file behind, and an
// existing file is replaced only by a complete new one.
bool writeOutput(const QString &path, const Writer &write)
{
    QString error;
    if (path == u"-") {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!write(&buffer, &error)) {
            printError(error);
            return false;
        }
        printOutBytes(buffer.data());
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    if (!write(&file, &error)) {
        file.cancelWriting();
        printError(tr("%1 was not written: %2").arg(path, error));
        return false;
    }
    if (!file.commit()) {
        printError(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

Writer bytes(const QByteArray &data)
{
    return [data](QIODevice *out, QString *error) {
        if (out->write(data) == data.size())
            return true;
        *error = out->errorString();
        return false;
    };
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
            tr("output format: %1").arg(formats().join(QStringLiteral(", "))));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"), tr("one journey, by name or id"));
    o.value(QStringLiteral("page"), QStringLiteral("SIZE"),
            tr("pdf paper: %1 (default A4; landscape, tiled when the map is larger; fit: one "
               "page cut to the map)")
                    .arg(pageFormatNames()));
    o.flag(QStringLiteral("portrait"), tr("pdf: portrait paper instead of landscape"));
    o.value(QStringLiteral("overlay"), QStringLiteral("METRIC"),
            tr("pdf, png, svg: show this metric (id or name) on the cards"));
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
    QString format = o.get(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        if (out == u"-")
            return usageError(o.command(), tr("give --format when writing to standard output"));
        format = formatOfSuffix(QFileInfo(out).suffix().toLower());
        if (format.isEmpty())
            return usageError(
                    o.command(),
                    tr("give --format: the extension of \"%1\" names no format").arg(out));
    }
    if (!formats().contains(format)) {
        return usageError(o.command(), tr("unknown format \"%1\"; use one of: %2")
                                               .arg(format, formats().join(QStringLiteral(", "))));
    }
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
        if (o.isSet(name) && !isPainted(format))
            printWarning(tr("--%1 does not apply to %2 and is ignored").arg(name, format));
    }
    for (const QString &name : {QStringLiteral("page"), QStringLiteral("portrait")}) {
        if (o.isSet(name) && format != u"pdf")
            printWarning(tr("--%1 applies to pdf only and is ignored").arg(name));
    }
    if (o.isSet(QStringLiteral("dpi")) && format != u"png" && format != u"svg")
        printWarning(tr("--dpi applies to png and svg only and is ignored"));

    auto doc = openForCommand(o.positionals().first(), false);
    if (!doc)
        return BadInput;
    const Workspace &ws = doc->workspace();
    QStringList journeys;
    if (!pickJourneys(*doc, o.get(QStringLiteral("journey")), &journeys))
        return BadInput;
    if (o.isSet(QStringLiteral("overlay")) && isPainted(format)
        && !pickMetric(ws, o.get(QStringLiteral("overlay")), &options.overlayMetric))
        return BadInput;

    if (format == u"json")
        return writeOutput(out, bytes(exportJson(ws, journeys))) ? Ok : BadInput;
    if (format == u"csv")
        return writeOutput(out, bytes(exportStepsCsv(ws, journeys))) ? Ok : BadInput;
    if (format == u"votes-csv")
        return writeOutput(out, bytes(exportVotesCsv(ws, journeys))) ? Ok : BadInput;
    if (format == u"pdf") {
        PdfReport report;
        const bool ok = writeOutput(out, [&](QIODevice *device, QString *error) {
            return writePdf(ws, journeys, options, device, error, &report);
        });
        if (ok && out != u"-") {
            const QString paper
                    = options.page == PageFormat::Fit
                              ? tr("cut to the map")
                              : (options.portrait ? tr("%1 portrait") : tr("%1 landscape"))
                                        .arg(pageFormatName(options.page));
            printInfo(QCoreApplication::translate("Cli", "%1: %n page(s), %2", nullptr,
                                                  int(report.pages.size()))
                              .arg(out, paper));
        }
        return ok ? Ok : BadInput;
    }

    // One journey: the named one, or the first.
    if (journeys.isEmpty()) {
        printError(tr("%1 has no journeys to export").arg(o.positionals().first()));
        return BadInput;
    }
    const Journey *journey = ws.journey(journeys.first());
    if (format == u"mermaid") {
        QStringList warnings;
        const QByteArray text = exportMermaid(ws, *journey, &warnings);
        for (const QString &w : warnings)
            printWarning(w);
        return writeOutput(out, bytes(text)) ? Ok : BadInput;
    }
    const bool ok = writeOutput(out, [&](QIODevice *device, QString *error) {
        return format == u"png" ? writePng(ws, *journey, options, device, error)
                                : writeSvg(ws, *journey, options, device, error);
    });
    return ok ? Ok : BadInput;
}

} // namespace waymark::cli
