#include "formats/imageexport.h"

#include "model/workspace.h"
#include "render/mapsheet.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

// Map units are 1/96 inch and the sheet is laid out in points (1/72 inch).
constexpr double kNaturalScale = 72.0 / 96.0;

QSizeF sheetPoints(const MapSheet &sheet)
{
    return sheet.fitPageSize(kNaturalScale);
}

bool checkSize(const QSize &size, double dpi, QString *error)
{
    const qint64 pixels = qint64(size.width()) * size.height();
    if (size.width() <= kMaxImageSide && size.height() <= kMaxImageSide
        && pixels <= kMaxImagePixels)
        return true;
    const double side = double(std::max(size.width(), size.height()));
    const double fit
            = std::min(kMaxImageSide / side, std::sqrt(double(kMaxImagePixels) / double(pixels)));
    if (error)
        *error = tr("the image would be %1 × %2 pixels, too large; use --dpi %3 or less")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(std::max(1, int(std::floor(dpi * fit))));
    return false;
}

} // namespace

QSize imageSize(const Workspace &workspace, const Journey &journey, const MapExportOptions &options)
{
    const MapSheet sheet(workspace, journey, options);
    const QSizeF points = sheetPoints(sheet);
    const double k = options.dpi / 72.0;
    return QSize(int(std::ceil(points.width() * k)), int(std::ceil(points.height() * k)));
}

bool writePng(const Workspace &workspace, const Journey &journey, const MapExportOptions &options,
              QIODevice *out, QString *error)
{
    const MapSheet sheet(workspace, journey, options);
    const QSizeF points = sheetPoints(sheet);
    const double k = options.dpi / 72.0;
    const QSize size(int(std::ceil(points.width() * k)), int(std::ceil(points.height() * k)));
    if (!checkSize(size, options.dpi, error))
        return false;
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull()) {
        if (error)
            *error = tr("not enough memory for a %1 × %2 image")
                             .arg(size.width())
                             .arg(size.height());
        return false;
    }
    const int dotsPerMeter = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(options.style.canvas());
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.scale(k, k);
        sheet.paintSheet(&p, points, sheet.wholeMap(), kNaturalScale, SheetNumber{});
    }
    QImageWriter writer(out, "png");
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

bool writeSvg(const Workspace &workspace, const Journey &journey, const MapExportOptions &options,
              QIODevice *out, QString *error)
{
    const MapSheet sheet(workspace, journey, options);
    const QSizeF points = sheetPoints(sheet);
    const double k = options.dpi / 72.0;
    const QSize size(int(std::ceil(points.width() * k)), int(std::ceil(points.height() * k)));

    // Painted into memory first: QSvgGenerator reports no write errors, so
    // the bytes are checked and written here.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(int(std::lround(options.dpi)));
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(journey.name);
    svg.setDescription(tr("Journey map exported by Waymark"));
    {
        QPainter p;
        if (!p.begin(&svg)) {
            if (error)
                *error = tr("the SVG could not be started");
            return false;
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(k, k);
        sheet.paintSheet(&p, points, sheet.wholeMap(), kNaturalScale, SheetNumber{});
    }
    // QSvgGenerator gives the size in millimetres; viewers and web pages
    // expect pixels, matching the viewBox.
    QByteArray data = buffer.data();
    const qsizetype svgAt = data.indexOf("<svg");
    const qsizetype headEnd = svgAt < 0 ? -1 : data.indexOf('>', svgAt);
    if (headEnd > 0) {
        QString head = QString::fromUtf8(data.mid(svgAt, headEnd - svgAt));
        static const QRegularExpression width(QStringLiteral(" width=\"[^\"]*\""));
        static const QRegularExpression height(QStringLiteral(" height=\"[^\"]*\""));
        head.replace(width, QStringLiteral(" width=\"%1\"").arg(size.width()));
        head.replace(height, QStringLiteral(" height=\"%1\"").arg(size.height()));
        data = data.left(svgAt) + head.toUtf8() + data.mid(headEnd);
    }
    if (out->write(data) != data.size()) {
        if (error)
            *error = out->errorString();
        return false;
    }
    return true;
}

} // namespace waymark
