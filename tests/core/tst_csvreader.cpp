// The CSV reader under the metric import: RFC 4180 quoting, line endings,
// encodings, delimiter detection, the export layouts (plain, Qualtrics,
// SurveyMonkey, '#' comments), errors that name the line, and the split
// that lets two threads read one file.

#include "testutil.h"

#include "metrics/csv.h"
#include "metrics/csvscan.h"
#include "metrics/datafile.h"
#include "metrics/datalayout.h"
#include "metrics/preview.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <cctype>

using namespace waymark;
using namespace waymark::test;

using Records = QList<QStringList>;

namespace {

QString metricsData(const char *name)
{
    return dataPath(QStringLiteral("metrics/") + QString::fromLatin1(name));
}

Records read(const QByteArray &text, char delimiter, CsvError *error = nullptr)
{
    Records records;
    CsvError e;
    if (!csv::readRecords(text, delimiter, -1, &records, &e)) {
        if (error)
            *error = e;
        return {{QStringLiteral("<error>")}};
    }
    return records;
}

// Record starts, as a sequential scan sees them.
struct Starts
{
    QList<qsizetype> at;
    const char *base;
    void field(int, const char *, const char *, bool) {}
    bool record(int, const char *start, qint64)
    {
        at.append(start - base);
        return true;
    }
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void encodings_data();
    void encodings();
    void utf16WithoutBomIsRefused();
    void delimiter_data();
    void delimiter();
    void layouts_data();
    void layouts();
    void forcedLayout();
    void headerLines_data();
    void headerLines();
    void columnByNameOrQuestion();
    void previewRows();
    void mappedFileReadsTheWholeFile();
    void splitFindsTheRecordStart();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("expected");
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
    const QString one = QStringLiteral("1"), two = QStringLiteral("2");

    QTest::addRow("plain") << QByteArray("a,b,c\n1,2,3\n") << ','
                           << Records{{a, b, c}, {one, two, QStringLiteral("3")}};
    QTest::addRow("no final line break")
            << QByteArray("a,b\n1,2") << ',' << Records{{a, b}, {one, two}};
    QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ',' << Records{{a, b}, {one, two}};
    QTest::addRow("CR only") << QByteArray("a,b\r1,2\r") << ',' << Records{{a, b}, {one, two}};
    QTest::addRow("quoted delimiter")
            << QByteArray("a,\"b,c\"\n") << ',' << Records{{a, QStringLiteral("b,c")}};
    QTest::addRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ','
                                    << Records{{QStringLiteral("say \"hi\""), QStringLiteral("x")}};
    QTest::addRow("only a quote") << QByteArray("\"\"\"\"\n") << ','
                                  << Records{{QStringLiteral("\"")}};
    QTest::addRow("LF inside quotes") << QByteArray("a,\"line 1\nline 2\"\nb,c\n") << ','
                                      << Records{{a, QStringLiteral("line 1\nline 2")}, {b, c}};
    QTest::addRow("CRLF inside quotes") << QByteArray("a,\"x\r\ny\"\r\nb,c\r\n") << ','
                                        << Records{{a, QStringLiteral("x\r\ny")}, {b, c}};
    QTest::addRow("empty fields") << QByteArray(",,\n") << ','
                                  << Records{{QString(), QString(), QString()}};
    QTest::addRow("empty quoted field") << QByteArray("\"\",a\n") << ',' << Records{{QString(), a}};
    QTest::addRow("trailing delimiter")
            << QByteArray("a,b,\n") << ',' << Records{{a, b, QString()}};
    QTest::addRow("blank line is one empty field")
            << QByteArray("a\n\nb\n") << ',' << Records{{a}, {QString()}, {b}};
    QTest::addRow("spaces are kept") << QByteArray(" a , b \n") << ','
                                     << Records{{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::addRow("semicolon") << QByteArray("a;b\n1;\"2;3\"\n") << ';'
                               << Records{{a, b}, {one, QStringLiteral("2;3")}};
    QTest::addRow("tab") << QByteArray("a\tb\n1,5\t\"x\ty\"\n") << '\t'
                         << Records{{a, b}, {QStringLiteral("1,5"), QStringLiteral("x\ty")}};
    QTest::addRow("Cyrillic and Chinese")
            << QString::fromUtf8("Звонок в поддержку,\"查看订单, 第1步\"\n").toUtf8() << ','
            << Records{{QString::fromUtf8("Звонок в поддержку"),
                        QString::fromUtf8("查看订单, 第1步")}};
    QTest::addRow("empty text") << QByteArray() << ',' << Records{};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(Records, expected);
    QCOMPARE(read(text, delimiter), expected);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("says");
    QTest::addRow("unclosed quote")
            << QByteArray("a,b\n1,\"open\n2,3\n") << qint64(2) << QStringLiteral("not closed");
    QTest::addRow("unclosed after a long field")
            << QByteArray("a,b\n\"1\n2\",3\n4,\"5\n") << qint64(4) << QStringLiteral("not closed");
    QTest::addRow("quote inside a field")
            << QByteArray("a,b\n1,x\"y\n") << qint64(2) << QStringLiteral("quote inside");
    QTest::addRow("quote inside, after CRLF lines")
            << QByteArray("a\r\nb\r\nc\"d\r\n") << qint64(3) << QStringLiteral("quote inside");
    QTest::addRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,1\n") << qint64(2)
                                                << QStringLiteral("after the closing quote");
    QTest::addRow("NUL byte") << QByteArray("a,b\n1,\0\n", 8) << qint64(2)
                              << QStringLiteral("binary");
    QTest::addRow("NUL byte in quotes")
            << QByteArray("a\n\"x\0\"\n", 7) << qint64(2) << QStringLiteral("binary");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, line);
    QFETCH(QString, says);
    CsvError error;
    Records records;
    QVERIFY(!csv::readRecords(text, ',', -1, &records, &error));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(QStringLiteral("line %1: ").arg(line)));
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    const QString text = QString::fromUtf8("Touchpoint,NPS\r\nЗвонок,9\r\n\"查看, 订单\",10\r\n");
    QStringEncoder le(QStringConverter::Utf16LE), be(QStringConverter::Utf16BE);
    QTest::addRow("UTF-8") << text.toUtf8() << TextEncoding::Utf8;
    QTest::addRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << TextEncoding::Utf8Bom;
    QTest::addRow("UTF-16LE with BOM")
            << QByteArray("\xFF\xFE") + QByteArray(le(text)) << TextEncoding::Utf16LE;
    QTest::addRow("UTF-16BE with BOM")
            << QByteArray("\xFE\xFF") + QByteArray(be(text)) << TextEncoding::Utf16BE;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    DataFile file;
    QString error;
    QVERIFY2(file.setBytes(bytes, &error), qPrintable(error));
    QCOMPARE(file.encoding(), encoding);
    const Records expected{{QStringLiteral("Touchpoint"), QStringLiteral("NPS")},
                           {QString::fromUtf8("Звонок"), QStringLiteral("9")},
                           {QString::fromUtf8("查看, 订单"), QStringLiteral("10")}};
    QCOMPARE(read(file.text().toByteArray(), ','), expected);
}

void TestCsvReader::utf16WithoutBomIsRefused()
{
    QStringEncoder le(QStringConverter::Utf16LE);
    DataFile file;
    QString error;
    QVERIFY(!file.setBytes(le(QStringLiteral("a,b\n1,2\n")), &error));
    QVERIFY2(error.contains(QStringLiteral("byte order mark")), qPrintable(error));
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addRow("comma, semicolons in quotes")
            << QByteArray("a,b,c\n1,\"x; y; z\",3\n4,5,6\n") << ',';
    QTest::addRow("semicolon, decimal commas")
            << QByteArray("a;b;c\n1,5;2,25;x\n3;4,75;y\n") << ';';
    QTest::addRow("tab, commas in text") << QByteArray("a\tb\tc\nx, y\t1\t2\nz\t3, 4\t5\n") << '\t';
    QTest::addRow("quoted header with newlines") << QByteArray("\"a\nb\";c;d\n1;2;3\n") << ';';
    QTest::addRow("one column") << QByteArray("a\nb\nc\n") << ',';
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QCOMPARE(csv::detectDelimiter(text), delimiter);
}

void TestCsvReader::layouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<DataLayout>("layout");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("commentLines");
    QTest::addColumn<qint64>("dataLine");
    QTest::addColumn<QStringList>("someNames"); // the first columns' names
    QTest::addColumn<QString>("firstValue");    // first field of the first data row

    QTest::addRow("plain") << metricsData("plain.csv") << DataLayout::Plain << ','
                           << TextEncoding::Utf8 << 8 << 0 << qint64(2)
                           << QStringList{QStringLiteral("ResponseId"),
                                          QStringLiteral("RecordedDate")}
                           << QStringLiteral("R_01");
    // The fifth question text holds a line break: the data starts on line 5.
    QTest::addRow("qualtrics") << metricsData("qualtrics.csv") << DataLayout::Qualtrics << ','
                               << TextEncoding::Utf8Bom << 17 << 0 << qint64(5)
                               << QStringList{QStringLiteral("StartDate"),
                                              QStringLiteral("EndDate")}
                               << QStringLiteral("2026-03-01 10:02:11");
    QTest::addRow("surveymonkey") << metricsData("surveymonkey.csv") << DataLayout::SurveyMonkey
                                  << ',' << TextEncoding::Utf8 << 16 << 0 << qint64(3)
                                  << QStringList{QStringLiteral("Respondent ID"),
                                                 QStringLiteral("Collector ID")}
                                  << QStringLiteral("114239871234");
    QTest::addRow("comment lines")
            << metricsData("analytics.csv") << DataLayout::Plain << ',' << TextEncoding::Utf8 << 4
            << 6 << qint64(8) << QStringList{QStringLiteral("Page title"), QStringLiteral("Date")}
            << QStringLiteral("Browses sofas on the website");
    QTest::addRow("semicolon") << metricsData("semicolon.csv") << DataLayout::Plain << ';'
                               << TextEncoding::Utf8 << 6 << 0 << qint64(2)
                               << QStringList{QString::fromUtf8("Дата"),
                                              QString::fromUtf8("Точка контакта")}
                               << QStringLiteral("15.03.2026");
    QTest::addRow("UTF-16 tab") << metricsData("tab-utf16.txt") << DataLayout::Plain << '\t'
                                << TextEncoding::Utf16LE << 4 << 0 << qint64(2)
                                << QStringList{QStringLiteral("Touchpoint"), QStringLiteral("NPS")}
                                << QStringLiteral("TP-12");
}

void TestCsvReader::layouts()
{
    QFETCH(QString, file);
    QFETCH(DataLayout, layout);
    QFETCH(char, delimiter);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, columns);
    QFETCH(int, commentLines);
    QFETCH(qint64, dataLine);
    QFETCH(QStringList, someNames);
    QFETCH(QString, firstValue);

    DataFile data;
    QString error;
    QVERIFY2(data.open(file, &error), qPrintable(error));
    QCOMPARE(data.encoding(), encoding);
    DataPreview preview;
    CsvError csvError;
    QVERIFY2(readPreview(data, std::nullopt, 100, &preview, &csvError),
             qPrintable(csvError.toString()));
    const DataHeader &h = preview.header;
    QCOMPARE(h.layout, layout);
    QCOMPARE(h.delimiter, delimiter);
    QCOMPARE(h.columns.size(), columns);
    QCOMPARE(h.commentLines, commentLines);
    QCOMPARE(h.dataLine, dataLine);
    for (qsizetype i = 0; i < someNames.size(); ++i)
        QCOMPARE(h.columns[i].name, someNames[i]);
    QVERIFY(!preview.rows.isEmpty());
    QCOMPARE(preview.rows.first().first(), firstValue);
    QVERIFY(preview.complete);
}

void TestCsvReader::forcedLayout()
{
    DataFile data;
    QString error;
    QVERIFY(data.open(metricsData("qualtrics.csv"), &error));
    DataPreview preview;
    CsvError csvError;
    QVERIFY(readPreview(data, DataLayout::Plain, 100, &preview, &csvError));
    // Read as plain, the question texts and import ids are data rows.
    QCOMPARE(preview.header.layout, DataLayout::Plain);
    QCOMPARE(preview.header.dataLine, qint64(2));
    QCOMPARE(preview.rows.size(), 12);
    QCOMPARE(preview.rows.first().first(), QStringLiteral("Start Date"));

    QVERIFY(data.open(metricsData("surveymonkey.csv"), &error));
    QVERIFY(readPreview(data, DataLayout::Qualtrics, 100, &preview, &csvError));
    QCOMPARE(preview.header.layout, DataLayout::Qualtrics);
    QCOMPARE(preview.rows.size(), 7); // three header rows instead of two
}

void TestCsvReader::headerLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("commentLines");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("Excel's sep= line") << QByteArray("sep=;\r\na;b\r\n1;2\r\n") << ';' << 1
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("'#' column is not a comment")
            << QByteArray("#,Name\n1,x\n") << ',' << 0
            << QStringList{QStringLiteral("#"), QStringLiteral("Name")};
    QTest::addRow("comments and blank lines")
            << QByteArray("# exported\n\n#\n  \na,b\n1,2\n") << ',' << 4
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("names are trimmed") << QByteArray(" a ,\" b \"\n1,2\n") << ',' << 0
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b")};
}

void TestCsvReader::headerLines()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(int, commentLines);
    QFETCH(QStringList, names);
    DataHeader h;
    CsvError error;
    QVERIFY2(readHeader(text, std::nullopt, &h, &error), qPrintable(error.toString()));
    QCOMPARE(h.delimiter, delimiter);
    QCOMPARE(h.commentLines, commentLines);
    QStringList got;
    for (const DataColumn &c : h.columns)
        got.append(c.name);
    QCOMPARE(got, names);
    QCOMPARE(text.mid(h.dataOffset, 1), QByteArray("1"));

    QVERIFY(!readHeader(QByteArray("# only a comment\n"), std::nullopt, &h, &error));
    QVERIFY(error.message.contains(QStringLiteral("empty")));
}

void TestCsvReader::columnByNameOrQuestion()
{
    DataFile data;
    QString error;
    QVERIFY(data.open(metricsData("qualtrics.csv"), &error));
    DataPreview preview;
    CsvError csvError;
    QVERIFY(readPreview(data, std::nullopt, 10, &preview, &csvError));
    const DataHeader &h = preview.header;
    QCOMPARE(h.columnIndex(QStringLiteral("Q2")), 12);
    QCOMPARE(h.columnIndex(QStringLiteral(" q2 ")), 12);
    QCOMPARE(h.columnIndex(QStringLiteral("How likely is it that you would recommend Sofa & Co "
                                          "to a friend or colleague?")),
             12);
    QCOMPARE(h.columnIndex(QStringLiteral("How easy was it to get what you needed? "
                                          "(1 = very difficult, 7 = very easy)")),
             14);
    QCOMPARE(h.columnIndex(QStringLiteral("Q9"), &error), -1);
    QVERIFY2(error.contains(QStringLiteral("no column \"Q9\"")), qPrintable(error));

    // SurveyMonkey: a matrix question is two columns with one question text.
    QVERIFY(data.open(metricsData("surveymonkey.csv"), &error));
    QVERIFY(readPreview(data, std::nullopt, 10, &preview, &csvError));
    const DataHeader &s = preview.header;
    QCOMPARE(s.columns[13].name, QStringLiteral("How would you rate the following? - Delivery"));
    QCOMPARE(s.columns[14].name, QStringLiteral("How would you rate the following? - Assembly"));
    QCOMPARE(s.columns[14].question, QStringLiteral("How would you rate the following?"));
    QCOMPARE(s.columns[9].name, s.columns[9].question);
    QCOMPARE(s.columnIndex(QStringLiteral("How would you rate the following?"), &error), -1);
    QVERIFY2(error.contains(QStringLiteral("2 columns")), qPrintable(error));
}

void TestCsvReader::previewRows()
{
    DataFile data;
    QString error;
    QVERIFY(data.open(metricsData("plain.csv"), &error));
    DataPreview preview;
    CsvError csvError;
    QVERIFY(readPreview(data, std::nullopt, 5, &preview, &csvError));
    QCOMPARE(preview.rows.size(), 5);
    QVERIFY(!preview.complete);
    QCOMPARE(preview.rows[4][7], QStringLiteral("Fees appeared at the end.\nNot happy."));
    QCOMPARE(preview.column(2).mid(0, 3),
             (QStringList{QStringLiteral("TP-08"), QStringLiteral("Checks out online"),
                          QStringLiteral("tp-08")}));

    // An error in the first rows names the line in the file, not in the data.
    QVERIFY(data.open(metricsData("broken-unclosed.csv"), &error));
    QVERIFY(!readPreview(data, std::nullopt, 100, &preview, &csvError));
    QCOMPARE(csvError.line, qint64(3));
}

void TestCsvReader::mappedFileReadsTheWholeFile()
{
    QTemporaryDir dir;
    QByteArray text("Touchpoint,NPS\n");
    for (int i = 0; i < 50000; ++i)
        text += "\"Checkout, step " + QByteArray::number(i % 7) + "\"," + QByteArray::number(i % 11)
                + '\n';
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(path, QByteArray("\xEF\xBB\xBF") + text));
    DataFile file;
    QString error;
    QVERIFY2(file.open(path, &error), qPrintable(error));
    QCOMPARE(file.fileSize(), text.size() + 3);
    QCOMPARE(file.text().size(), text.size());
    QVERIFY(file.text() == QByteArrayView(text));
    // Releasing pages only drops them from memory; the text reads the same after.
    file.release(file.text().data(), file.text().data() + file.text().size() / 2);
    QVERIFY(file.text() == QByteArrayView(text));

    QVERIFY(!file.open(dir.filePath(QStringLiteral("missing.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.csv")));
}

// For every position of a tricky text, the record start found from the
// parity of the quotes before it is the one a sequential scan finds.
void TestCsvReader::splitFindsTheRecordStart()
{
    QRandomGenerator rng(4);
    static const char *pieces[]
            = {"a",          "bc",       ",",  "\"x,y\"", "\"\"\"\"", "\"l1\nl2\"",
               "\"c\r\nd\"", "\"e\rf\"", "\n", "\r\n",    "\r",       ""};
    for (int round = 0; round < 20; ++round) {
        QByteArray text;
        bool fieldStart = true;
        bool afterQuoted = false;
        for (int i = 0; i < 300; ++i) {
            const char *p = pieces[rng.bounded(int(std::size(pieces)))];
            // Quoted pieces only where a field starts, and only a delimiter
            // or a line break after them, as RFC 4180 wants.
            if ((p[0] == '"' && !fieldStart)
                || (afterQuoted && (p[0] == '"' || std::isalpha(p[0]))))
                p = ",";
            text += p;
            if (!*p)
                continue;
            const char last = text.back();
            fieldStart = last == ',' || last == '\n' || last == '\r';
            afterQuoted = p[0] == '"';
        }
        Starts starts{{}, text.constData()};
        const csv::ScanTables tables(',');
        const char *begin = text.constData();
        const char *end = begin + text.size();
        const csv::ScanResult r = csv::scan(begin, end, end, tables, 1, starts);
        QCOMPARE(r.error, csv::ScanError::None);
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            const bool inQuotes = csv::countQuotes(begin, begin + cut) % 2;
            const qsizetype found = csv::recordStartFrom(begin, begin + cut, end, inQuotes) - begin;
            qsizetype expected = text.size();
            for (qsizetype s : std::as_const(starts.at)) {
                if (s >= cut) {
                    expected = s;
                    break;
                }
            }
            if (found != expected)
                QFAIL(qPrintable(QStringLiteral("round %1, cut %2: %3 instead of %4 in %5")
                                         .arg(round)
                                         .arg(cut)
                                         .arg(found)
                                         .arg(expected)
                                         .arg(QString::fromUtf8(text.toPercentEncoding()))));
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
