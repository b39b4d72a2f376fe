// The QML list models (journeys, personas, channels, metrics, stages, lanes)
// on a real sample file, under QAbstractItemModelTester, while MapEditor
// edits the document through core's commands and the undo stack takes the
// edits back: the tester must find nothing and the rows must follow.

#include "cardeditor.h"
#include "commands/applytemplate.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "journeyeditor.h"
#include "libraryeditor.h"
#include "listmodels.h"
#include "mapeditor.h"
#include "storage/documentfile.h"
#include "structureeditor.h"

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
    void rolesAreTheEnum();
    void addIsRowsInsertedNotReset();
    void deleteIsRowsRemovedNotReset();
    void moveIsRowsMovedNotReset();
    void cardEditsReachOnlyTheirRows();

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

    const QString added = m_editor->structure()->addStage(QStringLiteral("Financing"), 2);
    QVERIFY(!added.isEmpty());
    QCOMPARE(m_stages->rowCount(), before.size() + 1);
    QCOMPARE(m_stages->indexOf(added), 2);
    QCOMPARE(m_stages->get(2).value(QStringLiteral("name")).toString(), u"Financing");
    QCOMPARE(count.size(), 1);

    QVERIFY(m_editor->structure()->moveStage(2, 0));
    QCOMPARE(m_stages->indexOf(added), 0);
    QVERIFY(m_editor->structure()->deleteStage(before.first()));
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
    const QString added
            = m_editor->structure()->addLane(QStringLiteral("Staff"), QStringLiteral("custom"), 1);
    QVERIFY(!added.isEmpty());
    QCOMPARE(m_lanes->indexOf(added), 1);
    QCOMPARE(m_lanes->get(1).value(QStringLiteral("kind")).toString(), u"custom");

    QVERIFY(m_editor->structure()->setLaneField(added, QStringLiteral("kind"),
                                                QStringLiteral("backstage")));
    QCOMPARE(m_lanes->get(1).value(QStringLiteral("kind")).toString(), u"backstage");
    QVERIFY(m_editor->structure()->moveLane(1, int(before.size())));
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

    QVERIFY(m_editor->structure()->setStageField(id, QStringLiteral("name"),
                                                 QStringLiteral("Shopping around")));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_stages->get(1).value(QStringLiteral("name")).toString(), u"Shopping around");
    QCOMPARE(revision.size(), 1);

    // A card edit changes no stage: nothing is signalled.
    const QString step = journey(m_journeyId).steps.first().id;
    QVERIFY(m_editor->cards()->setStepField({step}, QStringLiteral("title"),
                                            QStringLiteral("Renamed")));
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
    const QString persona = m_editor->library()->addPersona(QStringLiteral("Olga"));
    QCOMPARE(m_personas->rowCount(), personas + 1);
    QVERIFY(m_editor->library()->setPersonaField(persona, QStringLiteral("goals"),
                                                 QStringLiteral("Sleep")));
    QCOMPARE(
            m_personas->get(m_personas->indexOf(persona)).value(QStringLiteral("goals")).toString(),
            u"Sleep");
    QVERIFY(m_editor->library()->deletePersona(persona));
    QCOMPARE(m_personas->indexOf(persona), -1);
    QVERIFY(m_controller->undo());
    QCOMPARE(
            m_personas->get(m_personas->indexOf(persona)).value(QStringLiteral("goals")).toString(),
            u"Sleep");

    // A channel's uses follow the cards that name it.
    const QString channel = m_editor->library()->addChannel(
            QStringLiteral("Billboard"), QStringLiteral("physical"), QStringLiteral("store"));
    QVERIFY(!channel.isEmpty());
    const int row = m_channels->indexOf(channel);
    QCOMPARE(m_channels->get(row).value(QStringLiteral("uses")).toInt(), 0);
    const Journey &j = journey(m_journeyId);
    const QStringList two{j.steps.at(0).id, j.steps.at(1).id};
    QVERIFY(m_editor->cards()->setStepField(two, QStringLiteral("channel"), channel));
    QCOMPARE(m_channels->get(row).value(QStringLiteral("uses")).toInt(), 2);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_channels->get(row).value(QStringLiteral("uses")).toInt(), 0);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_channels->indexOf(channel), -1);
}

void TestListModels::journeysDuplicateAndDelete()
{
    const int journeys = m_journeys->rowCount();
    const QString copy = m_editor->journeys()->duplicateAsFutureState(m_journeyId);
    QVERIFY(!copy.isEmpty());
    QCOMPARE(m_journeys->rowCount(), journeys + 1);
    const QVariantMap row = m_journeys->get(m_journeys->indexOf(copy));
    QCOMPARE(row.value(QStringLiteral("state")).toString(), u"future");
    QCOMPARE(row.value(QStringLiteral("steps")).toInt(), int(journey(m_journeyId).steps.size()));

    QVERIFY(m_editor->journeys()->deleteJourney(m_journeyId));
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

// The roles are each model's enum; QML reads them by the same names.
void TestListModels::rolesAreTheEnum()
{
    QCOMPARE(m_stages->roleNames().value(StageListModel::NameRole), QByteArray("name"));
    QCOMPARE(m_lanes->roleNames().value(LaneListModel::KindRole), QByteArray("kind"));
    QCOMPARE(m_channels->roleNames().value(ChannelListModel::UsesRole), QByteArray("uses"));
    const Journey &j = journey(m_journeyId);
    QCOMPARE(m_lanes->data(m_lanes->index(0), LaneListModel::IdRole).toString(), j.lanes[0].id);
    QCOMPARE(m_lanes->data(m_lanes->index(0), LaneListModel::KindRole).toString(),
             enumName(j.lanes[0].kind));
    QCOMPARE(m_journeys->data(m_journeys->index(0), JourneyListModel::StepsRole).toInt(),
             int(j.steps.size()));
}

// Adding a stage, a persona or a journey inserts one row where it goes: the
// views keep their current item and scroll position (no reset).
void TestListModels::addIsRowsInsertedNotReset()
{
    QSignalSpy reset(m_stages, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_stages, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_stages, &QAbstractItemModel::rowsRemoved);
    const QString added = m_editor->structure()->addStage(QStringLiteral("Financing"), 2);
    QVERIFY(!added.isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);

    QSignalSpy personaReset(m_personas, &QAbstractItemModel::modelReset);
    QSignalSpy personaInserted(m_personas, &QAbstractItemModel::rowsInserted);
    const int last = m_personas->rowCount();
    QVERIFY(!m_editor->library()->addPersona(QStringLiteral("Olga")).isEmpty());
    QCOMPARE(personaInserted.size(), 1);
    QCOMPARE(personaInserted.first().at(1).toInt(), last);
    QCOMPARE(personaReset.size(), 0);

    // Undo takes the stage row out again, still without a reset.
    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->undo());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(personaReset.size(), 0);
}

void TestListModels::deleteIsRowsRemovedNotReset()
{
    QSignalSpy reset(m_lanes, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_lanes, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_lanes, &QAbstractItemModel::rowsInserted);
    const QString added
            = m_editor->structure()->addLane(QStringLiteral("Staff"), QStringLiteral("custom"), 1);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(m_editor->structure()->deleteLane(added));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(m_lanes->indexOf(added), -1);
    QCOMPARE(reset.size(), 0);

    // A journey deleted: one row out of the journey list; its stage list
    // empties row by row (another journey is not another document).
    QSignalSpy journeysReset(m_journeys, &QAbstractItemModel::modelReset);
    QSignalSpy journeysRemoved(m_journeys, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_editor->journeys()->deleteJourney(m_journeyId));
    QCOMPARE(journeysRemoved.size(), 1);
    QCOMPARE(journeysReset.size(), 0);
}

void TestListModels::moveIsRowsMovedNotReset()
{
    QSignalSpy reset(m_stages, &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_stages, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_stages, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_stages, &QAbstractItemModel::rowsRemoved);
    const QString first = m_stages->get(0).value(QStringLiteral("id")).toString();
    QVERIFY(m_editor->structure()->moveStage(0, 2));
    QCOMPARE(m_stages->indexOf(first), 2);
    QVERIFY(moved.size() >= 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

// A card's title concerns no list; a card added changes its journey's step
// count (one dataChanged on that row) and a channel's uses follow its cards.
void TestListModels::cardEditsReachOnlyTheirRows()
{
    QSignalSpy journeysChanged(m_journeys, &QAbstractItemModel::dataChanged);
    QSignalSpy journeysReset(m_journeys, &QAbstractItemModel::modelReset);
    QSignalSpy channelsChanged(m_channels, &QAbstractItemModel::dataChanged);
    QSignalSpy channelsReset(m_channels, &QAbstractItemModel::modelReset);
    QSignalSpy stagesChanged(m_stages, &QAbstractItemModel::dataChanged);
    const Journey &j = journey(m_journeyId);
    const QString step = j.steps.first().id;
    QVERIFY(m_editor->cards()->setStepField({step}, QStringLiteral("title"),
                                            QStringLiteral("Renamed")));
    QCOMPARE(journeysChanged.size(), 0);
    QCOMPARE(stagesChanged.size(), 0);

    const int steps = int(j.steps.size());
    const QString added = m_editor->cards()->addStep(
            j.stages[0].id, j.lanes[1].id, QStringLiteral("New"), QStringLiteral("action"));
    QVERIFY(!added.isEmpty());
    QCOMPARE(journeysChanged.size(), 1);
    QCOMPARE(journeysChanged.first().at(0).toModelIndex().row(), m_journeys->indexOf(m_journeyId));
    QCOMPARE(m_journeys->get(m_journeys->indexOf(m_journeyId))
                     .value(QStringLiteral("steps"))
                     .toInt(),
             steps + 1);

    const int web = m_channels->indexOf(QStringLiteral("web"));
    const int uses = m_channels->get(web).value(QStringLiteral("uses")).toInt();
    QVERIFY(m_editor->cards()->setStepField({added}, QStringLiteral("channel"),
                                            QStringLiteral("web")));
    QCOMPARE(m_channels->get(web).value(QStringLiteral("uses")).toInt(), uses + 1);
    QCOMPARE(channelsChanged.size(), 1);
    QCOMPARE(channelsChanged.first().at(0).toModelIndex().row(), web);
    QCOMPARE(journeysReset.size(), 0);
    QCOMPARE(channelsReset.size(), 0);
}

QTEST_MAIN(TestListModels)
#include "tst_listmodels.moc"
