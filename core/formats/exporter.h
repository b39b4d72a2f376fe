#pragma once

#include "render/exportoptions.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class QIODevice;

namespace waymark {

struct Workspace;

// Every file Waymark exports, in one place, so the command line and the
// window offer the same formats with the same rules.
enum class ExportFormat { Pdf, Png, Svg, Csv, VotesCsv, Json, Mermaid };

std::optional<ExportFormat> exportFormatFromName(QStringView name); // "pdf", "votes-csv", ...
// The format an output file's extension names ("mmd" is Mermaid); none for
// "votes-csv", which shares .csv with the steps table.
std::optional<ExportFormat> exportFormatFromSuffix(QStringView suffix);
QString exportFormatName(ExportFormat format);
QString exportFormatSuffix(ExportFormat format); // without the dot
QStringList exportFormatNames();

// PDF, PNG and SVG are drawn by the map painter; the others are text.
bool isPaintedFormat(ExportFormat format);
// PDF, CSV, ranked votes and JSON hold every journey asked for; PNG, SVG and
// Mermaid hold one (the first).
bool holdsSeveralJourneys(ExportFormat format);

struct ExportResult
{
    int pages = 0;        // PDF pages written
    QStringList warnings; // e.g. Mermaid names that had to be escaped
};

// Writes `format` of the journeys named by `journeyIds` (all when empty) to
// `out`. Returns false with a one-line `error` when nothing usable was made.
bool exportTo(const Workspace &workspace, const QStringList &journeyIds, ExportFormat format,
              const MapExportOptions &options, QIODevice *out, QString *error,
              ExportResult *result = nullptr);

// The same into a file, all or nothing: a failed export leaves no half file,
// and an existing file is replaced only by a complete new one.
bool exportToFile(const Workspace &workspace, const QStringList &journeyIds, ExportFormat format,
                  const MapExportOptions &options, const QString &path, QString *error,
                  ExportResult *result = nullptr);

} // namespace waymark
