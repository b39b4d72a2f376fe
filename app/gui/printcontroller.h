#pragma once

#include "documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QWindow>

class QDialog;
class QPageLayout;
class QPrintDialog;
class QPrinter;

namespace waymark {

struct MapExportOptions;

// File > Print (Ctrl+P): the pages of the PDF export (core's paintMapPages:
// the same renderer and tiling) on a QPrinter.
//
// The editor runs on a QApplication, so the window opens the system's print
// dialog (QPrintDialog: the printers from CUPS, their properties and paper,
// the page range, copies, "Print to File (PDF)"). Without Qt Widgets (the
// QML tests' QGuiApplication) the window falls back to PrintDialog.qml,
// which calls print() with what it asked.
class PrintController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document MEMBER m_document NOTIFY documentChanged)
    Q_PROPERTY(bool hasSystemDialog READ hasSystemDialog CONSTANT)
    Q_PROPERTY(QStringList printers READ printers NOTIFY printersChanged)
    Q_PROPERTY(QString defaultPrinter READ defaultPrinter NOTIFY printersChanged)
    Q_PROPERTY(QStringList pageFormats READ pageFormats CONSTANT)
    Q_PROPERTY(int lastPageCount READ lastPageCount NOTIFY printed)

public:
    explicit PrintController(QObject *parent = nullptr);
    ~PrintController() override;

    // Whether the application is a QApplication, which QPrintDialog needs.
    static bool hasSystemDialog();
    QStringList printers() const;
    QString defaultPrinter() const;
    QStringList pageFormats() const; // "A4", "A3", "A2", "Letter"
    int lastPageCount() const { return m_pages; }

    Q_INVOKABLE void refreshPrinters() { Q_EMIT printersChanged(); }

    // Opens the system's print dialog for `journeyId` (all journeys when
    // empty; with several, a "Journeys" tab offers all of them), on a
    // printer preset with the PDF export's paper (A4 landscape); the page
    // range goes from 1 to the export's number of pages. The dialog is
    // window-modal over `parent` and does not block: on Print, `printed`
    // (or the document's `failed`); on Cancel, `canceled`. False (and
    // `failed`) when there is no dialog to open.
    Q_INVOKABLE bool openSystemDialog(const QString &journeyId, const QString &overlayMetric,
                                      QWindow *parent = nullptr);
    // The dialog openSystemDialog opened, while it is open.
    QPrintDialog *systemDialog() const;

    // Prints `journeyId` (all journeys when empty) on `printer`, or into the
    // PDF file `pdfPath` when it is given. False (and the document's
    // `failed`) on error; `printed` with the number of pages on success.
    Q_INVOKABLE bool print(const QString &printer, const QString &pdfPath, const QString &journeyId,
                           const QString &pageFormat, bool portrait, int copies,
                           const QString &overlayMetric);

    // Prints on a printer set up by the system dialog (or by hand): its
    // paper and orientation, its page range (numbered as in the PDF export),
    // its output file. The same results as print().
    bool printOn(QPrinter *printer, const QStringList &journeyIds, const QString &overlayMetric);

Q_SIGNALS:
    void documentChanged();
    void printersChanged();
    void printed(int pages);
    void canceled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool fail(const QString &message);
    bool paint(QPrinter *printer, const QStringList &journeyIds, const MapExportOptions &options);
    QStringList dialogJourneys() const;
    void updatePageRange();
    QPageLayout chosenPaper() const;
    void dialogFinished(int result);

    QPointer<DocumentController> m_document;
    int m_pages = 0;
    // The open system dialog, its printer (deleted with it) and what it prints.
    QPointer<QPrintDialog> m_dialog;
    QPointer<QObject> m_dialogObject; // the same dialog, for eventFilter
    QPrinter *m_printer = nullptr;
    QPointer<QDialog> m_properties; // the dialog's Properties, once opened
    QString m_journeyId;
    QString m_overlayMetric;
    bool m_allJourneys = false;
};

} // namespace waymark
