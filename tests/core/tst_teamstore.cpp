// The team workspace store against a real PostgreSQL server that the test
// starts itself (tests/support/pgserver): several clients on one workspace.
#include "commands/documentcommand.h"
#include "commands/fieldcommands.h"
#include "commands/importcommand.h"
#include "commands/picturecommands.h"
#include "commands/undostack.h"
#include "document/changeset.h"
#include "document/document.h"
#include "model/workspace.h"
#include "pg/pgconnection.h"
#include "pgserver.h"
#include "storage/documentfile.h"
#include "teamstore/teamdocument.h"
#include "teamstore/teamschema.h"
#include "teamstore/teamstore.h"
#include "templates/templates.h"

#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <QtTest>
#include <cstdio>

using namespace waymark;

namespace {

// One person's window on a workspace: the store and the model it keeps.
struct Client
{
    std::unique_ptr<TeamStore> store;
    Workspace ws;
    QList<ChangeSet> received; // what catch-ups brought
    int notified = 0;

    bool catchUp()
    {
        ChangeSet change;
        QString error;
        const bool ok = store->catchUp(&ws, &change, &error);
        if (!ok)
            qWarning("catchUp: %s", qPrintable(error));
        else if (!change.isEmpty())
            received.append(change);
        return ok;
    }
    // One edit, as the document makes it: a transaction around the writes.
    bool updateStep(const Step &step, QString *error)
    {
        const QString journey = ws.journeys.first().id;
        if (!store->begin(error))
            return false;
        if (!store->update(journey, &step, error) || !store->commit(error)) {
            store->rollback();
            return false;
        }
        *ws.journeys.first().step(step.id) = step;
        return true;
    }
    Step step(int i) const { return ws.journeys.first().steps.at(i); }
};

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server;
    QString m_uri;

    bool makeWorkspace(const QString &name, const Workspace &content)
    {
        QString error;
        auto c = pg::Connection::open(m_uri, &error);
        if (!c || !team::createWorkspace(*c, name, &error)) {
            qWarning("createWorkspace: %s", qPrintable(error));
            return false;
        }
        auto store = TeamStore::open(m_uri, name, &error);
        if (!store || !store->writeWorkspace(content, &error)) {
            qWarning("writeWorkspace: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    std::unique_ptr<Client> client(const QString &workspace, const QString &person,
                                   const QString &uri = {})
    {
        auto c = std::make_unique<Client>();
        QString error;
        c->store = TeamStore::open(uri.isEmpty() ? m_uri : uri, workspace, &error, {person});
        if (!c->store) {
            qWarning("open: %s", qPrintable(error));
            return nullptr;
        }
        Client *raw = c.get();
        c->store->setRemoteListener([raw] {
            ++raw->notified;
            raw->catchUp();
        });
        if (!c->store->load(&c->ws, &error)) {
            qWarning("load: %s", qPrintable(error));
            return nullptr;
        }
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("cx"), &error), qPrintable(error));
        m_uri = m_server.uri(QStringLiteral("cx"));
    }

    void pushAndLoadGiveTheSameWorkspace()
    {
        const Workspace sample = makeTemplate(Template::Sample);
        QVERIFY(makeWorkspace(QStringLiteral("roundtrip"), sample));
        auto c = client(QStringLiteral("roundtrip"), QStringLiteral("Anna"));
        QVERIFY(c);
        QCOMPARE(c->ws.journeys.size(), sample.journeys.size());
        QCOMPARE(c->ws.journeys.first().steps, sample.journeys.first().steps);
        QVERIFY(c->ws == sample);
        QString error;
        QVERIFY2(c->store->integrityCheck(&error), qPrintable(error));
        QVERIFY(c->store->readOnlyReason().isEmpty());
        QVERIFY(c->store->location().endsWith(QStringLiteral("workspace=roundtrip")));
    }

    void workspaceInTheUri()
    {
        QVERIFY(makeWorkspace(QStringLiteral("inuri"), makeTemplate(Template::Journey)));
        QString error;
        auto store = TeamStore::open(m_uri + QStringLiteral("&workspace=inuri"), {}, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->workspaceName(), QStringLiteral("inuri"));
        QVERIFY(!TeamStore::open(m_uri, {}, &error));
        QVERIFY(error.contains(QStringLiteral("workspace")));
        QVERIFY(!TeamStore::open(m_uri, QStringLiteral("nosuch"), &error));
        QVERIFY2(error.contains(QStringLiteral("no workspace \"nosuch\"")), qPrintable(error));
        QVERIFY(!TeamStore::open(m_uri, QStringLiteral("Bad-Name"), &error));
    }

    void changeReachesTheOtherClient()
    {
        QVERIFY(makeWorkspace(QStringLiteral("notify"), makeTemplate(Template::Sample)));
        auto anna = client(QStringLiteral("notify"), QStringLiteral("Anna"));
        auto dmitry = client(QStringLiteral("notify"), QStringLiteral("Dmitry"));
        QVERIFY(anna && dmitry);
        Step s = anna->step(2);
        s.title = QStringLiteral("Renamed by Anna");
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(anna->updateStep(s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(dmitry->step(2).title, s.title, 1000);
        qInfo("propagated in %lld ms", clock.elapsed());
        QCOMPARE(dmitry->received.size(), 1);
        const ChangeSet &change = dmitry->received.first();
        QVERIFY(change.remote);
        QVERIFY(!change.reset);
        QCOMPARE(change.changed.size(), 1);
        QCOMPARE(change.changed.first().kind, ItemKind::Step);
        QCOMPARE(change.changed.first().id, s.id);
        // Anna's own edit does not come back to her.
        QTest::qWait(100);
        QCOMPARE(anna->notified, 0);
        QVERIFY(anna->ws == dmitry->ws);
    }

    void staleRevisionIsRefused()
    {
        QVERIFY(makeWorkspace(QStringLiteral("conflict"), makeTemplate(Template::Sample)));
        auto anna = client(QStringLiteral("conflict"), QStringLiteral("Anna"));
        auto dmitry = client(QStringLiteral("conflict"), QStringLiteral("Dmitry"));
        QVERIFY(anna && dmitry);
        dmitry->store->setRemoteListener([] {}); // Dmitry has not caught up yet
        Step mine = anna->step(0);
        Step theirs = dmitry->step(0);
        theirs.title = QStringLiteral("Dmitry's title");
        mine.title = QStringLiteral("Anna's title");
        QString error;
        QVERIFY2(dmitry->updateStep(theirs, &error), qPrintable(error));
        QVERIFY(!anna->updateStep(mine, &error));
        QCOMPARE(error, QStringLiteral("this card was changed by Dmitry a moment ago"));
        // The refused item is reloaded: Anna sees Dmitry's title...
        QTRY_COMPARE_WITH_TIMEOUT(anna->step(0).title, theirs.title, 1000);
        // ...and her next edit, now on the current revision, goes through.
        mine = anna->step(0);
        mine.description = QStringLiteral("Anna after reading Dmitry's");
        QVERIFY2(anna->updateStep(mine, &error), qPrintable(error));
        // Dmitry's stale write is refused the same way, naming Anna.
        theirs.owner = QStringLiteral("Dmitry");
        QVERIFY(!dmitry->updateStep(theirs, &error));
        QCOMPARE(error, QStringLiteral("this card was changed by Anna a moment ago"));
    }

    void differentItemsNeverConflict()
    {
        QVERIFY(makeWorkspace(QStringLiteral("apart"), makeTemplate(Template::Sample)));
        std::vector<std::unique_ptr<Client>> clients;
        for (const char *name : {"Anna", "Dmitry", "Chen", "Sofia"}) {
            clients.push_back(client(QStringLiteral("apart"), QString::fromLatin1(name)));
            QVERIFY(clients.back());
            clients.back()->store->setRemoteListener([] {}); // nobody catches up
        }
        QString error;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < int(clients.size()); ++i) {
                Step s = clients[i]->step(i);
                s.title = QStringLiteral("round %1 by %2").arg(round).arg(i);
                QVERIFY2(clients[i]->updateStep(s, &error), qPrintable(error));
            }
        }
        auto fresh = client(QStringLiteral("apart"), QStringLiteral("Reader"));
        for (int i = 0; i < int(clients.size()); ++i)
            QCOMPARE(fresh->step(i).title, QStringLiteral("round 2 by %1").arg(i));
        // Catching up brings everyone to the same state.
        for (auto &c : clients) {
            QVERIFY(c->catchUp());
            QVERIFY(c->ws == fresh->ws);
        }
    }

    void removedItemIsTold()
    {
        QVERIFY(makeWorkspace(QStringLiteral("removed"), makeTemplate(Template::Sample)));
        auto anna = client(QStringLiteral("removed"), QStringLiteral("Anna"));
        auto dmitry = client(QStringLiteral("removed"), QStringLiteral("Dmitry"));
        QVERIFY(anna && dmitry);
        anna->store->setRemoteListener([] {});
        const QString journey = dmitry->ws.journeys.first().id;
        const Step victim = dmitry->step(0);
        QString error;
        QVERIFY(dmitry->store->begin(&error));
        QVERIFY2(dmitry->store->remove(Table::Step, journey, {victim.id}, &error),
                 qPrintable(error));
        QVERIFY(dmitry->store->commit(&error));
        Step edited = anna->step(0);
        edited.title = QStringLiteral("too late");
        QVERIFY(!anna->updateStep(edited, &error));
        QCOMPARE(error, QStringLiteral("this card was removed by Dmitry a moment ago"));
        QVERIFY(anna->catchUp());
        QVERIFY(!anna->ws.journeys.first().step(victim.id));
        QCOMPARE(anna->received.last().removed.first().id, victim.id);
        // Two people adding the same id: the second is told.
        QVERIFY(dmitry->store->begin(&error));
        QVERIFY(dmitry->store->insert(journey, &victim, 0, &error));
        QVERIFY(dmitry->store->commit(&error));
        QVERIFY(anna->store->begin(&error));
        QVERIFY(!anna->store->insert(journey, &victim, 0, &error));
        anna->store->rollback();
        QCOMPARE(error, QStringLiteral("this card was changed by Dmitry a moment ago"));
    }

    void orderReachesTheOtherClient()
    {
        QVERIFY(makeWorkspace(QStringLiteral("order"), makeTemplate(Template::Sample)));
        auto anna = client(QStringLiteral("order"), QStringLiteral("Anna"));
        auto dmitry = client(QStringLiteral("order"), QStringLiteral("Dmitry"));
        QVERIFY(anna && dmitry);
        const QString journey = anna->ws.journeys.first().id;
        const Stage added{QStringLiteral("stage-new"), QStringLiteral("Before all"), {}};
        QString error;
        QVERIFY(anna->store->begin(&error));
        QVERIFY2(anna->store->makeRoom(Table::Stage, journey, 0, &error), qPrintable(error));
        QVERIFY2(anna->store->insert(journey, &added, 0, &error), qPrintable(error));
        QVERIFY2(anna->store->moveRow(Table::Lane, journey, 0, 2, &error), qPrintable(error));
        QVERIFY(anna->store->commit(&error));
        QList<Lane> lanes = anna->ws.journeys.first().lanes;
        lanes.move(0, 2);
        QTRY_COMPARE_WITH_TIMEOUT(dmitry->ws.journeys.first().stages.first(), added, 1000);
        QCOMPARE(dmitry->ws.journeys.first().lanes, lanes);
        auto fresh = client(QStringLiteral("order"), QStringLiteral("Reader"));
        QVERIFY(fresh->ws == dmitry->ws);
    }

    void readOnlyRole()
    {
        QVERIFY(makeWorkspace(QStringLiteral("readonly"), makeTemplate(Template::Sample)));
        QString error;
        QVERIFY2(m_server.createRole(QStringLiteral("viewer"), &error), qPrintable(error));
        QVERIFY2(m_server.createRole(QStringLiteral("editor"), &error), qPrintable(error));
        auto admin = pg::Connection::open(m_uri, &error);
        QVERIFY(admin);
        QVERIFY2(team::grantWorkspace(*admin, QStringLiteral("readonly"), QStringLiteral("viewer"),
                                      team::Access::ReadOnly, &error),
                 qPrintable(error));
        QVERIFY(team::grantWorkspace(*admin, QStringLiteral("readonly"), QStringLiteral("editor"),
                                     team::Access::Edit, &error));
        auto viewer = client(QStringLiteral("readonly"), {},
                             m_server.uri(QStringLiteral("cx"), QStringLiteral("viewer")));
        QVERIFY(viewer);
        QCOMPARE(viewer->store->readOnlyReason(),
                 QStringLiteral("your role \"viewer\" may only read the team workspace "
                                "\"readonly\""));
        QVERIFY(!viewer->store->begin(&error));
        QCOMPARE(error, viewer->store->readOnlyReason());
        auto editor = client(QStringLiteral("readonly"), {},
                             m_server.uri(QStringLiteral("cx"), QStringLiteral("editor")));
        QVERIFY(editor);
        QVERIFY(editor->store->readOnlyReason().isEmpty());
        Step s = editor->step(0);
        s.title = QStringLiteral("edited by the editor role");
        QVERIFY2(editor->updateStep(s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->step(0).title, s.title, 1000);
        // Taking the edit right away makes the editor a reader.
        QVERIFY(team::grantWorkspace(*admin, QStringLiteral("readonly"), QStringLiteral("editor"),
                                     team::Access::ReadOnly, &error));
        s.title = QStringLiteral("no longer allowed");
        QVERIFY(!editor->updateStep(s, &error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    }

    void serverRestartsInTheMiddle()
    {
        QVERIFY(makeWorkspace(QStringLiteral("restart"), makeTemplate(Template::Sample)));
        auto anna = client(QStringLiteral("restart"), QStringLiteral("Anna"));
        auto dmitry = client(QStringLiteral("restart"), QStringLiteral("Dmitry"));
        QVERIFY(anna && dmitry);
        QString error;
        Step s = anna->step(1);
        s.title = QStringLiteral("acknowledged before the restart");
        QVERIFY(anna->updateStep(s, &error));
        QVERIFY2(m_server.stop(&error), qPrintable(error));
        Step lost = anna->step(3);
        lost.title = QStringLiteral("while offline");
        QVERIFY(!anna->updateStep(lost, &error));
        QCOMPARE(error, QStringLiteral("offline, reconnecting: the edit was not saved"));
        QVERIFY(!anna->store->isOnline());
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(anna->store->isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dmitry->store->isOnline(), 10000);
        // Nothing acknowledged is lost; what was refused is not there.
        QTRY_COMPARE_WITH_TIMEOUT(dmitry->step(1).title, s.title, 2000);
        QVERIFY(dmitry->step(3).title != lost.title);
        // Both write again and hear each other.
        Step again = dmitry->step(4);
        again.title = QStringLiteral("after the restart");
        QVERIFY2(dmitry->updateStep(again, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(anna->step(4).title, again.title, 2000);
    }

    void documentsOnOneWorkspace()
    {
        // Two windows' documents: an edit on a stale card is refused, memory
        // is left as it was, and the card is reloaded with the other's edit.
        QVERIFY(makeWorkspace(QStringLiteral("documents"), makeTemplate(Template::Sample)));
        const QString uri = m_uri + QStringLiteral("&workspace=documents");
        OpenResult a = openAnyDocument(uri);
        OpenResult b = openAnyDocument(uri);
        QVERIFY2(a.document && b.document, qPrintable(a.error + b.error));
        QVERIFY(!a.document->isReadOnly());
        const QString journey = a.document->workspace().journeys.first().id;
        Step mine = a.document->workspace().journeys.first().steps.first();
        Step theirs = mine;
        mine.title = QStringLiteral("A's title");
        theirs.title = QStringLiteral("B's title");
        QString error;
        QVERIFY2(a.document->updateSteps(journey, {mine}, &error), qPrintable(error));
        QSignalSpy changes(b.document.get(), &Document::changed);
        QVERIFY(!b.document->updateSteps(journey, {theirs}, &error)); // before B caught up
        QCOMPARE(error, QStringLiteral("this card was changed by postgres a moment ago"));
        QTRY_COMPARE_WITH_TIMEOUT(b.document->workspace().journeys.first().steps.first().title,
                                  mine.title, 1000);
        QVERIFY(changes.count() >= 1);
        QVERIFY(changes.last().first().value<ChangeSet>().remote);
        QVERIFY(a.document->workspace() == b.document->workspace());
        // A read-only open says so and refuses edits.
        OpenResult c = openAnyDocument(uri, OpenMode::ReadOnly);
        QVERIFY(c.document && c.document->isReadOnly());
        QVERIFY(!c.document->updateSteps(journey, {theirs}, &error));
    }

    void remoteMovesReachTheIndex()
    {
        // B's journey answers "which cards are in this cell" and "which links
        // leave this card" from its index: after A moves a card to another
        // cell and a link to another card, B's answers follow.
        QVERIFY(makeWorkspace(QStringLiteral("index"), makeTemplate(Template::Sample)));
        const QString uri = m_uri + QStringLiteral("&workspace=index");
        OpenResult a = openAnyDocument(uri);
        OpenResult b = openAnyDocument(uri);
        QVERIFY2(a.document && b.document, qPrintable(a.error + b.error));
        const Journey &before = b.document->workspace().journeys.first();
        const QString journey = before.id;
        Step moved = before.steps.first();
        Link relinked = before.links.first();
        const QString otherStage = before.stages.last().id;
        QVERIFY(otherStage != moved.stage);
        QVERIFY(!before.cell(moved.stage, moved.lane).isEmpty()); // B builds its index
        QVERIFY(!before.outgoing(relinked.from).isEmpty());
        QString target;
        for (const Step &s : before.steps) {
            if (s.id != relinked.from && s.id != relinked.to && before.outgoing(s.id).isEmpty()) {
                target = s.id;
                break;
            }
        }
        QVERIFY(!target.isEmpty());
        const QString oldStage = moved.stage, oldFrom = relinked.from;
        moved.stage = otherStage;
        moved.order = 99;
        relinked.from = target;
        QString error;
        QVERIFY2(a.document->updateSteps(journey, {moved}, &error), qPrintable(error));
        QVERIFY2(a.document->updateLink(journey, relinked, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(a.document->workspace() == b.document->workspace(), 2000);
        const Journey &after = b.document->workspace().journeys.first();
        const auto ids = [](const auto &list) {
            QStringList out;
            for (const auto *item : list)
                out << item->id;
            return out;
        };
        QVERIFY(ids(after.cell(otherStage, moved.lane)).contains(moved.id));
        QVERIFY(!ids(after.cell(oldStage, moved.lane)).contains(moved.id));
        QCOMPARE(ids(after.outgoing(target)), QStringList{relinked.id});
        QVERIFY(!ids(after.outgoing(oldFrom)).contains(relinked.id));
    }

    void undoDoesNotOverwriteOthers()
    {
        // A changes two cards' titles; B then changes one of them. A's undo
        // of the first is refused with who changed it, A's card keeps B's
        // title and the undo stays available; an undo that touches only
        // A's own last write goes through.
        QVERIFY(makeWorkspace(QStringLiteral("undo"), makeTemplate(Template::Sample)));
        const QString uri = m_uri + QStringLiteral("&workspace=undo");
        OpenResult a = openAnyDocument(uri);
        OpenResult b = openAnyDocument(uri);
        QVERIFY2(a.document && b.document, qPrintable(a.error + b.error));
        const QString journey = a.document->workspace().journeys.first().id;
        const QList<Step> steps = a.document->workspace().journeys.first().steps;
        UndoStack stack;
        QString error;
        auto push = [&](int i, const QString &title) {
            DocumentCommand *command
                    = makeStepFieldCommand(a.document.get(), journey, {steps[i].id},
                                           QStringLiteral("title"), title, &error);
            return command && stack.tryPush(command, &error);
        };
        QVERIFY2(push(0, QStringLiteral("Anna's first")), qPrintable(error));
        QVERIFY2(push(1, QStringLiteral("Anna's second")), qPrintable(error));
        // B sees A's edits, then changes the second card.
        QTRY_COMPARE_WITH_TIMEOUT(b.document->workspace().journeys.first().steps[1].title,
                                  QStringLiteral("Anna's second"), 2000);
        Step theirs = b.document->workspace().journeys.first().steps[1];
        theirs.title = QStringLiteral("Boris's title");
        QVERIFY2(b.document->updateSteps(journey, {theirs}, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(a.document->workspace().journeys.first().steps[1].title,
                                  theirs.title, 2000);

        QVERIFY(!stack.tryUndo(&error));
        QVERIFY2(error.contains(QStringLiteral("this card was changed by")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("undoing it would overwrite that")),
                 qPrintable(error));
        QCOMPARE(stack.index(), 2);
        QCOMPARE(a.document->workspace().journeys.first().steps[1].title, theirs.title);

        // Even with A's text put back by B, the row is B's write now.
        Step again = b.document->workspace().journeys.first().steps[1];
        again.title = QStringLiteral("Anna's second");
        QVERIFY(b.document->updateSteps(journey, {again}, &error));
        QTRY_COMPARE_WITH_TIMEOUT(a.document->workspace().journeys.first().steps[1].title,
                                  again.title, 2000);
        QVERIFY(!stack.tryUndo(&error)); // still someone else's write
        QVERIFY2(stack.command(0) && stack.command(1), "history kept");

        // Without B's change, undo works for the cards A alone wrote.
        UndoStack own;
        DocumentCommand *command = makeStepFieldCommand(a.document.get(), journey, {steps[2].id},
                                                        QStringLiteral("title"),
                                                        QStringLiteral("Only Anna's"), &error);
        QVERIFY2(command && own.tryPush(command, &error), qPrintable(error));
        QVERIFY2(own.tryUndo(&error), qPrintable(error));
        QCOMPARE(a.document->workspace().journeys.first().steps[2].title, steps[2].title);
        QTRY_COMPARE_WITH_TIMEOUT(b.document->workspace().journeys.first().steps[2].title,
                                  steps[2].title, 2000);
    }

    void commandIsOneTransaction()
    {
        // A command of several writes is one server transaction, as in the
        // file: when its second write is refused, the first is not kept.
        QVERIFY(makeWorkspace(QStringLiteral("batch"), makeTemplate(Template::Sample)));
        const QString uri = m_uri + QStringLiteral("&workspace=batch");
        OpenResult a = openAnyDocument(uri);
        OpenResult b = openAnyDocument(uri);
        QVERIFY2(a.document && b.document, qPrintable(a.error + b.error));
        const QString journey = a.document->workspace().journeys.first().id;
        const QList<Step> steps = a.document->workspace().journeys.first().steps;
        Step theirs = steps[1];
        theirs.title = QStringLiteral("Boris's");
        QString error;
        QVERIFY2(b.document->updateSteps(journey, {theirs}, &error), qPrintable(error));
        {
            // Before A has caught up: its write of the second card is stale.
            Document::Batch batch(a.document.get());
            Step first = steps[0];
            first.title = QStringLiteral("Anna's");
            Step second = steps[1];
            second.title = QStringLiteral("Anna's too");
            QVERIFY2(a.document->updateSteps(journey, {first}, &error), qPrintable(error));
            QVERIFY(!a.document->updateSteps(journey, {second}, &error));
            QVERIFY(!batch.commit(&error));
        }
        auto fresh = client(QStringLiteral("batch"), QStringLiteral("Carl"));
        QVERIFY(fresh);
        QCOMPARE(fresh->step(0).title, steps[0].title);
        QCOMPARE(fresh->step(1).title, theirs.title);
    }

    void clientKilledInTheMiddle()
    {
        QVERIFY(makeWorkspace(QStringLiteral("killed"), makeTemplate(Template::Sample)));
        auto anna = client(QStringLiteral("killed"), QStringLiteral("Anna"));
        QVERIFY(anna);
        const Workspace before = anna->ws;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WAYMARK_TEAM_CHILD"), m_uri + u'\t' + QStringLiteral("killed"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("written")
                                         || child.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("child exited %1: %2")
                                    .arg(child.exitCode())
                                    .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        child.kill(); // SIGKILL: no rollback, no goodbye to the server
        QVERIFY(child.waitForFinished());
        // The server drops the dead client's transaction: nothing of it is
        // there, and its row locks do not hold Anna up.
        Step s = anna->step(0);
        s.title = QStringLiteral("Anna after the crash");
        QString error;
        QTRY_VERIFY_WITH_TIMEOUT(anna->updateStep(s, &error), 10000);
        auto fresh = client(QStringLiteral("killed"), QStringLiteral("Reader"));
        QCOMPARE(fresh->step(0).title, s.title);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(fresh->step(i), before.journeys.first().steps.at(i));
        QVERIFY2(fresh->store->integrityCheck(&error), qPrintable(error));
    }

    void textIsStoredAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("sql") << QStringLiteral("'); DROP TABLE steps; --");
        QTest::addRow("quotes") << QStringLiteral("\"$1\" \\x00 E'\\n' $$ ;");
        QString control;
        for (char16_t c = 1; c < 32; ++c)
            control.append(QChar(c));
        QTest::addRow("control") << control;
        QTest::addRow("unicode") << QStringLiteral("Привет 中文 \U0001F600 \u200F");
        QTest::addRow("1 MB") << QString(1 << 20, u'x') + QStringLiteral("'); --");
    }

    void textIsStoredAsText()
    {
        QFETCH(QString, text);
        static int round = 0;
        const QString name = QStringLiteral("text%1").arg(++round);
        Workspace ws = makeTemplate(Template::Sample);
        // Every text field of every kind of row.
        Persona &p = ws.personas.first();
        p.name = p.goals = p.quote = p.description = text;
        ws.channels.first().name = ws.channels.first().icon = text;
        ws.metricDefs.first().name = ws.metricDefs.first().unit = text;
        Journey &j = ws.journeys.first();
        j.name = j.scenario = j.description = text;
        j.stages.first().name = j.stages.first().description = text;
        j.lanes.first().name = text;
        Step &s = j.steps.first();
        s.title = s.description = s.owner = s.key = s.color = text;
        s.tags = QStringList{text, text};
        if (!j.links.isEmpty())
            j.links.first().label = text;
        j.comments.append(Comment{QStringLiteral("c-evil"), s.id, text, text,
                                  QDateTime::currentDateTimeUtc()});
        // Keys live in an index: a participant name up to a few kB.
        j.votes.append(Vote{s.id, text.left(1000), 2});
        QVERIFY(makeWorkspace(name, ws));
        auto c = client(name, text.left(100));
        QVERIFY(c);
        // Comment times come back in ms.
        Comment &mine = ws.journeys.first().comments.last();
        mine.created = QDateTime::fromMSecsSinceEpoch(mine.created.toMSecsSinceEpoch(), Qt::UTC);
        QCOMPARE(c->ws.journeys.first().steps.first(), ws.journeys.first().steps.first());
        QVERIFY(c->ws == ws);
        QString error;
        QVERIFY2(m_server.exec(QStringLiteral("SELECT 1 FROM waymark_%1.step LIMIT 1").arg(name),
                               &error, QStringLiteral("cx")),
                 qPrintable(error));
    }

    // Pictures (issue 14) in a team workspace: a card's picture reaches the
    // other window with its bytes intact, a fresh load has it, undo removes it
    // everywhere, and a journey JSON brings its pictures in.
    void picturesAreKept()
    {
        const Workspace sample = makeTemplate(Template::Sample);
        QVERIFY(makeWorkspace(QStringLiteral("pictures"), sample));
        const QString uri = m_uri + QStringLiteral("&workspace=pictures");
        OpenResult a = openAnyDocument(uri);
        OpenResult b = openAnyDocument(uri);
        QVERIFY2(a.document && b.document, qPrintable(a.error + b.error));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::magenta);
        Picture picture;
        QString error;
        QVERIFY(pictureFromImage(image, &picture, &error));
        const Journey &j = a.document->workspace().journeys.first();
        const QString journey = j.id, step = j.steps.first().id;
        UndoStack stack;
        QVERIFY2(stack.tryPush(
                         makeStepPictureCommand(a.document.get(), journey, step, &picture, &error),
                         &error),
                 qPrintable(error));
        QVERIFY(a.document->workspace().picture(picture.id));
        QCOMPARE(a.document->journey(journey)->step(step)->picture, picture.id);

        // The other window: the picture and the card that shows it.
        QTRY_VERIFY_WITH_TIMEOUT(b.document->workspace().picture(picture.id), 3000);
        QCOMPARE(*b.document->workspace().picture(picture.id), picture);
        QTRY_COMPARE_WITH_TIMEOUT(b.document->journey(journey)->step(step)->picture, picture.id,
                                  3000);
        // A fresh load: the same bytes.
        {
            OpenResult fresh = openAnyDocument(uri, OpenMode::ReadOnly);
            QVERIFY2(fresh.document, qPrintable(fresh.error));
            QVERIFY(fresh.document->workspace().picture(picture.id));
            QCOMPARE(fresh.document->workspace().picture(picture.id)->data, picture.data);
            QVERIFY(fresh.document->workspace() == a.document->workspace());
        }
        // Undo: nothing shows it any more, so it goes, here and there.
        QVERIFY(stack.tryUndo());
        QVERIFY(a.document->journey(journey)->step(step)->picture.isEmpty());
        QVERIFY(!a.document->workspace().picture(picture.id));
        QTRY_VERIFY_WITH_TIMEOUT(!b.document->workspace().picture(picture.id), 3000);
        QVERIFY(b.document->journey(journey)->step(step)->picture.isEmpty());

        // A journey JSON with a picture: imported whole.
        Workspace incoming = makeTemplate(Template::Journey);
        incoming.journeys.first().id = QStringLiteral("with-pictures");
        incoming.pictures = {picture};
        incoming.journeys.first().steps.append(Step{QStringLiteral("shop"),
                                                    incoming.journeys.first().stages.first().id,
                                                    incoming.journeys.first().lanes.first().id});
        incoming.journeys.first().steps.last().title = QStringLiteral("Shop");
        incoming.journeys.first().steps.last().picture = picture.id;
        QStringList notes;
        QVERIFY2(stack.tryPush(makeImportCommand(a.document.get(), incoming, &notes), &error),
                 qPrintable(error));
        QVERIFY2(!notes.join(u' ').contains(QStringLiteral("left out")),
                 qPrintable(notes.join(u' ')));
        const Journey *imported = a.document->journey(QStringLiteral("with-pictures"));
        QVERIFY(imported && imported->step(QStringLiteral("shop")));
        QCOMPARE(imported->step(QStringLiteral("shop"))->picture, picture.id);
        QTRY_VERIFY_WITH_TIMEOUT(b.document->journey(QStringLiteral("with-pictures"))
                                         && b.document->workspace().picture(picture.id),
                                 3000);
    }

    // Push with pictures, and a workspace made before pictures (schema 1):
    // opened, it gains the picture table and columns, and the roles granted
    // on it before get the same rights on the new table.
    void picturesPushedAndUpgraded()
    {
        Workspace with = makeTemplate(Template::Sample);
        QImage image(20, 10, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        Picture picture;
        QString error;
        QVERIFY(pictureFromImage(image, &picture, &error));
        with.pictures = {picture};
        with.journeys.first().steps.first().picture = picture.id;
        with.personas.first().photo = picture.id;
        QVERIFY(makeWorkspace(QStringLiteral("pushed"), with));
        auto pushed = client(QStringLiteral("pushed"), QStringLiteral("Anna"));
        QVERIFY(pushed);
        QVERIFY(pushed->ws == with);
        // What `waymark pull` does: the same workspace, pictures and all, in a file.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pulled.cjm"));
        {
            OpenResult created = createDocument(file);
            QVERIFY2(created.document, qPrintable(created.error));
            QVERIFY2(writeWholeWorkspace(*created.document->store(), pushed->ws, &error),
                     qPrintable(error));
        }
        OpenResult pulled = openDocument(file, OpenMode::ReadOnly);
        QVERIFY2(pulled.document, qPrintable(pulled.error));
        QVERIFY(pulled.document->workspace() == with);

        QVERIFY(makeWorkspace(QStringLiteral("old"), makeTemplate(Template::Sample)));
        QVERIFY2(m_server.exec(QStringLiteral("DROP TABLE waymark_old.picture; "
                                              "ALTER TABLE waymark_old.step DROP COLUMN picture; "
                                              "ALTER TABLE waymark_old.persona DROP COLUMN photo; "
                                              "UPDATE waymark_old.meta SET value = '1' "
                                              "WHERE key = 'schema_version'"),
                               &error, QStringLiteral("cx")),
                 qPrintable(error));
        QVERIFY2(m_server.createRole(QStringLiteral("boris"), &error), qPrintable(error));
        {
            auto admin = pg::Connection::open(m_uri, &error);
            QVERIFY(admin);
            QCOMPARE(team::workspaceVersion(*admin, QStringLiteral("old"), &error), 1);
            QVERIFY2(team::grantWorkspace(*admin, QStringLiteral("old"), QStringLiteral("boris"),
                                          team::Access::Edit, &error),
                     qPrintable(error));
        }
        auto upgraded = client(QStringLiteral("old"), QStringLiteral("Anna"));
        QVERIFY(upgraded);
        {
            auto admin = pg::Connection::open(m_uri, &error);
            QCOMPARE(team::workspaceVersion(*admin, QStringLiteral("old"), &error),
                     team::kServerSchemaVersion);
            pg::Result r;
            QVERIFY2(admin->exec(QStringLiteral("SELECT has_table_privilege('boris', "
                                                "'waymark_old.picture', 'INSERT')"),
                                 {}, &r, &error),
                     qPrintable(error));
            QVERIFY(r.boolean(0, 0));
        }
        const QString boris = m_server.uri(QStringLiteral("cx"), QStringLiteral("boris"));
        auto asBoris = client(QStringLiteral("old"), QStringLiteral("Boris"), boris);
        QVERIFY(asBoris);
        QVERIFY(asBoris->store->readOnlyReason().isEmpty());
        QVERIFY(asBoris->store->begin(&error));
        QVERIFY2(asBoris->store->insertPicture(picture, &error), qPrintable(error));
        QVERIFY2(asBoris->store->commit(&error), qPrintable(error));
        QList<Picture> stored;
        QVERIFY(upgraded->store->loadPictures(&stored, &error));
        QCOMPARE(stored, QList<Picture>{picture});
    }

    void nulIsRefused()
    {
        QVERIFY(makeWorkspace(QStringLiteral("nul"), makeTemplate(Template::Sample)));
        auto c = client(QStringLiteral("nul"), QStringLiteral("Anna"));
        QVERIFY(c);
        const Workspace before = c->ws;
        Step s = c->step(0);
        s.title = QStringLiteral("before");
        s.title.append(QChar(0));
        s.title.append(QStringLiteral("after"));
        QString error;
        QVERIFY(!c->updateStep(s, &error));
        QCOMPARE(error, pg::Connection::nulMessage());
        QVERIFY(c->store->isOnline());
        QVERIFY(c->ws == before);
        auto fresh = client(QStringLiteral("nul"), QStringLiteral("Reader"));
        QVERIFY(fresh->ws == before);
    }
};

#include "tst_teamstore.moc"

// The child that tst_teamstore kills in the middle of an edit: it writes
// inside a transaction, says so, and waits for the kill.
int childEdit(const QString &uri, const QString &workspace)
{
    QString error;
    auto store = TeamStore::open(uri, workspace, &error, {QStringLiteral("Killed")});
    Workspace ws;
    if (!store || !store->load(&ws, &error) || !store->begin(&error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    const QString journey = ws.journeys.first().id;
    for (int i = 0; i < 5; ++i) {
        Step s = ws.journeys.first().steps.at(i);
        s.title = QStringLiteral("half-done edit");
        if (!store->update(journey, &s, &error)) {
            std::fprintf(stderr, "child: %s\n", qPrintable(error));
            return 4;
        }
    }
    std::fputs("written\n", stdout);
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray child = qgetenv("WAYMARK_TEAM_CHILD");
    if (!child.isEmpty()) {
        const QStringList parts = QString::fromUtf8(child).split(u'\t');
        return childEdit(parts.value(0), parts.value(1));
    }
    TestTeamStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
