#pragma once

#include "layout/maplayout.h"
#include "render/exportoptions.h"
#include "render/mappainter.h"
#include "render/pagetiler.h"

#include <QSizeF>

#include <memory>

class QPainter;

namespace waymark {

struct Journey;
struct Workspace;

// Where a sheet sits in the document, for its title block.
struct SheetNumber
{
    int page = 1;
    int pages = 1;
    int column = 0; // the tile's place in its journey's grid of pages
    int columns = 1;
    int row = 0;
    int rows = 1;
};

// One printed sheet of a journey, in points: the title block on top (journey,
// persona, scenario, state, date, page number), the map or one tile of it
// with its stage and lane headers, and the legend at the bottom. The PDF,
// PNG and SVG exporters all compose their pages with it.
class MapSheet
{
public:
    MapSheet(const Workspace &workspace, const Journey &journey, const MapExportOptions &options);
    ~MapSheet();

    static constexpr double kMargin = 28.35; // 10 mm around the sheet
    static constexpr double kGap = 8;        // between title, map and legend

    const Journey &journey() const { return m_journey; }
    const MapLayout &layout() const { return m_layout; }
    const MapPainter &mapPainter() const { return *m_painter; }

    double titleHeight() const;
    double legendHeight(double width) const;
    // The area left for the map on a sheet of `page` points.
    QSizeF mapArea(const QSizeF &page) const;

    void paintTitle(QPainter *p, const QRectF &rect, const SheetNumber &number) const;
    void paintLegend(QPainter *p, const QRectF &rect) const;

    // The whole map as one tile.
    MapTile wholeMap() const;
    // Size in points of `tile` with its headers at `scale` points per map unit.
    QSizeF tileSize(const MapTile &tile, double scale) const;
    void paintTile(QPainter *p, const QPointF &origin, const MapTile &tile, double scale) const;

    // A sheet of `page` points with the title, `tile` and the legend.
    void paintSheet(QPainter *p, const QSizeF &page, const MapTile &tile, double scale,
                    const SheetNumber &number) const;
    // The sheet that holds the whole map at `scale`.
    QSizeF fitPageSize(double scale) const;

private:
    struct LegendItem;
    QList<LegendItem> legendItems() const;
    QList<QRectF> flowLegend(const QList<LegendItem> &items, double width, double *height) const;
    void paintLegendItem(QPainter *p, const LegendItem &item, const QRectF &box) const;

    const Workspace &m_workspace;
    const Journey &m_journey;
    MapExportOptions m_options;
    MapLayout m_layout;
    std::unique_ptr<MapPainter> m_painter;
    // The legend's items, found once: every page of a tiled PDF draws them,
    // and finding them walks every step.
    std::shared_ptr<const QList<LegendItem>> m_legend;
};

} // namespace waymark
