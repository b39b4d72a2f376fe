// The window's view of a team workspace: DocumentController opens a URI,
// TeamController says online/offline, TLS and who else is here, and a change
// made by another client reaches the open document.
#include "document/document.h"
#include "documentcontroller.h"
#include "pg/pgconnection.h"
#include "pgserver.h"
#include "teamcontroller.h"
#include "teamstore/teamschema.h"
#include "teamstore/teamstore.h"
#include "templates/templates.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    // A role that must give a password: the controller asks (passwordNeeded,
    // not failed), a wrong password is asked again with one line saying so,
    // the right one opens; the password is in no setting and no recent entry.
    void passwordAskedWhenNeeded()
    {
        test::PgServer::Options options;
        options.hbaFirst = {QStringLiteral("local all anna scram-sha-256")};
        test::PgServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.createDatabase(QStringLiteral("cx"), &error));
        const QString password = QStringLiteral("Pa55-word-for-anna");
        QVERIFY2(server.createRole(QStringLiteral("anna"), &error, password), qPrintable(error));
        {
            auto c = pg::Connection::open(server.uri(QStringLiteral("cx")), &error);
            QVERIFY(c && team::createWorkspace(*c, QStringLiteral("sofa"), &error));
            QVERIFY(team::grantWorkspace(*c, QStringLiteral("sofa"), QStringLiteral("anna"),
                                         team::Access::Edit, &error));
        }
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
        const QString uri = server.uri(QStringLiteral("cx"), QStringLiteral("anna"))
                            + QStringLiteral("&workspace=sofa");
        DocumentController controller;
        TeamController team;
        team.setController(&controller);
        QSignalSpy asked(&controller, &DocumentController::passwordNeeded);
        QSignalSpy failed(&controller, &DocumentController::failed);

        QVERIFY(!controller.open(uri));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(asked.at(0).at(0).toString(), uri);
        QVERIFY(asked.at(0).at(2).toString().isEmpty()); // nothing refused yet

        QVERIFY(!controller.openWithPassword(uri, QStringLiteral("wrong")));
        QCOMPARE(asked.count(), 2);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(asked.at(1).at(2).toString(),
                 QStringLiteral("the server refused the password for \"anna\""));

        QVERIFY(controller.openWithPassword(uri, password));
        QVERIFY(team.isTeam());
        QVERIFY(!controller.readOnly());
        QCOMPARE(team.workspace(), QStringLiteral("sofa"));
        QVERIFY(team.recentWorkspaces().contains(controller.filePath()));
        for (const QString &recent : controller.recentFiles())
            QVERIFY(!recent.contains(password));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("workspace=sofa"));
        QVERIFY(!stored.contains(password.toUtf8()));

        // The server restarts: the store reconnects with the password it kept.
        QVERIFY(server.stop(&error));
        QVERIFY(server.start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(team.online(), 15000);
    }

    // TLS on a loopback port: the controller shows the protocol and the mode.
    void tlsShown()
    {
        QTemporaryDir certs;
        QString error;
        QVERIFY2(test::PgServer::makeTlsFiles(certs.path(), &error), qPrintable(error));
        test::PgServer::Options options;
        options.tcpPort = test::PgServer::freeTcpPort();
        options.sslCertFile = certs.filePath(QStringLiteral("server.crt"));
        options.sslKeyFile = certs.filePath(QStringLiteral("server.key"));
        test::PgServer server(options);
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.createDatabase(QStringLiteral("cx"), &error));
        const QString uri = QStringLiteral("postgresql://postgres@localhost:%1/cx?hostaddr="
                                           "127.0.0.1&sslmode=verify-full&sslrootcert=%2")
                                    .arg(options.tcpPort)
                                    .arg(certs.filePath(QStringLiteral("ca.crt")));
        {
            auto c = pg::Connection::open(uri, &error);
            QVERIFY2(c, qPrintable(error));
            QVERIFY(team::createWorkspace(*c, QStringLiteral("tls"), &error));
        }
        DocumentController controller;
        TeamController team;
        team.setController(&controller);
        QVERIFY(controller.open(uri + QStringLiteral("&workspace=tls")));
        QVERIFY2(team.tls().startsWith(QStringLiteral("TLS 1."))
                         && team.tls().endsWith(QStringLiteral("(sslmode=verify-full)")),
                 qPrintable(team.tls()));
        // Another CA: one line in the message bar, nothing opened.
        QSignalSpy failed(&controller, &DocumentController::failed);
        const QString other
                = QString(uri).replace(QStringLiteral("/ca.crt"), QStringLiteral("/other-ca.crt"));
        controller.close();
        QVERIFY(!controller.open(other + QStringLiteral("&workspace=tls")));
        QCOMPARE(failed.count(), 1);
        const QString line = failed.at(0).at(0).toString();
        QVERIFY2(!line.contains(u'\n') && line.contains(QLatin1String("certificate verify failed")),
                 qPrintable(line));
        QVERIFY(!controller.isOpen());
    }
};

QTEST_MAIN(TestTeamController)
#include "tst_teamcontroller.moc"
