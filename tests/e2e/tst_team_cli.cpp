// The team workspace from the command line: server init/grant, push, pull,
// and the other commands on a workspace URI, against a real PostgreSQL server
// the test starts itself.
#include "e2eutil.h"
#include "pgserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace waymark;
using namespace waymark::e2e;

class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server;
    Runner m_run;
    QTemporaryDir m_dir;
    QString m_uri;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString workspaceUri(const QString &name, const QString &user = QStringLiteral("postgres"))
    {
        return m_server.uri(QStringLiteral("cx"), user) + QStringLiteral("&workspace=") + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("cx"), &error), qPrintable(error));
        m_uri = m_server.uri(QStringLiteral("cx"));
        QVERIFY(m_dir.isValid() && m_run.isValid());
        const Run r = m_run.waymark({QStringLiteral("new"), path(QStringLiteral("sample.cjm")),
                                     QStringLiteral("--template"), QStringLiteral("sample")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void initPushPullExport()
    {
        Run r = m_run.waymark({QStringLiteral("server"), QStringLiteral("init"), m_uri,
                               QStringLiteral("--workspace"), QStringLiteral("sofa")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Created workspace sofa"));
        // Twice is an error, on one line.
        r = m_run.waymark({QStringLiteral("server"), QStringLiteral("init"), m_uri,
                           QStringLiteral("--workspace"), QStringLiteral("sofa")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.oneErrorLine() && r.err.contains("already exists"), qPrintable(r.describe()));

        r = m_run.waymark({QStringLiteral("push"), path(QStringLiteral("sample.cjm")), m_uri,
                           QStringLiteral("--workspace"), QStringLiteral("sofa")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Pushed"), qPrintable(r.describe()));
        // A second push into the same workspace is refused.
        r = m_run.waymark({QStringLiteral("push"), path(QStringLiteral("sample.cjm")), m_uri,
                           QStringLiteral("--workspace"), QStringLiteral("sofa")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already holds journeys"));

        r = m_run.waymark({QStringLiteral("pull"), m_uri, QStringLiteral("--workspace"),
                           QStringLiteral("sofa"), path(QStringLiteral("copy.cjm"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        const QStringList json{QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("-o"), QStringLiteral("-")};
        const Run source = m_run.waymark(
                QStringList{QStringLiteral("export"), path(QStringLiteral("sample.cjm"))} + json);
        const Run copy = m_run.waymark(
                QStringList{QStringLiteral("export"), path(QStringLiteral("copy.cjm"))} + json);
        const Run live = m_run.waymark(
                QStringList{QStringLiteral("export"), workspaceUri(QStringLiteral("sofa"))} + json);
        QVERIFY2(source.exitCode == 0 && !source.out.isEmpty(), qPrintable(source.describe()));
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.describe()));
        QVERIFY2(live.exitCode == 0, qPrintable(live.describe()));
        QVERIFY(!QJsonDocument::fromJson(source.out).isNull());
        QCOMPARE(copy.out, source.out);
        QCOMPARE(live.out, source.out);
    }

    void otherCommandsTakeTheUri()
    {
        const QString uri = workspaceUri(QStringLiteral("sofa"));
        Run r = m_run.waymark({QStringLiteral("check"), uri});
        QVERIFY2(r.exitCode == 0 && r.out.contains(": ok"), qPrintable(r.describe()));
        r = m_run.waymark({QStringLiteral("analyze"), uri});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_run.waymark({QStringLiteral("metrics"), uri});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Adding a journey to the workspace through the server.
        const Run exported
                = m_run.waymark({QStringLiteral("export"), uri, QStringLiteral("--format"),
                                 QStringLiteral("mermaid"), QStringLiteral("-o"),
                                 path(QStringLiteral("first.mmd"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        r = m_run.waymark({QStringLiteral("import"), uri, QStringLiteral("--mermaid"),
                           path(QStringLiteral("first.mmd"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_run.waymark({QStringLiteral("check"), uri});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // The sample's journeys and the imported one.
        QVERIFY2(r.out.contains(" 3 journeys"), qPrintable(r.describe()));
        // Unknown workspace, bad name, no server: one clear line each.
        for (const QString &bad :
             {workspaceUri(QStringLiteral("nosuch")), workspaceUri(QStringLiteral("Bad;Name")),
              QStringLiteral("postgresql://postgres@/cx?host=/nonexistent"
                             "&workspace=sofa")}) {
            r = m_run.waymark({QStringLiteral("check"), bad});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
        }
    }

    // A role that must give a password: no terminal, one line naming
    // ~/.pgpass and PGPASSFILE; ~/.pgpass works; on a terminal (script(1))
    // the password is asked for with the echo off.
    void passwordOnTheCommandLine()
    {
        test::PgServer::Options options;
        options.hbaFirst = {QStringLiteral("local all anna scram-sha-256")};
        test::PgServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.createDatabase(QStringLiteral("cx"), &error));
        const QString password = QStringLiteral("Typed-pw-77");
        QVERIFY2(server.createRole(QStringLiteral("anna"), &error, password), qPrintable(error));
        const QString admin = server.uri(QStringLiteral("cx"));
        Run r = m_run.waymark({QStringLiteral("push"), path(QStringLiteral("sample.cjm")), admin,
                               QStringLiteral("--workspace"), QStringLiteral("sofa")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_run.waymark({QStringLiteral("server"), QStringLiteral("grant"), admin,
                           QStringLiteral("--workspace"), QStringLiteral("sofa"),
                           QStringLiteral("--role"), QStringLiteral("anna"),
                           QStringLiteral("--edit")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString anna = server.uri(QStringLiteral("cx"), QStringLiteral("anna"));
        const QStringList pull{QStringLiteral("pull"), anna, QStringLiteral("--workspace"),
                               QStringLiteral("sofa"), path(QStringLiteral("anna.cjm"))};

        r = m_run.waymark(pull);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.oneErrorLine() && r.err.contains("~/.pgpass") && r.err.contains("PGPASSFILE"),
                 qPrintable(r.describe()));
        QVERIFY(!QFile::exists(path(QStringLiteral("anna.cjm"))));

        // libpq's own ~/.pgpass.
        const QString pgpass = m_run.home() + QStringLiteral("/.pgpass");
        QVERIFY(writeFile(pgpass, "*:*:cx:anna:" + password.toUtf8() + '\n'));
        QVERIFY(QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner));
        r = m_run.waymark(pull);
        QFile::remove(pgpass);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFile::remove(path(QStringLiteral("anna.cjm"))));

        // A terminal: script(1) runs waymark on a pseudo-terminal.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("no script(1) for a pseudo-terminal");
        QString command = QStringLiteral(WAYMARK_BIN);
        for (const QString &arg : pull)
            command += QStringLiteral(" '") + arg + u'\'';
        for (const QString &typed : {QStringLiteral("wrong-one"), password}) {
            QProcess p;
            p.setProcessEnvironment(m_run.environment());
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
            QVERIFY(p.waitForStarted(10000));
            QByteArray out;
            QElapsedTimer clock;
            clock.start();
            while (!out.contains("Password for anna") && clock.elapsed() < 30000) {
                p.waitForReadyRead(200);
                out += p.readAll();
            }
            QVERIFY2(out.contains("Password for anna"), out.constData());
            p.write(typed.toUtf8() + '\n');
            QVERIFY(p.waitForFinished(30000));
            out += p.readAll();
            QVERIFY2(!out.contains(typed.toUtf8()), out.constData()); // never echoed
            if (typed == password) {
                QVERIFY2(p.exitCode() == 0, out.constData());
                QVERIFY(QFile::exists(path(QStringLiteral("anna.cjm"))));
            } else {
                QCOMPARE(p.exitCode(), 1);
                QVERIFY2(out.contains("the server refused the password for \"anna\""),
                         out.constData());
            }
        }
    }

    void windowOpensTheUri()
    {
        // `waymark URI` opens the workspace in the real window (offscreen).
        const QString shot = path(QStringLiteral("team.png"));
        const Run r = m_run.run(
                QStringLiteral(WAYMARK_BIN),
                {workspaceUri(QStringLiteral("sofa")), QStringLiteral("--screenshot"), shot},
                120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(readFile(shot).startsWith("\x89PNG"));
    }

    void grantReadOnly()
    {
        QString error;
        QVERIFY2(m_server.createRole(QStringLiteral("guest"), &error), qPrintable(error));
        Run r = m_run.waymark({QStringLiteral("server"), QStringLiteral("grant"), m_uri,
                               QStringLiteral("--workspace"), QStringLiteral("sofa"),
                               QStringLiteral("--role"), QStringLiteral("guest"),
                               QStringLiteral("--read-only")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString uri = workspaceUri(QStringLiteral("sofa"), QStringLiteral("guest"));
        r = m_run.waymark({QStringLiteral("check"), uri});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_run.waymark({QStringLiteral("import"), uri, QStringLiteral("--mermaid"),
                           path(QStringLiteral("first.mmd"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("may only read"), qPrintable(r.describe()));
        // Both flags, or none: a usage error.
        r = m_run.waymark({QStringLiteral("server"), QStringLiteral("grant"), m_uri,
                           QStringLiteral("--workspace"), QStringLiteral("sofa"),
                           QStringLiteral("--role"), QStringLiteral("guest")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_team_cli.moc"
