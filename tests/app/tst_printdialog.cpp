// File ▸ Print through the system's print dialog (QPrintDialog) on a
// QApplication, offscreen: the dialog opened by PrintController on a real
// file, its widgets set as a user sets them (Print to File (PDF), a page
// range, Print or Cancel), the PDF read back with pdfinfo and pdftotext.
// And Ctrl+P in the real window (Main.qml) opens it over the window.
//
// WAYMARK_SHOT_DIR=folder saves pictures of the dialog there (print-*.png)
// and of the window behind it (window.png).

#include "commands/applytemplate.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "formats/pdfexport.h"
#include "i18n.h"
#include "mainwindow.h"
#include "printcontroller.h"
#include "storage/documentfile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(Waymark_AppPlugin)
Q_IMPORT_QML_PLUGIN(WaymarkPlugin)

using namespace waymark;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageText(const QString &path, int page)
{
    const QString n = QString::number(page);
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), n, QStringLiteral("-l"), n, path, QStringLiteral("-")});
}

// The print dialog among the top-level widgets, once it is shown.
QPrintDialog *shownPrintDialog()
{
    QPrintDialog *found = nullptr;
    (void)QTest::qWaitFor(
            [&found] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *d = qobject_cast<QPrintDialog *>(w); d && d->isVisible())
                        found = d;
                }
                return found != nullptr;
            },
            5000);
    return found;
}

template<typename T>
T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QLatin1String(name));
}

// The printer list's last entry, as a user picks it, and the file's name.
bool chooseFile(QPrintDialog *dialog, const QString &path)
{
    auto *printers = child<QComboBox>(dialog, "printers");
    auto *file = child<QLineEdit>(dialog, "filename");
    if (!printers || !file)
        return false;
    printers->setCurrentIndex(printers->count() - 1);
    if (!printers->currentText().contains(QStringLiteral("PDF")) || !file->isEnabled())
        return false;
    file->setText(path);
    return true;
}

QPushButton *dialogButton(QPrintDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

} // namespace

class TestPrintDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void printsAPageRangeToAPdfFile();
    void rangeFollowsTheJourneys();
    void paperFromProperties();
    void cancelPrintsNothing();
    void unwritableFileFails();
    void ctrlPInTheWindow();

private:
    QPrintDialog *open(PrintController *printer, const QString &journey);

    QTemporaryDir m_dir;
    DocumentController m_controller;
    QString m_path;
};

void TestPrintDialog::initTestCase()
{
    QVERIFY(qobject_cast<QApplication *>(QCoreApplication::instance()));
    QVERIFY(PrintController::hasSystemDialog());
    // The pictures of the dialog (WAYMARK_SHOT_DIR) in a language of the app.
    if (const QString language = qEnvironmentVariable("WAYMARK_SHOT_LANGUAGE"); !language.isEmpty())
        QVERIFY(installTranslations(QCoreApplication::instance(), language));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sofa.cjm"));
    QString error;
    QVERIFY2(test::makeSample(m_path, &error), qPrintable(error));
    QVERIFY(m_controller.open(m_path));
}

void TestPrintDialog::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QPrintDialog *>(w); d && d->isVisible())
            d->reject();
    }
    QCoreApplication::processEvents();
}

QPrintDialog *TestPrintDialog::open(PrintController *printer, const QString &journey)
{
    printer->setProperty("document", QVariant::fromValue(&m_controller));
    if (!printer->openSystemDialog(journey, {}))
        return nullptr;
    QPrintDialog *dialog = shownPrintDialog();
    return dialog == printer->systemDialog() ? dialog : nullptr;
}

// All journeys on A4 landscape (the PDF export's paper) tile to more than
// four pages; pages 2–3 are printed, and they are pages 2–3 of the whole.
void TestPrintDialog::printsAPageRangeToAPdfFile()
{
    PrintController printer;
    QSignalSpy printed(&printer, &PrintController::printed);
    QPrintDialog *dialog = open(&printer, QStringLiteral("sofa"));
    QVERIFY(dialog);
    // The paper is the PDF export's.
    QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::A4);
    QCOMPARE(dialog->printer()->pageLayout().orientation(), QPageLayout::Landscape);

    // Options >>, the Journeys tab: all of them.
    // (Qt adds it with the reset role: found so in every language.)
    QAbstractButton *options = nullptr;
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::ResetRole)
            options = b;
    }
    QVERIFY(options);
    options->click();
    auto *all = child<QRadioButton>(dialog, "printAllJourneys");
    QVERIFY(all);
    all->click();
    MapExportOptions a4;
    const int total = countMapPages(m_controller.document()->workspace(), {}, a4);
    QVERIFY2(total >= 4, qPrintable(QString::number(total)));
    auto *from = child<QSpinBox>(dialog, "from");
    auto *to = child<QSpinBox>(dialog, "to");
    QVERIFY(from && to);
    QCOMPARE(from->minimum(), 1);
    QCOMPARE(to->maximum(), total);

    const QString out = m_dir.filePath(QStringLiteral("pages-2-3.pdf"));
    QVERIFY(chooseFile(dialog, out));
    auto *range = child<QRadioButton>(dialog, "printRange");
    QVERIFY(range && range->isEnabled());
    range->click();
    from->setValue(2);
    to->setValue(3);
    if (const QString dir = qEnvironmentVariable("WAYMARK_SHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("print-dialog.png"))));
        auto *tabs = all->parentWidget()->parentWidget()->parentWidget();
        if (auto *tabWidget = qobject_cast<QTabWidget *>(tabs)) {
            const int copies = tabWidget->currentIndex();
            tabWidget->setCurrentWidget(all->parentWidget());
            QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("print-journeys.png"))));
            tabWidget->setCurrentIndex(copies);
        }
    }
    dialogButton(dialog, QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(printed.size(), 1);
    QCOMPARE(printed.first().at(0).toInt(), 2);
    QTRY_VERIFY(!printer.systemDialog());
    QCOMPARE(pdfPages(out), 2);

    // The whole, printed the same way (PDF file, the same paper), for its pages 2 and 3.
    QPrinter whole(QPrinter::HighResolution);
    whole.setOutputFormat(QPrinter::PdfFormat);
    const QString wholePath = m_dir.filePath(QStringLiteral("whole.pdf"));
    whole.setOutputFileName(wholePath);
    whole.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, {}));
    QVERIFY(printer.printOn(&whole, {}, {}));
    QCOMPARE(pdfPages(wholePath), total);
    for (int page : {2, 3}) {
        const QString text = pageText(out, page - 1);
        QVERIFY2(text.contains(QStringLiteral("%1 / %2").arg(page).arg(total)),
                 qPrintable(text.left(500)));
        QCOMPARE(text, pageText(wholePath, page));
    }
    QVERIFY(pageText(out, 1) != pageText(wholePath, 1));
}

// The range's end is the page count of what is printed: this journey, or all.
void TestPrintDialog::rangeFollowsTheJourneys()
{
    PrintController printer;
    QPrintDialog *dialog = open(&printer, QStringLiteral("sofa"));
    QVERIFY(dialog);
    const Workspace &ws = m_controller.document()->workspace();
    const MapExportOptions a4;
    const int one = countMapPages(ws, {QStringLiteral("sofa")}, a4);
    const int all = countMapPages(ws, {}, a4);
    QVERIFY(one >= 1 && all > one);
    auto *to = child<QSpinBox>(dialog, "to");
    QVERIFY(to);
    QCOMPARE(to->maximum(), one);
    child<QRadioButton>(dialog, "printAllJourneys")->click();
    QCOMPARE(to->maximum(), all);
    child<QRadioButton>(dialog, "printThisJourney")->click();
    QCOMPARE(to->maximum(), one);
    // Asked again while it is open: the same dialog.
    QVERIFY(printer.openSystemDialog(QStringLiteral("sofa"), {}));
    QCOMPARE(printer.systemDialog(), dialog);
}

// Properties: A3 portrait. The range follows it, and the PDF has that paper.
void TestPrintDialog::paperFromProperties()
{
    PrintController printer;
    QSignalSpy printed(&printer, &PrintController::printed);
    QPrintDialog *dialog = open(&printer, QStringLiteral("sofa"));
    QVERIFY(dialog);
    const QString out = m_dir.filePath(QStringLiteral("a3.pdf"));
    QVERIFY(chooseFile(dialog, out));
    auto *propertiesButton = child<QPushButton>(dialog, "properties");
    QVERIFY(propertiesButton && propertiesButton->isVisible());
    // Properties is modal (exec): it is answered from a timer.
    bool chosen = false;
    int tries = 0;
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *size
                = modal ? modal->findChild<QComboBox *>(QStringLiteral("pageSizeCombo")) : nullptr;
        auto *portrait
                = modal ? modal->findChild<QRadioButton *>(QStringLiteral("portrait")) : nullptr;
        if (!size || !portrait) {
            if (++tries < 50)
                QTimer::singleShot(100, answer);
            else if (modal && modal != dialog)
                modal->close();
            return;
        }
        size->setCurrentIndex(size->findData(QVariant::fromValue(QPageSize(QPageSize::A3))));
        portrait->click();
        chosen = size->currentData().value<QPageSize>().id() == QPageSize::A3;
        modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    };
    QTimer::singleShot(100, answer);
    propertiesButton->click();
    QVERIFY(chosen);
    MapExportOptions a3;
    a3.page = PageFormat::A3;
    a3.portrait = true;
    const int pages
            = countMapPages(m_controller.document()->workspace(), {QStringLiteral("sofa")}, a3);
    QCOMPARE(child<QSpinBox>(dialog, "to")->maximum(), pages);
    dialogButton(dialog, QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(printed.size(), 1);
    QCOMPARE(pdfPages(out), pages);
    const QString info = run(QStringLiteral("pdfinfo"), {out});
    QVERIFY2(info.contains(QStringLiteral("(A3)")), qPrintable(info));
    const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                      .match(info);
    QVERIFY2(size.hasMatch() && size.captured(1).toDouble() < size.captured(2).toDouble(),
             qPrintable(info));
}

void TestPrintDialog::cancelPrintsNothing()
{
    PrintController printer;
    QSignalSpy printed(&printer, &PrintController::printed);
    QSignalSpy canceled(&printer, &PrintController::canceled);
    QSignalSpy failed(&m_controller, &DocumentController::failed);
    QPrintDialog *dialog = open(&printer, QStringLiteral("sofa"));
    QVERIFY(dialog);
    const QString out = m_dir.filePath(QStringLiteral("canceled.pdf"));
    QVERIFY(chooseFile(dialog, out));
    dialogButton(dialog, QDialogButtonBox::Cancel)->click();
    QTRY_COMPARE(canceled.size(), 1);
    QTRY_VERIFY(!printer.systemDialog());
    QCOMPARE(printed.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!QFile::exists(out));
}

// A file that cannot be written when the dialog is accepted (its folder is
// gone): one line in the window's message bar, no file, no `printed`.
void TestPrintDialog::unwritableFileFails()
{
    PrintController printer;
    QSignalSpy printed(&printer, &PrintController::printed);
    QSignalSpy failed(&m_controller, &DocumentController::failed);
    QPrintDialog *dialog = open(&printer, QStringLiteral("sofa"));
    QVERIFY(dialog);
    const QString out = m_dir.filePath(QStringLiteral("gone/out.pdf"));
    QVERIFY(chooseFile(dialog, out));
    // Qt's own check of the name runs on the Print button; the folder went
    // away after it.
    dialog->accept();
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(out) && !message.contains(u'\n'), qPrintable(message));
    QCOMPARE(printed.size(), 0);
    QVERIFY(!QFile::exists(out));
    QTRY_VERIFY(!printer.systemDialog());
}

// The real window: Ctrl+P opens the system dialog, window-modal over it.
void TestPrintDialog::ctrlPInTheWindow()
{
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    const QString file = m_dir.filePath(QStringLiteral("window.cjm"));
    QString error;
    QVERIFY2(test::makeSample(file, &error), qPrintable(error));
    QQuickWindow *window = test::openMainWindow(&engine, file, 1200, 800);
    QVERIFY(window);
    window->requestActivate();
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier);
    QPointer<QPrintDialog> dialog = shownPrintDialog();
    QVERIFY2(dialog, "Ctrl+P opened no print dialog");
    QVERIFY(dialog->windowHandle());
    QCOMPARE(dialog->windowHandle()->transientParent(), window);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    // Nothing of the QML fallback.
    auto *fallback = window->findChild<QObject *>(QStringLiteral("printDialog"));
    QVERIFY(fallback && !fallback->property("visible").toBool());
    QVERIFY(child<QRadioButton>(dialog, "printThisJourney"));
    // Print to File's name is the map's, beside it.
    QCOMPARE(child<QLineEdit>(dialog, "filename")->text(),
             m_dir.filePath(QStringLiteral("window.pdf")));
    if (const QString dir = qEnvironmentVariable("WAYMARK_SHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("print-window.png"))));
        QVERIFY(window->grabWindow().save(QDir(dir).filePath(QStringLiteral("window.png"))));
    }
    dialogButton(dialog, QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

QTEST_MAIN(TestPrintDialog)

#include "tst_printdialog.moc"
