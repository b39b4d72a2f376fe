#pragma once

#include "documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

namespace waymark {

// File > Print (Ctrl+P): the system's printers (QPrinterInfo) and printing
// the same pages as the PDF export (core's paintMapPages) on a QPrinter.
// Qt Quick has no print dialog, so PrintDialog.qml asks for the printer,
// paper and journeys; "Print to a PDF file" is one of the printers.
class PrintController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document MEMBER m_document NOTIFY documentChanged)
    Q_PROPERTY(QStringList printers READ printers NOTIFY printersChanged)
    Q_PROPERTY(QString defaultPrinter READ defaultPrinter NOTIFY printersChanged)
    Q_PROPERTY(QStringList pageFormats READ pageFormats CONSTANT)
    Q_PROPERTY(int lastPageCount READ lastPageCount NOTIFY printed)

public:
    explicit PrintController(QObject *parent = nullptr);

    QStringList printers() const;
    QString defaultPrinter() const;
    QStringList pageFormats() const; // "A4", "A3", "A2", "Letter"
    int lastPageCount() const { return m_pages; }

    Q_INVOKABLE void refreshPrinters() { Q_EMIT printersChanged(); }

    // Prints `journeyId` (all journeys when empty) on `printer`, or into the
    // PDF file `pdfPath` when it is given. False (and the document's
    // `failed`) on error; `printed` with the number of pages on success.
    Q_INVOKABLE bool print(const QString &printer, const QString &pdfPath, const QString &journeyId,
                           const QString &pageFormat, bool portrait, int copies,
                           const QString &overlayMetric);

Q_SIGNALS:
    void documentChanged();
    void printersChanged();
    void printed(int pages);

private:
    QPointer<DocumentController> m_document;
    int m_pages = 0;
};

} // namespace waymark
