#include "printcontroller.h"

#include "document/document.h"
#include "formats/pdfexport.h"
#include "model/workspace.h"

#include <QFileInfo>
#include <QPrinter>
#include <QPrinterInfo>

namespace waymark {

PrintController::PrintController(QObject *parent)
    : QObject(parent)
{}

QStringList PrintController::printers() const
{
    return QPrinterInfo::availablePrinterNames();
}

QString PrintController::defaultPrinter() const
{
    return QPrinterInfo::defaultPrinterName();
}

QStringList PrintController::pageFormats() const
{
    return {QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("A2"),
            QStringLiteral("Letter")};
}

bool PrintController::print(const QString &printer, const QString &pdfPath,
                            const QString &journeyId, const QString &pageFormat, bool portrait,
                            int copies, const QString &overlayMetric)
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    if (!doc)
        return false;
    auto failed = [&](const QString &message) {
        m_document->reportError(tr("Printing failed: %1").arg(message));
        return false;
    };
    MapExportOptions options;
    options.page = pageFormatFromName(pageFormat).value_or(PageFormat::A4);
    if (options.page == PageFormat::Fit)
        options.page = PageFormat::A4; // paper only
    options.portrait = portrait;
    options.overlayMetric = overlayMetric;
    options.style = MapStyle::light(); // paper is white in both themes

    QPrinter qprinter(QPrinter::HighResolution);
    if (!pdfPath.isEmpty()) {
        const QString path = DocumentController::toLocalPath(pdfPath);
        if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return failed(tr("%1 cannot be written").arg(path));
        qprinter.setOutputFormat(QPrinter::PdfFormat);
        qprinter.setOutputFileName(path);
    } else {
        if (!QPrinterInfo::availablePrinterNames().contains(printer))
            return failed(tr("there is no printer \"%1\"").arg(printer));
        qprinter.setPrinterName(printer);
        if (!qprinter.isValid())
            return failed(tr("the printer \"%1\" cannot be used").arg(printer));
    }
    qprinter.setFullPage(true); // the sheets have their own margins
    qprinter.setCopyCount(std::max(1, copies));
    qprinter.setDocName(QFileInfo(doc->filePath()).completeBaseName());
    qprinter.setCreator(QStringLiteral("Waymark"));

    QString error;
    PdfReport report;
    const QStringList journeys = journeyId.isEmpty() ? QStringList() : QStringList{journeyId};
    if (!paintMapPages(doc->workspace(), journeys, options, &qprinter, &error, &report))
        return failed(error);
    m_pages = int(report.pages.size());
    Q_EMIT printed(m_pages);
    return true;
}

} // namespace waymark
