// The QML list models (journeys, personas, channels, metrics, stages, lanes)
// on a real sample file, under QAbstractItemModelTester, while MapEditor
// edits the document through core's commands and the undo stack takes the
// edits back: the tester must find nothing and the rows must follow.

#include "commands/applytemplate.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "listmodels.h"
#include "mapeditor.h"
#include "storage/documentfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace waymark;

namespace {

// The values of one role, row by row.
QStringList column(const DocumentListModel &model, const char *role)
{
    const int r = model.roleNames().key(role, -1);
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out.append(model.data(model.index(i), r).toString());
    return out;
}

} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsMatchTheFile();
    void stageEditsAndUndo();
    void laneEditsAndUndo();
    void renameIsDataChangedNotReset();
    void personasAndChannels();
    void journeysDuplicateAndDelete();
    void switchingJourneyAndClosing();

private:
    // Every model under a tester that fails the test on the first fault.
    template<typename M>
    M *watched()
    {
        auto *m = new M(this);
        m_models.append(m);
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        return m;
    }
    const Journey &journey(const QString &id) const
    {
        const Journey *j = m_controller->document()->workspace().journey(id);
        Q_ASSERT(j);
        return *j;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<MapEditor> m_editor;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QList<DocumentListModel *> m_models;
    JourneyListModel *m_journeys = nullptr;
    PersonaListModel *m_personas = nullptr;
    ChannelListModel *m_channels = nullptr;
    MetricListModel *m_metrics = nullptr;
    StageListModel *m_stages = nullptr;
    LaneListModel *m_lanes = nullptr;
    QString m_journeyId;
};

void TestListModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("sample.cjm"));
    {
        OpenResult created = createDocument(path);
        QVERIFY2(created.document, qPrintable(created.error));
        QString error;
        QVERIFY2(applyTemplate(created.document.get(), Template::Sample, &error),
                 qPrintable(error));
    } // closed: the controller opens the file as a person would

    m_controller = std::make_unique<DocumentController>();
    m_journeys = watched<JourneyListModel>();
    m_personas = watched<PersonaListModel>();
    m_channels = watched<ChannelListModel>();
    m_metrics = watched<MetricListModel>();
    m_stages = watched<StageListModel>();
    m_lanes = watched<LaneListModel>();
    // Models attached before the file opens, as in the window.
    for (DocumentListModel *m : std::as_const(m_models))
        m->setDocument(m_controller.get());
    QCOMPARE(m_journeys->rowCount(), 0);

    QVERIFY(m_controller->open(path));
    QVERIFY(!m_controller->readOnly());
    QVERIFY(m_journeys->rowCount() > 0);
    m_journeyId = m_journeys->get(0).value(QStringLiteral("id")).toString();
    m_stages->setJourneyId(m_journeyId);
    m_lanes->setJourneyId(m_journeyId);
    m_editor = std::make_unique<MapEditor>();
    m_editor->setDocument(m_controller.get());
    m_editor->setJourneyId(m_journeyId);
}

void TestListModels::cleanup()
{
    m_testers.clear();
    qDeleteAll(m_models);
    m_models.clear();
    m_editor.reset();
    m_controller.reset();
    m_dir.reset();
}

void TestListModels::rowsMatchTheFile()
{
    const Workspace &ws = m_controller->document()->workspace();
    QCOMPARE(m_journeys->rowCount(), int(ws.journeys.size()));
    QCOMPARE(m_personas->rowCount(), int(ws.personas.size()));
    QCOMPARE(m_channels->rowCount(), int(ws.channels.size()));
    QCOMPARE(m_metrics->rowCount(), int(ws.metricDefs.size()));
    QVERIFY(ws.personas.size() >= 2);
    QVERIFY(ws.channels.size() >= 3);

    const Journey &j = journey(m_journeyId);
    QStringList stageNames, laneNames;
    for (const Stage &s : j.stages)
        stageNames.append(s.name);
    for (const Lane &l : j.lanes)
        laneNames.append(l.name);
    QCOMPARE(column(*m_stages, "name"), stageNames);
    QCOMPARE(column(*m_lanes, "name"), laneNames);
    // DisplayRole is the name, for views without roles.
    QCOMPARE(m_stages->data(m_stages->index(0), Qt::DisplayRole).toString(), stageNames.first());

    // The step count of a journey and the uses of a channel come from the cards.
    QCOMPARE(m_journeys->get(0).value(QStringLiteral("steps")).toInt(), int(j.steps.size()));
    int webUses = 0;
    for (const Journey &each : ws.journeys) {
        for (const Step &s : each.steps)
            webUses += s.channel == u"web";
    }
    const int web = m_channels->indexOf(QStringLiteral("web"));
    QVERIFY(web >= 0);
    QCOMPARE(m_channels->get(web).value(QStringLiteral("uses")).toInt(), webUses);
    QVERIFY(webUses > 0);
}

void TestListModels::stageEditsAndUndo()
{
    const QStringList before = column(*m_stages, "id");
    QSignalSpy count(m_stages, &DocumentListModel::countChanged);

    const QString added = m_editor->addStage(QStringLiteral("Financing"), 2);
    QVERIFY(!added.isEmpty());
    QCOMPARE(m_stages->rowCount(), before.size() + 1);
    QCOMPARE(m_stages->indexOf(added), 2);
    QCOMPARE(m_stages->get(2).value(QStringLiteral("name")).toString(), u"Financing");
    QCOMPARE(count.size(), 1);

    QVERIFY(m_editor->moveStage(2, 0));
    QCOMPARE(m_stages->indexOf(added), 0);
    QVERIFY(m_editor->deleteStage(before.first()));
    QCOMPARE(m_stages->indexOf(before.first()), -1);

    // Undo all three: the rows are the file's first rows again.
    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->undo());
    QCOMPARE(m_stages->indexOf(added), 2);
    QVERIFY(m_controller->undo());
    QCOMPARE(column(*m_stages, "id"), before);
    QVERIFY(m_controller->redo());
    QCOMPARE(m_stages->indexOf(added), 2);
}

void TestListModels::laneEditsAndUndo()
{
    const QStringList before = column(*m_lanes, "id");
    const QString added = m_editor->addLane(QStringLiteral("Staff"), QStringLiteral("custom"), 1);
    QVERIFY(!added.isEmpty());
    QCOMPARE(m_lanes->indexOf(added), 1);
    QCOMPARE(m_lanes->get(1).value(QStringLiteral("kind")).toString(), u"custom");

    QVERIFY(m_editor->setLaneField(added, QStringLiteral("kind"), QStringLiteral("backstage")));
    QCOMPARE(m_lanes->get(1).value(QStringLiteral("kind")).toString(), u"backstage");
    QVERIFY(m_editor->moveLane(1, int(before.size())));
    QCOMPARE(m_lanes->indexOf(added), int(before.size()));

    QVERIFY(m_controller->undo());
    QCOMPARE(m_lanes->indexOf(added), 1);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_lanes->get(1).value(QStringLiteral("kind")).toString(), u"custom");
    QVERIFY(m_controller->undo());
    QCOMPARE(column(*m_lanes, "id"), before);
}

// A rename keeps the rows: one dataChanged, no reset (views keep their
// current item and scroll position); edits elsewhere signal nothing.
void TestListModels::renameIsDataChangedNotReset()
{
    QSignalSpy reset(m_stages, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_stages, &QAbstractItemModel::dataChanged);
    QSignalSpy revision(m_stages, &DocumentListModel::revisionChanged);
    const QString id = m_stages->get(1).value(QStringLiteral("id")).toString();

    QVERIFY(m_editor->setStageField(id, QStringLiteral("name"), QStringLiteral("Shopping around")));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_stages->get(1).value(QStringLiteral("name")).toString(), u"Shopping around");
    QCOMPARE(revision.size(), 1);

    // A card edit changes no stage: nothing is signalled.
    const QString step = journey(m_journeyId).steps.first().id;
    QVERIFY(m_editor->setStepField({step}, QStringLiteral("title"), QStringLiteral("Renamed")));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(revision.size(), 1);

    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->undo());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(reset.size(), 0);
    QVERIFY(m_stages->get(1).value(QStringLiteral("name")).toString() != u"Shopping around");
}

void TestListModels::personasAndChannels()
{
    const int personas = m_personas->rowCount();
    const QString persona = m_editor->addPersona(QStringLiteral("Olga"));
    QCOMPARE(m_personas->rowCount(), personas + 1);
    QVERIFY(m_editor->setPersonaField(persona, QStringLiteral("goals"), QStringLiteral("Sleep")));
    QCOMPARE(
            m_personas->get(m_personas->indexOf(persona)).value(QStringLiteral("goals")).toString(),
            u"Sleep");
    QVERIFY(m_editor->deletePersona(persona));
    QCOMPARE(m_personas->indexOf(persona), -1);
    QVERIFY(m_controller->undo());
    QCOMPARE(
            m_personas->get(m_personas->indexOf(persona)).value(QStringLiteral("goals")).toString(),
            u"Sleep");

    // A channel's uses follow the cards that name it.
    const QString channel = m_editor->addChannel(
            QStringLiteral("Billboard"), QStringLiteral("physical"), QStringLiteral("store"));
    QVERIFY(!channel.isEmpty());
    const int row = m_channels->indexOf(channel);
    QCOMPARE(m_channels->get(row).value(QStringLiteral("uses")).toInt(), 0);
    const Journey &j = journey(m_journeyId);
    const QStringList two{j.steps.at(0).id, j.steps.at(1).id};
    QVERIFY(m_editor->setStepField(two, QStringLiteral("channel"), channel));
    QCOMPARE(m_channels->get(row).value(QStringLiteral("uses")).toInt(), 2);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_channels->get(row).value(QStringLiteral("uses")).toInt(), 0);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_channels->indexOf(channel), -1);
}

void TestListModels::journeysDuplicateAndDelete()
{
    const int journeys = m_journeys->rowCount();
    const QString copy = m_editor->duplicateAsFutureState(m_journeyId);
    QVERIFY(!copy.isEmpty());
    QCOMPARE(m_journeys->rowCount(), journeys + 1);
    const QVariantMap row = m_journeys->get(m_journeys->indexOf(copy));
    QCOMPARE(row.value(QStringLiteral("state")).toString(), u"future");
    QCOMPARE(row.value(QStringLiteral("steps")).toInt(), int(journey(m_journeyId).steps.size()));

    QVERIFY(m_editor->deleteJourney(m_journeyId));
    QCOMPARE(m_journeys->indexOf(m_journeyId), -1);
    // The stage and lane lists of a journey that is gone are empty, not stale.
    QCOMPARE(m_stages->rowCount(), 0);
    QCOMPARE(m_lanes->rowCount(), 0);

    QVERIFY(m_controller->undo());
    QVERIFY(m_stages->rowCount() > 0);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_journeys->rowCount(), journeys);
    QCOMPARE(m_journeys->indexOf(copy), -1);
}

void TestListModels::switchingJourneyAndClosing()
{
    QVERIFY(m_journeys->rowCount() >= 2);
    const QString other = m_journeys->get(1).value(QStringLiteral("id")).toString();
    m_stages->setJourneyId(other);
    QStringList names;
    for (const Stage &s : journey(other).stages)
        names.append(s.name);
    QCOMPARE(column(*m_stages, "name"), names);
    m_stages->setJourneyId(QStringLiteral("no-such-journey"));
    QCOMPARE(m_stages->rowCount(), 0);

    m_controller->close();
    for (DocumentListModel *m : std::as_const(m_models))
        QCOMPARE(m->rowCount(), 0);
    QCOMPARE(m_journeys->get(0), QVariantMap());
    QCOMPARE(m_journeys->indexOf(m_journeyId), -1);
}

QTEST_MAIN(TestListModels)
#include "tst_listmodels.moc"
