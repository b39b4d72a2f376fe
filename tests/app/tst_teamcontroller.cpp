// The window's view of a team workspace: DocumentController opens a URI,
// TeamController says online/offline, TLS and who else is here, and a change
// made by another client reaches the open document.
#include "document/document.h"
#include "documentcontroller.h"
#include "pgserver.h"
#include "teamcontroller.h"
#include "teamstore/pgconnection.h"
#include "teamstore/teamschema.h"
#include "teamstore/teamstore.h"
#include "templates/templates.h"

#include <QSignalSpy>
#include <QTest>

using namespace waymark;

class TestTeamController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildUri()
    {
        QCOMPARE(TeamController::buildUri(QStringLiteral("db.example"), 5432, QStringLiteral("cx"),
                                          QStringLiteral("anna"), QStringLiteral("sofa"),
                                          QStringLiteral("verify-full")),
                 QStringLiteral(
                         "postgresql://anna@db.example/cx?sslmode=verify-full&workspace=sofa"));
        QCOMPARE(TeamController::buildUri(QStringLiteral("/run/pg"), 6543, QStringLiteral("c x"),
                                          {}, QStringLiteral("w"), {}),
                 QStringLiteral("postgresql://:6543/c%20x?host=%2Frun%2Fpg&workspace=w"));
    }

    void openFollowAndPresence()
    {
        test::PgServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.createDatabase(QStringLiteral("cx"), &error));
        const QString uri = server.uri(QStringLiteral("cx"));
        {
            auto c = pg::Connection::open(uri, &error);
            QVERIFY(c && team::createWorkspace(*c, QStringLiteral("sofa"), &error));
            auto store = TeamStore::open(uri, QStringLiteral("sofa"), &error);
            QVERIFY(store && store->writeWorkspace(makeTemplate(Template::Sample), &error));
        }
        DocumentController controller;
        TeamController team;
        team.setController(&controller);
        QVERIFY(!team.isTeam());
        QVERIFY2(controller.open(uri + QStringLiteral("&workspace=sofa")), "open failed");
        QVERIFY(team.isTeam());
        QVERIFY(team.online());
        QCOMPARE(team.workspace(), QStringLiteral("sofa"));
        QVERIFY(team.tls().startsWith(QStringLiteral("no TLS")));
        QVERIFY(controller.filePath().endsWith(QStringLiteral("workspace=sofa")));
        QVERIFY(team.recentWorkspaces().contains(controller.filePath()));

        // Someone else edits a card: the open document follows.
        auto other
                = TeamStore::open(uri, QStringLiteral("sofa"), &error, {QStringLiteral("Dmitry")});
        QVERIFY(other);
        Workspace ws;
        QVERIFY(other->load(&ws, &error));
        Step s = ws.journeys.first().steps.first();
        s.title = QStringLiteral("from Dmitry");
        QSignalSpy revisions(&controller, &DocumentController::revisionChanged);
        QVERIFY(other->begin(&error) && other->update(ws.journeys.first().id, &s, &error)
                && other->commit(&error));
        QTRY_COMPARE_WITH_TIMEOUT(
                controller.document()->workspace().journeys.first().steps.first().title, s.title,
                1000);
        QVERIFY(revisions.count() > 0);
        // Dmitry is in the workspace.
        team.refreshPeople();
        QTRY_COMPARE_WITH_TIMEOUT(team.people(), QStringList{QStringLiteral("Dmitry")}, 12000);

        // The server goes away: offline, then back.
        QSignalSpy state(&team, &TeamController::stateChanged);
        QVERIFY(server.stop(&error));
        QString refused;
        QVERIFY(!controller.document()->updateSteps(ws.journeys.first().id, {s}, &refused));
        QVERIFY2(refused.startsWith(QStringLiteral("offline, reconnecting")), qPrintable(refused));
        QVERIFY(!team.online());
        QVERIFY(server.start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(team.online(), 10000);
        QVERIFY(state.count() >= 2);
    }
};

QTEST_MAIN(TestTeamController)
#include "tst_teamcontroller.moc"
