// The window's exports: ExportController writes on a worker thread with
// core/export's writers; the files are checked with real consumers (pdfinfo,
// pdftotext) and a failed export leaves the old file as it was. With event
// data imported, the observed overlay is offered and drawn into the file.

#include "commands/applytemplate.h"
#include "commands/importeventscommand.h"
#include "commands/undostack.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "events/eventimport.h"
#include "exportcontroller.h"
#include "formats/exporter.h"
#include "i18n.h"
#include "metrics/datafile.h"
#include "storage/documentfile.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatNames_data();
    void formatNames();
    void writesEachFormat_data();
    void writesEachFormat();
    void pdfOptions();
    void oneJourneyOrAll();
    void failureKeepsOldFile();
    void observedOverlay();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void documentClosedWhileWriting();

private:
    // Starts an export and waits for its outcome: the message, or "" on failure
    // (then `error` has the failure).
    QString exportAndWait(const QString &path, const QVariantMap &options, QString *error);

    QTemporaryDir m_dir;
    DocumentController m_controller;
    ExportController m_exporter;
    QString m_sofaId;
};

void TestExportController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // English as the app loads it: its catalogue has the plural forms.
    QVERIFY(installTranslations(QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Observed", "%n case(s)", nullptr, 3),
             QStringLiteral("3 cases"));
    const QString path = m_dir.filePath(QStringLiteral("sofa.cjm"));
    {
        OpenResult created = createDocument(path);
        QVERIFY2(created.document, qPrintable(created.error));
        QString error;
        QVERIFY2(applyTemplate(created.document.get(), Template::Sample, &error),
                 qPrintable(error));
    }
    QVERIFY(m_controller.open(path));
    QVERIFY(m_controller.document()->workspace().journeys.size() >= 2);
    m_sofaId = m_controller.document()->workspace().journeys.first().id;
    m_exporter.setDocument(&m_controller);
}

QString TestExportController::exportAndWait(const QString &path, const QVariantMap &options,
                                            QString *error)
{
    QSignalSpy done(&m_exporter, &ExportController::finished);
    QSignalSpy failed(&m_exporter, &ExportController::failed);
    if (!m_exporter.start(path, options)) {
        *error = failed.isEmpty() ? QStringLiteral("(no message)")
                                  : failed.first().at(0).toString();
        return {};
    }
    if (!m_exporter.running())
        return QStringLiteral("(not running)");
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000))
        return QStringLiteral("(timed out)");
    if (!failed.isEmpty()) {
        *error = failed.first().at(0).toString();
        return {};
    }
    return done.first().at(1).toString();
}

void TestExportController::formatNames_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << "pdf"
                         << "pdf";
    QTest::newRow("PNG upper case") << "PNG"
                                    << "png";
    QTest::newRow("svg") << "svg"
                         << "svg";
    QTest::newRow("csv is the steps table") << "csv"
                                            << "csv";
    QTest::newRow("json") << "json"
                          << "json";
    QTest::newRow("mmd") << "mmd"
                         << "mermaid";
    QTest::newRow("mermaid") << "mermaid"
                             << "mermaid";
    QTest::newRow("docx") << "docx"
                          << "";
    QTest::newRow("none") << ""
                          << "";
}

void TestExportController::formatNames()
{
    QFETCH(QString, suffix);
    QFETCH(QString, format);
    const auto f = exportFormatFromSuffix(suffix);
    QCOMPARE(f ? exportFormatName(*f) : QString(), format);
    if (f)
        QCOMPARE(exportFormatFromName(exportFormatName(*f)), f);
}

void TestExportController::writesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("head"); // what the file starts with
    QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
    QTest::newRow("png") << "png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "svg" << QByteArray("<?xml");
    QTest::newRow("csv") << "csv" << QByteArray("\xEF\xBB\xBFjourney,"); // with a BOM for Excel
    QTest::newRow("votes-csv") << "votes-csv" << QByteArray("\xEF\xBB\xBFrank,");
    QTest::newRow("json") << "json" << QByteArray("{");
    QTest::newRow("mermaid") << "mermaid" << QByteArray("journey");
}

void TestExportController::writesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, head);
    const QString path = m_exporter.suggestedPath(format, m_sofaId);
    QVERIFY2(path.startsWith(m_dir.path()), qPrintable(path)); // beside the document
    QVERIFY(path.endsWith(QLatin1Char('.') + m_exporter.suffix(format)));
    QString error;
    const QString message = exportAndWait(
            path, {{QStringLiteral("format"), format}, {QStringLiteral("journey"), m_sofaId}},
            &error);
    QVERIFY2(!message.isEmpty(), qPrintable(error));
    QVERIFY2(!message.startsWith(u'('), qPrintable(message));
    const QByteArray data = readAll(path);
    QVERIFY2(data.startsWith(head), data.left(40).constData());
    if (format == u"png") {
        const QImage image = QImage::fromData(data);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
    }
}

void TestExportController::pdfOptions()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils (pdfinfo) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("a3.pdf"));
    QString error;
    const QString message = exportAndWait(path,
                                          {{QStringLiteral("format"), QStringLiteral("pdf")},
                                           {QStringLiteral("journey"), m_sofaId},
                                           {QStringLiteral("page"), QStringLiteral("A3")},
                                           {QStringLiteral("workshop"), true}},
                                          &error);
    QVERIFY2(!message.isEmpty(), qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    // A3 landscape: pdfinfo names the size and gives width before height.
    const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts \(A3\))"))
                      .match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble());
    const int pages
            = info.section(QStringLiteral("Pages:"), 1).trimmed().section(u'\n', 0, 0).toInt();
    QVERIFY(pages >= 1);
    QVERIFY2(message.contains(QString::number(pages)), qPrintable(message));
    // Vector text: every card title of the journey can be found in the PDF
    // (titles wrap on the cards, and the PDF uses fi/fl ligatures).
    const auto squeeze = [](QString t) {
        t.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
        t.remove(QRegularExpression(QStringLiteral("\\s+")));
        return t;
    };
    const QString text = squeeze(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    const Journey &sofa = m_controller.document()->workspace().journeys.first();
    QVERIFY(sofa.steps.size() > 30);
    for (const Step &step : sofa.steps)
        QVERIFY2(text.contains(squeeze(step.title)), qPrintable(step.title));
}

void TestExportController::oneJourneyOrAll()
{
    const Workspace &ws = m_controller.document()->workspace();
    QString error;
    const QString one = m_dir.filePath(QStringLiteral("one.json"));
    QVERIFY(!exportAndWait(one, {{QStringLiteral("journey"), m_sofaId}}, &error).isEmpty());
    const QString all = m_dir.filePath(QStringLiteral("all.json"));
    QVERIFY(!exportAndWait(all, {}, &error).isEmpty()); // format from the extension
    const QByteArray oneText = readAll(one);
    const QByteArray allText = readAll(all);
    for (const Journey &j : ws.journeys) {
        const QByteArray id = "\"" + j.id.toUtf8() + "\"";
        QVERIFY(allText.contains(id));
        QCOMPARE(oneText.contains(id), j.id == m_sofaId);
    }
}

void TestExportController::failureKeepsOldFile()
{
    // A folder that is not there: nothing can be written, and an existing
    // file elsewhere is not touched by the attempt.
    const QString target = m_dir.filePath(QStringLiteral("keep.csv"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old contents\n");
    f.close();
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    QVERIFY(exportAndWait(missing, {}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("out.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    // A journey that is gone refuses to start; the file keeps its bytes.
    error.clear();
    QVERIFY(exportAndWait(target, {{QStringLiteral("journey"), QStringLiteral("no-such")}}, &error)
                    .isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(target), QByteArray("old contents\n"));
    QVERIFY(!m_exporter.running());
}

void TestExportController::observedOverlay()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    Document *doc = m_controller.document();
    QVERIFY(m_exporter.observedJourneys().isEmpty());
    // An event log over the first steps of the sofa journey: three cases.
    const Journey &sofa = doc->workspace().journeys.first();
    QByteArray csv = "case,activity,time\n";
    for (int c = 1; c <= 3; ++c) {
        for (int i = 0; i < 3; ++i)
            csv += "k" + QByteArray::number(c) + ",\"" + sofa.steps[i].title.toUtf8() + "\","
                   + "2026-03-01T10:0" + QByteArray::number(i + c) + ":00Z\n";
    }
    DataFile file;
    QString error;
    ObservedJourney observed;
    QVERIFY2(file.setBytes(csv, &error), qPrintable(error));
    QVERIFY2(events::importEventLog(file, sofa, {}, &observed, &error), qPrintable(error));
    QCOMPARE(observed.cases, 3);
    QSignalSpy offered(&m_exporter, &ExportController::observedJourneysChanged);
    QVERIFY2(m_controller.undoStack()->tryPush(new ImportEventsCommand(doc, observed), &error),
             qPrintable(error));
    QTRY_COMPARE(m_exporter.observedJourneys(), QStringList({m_sofaId}));
    QVERIFY(!offered.isEmpty());

    // Only the overlay writes "3 cases" on the steps' badges (the English
    // plural form of "%n case(s)", loaded in initTestCase).
    const QRegularExpression badge(QStringLiteral("\\b3\\s+cases\\b"));
    auto pdfText = [&](bool withObserved) {
        const QString path = m_dir.filePath(withObserved ? QStringLiteral("observed.pdf")
                                                         : QStringLiteral("planned.pdf"));
        QString failure;
        const QString message = exportAndWait(path,
                                              {{QStringLiteral("format"), QStringLiteral("pdf")},
                                               {QStringLiteral("journey"), m_sofaId},
                                               {QStringLiteral("observed"), withObserved}},
                                              &failure);
        if (message.isEmpty())
            qWarning("export: %s", qPrintable(failure));
        return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    };
    const QString with = pdfText(true);
    const QString without = pdfText(false);
    QVERIFY(!with.isEmpty() && !without.isEmpty());
    QCOMPARE(with.count(badge), 3);
    QCOMPARE(without.count(badge), 0);
    QVERIFY2(!with.contains(QStringLiteral("(s)")), qPrintable(with.left(2000)));

    // The PNG changes too; CSV ignores the option.
    QString failure;
    const QString plainPng = m_dir.filePath(QStringLiteral("planned.png"));
    const QString observedPng = m_dir.filePath(QStringLiteral("observed.png"));
    QVERIFY(!exportAndWait(plainPng, {{QStringLiteral("journey"), m_sofaId}}, &failure).isEmpty());
    QVERIFY(!exportAndWait(
                     observedPng,
                     {{QStringLiteral("journey"), m_sofaId}, {QStringLiteral("observed"), true}},
                     &failure)
                     .isEmpty());
    QVERIFY(QImage(plainPng) != QImage(observedPng));
    const QString csvOut = m_dir.filePath(QStringLiteral("observed.csv"));
    QVERIFY(!exportAndWait(csvOut, {{QStringLiteral("observed"), true}}, &failure).isEmpty());

    // Undone, the journey has no event data and the overlay is no longer offered.
    QVERIFY(m_controller.undo());
    QTRY_VERIFY(m_exporter.observedJourneys().isEmpty());
}

void TestExportController::refusesBadRequests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QVariantMap>("options");
    QTest::newRow("unknown extension") << "out.docx" << QVariantMap{};
    QTest::newRow("unknown format")
            << "out.pdf" << QVariantMap{{QStringLiteral("format"), QStringLiteral("xls")}};
    QTest::newRow("unknown page") << "out.pdf"
                                  << QVariantMap{{QStringLiteral("page"), QStringLiteral("B5")}};
    QTest::newRow("no file") << "" << QVariantMap{};
}

void TestExportController::refusesBadRequests()
{
    QFETCH(QString, file);
    QFETCH(QVariantMap, options);
    QSignalSpy failed(&m_exporter, &ExportController::failed);
    const QString path = file.isEmpty() ? file : m_dir.filePath(file);
    QVERIFY(!m_exporter.start(path, options));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QVERIFY(!m_exporter.running());
    if (!file.isEmpty())
        QVERIFY(!QFile::exists(path));
}

void TestExportController::documentClosedWhileWriting()
{
    // The worker writes a copy: closing (destroying) the document while a
    // big PDF is being written changes nothing for it. Under the sanitizer
    // build a worker that still read the document would be caught here.
    const QString path = m_dir.filePath(QStringLiteral("closed.pdf"));
    QSignalSpy done(&m_exporter, &ExportController::finished);
    QSignalSpy failed(&m_exporter, &ExportController::failed);
    QVERIFY(m_exporter.start(path, {{QStringLiteral("page"), QStringLiteral("A4")},
                                    {QStringLiteral("workshop"), true}}));
    const QString file = m_controller.filePath();
    m_controller.close();
    QVERIFY(!m_controller.document());
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    QVERIFY(readAll(path).startsWith("%PDF-"));
    // A second export without a document is refused with a message.
    QVERIFY(!m_exporter.start(m_dir.filePath(QStringLiteral("none.pdf")), {}));
    QVERIFY(m_controller.open(file));
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
