#include "formats/exporter.h"

#include "formats/csvexport.h"
#include "formats/imageexport.h"
#include "formats/jsonexport.h"
#include "formats/mermaidexport.h"
#include "formats/pdfexport.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

#include <array>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

struct FormatInfo
{
    ExportFormat format;
    const char16_t *name;
    const char16_t *suffix;
};

constexpr std::array<FormatInfo, 7> kFormats{{
        {ExportFormat::Pdf, u"pdf", u"pdf"},
        {ExportFormat::Png, u"png", u"png"},
        {ExportFormat::Svg, u"svg", u"svg"},
        {ExportFormat::Csv, u"csv", u"csv"},
        {ExportFormat::VotesCsv, u"votes-csv", u"csv"},
        {ExportFormat::Json, u"json", u"json"},
        {ExportFormat::Mermaid, u"mermaid", u"mmd"},
}};

const FormatInfo &info(ExportFormat format)
{
    return kFormats[size_t(format)];
}

bool writeBytes(QIODevice *out, const QByteArray &data, QString *error)
{
    if (out->write(data) == data.size())
        return true;
    *error = out->errorString();
    return false;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (const FormatInfo &f : kFormats) {
        if (name.compare(QStringView(f.name), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromSuffix(QStringView suffix)
{
    if (suffix.compare(u"mermaid", Qt::CaseInsensitive) == 0)
        return ExportFormat::Mermaid;
    for (const FormatInfo &f : kFormats) {
        if (f.format != ExportFormat::VotesCsv
            && suffix.compare(QStringView(f.suffix), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    return QString::fromUtf16(info(format).name);
}

QString exportFormatSuffix(ExportFormat format)
{
    return QString::fromUtf16(info(format).suffix);
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatInfo &f : kFormats)
        names.append(QString::fromUtf16(f.name));
    return names;
}

bool isPaintedFormat(ExportFormat format)
{
    return format == ExportFormat::Pdf || format == ExportFormat::Png
           || format == ExportFormat::Svg;
}

bool holdsSeveralJourneys(ExportFormat format)
{
    return format == ExportFormat::Pdf || format == ExportFormat::Csv
           || format == ExportFormat::VotesCsv || format == ExportFormat::Json;
}

bool exportTo(const Workspace &workspace, const QStringList &journeyIds, ExportFormat format,
              const MapExportOptions &options, QIODevice *out, QString *error, ExportResult *result)
{
    ExportResult local;
    ExportResult &r = result ? *result : local;
    r = {};
    switch (format) {
    case ExportFormat::Json:
        return writeBytes(out, exportJson(workspace, journeyIds), error);
    case ExportFormat::Csv:
        return writeBytes(out, exportStepsCsv(workspace, journeyIds), error);
    case ExportFormat::VotesCsv:
        return writeBytes(out, exportVotesCsv(workspace, journeyIds), error);
    case ExportFormat::Pdf: {
        PdfReport report;
        const bool ok = writePdf(workspace, journeyIds, options, out, error, &report);
        r.pages = int(report.pages.size());
        return ok;
    }
    case ExportFormat::Png:
    case ExportFormat::Svg:
    case ExportFormat::Mermaid:
        break;
    }

    // One journey: the first one asked for, or the first of the file.
    const Journey *journey
            = journeyIds.isEmpty()
                      ? (workspace.journeys.isEmpty() ? nullptr : &workspace.journeys.first())
                      : workspace.journey(journeyIds.first());
    if (!journey) {
        *error = journeyIds.isEmpty() ? tr("the file has no journeys to export")
                                      : tr("no journey \"%1\"").arg(journeyIds.first());
        return false;
    }
    if (format == ExportFormat::Mermaid)
        return writeBytes(out, exportMermaid(workspace, *journey, &r.warnings), error);
    return format == ExportFormat::Png ? writePng(workspace, *journey, options, out, error)
                                       : writeSvg(workspace, *journey, options, out, error);
}

bool exportToFile(const Workspace &workspace, const QStringList &journeyIds, ExportFormat format,
                  const MapExportOptions &options, const QString &path, QString *error,
                  ExportResult *result)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!exportTo(workspace, journeyIds, format, options, &file, &why, result)) {
        file.cancelWriting();
        *error = tr("%1 was not written: %2").arg(path, why);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace waymark
