// The libpq wrapper against a real server started by the test (tests/support).
#include "pg/pgconnection.h"
#include "pgserver.h"

#include <QtTest>

using namespace waymark;

class TestPgConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("cx"), &error), qPrintable(error));
    }

    void valuesAreParameters()
    {
        QString error;
        auto c = pg::Connection::open(m_server.uri(QStringLiteral("cx")), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY2(c->execScript(QStringLiteral("CREATE TABLE steps(t text, n bigint, r float8)"),
                               &error),
                 qPrintable(error));
        const QString evil = QStringLiteral("'); DROP TABLE steps; --\x01\t\u00e9\U0001F600");
        QVERIFY2(c->exec(QStringLiteral("INSERT INTO steps VALUES ($1, $2, $3)"),
                         {evil, qint64(1) << 40, 0.1}, &error),
                 qPrintable(error));
        pg::Result r;
        QVERIFY2(c->exec(QStringLiteral("SELECT t, n, r FROM steps WHERE t = $1"), {evil}, &r,
                         &error),
                 qPrintable(error));
        QCOMPARE(r.rows(), 1);
        QCOMPARE(r.text(0, 0), evil);
        QCOMPARE(r.integer(0, 1), qint64(1) << 40);
        QCOMPARE(r.real(0, 2), 0.1);
        // A NULL parameter is SQL NULL.
        QVERIFY(c->exec(QStringLiteral("INSERT INTO steps VALUES ($1, 2, NULL)"), {QVariant()},
                        &error));
        QVERIFY(c->exec(QStringLiteral("SELECT count(*) FROM steps WHERE t IS NULL"), {}, &r,
                        &error));
        QCOMPARE(r.integer(0, 0), 1);
    }

    void nulIsRefused()
    {
        QString error;
        auto c = pg::Connection::open(m_server.uri(QStringLiteral("cx")), &error);
        QVERIFY(c);
        QString withNul = QStringLiteral("a");
        withNul.append(QChar(0));
        withNul.append(u'b');
        QVERIFY(!c->exec(QStringLiteral("SELECT $1::text"), {withNul}, &error));
        QCOMPARE(error, pg::Connection::nulMessage());
        QVERIFY(c->isOk());
    }

    void listenNotify()
    {
        QString error;
        auto a = pg::Connection::open(m_server.uri(QStringLiteral("cx")), &error);
        auto b = pg::Connection::open(m_server.uri(QStringLiteral("cx")), &error);
        QVERIFY(a && b);
        QVERIFY2(b->listen(QStringLiteral("ws_sofa"), &error), qPrintable(error));
        QVERIFY(a->begin(&error));
        QVERIFY(a->notify(QStringLiteral("ws_sofa"), QStringLiteral("42"), &error));
        QVERIFY(a->commit(&error));
        QList<pg::Notification> received;
        QDeadlineTimer deadline(5000);
        while (received.isEmpty() && !deadline.hasExpired()) {
            QVERIFY(b->consumeNotifications(&received, &error));
            QTest::qWait(5);
        }
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().payload, QStringLiteral("42"));
        QCOMPARE(received.first().pid, a->backendPid());
    }

    void serverRestart()
    {
        QString error;
        auto c = pg::Connection::open(m_server.uri(QStringLiteral("cx")), &error);
        QVERIFY(c);
        QVERIFY2(m_server.stop(&error), qPrintable(error));
        QVERIFY(!c->exec(QStringLiteral("SELECT 1"), {}, &error));
        QVERIFY(!c->isOk());
        QVERIFY(!c->reconnect(&error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(c->reconnect(&error), qPrintable(error));
        pg::Result r;
        QVERIFY2(c->exec(QStringLiteral("SELECT count(*) FROM steps"), {}, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.integer(0, 0), 2);
        QVERIFY(c->tlsDescription().startsWith(QStringLiteral("no TLS")));
    }

private:
    test::PgServer m_server;
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
