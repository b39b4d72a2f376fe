// Dates on the PDF follow the UI language (issue 14): the title block's date
// and the comment times of the workshop appendix are written as the language
// writes them ("04.12.2026" in Russian), not ISO, read back with pdftotext.

#include "e2eutil.h"

#include <QDate>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark::e2e;

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestLocalDatesCli : public QObject
{
    Q_OBJECT

    Runner m_runner;
    QTemporaryDir m_dir;

    // `waymark ARGS` with the system's language set to `language`.
    Run waymarkIn(const QString &language, const QStringList &args) const
    {
        Run r;
        QProcess p;
        QProcessEnvironment env = m_runner.environment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WAYMARK_BIN), args);
        r.started = p.waitForStarted(10000);
        r.crashed = !p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QString pdfText(const QString &pdf) const
    {
        const Run r = m_runner.run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                                   {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        return QString::fromUtf8(r.out);
    }

private Q_SLOTS:
    void russianPdfDates()
    {
        QVERIFY(m_runner.isValid() && m_dir.isValid());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        const QString map = m_dir.filePath(QStringLiteral("trilingual.cjm"));
        Run r = m_runner.waymark({QStringLiteral("import"), map, QStringLiteral("--json"),
                                  dataPath(QStringLiteral("export/trilingual.json"))});
        VERIFY_RUN(r.exitCode == 0, r);
        const QString pdf = m_dir.filePath(QStringLiteral("ru.pdf"));
        r = waymarkIn(QStringLiteral("ru"), {QStringLiteral("export"), map, QStringLiteral("-o"),
                                             pdf, QStringLiteral("--journey"),
                                             QStringLiteral("wide"), QStringLiteral("--comments")});
        VERIFY_RUN(r.exitCode == 0, r);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Комментарии")), "not in Russian");
        // The title block: today, as Russian writes it.
        QVERIFY2(text.contains(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(text.left(400)));
        QVERIFY2(!text.contains(QDate::currentDate().toString(Qt::ISODate)),
                 qPrintable(text.left(400)));
        // The appendix: comments from 2 March 2026 (local time, day and month
        // in Russian order), no ISO timestamps.
        static const QRegularExpression russian(QStringLiteral("0[123]\\.03\\.2026 \\d\\d:\\d\\d"));
        QVERIFY2(text.contains(russian), qPrintable(text.right(800)));
        QVERIFY2(!text.contains(QStringLiteral("2026-03-0")), qPrintable(text.right(800)));
    }
};

QTEST_GUILESS_MAIN(TestLocalDatesCli)
#include "tst_localdates_cli.moc"
