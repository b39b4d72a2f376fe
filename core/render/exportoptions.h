#pragma once

#include "layout/mapstyle.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QPageRanges>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace waymark {

struct ObservedJourney;

// Paper for the PDF: ISO and US sizes, or one page cut to the map.
enum class PageFormat { A4, A3, A2, Letter, Fit };

std::optional<PageFormat> pageFormatFromName(QStringView name); // case-insensitive
QString pageFormatName(PageFormat format);
QString pageFormatNames(); // "A4, A3, A2, Letter, fit"

// Dates printed on the exports, in the UI language's short format with the
// whole year ("04.12.2026", "12/4/2026"); times in local time.
QString printedDate(QDate date);
QString printedDateTime(const QDateTime &when);

// What the painted exports (PDF, PNG, SVG) show and how big.
struct MapExportOptions
{
    PageFormat page = PageFormat::A4;
    bool portrait = false; // paper is landscape unless asked
    QString overlayMetric; // metric id shown on the cards; empty for none
    bool workshop = false; // comments and dot votes on the cards (and a PDF appendix)
    double dpi = 96;       // PNG pixels (and SVG size) per inch; 96 draws map units 1:1
    QDate date;            // date in the title block; today when not valid
    MapStyle style = MapStyle::light();
    // Issue 13: the observed overlay (traffic, ghost links, step badges) over
    // the map of each journey found here, by journey id; null for none.
    std::shared_ptr<const QHash<QString, ObservedJourney>> observed;
    // The pages to paint, numbered 1.. over the whole export (the numbers on
    // the sheets stay those of the whole); empty for all. Print's page range.
    QPageRanges pages;
};

} // namespace waymark
