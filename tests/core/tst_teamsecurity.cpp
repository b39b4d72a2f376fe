// Passwords and TLS against real servers started by the test: a role that
// must give a password (pg_hba scram-sha-256 on the Unix socket), and a server
// with ssl=on on a loopback port, its certificate signed by a CA the test
// makes with the openssl command.
#include "document/document.h"
#include "pg/pgconnection.h"
#include "pgserver.h"
#include "teamstore/teamdocument.h"
#include "teamstore/teamschema.h"
#include "teamstore/teamstore.h"

#include <QtTest>

using namespace waymark;

namespace {

const QString kPassword = QStringLiteral("s3cret 'q\" €");
QString g_prompted;
int g_prompts = 0;

QString answerPrompt(const QString &user, const QString &)
{
    ++g_prompts;
    g_prompted = user;
    return kPassword;
}

QString refusePrompt(const QString &, const QString &)
{
    ++g_prompts;
    return {};
}

bool oneLine(const QString &text)
{
    return !text.isEmpty() && !text.contains(u'\n');
}

} // namespace

class TestTeamSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgServer> m_server;
    QString m_anna; // anna's URI on the socket

private Q_SLOTS:
    void initTestCase()
    {
        test::PgServer::Options options;
        options.hbaFirst = {QStringLiteral("local all anna scram-sha-256")};
        m_server = std::make_unique<test::PgServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(m_server->createDatabase(QStringLiteral("cx"), &error), qPrintable(error));
        QVERIFY2(m_server->createRole(QStringLiteral("anna"), &error, kPassword),
                 qPrintable(error));
        auto admin = pg::Connection::open(m_server->uri(QStringLiteral("cx")), &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY2(team::createWorkspace(*admin, QStringLiteral("sofa"), &error), qPrintable(error));
        QVERIFY2(team::grantWorkspace(*admin, QStringLiteral("sofa"), QStringLiteral("anna"),
                                      team::Access::Edit, &error),
                 qPrintable(error));
        m_anna = m_server->uri(QStringLiteral("cx"), QStringLiteral("anna"));
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }

    void noPasswordNamesPgpass()
    {
        QString error;
        bool needed = false;
        QVERIFY(!pg::Connection::open(m_anna, &error, {}, {}, &needed));
        QVERIFY(needed);
        QVERIFY2(oneLine(error) && error.contains(QLatin1String("~/.pgpass"))
                         && error.contains(QLatin1String("PGPASSFILE"))
                         && error.contains(QLatin1String("\"anna\"")),
                 qPrintable(error));
    }

    void wrongPasswordIsOneLine()
    {
        QString error;
        bool needed = false;
        const QString wrong = QStringLiteral("not-the-password");
        QVERIFY(!pg::Connection::open(m_anna, &error, {}, wrong, &needed));
        QVERIFY(needed); // the window asks again
        QCOMPARE(error, QStringLiteral("the server refused the password for \"anna\""));
        QVERIFY(!error.contains(wrong));
    }

    void rightPasswordOpensAndReconnects()
    {
        QString error;
        bool needed = true;
        auto c = pg::Connection::open(m_anna, &error, {}, kPassword, &needed);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!needed);
        QCOMPARE(c->user(), QStringLiteral("anna"));
        // The password stays in memory: a reconnect after a restart needs it.
        QVERIFY2(m_server->stop(&error), qPrintable(error));
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(c->reconnect(&error), qPrintable(error));
        QVERIFY(c->isOk());
    }

    void pgpassFileIsLibpqs()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pgpass"));
        auto writePgpass = [&](const QString &password) {
            QString escaped = password;
            escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u':', QStringLiteral("\\:"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write((QStringLiteral("*:*:cx:anna:") + escaped + u'\n').toUtf8());
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        };
        writePgpass(kPassword);
        qputenv("PGPASSFILE", file.toUtf8());
        QString error;
        QVERIFY2(pg::Connection::open(m_anna, &error), qPrintable(error));
        writePgpass(QStringLiteral("stale"));
        bool needed = false;
        QVERIFY(!pg::Connection::open(m_anna, &error, {}, {}, &needed));
        qunsetenv("PGPASSFILE");
        QVERIFY(needed);
        QVERIFY2(oneLine(error) && error.contains(QLatin1String("refused the password"))
                         && error.contains(QLatin1String("~/.pgpass")),
                 qPrintable(error));
    }

    void terminalPrompt()
    {
        // The command line's prompt: asked once, with the user's name.
        g_prompts = 0;
        pg::Connection::setPasswordPrompt(&answerPrompt);
        QString error;
        auto c = pg::Connection::open(m_anna, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(g_prompts, 1);
        QCOMPARE(g_prompted, QStringLiteral("anna"));
        // No prompt when a password was given, or when none is needed.
        QVERIFY(pg::Connection::open(m_anna, &error, {}, kPassword));
        QVERIFY(pg::Connection::open(m_server->uri(QStringLiteral("cx")), &error));
        QCOMPARE(g_prompts, 1);
        // An empty answer gives up with the ~/.pgpass line.
        pg::Connection::setPasswordPrompt(&refusePrompt);
        QVERIFY(!pg::Connection::open(m_anna, &error));
        QCOMPARE(g_prompts, 2);
        QVERIFY2(error.contains(QLatin1String("~/.pgpass")), qPrintable(error));
        pg::Connection::setPasswordPrompt(nullptr);
    }

    void teamDocumentWithPassword()
    {
        const QString uri = m_anna + QStringLiteral("&workspace=sofa");
        OpenResult asked = openTeamDocument(uri, {}, OpenMode::Edit);
        QVERIFY(!asked.document);
        QVERIFY(asked.passwordNeeded);
        OpenResult wrong = openTeamDocument(uri, {}, OpenMode::Edit, QStringLiteral("guess"));
        QVERIFY(!wrong.document);
        QVERIFY(wrong.passwordNeeded);
        QVERIFY2(oneLine(wrong.error), qPrintable(wrong.error));
        OpenResult opened = openTeamDocument(uri, {}, OpenMode::Edit, kPassword);
        QVERIFY2(opened.document, qPrintable(opened.error));
        QVERIFY(!opened.passwordNeeded);
        QVERIFY(!opened.document->isReadOnly());
        QVERIFY(!opened.document->filePath().contains(kPassword));
        // A password written into the URI is not part of the shown location.
        const QString inUri
                = m_server->uri(QStringLiteral("cx"), QStringLiteral("anna"))
                          .replace(QStringLiteral("anna@"),
                                   QStringLiteral("anna:") + QStringLiteral("pw9") + u'@');
        OpenResult viaUri
                = openTeamDocument(inUri + QStringLiteral("&workspace=sofa"), {}, OpenMode::Edit);
        QVERIFY(!viaUri.document); // pw9 is wrong: refused, and not echoed
        QVERIFY(!viaUri.error.contains(QLatin1String("pw9")));
    }

    void tlsOnLoopback()
    {
        QTemporaryDir certs;
        QString error;
        QVERIFY2(test::PgServer::makeTlsFiles(certs.path(), &error), qPrintable(error));
        test::PgServer::Options options;
        options.tcpPort = test::PgServer::freeTcpPort();
        QVERIFY(options.tcpPort > 0);
        options.sslCertFile = certs.filePath(QStringLiteral("server.crt"));
        options.sslKeyFile = certs.filePath(QStringLiteral("server.key"));
        test::PgServer server(options);
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.createDatabase(QStringLiteral("cx"), &error), qPrintable(error));
        const QString port = QString::number(options.tcpPort);
        const QString base = QStringLiteral("postgresql://postgres@%1:") + port
                             + QStringLiteral("/cx?hostaddr=127.0.0.1&sslmode=");
        const QString ca = certs.filePath(QStringLiteral("ca.crt"));

        auto require = pg::Connection::open(
                base.arg(QStringLiteral("localhost")) + QStringLiteral("require"), &error);
        QVERIFY2(require, qPrintable(error));
        QVERIFY2(require->tlsDescription().startsWith(QLatin1String("TLS 1."))
                         && require->tlsDescription().endsWith(QLatin1String("(sslmode=require)")),
                 qPrintable(require->tlsDescription()));

        const QString full = base.arg(QStringLiteral("localhost")) + QStringLiteral("verify-full")
                             + QStringLiteral("&sslrootcert=") + ca;
        auto verified = pg::Connection::open(full, &error);
        QVERIFY2(verified, qPrintable(error));
        QVERIFY2(verified->tlsDescription().endsWith(QLatin1String("(sslmode=verify-full)")),
                 qPrintable(verified->tlsDescription()));

        auto plain = pg::Connection::open(
                base.arg(QStringLiteral("localhost")) + QStringLiteral("disable"), &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(plain->tlsDescription(), QStringLiteral("no TLS (sslmode=disable)"));

        // Another CA: refused, on one line that says why.
        const QString otherCa = base.arg(QStringLiteral("localhost"))
                                + QStringLiteral("verify-full&sslrootcert=")
                                + certs.filePath(QStringLiteral("other-ca.crt"));
        QVERIFY(!pg::Connection::open(otherCa, &error));
        QVERIFY2(oneLine(error) && error.contains(QLatin1String("certificate verify failed")),
                 qPrintable(error));
        // The right CA but another host name.
        QVERIFY(!pg::Connection::open(base.arg(QStringLiteral("db.example"))
                                              + QStringLiteral("verify-full&sslrootcert=") + ca,
                                      &error));
        QVERIFY2(oneLine(error) && error.contains(QLatin1String("does not match host name")),
                 qPrintable(error));

        // The team store says the same.
        QVERIFY(team::createWorkspace(*verified, QStringLiteral("tls"), &error));
        auto store = TeamStore::open(full, QStringLiteral("tls"), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(
                store->tlsDescription().startsWith(QLatin1String("TLS 1."))
                        && store->tlsDescription().endsWith(QLatin1String("(sslmode=verify-full)")),
                qPrintable(store->tlsDescription()));
    }
};

QTEST_GUILESS_MAIN(TestTeamSecurity)
#include "tst_teamsecurity.moc"
