// File > Print, File > Save a copy as and the card tooltip, through their
// controllers on a real file: the print goes to a PDF file printer
// (QPrinter::PdfFormat) and is read back with pdfinfo and pdftotext; the
// copy is opened as a document of its own.

#include "cardtips.h"
#include "commands/applytemplate.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "formats/pdfexport.h"
#include "printcontroller.h"
#include "storage/documentfile.h"
#include "storage/savecopy.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestFileCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printToPdfFile_data();
    void printToPdfFile();
    void printRefusesBadPrinter();
    void saveCopy();
    void saveCopyRefuses();
    void cardTips();

private:
    QTemporaryDir m_dir;
    DocumentController m_controller;
    QString m_path;
};

void TestFileCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sofa.cjm"));
    {
        OpenResult created = createDocument(m_path);
        QVERIFY2(created.document, qPrintable(created.error));
        QString error;
        QVERIFY2(applyTemplate(created.document.get(), Template::Sample, &error),
                 qPrintable(error));
    }
    QVERIFY(m_controller.open(m_path));
}

void TestFileCommands::printToPdfFile_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<bool>("portrait");
    QTest::addColumn<QString>("journey");
    QTest::newRow("A4 landscape, one journey") << "A4" << false << "sofa";
    QTest::newRow("A3 portrait, one journey") << "A3" << true << "sofa";
    QTest::newRow("Letter, all journeys") << "Letter" << false << "";
}

// The printed pages are the PDF export's: as many, the same size, the same text.
void TestFileCommands::printToPdfFile()
{
    QFETCH(QString, paper);
    QFETCH(bool, portrait);
    QFETCH(QString, journey);
    PrintController printer;
    printer.setProperty("document", QVariant::fromValue(&m_controller));
    QSignalSpy printed(&printer, &PrintController::printed);
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    tag.remove(u' ').remove(u',');
    const QString out = m_dir.filePath(QStringLiteral("printed-%1.pdf").arg(tag));
    QVERIFY(printer.print({}, out, journey, paper, portrait, 1, {}));
    QCOMPARE(printed.size(), 1);

    MapExportOptions options;
    options.page = *pageFormatFromName(paper);
    options.portrait = portrait;
    PdfReport report;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(writePdf(m_controller.document()->workspace(),
                      journey.isEmpty() ? QStringList() : QStringList{journey}, options, &buffer,
                      &error, &report),
             qPrintable(error));
    QVERIFY(report.pages.size() >= 1);
    QCOMPARE(printer.lastPageCount(), int(report.pages.size()));
    QCOMPARE(pdfPages(out), int(report.pages.size()));

    // Page size: the paper asked for, in the orientation asked for.
    const QString info = run(QStringLiteral("pdfinfo"), {out});
    const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                      .match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    const QSizeF expected = paperSize(options.page, portrait);
    QVERIFY2(std::abs(size.captured(1).toDouble() - expected.width()) < 2
                     && std::abs(size.captured(2).toDouble() - expected.height()) < 2,
             qPrintable(info));

    // The cards are text, as in the export.
    const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Visits the showroom")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Awareness")));
    if (journey.isEmpty())
        QVERIFY(text.contains(QStringLiteral("future state")));
}

void TestFileCommands::printRefusesBadPrinter()
{
    PrintController printer;
    printer.setProperty("document", QVariant::fromValue(&m_controller));
    QSignalSpy failed(&m_controller, &DocumentController::failed);
    QVERIFY(!printer.print(QStringLiteral("no-such-printer-here"), {}, QStringLiteral("sofa"),
                           QStringLiteral("A4"), false, 1, {}));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("no-such-printer-here")),
             qPrintable(failed.first().at(0).toString()));
    // An output file in a folder that does not exist.
    QVERIFY(!printer.print({}, m_dir.filePath(QStringLiteral("nope/out.pdf")),
                           QStringLiteral("sofa"), QStringLiteral("A4"), false, 1, {}));
    QCOMPARE(failed.size(), 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope/out.pdf"))));
}

void TestFileCommands::saveCopy()
{
    const Workspace before = m_controller.document()->workspace();
    const QString copy = m_dir.filePath(QStringLiteral("copy.cjm"));
    QSignalSpy notice(&m_controller, &DocumentController::notice);
    QVERIFY(m_controller.saveCopy(QUrl::fromLocalFile(copy).toString()));
    QCOMPARE(notice.size(), 1);
    // The window keeps the original.
    QCOMPARE(m_controller.document()->filePath(), m_path);
    QVERIFY(!m_controller.readOnly());

    {
        OpenResult reopened = openDocument(copy);
        QVERIFY2(reopened.document, qPrintable(reopened.error));
        QVERIFY2(reopened.document->workspace() == before, "the copy differs");
        QString error;
        QVERIFY2(reopened.document->integrityCheck(&error), qPrintable(error));
    }

    // Later edits go to the original only; a second copy replaces the first.
    Journey j = *m_controller.document()->workspace().journey(u"sofa");
    Step s = *j.step(u"c01");
    s.title = QStringLiteral("Edited after the copy");
    QString error;
    QVERIFY(m_controller.document()->updateSteps(j.id, {s}, &error));
    {
        OpenResult reopened = openDocument(copy);
        QVERIFY(reopened.document);
        QCOMPARE(reopened.document->workspace().journey(u"sofa")->step(u"c01")->title,
                 before.journey(u"sofa")->step(u"c01")->title);
    }
    QVERIFY(m_controller.saveCopy(copy));
    OpenResult again = openDocument(copy);
    QVERIFY(again.document);
    QCOMPARE(again.document->workspace().journey(u"sofa")->step(u"c01")->title,
             QStringLiteral("Edited after the copy"));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
}

void TestFileCommands::saveCopyRefuses()
{
    QSignalSpy failed(&m_controller, &DocumentController::failed);
    // Onto the open file itself.
    QVERIFY(!m_controller.saveCopy(m_path));
    // Into a folder that does not exist.
    QVERIFY(!m_controller.saveCopy(m_dir.filePath(QStringLiteral("missing/copy.cjm"))));
    QCOMPARE(failed.size(), 2);
    QVERIFY(m_controller.document());
    QString error;
    QVERIFY(m_controller.document()->integrityCheck(&error));
}

void TestFileCommands::cardTips()
{
    CardTips tips;
    tips.setProperty("document", QVariant::fromValue(&m_controller));
    tips.setProperty("journeyId", QStringLiteral("sofa"));
    // A short title fits: no tooltip.
    QVariantMap tip = tips.tip(QStringLiteral("c18"));
    QCOMPARE(tip.value(QStringLiteral("cut")).toBool(), false);
    QVERIFY(tip.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Enjoys")));

    // A long one is cut on the map: the tooltip has it whole, with the owner.
    Journey j = *m_controller.document()->workspace().journey(u"sofa");
    Step s = *j.step(u"c03");
    s.title = QStringLiteral("Browses sofas on the website for a long time, comparing every "
                             "fabric, every colour and every leg, and then starts again");
    QString error;
    QVERIFY(m_controller.document()->updateSteps(j.id, {s}, &error));
    tip = tips.tip(QStringLiteral("c03"));
    QCOMPARE(tip.value(QStringLiteral("cut")).toBool(), true);
    const QString text = tip.value(QStringLiteral("text")).toString();
    QVERIFY2(text.startsWith(s.title), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Owner: E-commerce")), qPrintable(text));
    QVERIFY(tips.tip(QStringLiteral("no-such-card")).isEmpty());

    // With its description and its metric (all time, all customers; not a
    // month's value).
    s = *m_controller.document()->workspace().journey(u"sofa")->step(u"c03");
    s.description = QStringLiteral("Looks at three sofas a night for a week.");
    QVERIFY(m_controller.document()->updateSteps(j.id, {s}, &error));
    ImportSource src;
    src.id = QStringLiteral("src-tip");
    src.journey = j.id;
    src.fileName = QStringLiteral("survey.csv");
    src.importedAt = QDateTime::currentDateTimeUtc();
    const MetricValue all{s.id, QStringLiteral("nps"), {}, {}, src.id, 412, 23.4, 0, {}};
    const MetricValue month{
            s.id, QStringLiteral("nps"), QStringLiteral("2026-03"), {}, src.id, 40, -50, 0, {}};
    QVERIFY2(m_controller.document()->insertSource(src, {all, month}, &error), qPrintable(error));
    const QStringList lines = tips.tip(s.id).value(QStringLiteral("text")).toString().split(u'\n');
    QVERIFY2(lines.contains(s.description), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.contains(QStringLiteral("NPS: 23 (n 412)")), qPrintable(lines.join(u'|')));
    QVERIFY2(!lines.join(u'|').contains(QStringLiteral("-50")), qPrintable(lines.join(u'|')));

    // A word too long for the card's width is elided, not split: cut.
    Step word = *m_controller.document()->workspace().journey(u"sofa")->step(u"c18");
    word.title = QStringLiteral("Rindfleischetikettierungsüberwachung");
    QVERIFY(m_controller.document()->updateSteps(j.id, {word}, &error));
    QCOMPARE(tips.tip(word.id).value(QStringLiteral("cut")).toBool(), true);
}

QTEST_MAIN(TestFileCommands)

#include "tst_filecommands.moc"
