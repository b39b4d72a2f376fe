#include "formats/pdfexport.h"

#include "formats/pdftextlayer.h"
#include "layout/mapstyle.h"
#include "model/workspace.h"
#include "render/mapsheet.h"
#include "render/workshopappendix.h"
#include "version.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <memory>
#include <vector>

namespace waymark {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Export", text, disambiguation, n);
}

constexpr double kNaturalScale = 72.0 / 96.0; // map units are 1/96 inch

// A page cut to `points` (fit), in whole points: QPageSize keeps points as integers.
QPageLayout customLayout(const QSizeF &points)
{
    const QSizeF size(std::ceil(points.width()), std::ceil(points.height()));
    return QPageLayout(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

// A standard paper size, so that readers name it ("A4").
QPageLayout paperLayout(PageFormat format, bool portrait)
{
    return QPageLayout(QPageSize(pageSizeId(format)),
                       portrait ? QPageLayout::Portrait : QPageLayout::Landscape,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

// One page to print: a tile of a journey's map, or a page of its appendix.
struct Planned
{
    int journey = 0;
    QPageLayout layout;
    QSizeF size; // points
    MapTile tile;
    double scale = 0;
    int appendixPage = -1;
    SheetNumber number;
};

} // namespace

QPageSize::PageSizeId pageSizeId(PageFormat format)
{
    switch (format) {
    case PageFormat::A3:
        return QPageSize::A3;
    case PageFormat::A2:
        return QPageSize::A2;
    case PageFormat::Letter:
        return QPageSize::Letter;
    case PageFormat::A4:
    case PageFormat::Fit:
        break;
    }
    return QPageSize::A4;
}

QSizeF paperSize(PageFormat format, bool portrait)
{
    const QSizeF size = QPageSize(pageSizeId(format)).size(QPageSize::Point);
    const QSizeF landscape(std::max(size.width(), size.height()),
                           std::min(size.width(), size.height()));
    return portrait ? landscape.transposed() : landscape;
}

namespace {

// Every page of an export, planned before any is painted: the page numbers
// say "n / total", and a print of some pages numbers them as the whole.
struct PagePlan
{
    QList<const Journey *> journeys;
    std::vector<std::unique_ptr<MapSheet>> sheets;
    std::vector<std::unique_ptr<WorkshopAppendix>> appendices;
    QList<Planned> pages;
};

bool planPages(const Workspace &workspace, const QStringList &journeyIds,
               const MapExportOptions &options, PagePlan *plan, QString *error)
{
    QList<const Journey *> &journeys = plan->journeys;
    for (const Journey &j : workspace.journeys) {
        if (journeyIds.isEmpty() || journeyIds.contains(j.id))
            journeys.append(&j);
    }
    if (journeys.isEmpty()) {
        if (error)
            *error = tr("there is no journey to export");
        return false;
    }

    auto &sheets = plan->sheets;
    auto &appendices = plan->appendices;
    QList<Planned> &pages = plan->pages;
    for (int ji = 0; ji < journeys.size(); ++ji) {
        sheets.push_back(std::make_unique<MapSheet>(workspace, *journeys[ji], options));
        const MapSheet &sheet = *sheets.back();
        QSizeF paper;
        if (options.page == PageFormat::Fit) {
            double scale = kNaturalScale;
            QSizeF size = sheet.fitPageSize(scale);
            const double longest = std::max(size.width(), size.height());
            if (longest > kMaxPdfSide) {
                scale *= kMaxPdfSide / longest * 0.98;
                size = sheet.fitPageSize(scale);
            }
            const QPageLayout layout = customLayout(size);
            pages.append({ji,
                          layout,
                          layout.fullRect(QPageLayout::Point).size(),
                          sheet.wholeMap(),
                          scale,
                          -1,
                          {}});
            // The appendix goes on paper.
            paper = paperSize(PageFormat::A4, options.portrait);
        } else {
            paper = paperSize(options.page, options.portrait);
            const TilePlan tiles = planTiles(sheet.layout(), sheet.mapArea(paper));
            for (const MapTile &t : tiles.tiles) {
                SheetNumber n;
                n.column = t.column;
                n.columns = tiles.columns;
                n.row = t.row;
                n.rows = tiles.rows;
                pages.append({ji, paperLayout(options.page, options.portrait), paper, t,
                              tiles.scale, -1, n});
            }
        }
        appendices.push_back(std::make_unique<WorkshopAppendix>(*journeys[ji], options.style));
        WorkshopAppendix &appendix = *appendices.back();
        if (options.workshop && !appendix.isEmpty()) {
            const double width = paper.width() - 2 * MapSheet::kMargin;
            const double height
                    = paper.height() - 2 * MapSheet::kMargin - sheet.titleHeight() - MapSheet::kGap;
            const int n = appendix.paginate(QSizeF(width, height));
            const PageFormat format
                    = options.page == PageFormat::Fit ? PageFormat::A4 : options.page;
            for (int k = 0; k < n; ++k)
                pages.append({ji, paperLayout(format, options.portrait), paper, {}, 0, k, {}});
        }
    }
    for (int i = 0; i < pages.size(); ++i) {
        pages[i].number.page = i + 1;
        pages[i].number.pages = int(pages.size());
    }
    return true;
}

bool paintPages(const Workspace &workspace, const QStringList &journeyIds,
                const MapExportOptions &options, QPagedPaintDevice *device, QString *error,
                PdfReport *report, const PdfTextLayer *textLayer, bool *started = nullptr)
{
    PagePlan plan;
    if (!planPages(workspace, journeyIds, options, &plan, error))
        return false;
    // The pages asked for (all when no range is given).
    QList<const Planned *> pages;
    for (const Planned &page : std::as_const(plan.pages)) {
        if (options.pages.isEmpty() || options.pages.contains(page.number.page))
            pages.append(&page);
    }
    if (pages.isEmpty()) {
        if (error)
            *error = tr("the pages %1 are not in the export, which has %n page(s)", nullptr,
                        int(plan.pages.size()))
                             .arg(options.pages.toString());
        return false;
    }

    if (started)
        *started = true; // what fails from here on is the device's
    device->setPageLayout(pages.first()->layout);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("the pages could not be started");
        return false;
    }
    if (textLayer)
        textLayer->prime(&painter);
    // Painter units are points, whatever the device's resolution.
    const double toDevice = device->logicalDpiX() / 72.0;
    for (int i = 0; i < pages.size(); ++i) {
        const Planned &page = *pages[i];
        if (i > 0) {
            device->setPageLayout(page.layout);
            if (!device->newPage()) {
                if (error)
                    *error = tr("a new page could not be started");
                return false;
            }
        }
        painter.resetTransform();
        painter.scale(toDevice, toDevice);
        const MapSheet &sheet = *plan.sheets[size_t(page.journey)];
        if (page.appendixPage < 0) {
            sheet.paintSheet(&painter, page.size, page.tile, page.scale, page.number);
        } else {
            const double width = page.size.width() - 2 * MapSheet::kMargin;
            painter.fillRect(QRectF(QPointF(0, 0), page.size), options.style.canvas());
            sheet.paintTitle(
                    &painter,
                    QRectF(MapSheet::kMargin, MapSheet::kMargin, width, sheet.titleHeight()),
                    page.number);
            const double top = MapSheet::kMargin + sheet.titleHeight() + MapSheet::kGap;
            plan.appendices[size_t(page.journey)]->paintPage(
                    &painter,
                    QRectF(MapSheet::kMargin, top, width,
                           page.size.height() - top - MapSheet::kMargin),
                    page.appendixPage);
        }
        if (report)
            report->pages.append({plan.journeys[page.journey]->id, page.size, page.scale,
                                  page.appendixPage >= 0});
    }
    if (!painter.end()) {
        if (error)
            *error = tr("the pages could not be finished");
        return false;
    }
    return true;
}

// The user's text the pages may draw (over-including is harmless): what
// the text layer looks through for emoji. Read from the model, not from a
// JSON of it, which would also carry every picture's bytes.
QString userText(const Workspace &workspace, const QStringList &journeyIds)
{
    QStringList parts;
    for (const Persona &p : workspace.personas)
        parts << p.name << p.goals << p.quote << p.description;
    for (const Channel &c : workspace.channels)
        parts << c.name;
    for (const MetricDef &m : workspace.metricDefs)
        parts << m.name << m.unit;
    for (const Journey &j : workspace.journeys) {
        if (!journeyIds.isEmpty() && !journeyIds.contains(j.id))
            continue;
        parts << j.name << j.scenario << j.description;
        for (const Stage &s : j.stages)
            parts << s.name;
        for (const Lane &l : j.lanes)
            parts << l.name;
        for (const Step &s : j.steps)
            parts << s.title << s.description << s.owner << s.key << s.tags;
        for (const Link &l : j.links)
            parts << l.label;
        for (const Comment &c : j.comments)
            parts << c.author << c.text;
        for (const Vote &v : j.votes)
            parts << v.participant;
        for (const MetricValue &v : j.metricValues)
            parts << v.segment;
    }
    return parts.join(u'\n');
}

} // namespace

int countMapPages(const Workspace &workspace, const QStringList &journeyIds,
                  const MapExportOptions &options, QString *error)
{
    PagePlan plan;
    if (!planPages(workspace, journeyIds, options, &plan, error))
        return 0;
    return int(plan.pages.size());
}

bool paintMapPages(const Workspace &workspace, const QStringList &journeyIds,
                   const MapExportOptions &options, QPagedPaintDevice *device, QString *error,
                   PdfReport *report)
{
    return paintPages(workspace, journeyIds, options, device, error, report, nullptr);
}

bool writePdf(const Workspace &workspace, const QStringList &journeyIds,
              const MapExportOptions &options, QIODevice *out, QString *error, PdfReport *report)
{
    // Emoji and the other characters beyond the Basic Multilingual Plane need
    // the text layer's help; the PDF is then made in memory and patched.
    const PdfTextLayer textLayer(userText(workspace, journeyIds),
                                 {MapStyle::font(10), MapStyle::font(10, true)});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QIODevice *target = textLayer.isNeeded() ? &buffer : out;
    QPdfWriter writer(target);
    writer.setResolution(72); // painter units are points
    writer.setCreator(QStringLiteral("Waymark " WAYMARK_VERSION));
    QStringList names;
    for (const Journey &j : workspace.journeys) {
        if (journeyIds.isEmpty() || journeyIds.contains(j.id))
            names.append(j.name);
    }
    writer.setTitle(names.join(QStringLiteral(" · ")));
    QString why;
    bool started = false;
    if (!paintPages(workspace, journeyIds, options, &writer, &why, report,
                    textLayer.isNeeded() ? &textLayer : nullptr, &started)) {
        // Nothing to paint (no journey, no such page) is said as it is.
        if (error)
            *error = !started ? why
                              : tr("the PDF could not be written: %1")
                                        .arg(target->errorString().isEmpty()
                                                     ? why
                                                     : target->errorString());
        return false;
    }
    if (target == &buffer) {
        QByteArray pdf = buffer.data();
        textLayer.patch(&pdf); // when it cannot, the emoji are drawn but not text
        if (out->write(pdf) != pdf.size()) {
            if (error)
                *error = tr("the PDF could not be written: %1").arg(out->errorString());
            return false;
        }
    }
    return true;
}

} // namespace waymark
