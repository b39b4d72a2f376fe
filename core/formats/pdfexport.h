#pragma once

#include "render/exportoptions.h"

#include <QList>
#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QIODevice;
class QPagedPaintDevice;

namespace waymark {

struct Workspace;

// What the PDF writer made, for the command line's summary and the tests.
struct PdfReport
{
    struct Page
    {
        QString journeyId;
        QSizeF size;      // points
        double scale = 0; // points per map unit; 0 for an appendix page
        bool appendix = false;
    };
    QList<Page> pages;
};

// Paper size in points for a fixed format (landscape unless `portrait`).
QSizeF paperSize(PageFormat format, bool portrait);

// Qt's paper of a fixed format (A4 for Fit: it has none of its own).
QPageSize::PageSizeId pageSizeId(PageFormat format);

// Vector PDF of the journeys named by `journeyIds` (all when empty), each
// starting on a new page: maps larger than the paper are tiled in reading
// order with the headers repeated (see pagetiler.h); `fit` gives one page per
// journey cut to its map. Text stays text and fonts are embedded. With
// `options.workshop`, votes and comment counts show on the cards and an
// appendix lists the ranked votes and the comments.
bool writePdf(const Workspace &workspace, const QStringList &journeyIds,
              const MapExportOptions &options, QIODevice *out, QString *error,
              PdfReport *report = nullptr);

// The same pages on any paged device (QPdfWriter, a QPrinter): the same
// plan, tiling and renderer, whatever the device's resolution. Print uses it.
// Only the pages in `options.pages` when it is not empty (an error when none
// of them exists), numbered as in the whole export.
bool paintMapPages(const Workspace &workspace, const QStringList &journeyIds,
                   const MapExportOptions &options, QPagedPaintDevice *device, QString *error,
                   PdfReport *report = nullptr);

// How many pages writePdf and paintMapPages make of these journeys with these
// options, all of them whatever `options.pages` says; 0 (and `error`) when
// there is no journey to export. Print's page range goes up to it.
int countMapPages(const Workspace &workspace, const QStringList &journeyIds,
                  const MapExportOptions &options, QString *error = nullptr);

// The longest page side a PDF reader must accept (PDF 1.x: 200 inches).
constexpr double kMaxPdfSide = 14400;

} // namespace waymark
