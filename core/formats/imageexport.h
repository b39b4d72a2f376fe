#pragma once

#include "render/exportoptions.h"

#include <QSize>
#include <QString>

class QIODevice;

namespace waymark {

struct Journey;
struct Workspace;

// The whole map of one journey as one sheet (title block, map, legend), at
// `options.dpi` pixels per inch: map units are 1/96 inch, so 96 dpi draws
// them 1:1. Nothing is written on error.
QSize imageSize(const Workspace &workspace, const Journey &journey,
                const MapExportOptions &options);
bool writePng(const Workspace &workspace, const Journey &journey, const MapExportOptions &options,
              QIODevice *out, QString *error);
// SVG sized in pixels with a matching viewBox; text stays text.
bool writeSvg(const Workspace &workspace, const Journey &journey, const MapExportOptions &options,
              QIODevice *out, QString *error);

// Images beyond these are refused with a message naming the largest dpi
// that fits (a 500-step map at 300 dpi would need more than 400 MB).
constexpr int kMaxImageSide = 30000;
constexpr qint64 kMaxImagePixels = 150'000'000;

} // namespace waymark
