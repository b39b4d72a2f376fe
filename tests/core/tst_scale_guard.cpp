// A guard, not a benchmark: a 20,000-step journey with 60,000 links without
// ids is read from JSON and written into a new .cjm file, then opened and
// laid out, under a generous CTest timeout. Before the id-indexed model this
// took over ten minutes (a linear look-up per link and a cubic id search);
// the figures are printed by tests/bench/bench_scale.

#include "commands/documentcommand.h"
#include "commands/importcommand.h"
#include "document/document.h"
#include "formats/jsonimport.h"
#include "layout/maplayout.h"
#include "storage/documentfile.h"

#include "scalemap.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace waymark;

class TestScaleGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importOpenLayout20k();
};

void TestScaleGuard::importOpenLayout20k()
{
    constexpr int kSteps = 20000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.cjm"));
    {
        Workspace ws;
        QString error;
        QVERIFY2(readJson(test::makeScaleJson(kSteps, false), &ws, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(ws.journeys.size(), 1);
        QCOMPARE(ws.journeys[0].steps.size(), kSteps);
        // Every link got an id of its own.
        QSet<QString> ids;
        for (const Link &l : ws.journeys[0].links)
            ids.insert(l.id);
        QCOMPARE(ids.size(), ws.journeys[0].links.size());
        QVERIFY(!ids.contains(QString()));

        OpenResult created = createDocument(path);
        QVERIFY2(created.document, qPrintable(created.error));
        std::unique_ptr<DocumentCommand> cmd(
                makeImportCommand(created.document.get(), ws, nullptr));
        cmd->redo();
        QVERIFY2(!cmd->hasFailed(), qPrintable(cmd->error()));
    }
    OpenResult opened = openDocument(path);
    QVERIFY2(opened.document, qPrintable(opened.error));
    const Journey *j = opened.document->journey(u"big");
    QVERIFY(j);
    QCOMPARE(j->steps.size(), kSteps);
    const MapLayout layout = MapLayout::compute(*j);
    QCOMPARE(layout.cards().size(), kSteps);
    // The index answers like a scan would.
    QCOMPARE(j->stepIndex(u"st12345"), 12345);
    QCOMPARE(j->outgoing(u"st100").size(), 3);
}

QTEST_GUILESS_MAIN(TestScaleGuard)
#include "tst_scale_guard.moc"
