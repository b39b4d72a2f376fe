#include "printcontroller.h"

#include "document/document.h"
#include "formats/pdfexport.h"
#include "model/workspace.h"

#include <QApplication>
#include <QChildEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintEngine>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <optional>

namespace waymark {

namespace {

// The export's format of a paper: the map is tiled for these only.
std::optional<PageFormat> formatOf(const QPageSize &size)
{
    for (PageFormat f : {PageFormat::A4, PageFormat::A3, PageFormat::A2, PageFormat::Letter}) {
        if (size.id() == pageSizeId(f))
            return f;
    }
    return std::nullopt;
}

// On a real printer, the dialog's "Pages" field (a list such as "1-2,5")
// is CUPS's job: Qt passes it as the job's "page-ranges" option, and
// painting only those pages as well would pick them twice. The key is Qt's
// PPK_CupsOptions (qcups_p.h), which has no public name.
bool cupsPicksPages(QPrinter *printer)
{
    if (printer->outputFormat() != QPrinter::NativeFormat || !printer->printEngine())
        return false;
    const QStringList options = printer->printEngine()
                                        ->property(QPrintEngine::PrintEnginePropertyKey(0xfe00))
                                        .toStringList();
    for (qsizetype i = 0; i + 1 < options.size(); i += 2) {
        if (options[i] == QLatin1String("page-ranges"))
            return true;
    }
    return false;
}

} // namespace

PrintController::PrintController(QObject *parent)
    : QObject(parent)
{}

PrintController::~PrintController()
{
    delete m_dialog.data(); // and its printer
}

bool PrintController::hasSystemDialog()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

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

bool PrintController::fail(const QString &message)
{
    if (m_document)
        m_document->reportError(tr("Printing failed: %1").arg(message));
    return false;
}

bool PrintController::print(const QString &printer, const QString &pdfPath,
                            const QString &journeyId, const QString &pageFormat, bool portrait,
                            int copies, const QString &overlayMetric)
{
    if (!m_document || !m_document->document())
        return false;
    MapExportOptions options;
    options.page = pageFormatFromName(pageFormat).value_or(PageFormat::A4);
    if (options.page == PageFormat::Fit)
        options.page = PageFormat::A4; // paper only
    options.portrait = portrait;
    options.overlayMetric = overlayMetric;

    QPrinter qprinter(QPrinter::HighResolution);
    if (!pdfPath.isEmpty()) {
        qprinter.setOutputFormat(QPrinter::PdfFormat);
        qprinter.setOutputFileName(DocumentController::toLocalPath(pdfPath));
    } else {
        if (!QPrinterInfo::availablePrinterNames().contains(printer))
            return fail(tr("there is no printer \"%1\"").arg(printer));
        qprinter.setPrinterName(printer);
        if (!qprinter.isValid())
            return fail(tr("the printer \"%1\" cannot be used").arg(printer));
    }
    qprinter.setCopyCount(std::max(1, copies));
    const QStringList journeys = journeyId.isEmpty() ? QStringList() : QStringList{journeyId};
    return paint(&qprinter, journeys, options);
}

bool PrintController::printOn(QPrinter *printer, const QStringList &journeyIds,
                              const QString &overlayMetric)
{
    if (!m_document || !m_document->document() || !printer)
        return false;
    const QPageLayout layout = printer->pageLayout();
    const std::optional<PageFormat> format = formatOf(layout.pageSize());
    if (!format)
        return fail(tr("the map is laid out for A4, A3, A2 or Letter paper, not %1")
                            .arg(layout.pageSize().name()));
    MapExportOptions options;
    options.page = *format;
    options.portrait = layout.orientation() == QPageLayout::Portrait;
    options.overlayMetric = overlayMetric;
    if (printer->printRange() == QPrinter::PageRange && !cupsPicksPages(printer))
        options.pages = printer->pageRanges();
    return paint(printer, journeyIds, options);
}

bool PrintController::paint(QPrinter *printer, const QStringList &journeyIds,
                            const MapExportOptions &exportOptions)
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    if (!doc)
        return false;
    if (printer->outputFormat() == QPrinter::PdfFormat) {
        const QFileInfo file(printer->outputFileName());
        if (printer->outputFileName().isEmpty())
            return fail(tr("no file to print into was given"));
        if (!QFileInfo(file.absolutePath()).isWritable() || (file.exists() && !file.isWritable()))
            return fail(tr("%1 cannot be written").arg(file.filePath()));
    }
    MapExportOptions options = exportOptions;
    options.style = MapStyle::light(); // paper is white in both themes
    printer->setFullPage(true);        // the sheets have their own margins
    if (printer->docName().isEmpty())
        printer->setDocName(QFileInfo(doc->filePath()).completeBaseName());
    printer->setCreator(QStringLiteral("Waymark"));

    QString error;
    PdfReport report;
    if (!paintMapPages(doc->workspace(), journeyIds, options, printer, &error, &report))
        return fail(error);
    m_pages = int(report.pages.size());
    Q_EMIT printed(m_pages);
    return true;
}

bool PrintController::openSystemDialog(const QString &journeyId, const QString &overlayMetric,
                                       QWindow *parent)
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    if (!doc)
        return false;
    if (!hasSystemDialog())
        return fail(tr("the system print dialog needs Qt Widgets"));
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return true;
    }
    const Workspace &workspace = doc->workspace();
    const Journey *shown = workspace.journey(journeyId);
    m_journeyId = shown ? shown->id : QString();
    m_overlayMetric = overlayMetric;
    m_allJourneys = !shown;

    // The PDF export's paper, which the dialog's Properties can change.
    const MapExportOptions defaults;
    m_printer = new QPrinter(QPrinter::HighResolution);
    m_printer->setPageLayout(QPageLayout(
            QPageSize(pageSizeId(defaults.page)),
            defaults.portrait ? QPageLayout::Portrait : QPageLayout::Landscape, QMarginsF()));
    m_printer->setFullPage(true);
    m_printer->setDocName(QFileInfo(doc->filePath()).completeBaseName());
    m_printer->setCreator(QStringLiteral("Waymark"));
    m_dialog = new QPrintDialog(m_printer);
    m_dialogObject = m_dialog.data();
    QPrinter *printer = m_printer;
    connect(m_dialog, &QObject::destroyed, [printer] { delete printer; });
    m_dialog->setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintPageRange
                         | QAbstractPrintDialog::PrintCollateCopies
                         | QAbstractPrintDialog::PrintShowPageSize);

    // This journey or all of them: a tab of the dialog's options.
    if (shown && workspace.journeys.size() > 1) {
        auto *tab = new QWidget;
        tab->setObjectName(QStringLiteral("journeysTab"));
        tab->setWindowTitle(tr("Journeys"));
        auto *layout = new QVBoxLayout(tab);
        auto *one = new QRadioButton(tr("This journey: %1").arg(shown->name), tab);
        one->setObjectName(QStringLiteral("printThisJourney"));
        one->setChecked(true);
        auto *all = new QRadioButton(
                tr("All %n journey(s) of the file", nullptr, int(workspace.journeys.size())), tab);
        all->setObjectName(QStringLiteral("printAllJourneys"));
        layout->addWidget(one);
        layout->addWidget(all);
        layout->addStretch();
        connect(all, &QRadioButton::toggled, this, [this](bool on) {
            m_allJourneys = on;
            updatePageRange();
        });
        m_dialog->setOptionTabs({tab});
    }
    // Print to File's name: the map's, beside it (Qt leaves the home folder
    // outside X11). Qt's form calls the field "filename".
    const QFileInfo source(doc->filePath());
    auto *file = m_dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
    if (file && source.isFile() && (file->text().isEmpty() || QFileInfo(file->text()).isDir()))
        file->setText(
                source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral(".pdf")));
    updatePageRange();
    m_dialog->installEventFilter(this); // for its Properties dialog
    connect(m_dialog, &QDialog::finished, this, &PrintController::dialogFinished);
    if (parent) {
        m_dialog->winId(); // a native window to hang on the editor's
        if (QWindow *window = m_dialog->windowHandle())
            window->setTransientParent(parent);
    }
    m_dialog->open();
    return true;
}

QPrintDialog *PrintController::systemDialog() const
{
    return m_dialog;
}

QStringList PrintController::dialogJourneys() const
{
    return m_allJourneys ? QStringList() : QStringList{m_journeyId};
}

// Pages 1 to the number the export makes of the journeys chosen on the paper
// the printer has now.
void PrintController::updatePageRange()
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    if (!m_dialog || !doc)
        return;
    const QPageLayout paper = chosenPaper();
    MapExportOptions options;
    options.page = formatOf(paper.pageSize()).value_or(PageFormat::A4);
    options.portrait = paper.orientation() == QPageLayout::Portrait;
    options.overlayMetric = m_overlayMetric;
    const int pages = std::max(1, countMapPages(doc->workspace(), dialogJourneys(), options));
    m_dialog->setMinMax(1, pages);
    m_dialog->setFromTo(1, pages);
    // The dialog reads these when it is shown; while it is, its spin boxes
    // ("from", "to" in Qt's form) follow by hand.
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (auto *box = m_dialog->findChild<QSpinBox *>(name)) {
            box->setMaximum(pages);
            box->setValue(name == QLatin1String("from") ? 1 : pages);
        }
    }
}

// The paper is chosen in the dialog's Properties, a dialog of its own: the
// range follows when it is accepted.
bool PrintController::eventFilter(QObject *watched, QEvent *event)
{
    // Compared as QObjects: the dialog's own destructor sends events here
    // when it is no longer a QPrintDialog (QPointer<QPrintDialog> would cast).
    if (watched == m_dialogObject.data() && event->type() == QEvent::ChildPolished) {
        auto *properties = qobject_cast<QDialog *>(static_cast<QChildEvent *>(event)->child());
        if (properties && properties != m_properties && !properties->inherits("QMessageBox")) {
            m_properties = properties;
            connect(properties, &QDialog::accepted, this, &PrintController::updatePageRange);
        }
    }
    return QObject::eventFilter(watched, event);
}

// The paper the printer will have: Qt gives it the Properties' choice only
// on Print, so until then it is read from Properties' form (Qt's names
// "pageSizeCombo" and "portrait"), as the user left it.
QPageLayout PrintController::chosenPaper() const
{
    QPageLayout layout = m_printer->pageLayout();
    if (!m_properties)
        return layout;
    auto *size = m_properties->findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
    if (size && size->currentData().canConvert<QPageSize>())
        layout.setPageSize(size->currentData().value<QPageSize>());
    if (auto *portrait = m_properties->findChild<QRadioButton *>(QStringLiteral("portrait")))
        layout.setOrientation(portrait->isChecked() ? QPageLayout::Portrait
                                                    : QPageLayout::Landscape);
    return layout;
}

void PrintController::dialogFinished(int result)
{
    QPrintDialog *dialog = m_dialog;
    if (!dialog)
        return;
    if (result == QDialog::Accepted)
        printOn(m_printer, dialogJourneys(), m_overlayMetric);
    else
        Q_EMIT canceled();
    m_dialog = nullptr;
    m_dialogObject = nullptr;
    m_printer = nullptr; // deleted with the dialog
    m_properties = nullptr;
    dialog->deleteLater();
}

} // namespace waymark
