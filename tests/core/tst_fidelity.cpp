// Real files in, real files out (issue 15), in core: the JSON text writer
// for all of Unicode, Windows code pages, Yes/No answers, the Qualtrics
// layouts of older exporters, "rating" proposed as NPS, Mermaid round trips
// (actors, titles, accessibility texts, score 0, indented front matter),
// unmatched rows counted once per file and metrics JSON at full precision.

#include "testutil.h"

#include "formats/mermaidexport.h"
#include "formats/mermaidimport.h"
#include "metrics/answers.h"
#include "metrics/codepage.h"
#include "metrics/datafile.h"
#include "metrics/datalayout.h"
#include "metrics/metricimport.h"
#include "metrics/metricsjson.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"
#include "model/validate.h"
#include "json/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

QByteArray data(const char *name)
{
    return readFile(dataPath(QString::fromLatin1(name)));
}

QString mermaidSummary(const MermaidJourney &d)
{
    QStringList sections;
    for (const auto &s : d.sections) {
        QStringList tasks;
        for (const auto &t : s.tasks)
            tasks.append(
                    QStringLiteral("%1=%2[%3]").arg(t.name).arg(t.score).arg(t.actors.join(u',')));
        sections.append(s.name + QStringLiteral(": ") + tasks.join(QStringLiteral("; ")));
    }
    return sections.join(QStringLiteral(" | "));
}

bool preview(const QByteArray &bytes, DataPreview *out, DataFile *file)
{
    QString error;
    CsvError csvError;
    return file->setBytes(bytes, &error)
           && readPreview(*file, std::nullopt, kProposalRows, out, &csvError);
}

} // namespace

class TestFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTextWritesAllOfUnicode();
    void codePageDetection();
    void dataFileEncodings();
    void badUtf8PastTheProbeIsAnError();
    void yesNo();
    void qualtricsLayouts();
    void ratingProposedAsNps();
    void mermaidActorsRoundTrip();
    void mermaidWithoutTitle();
    void mermaidScoreZero();
    void mermaidIndentedFrontMatter();
    void mermaidFrontMatterError();
    void unmatchedOncePerFile();
    void metricsJsonFullPrecision();
};

void TestFidelity::jsonTextWritesAllOfUnicode()
{
    const QString text = QString::fromUtf8("\xF0\x9F\x98\xAB Fridge \xF0\xA0\xAE\xB7 cafe\xCC\x81");
    const QByteArray json = JsonText::object().set(u"title", text).toJson(false);
    QCOMPARE(json,
             QByteArray("{\"title\":\"\xF0\x9F\x98\xAB Fridge \xF0\xA0\xAE\xB7 cafe\xCC\x81\"}"));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"title").toString(), text);
    // Escapes stay; a lone surrogate (not Unicode) becomes U+FFFD, never '?'.
    QString odd = QStringLiteral("a\"b\\c\n\x01");
    odd.append(QChar(0xD83D));
    odd.append(u'z');
    const QByteArray written = JsonText(odd).toJson(false);
    QCOMPARE(written, QByteArray("\"a\\\"b\\\\c\\n\\u0001\xEF\xBF\xBDz\""));
    QStringDecoder decoder(QStringDecoder::Utf8);
    decoder.decode(written);
    QVERIFY(!decoder.hasError());
}

void TestFidelity::codePageDetection()
{
    const QByteArray western = data("metrics/cp1252.csv");
    const QByteArray cyrillic = data("metrics/cp1251.csv");
    QVERIFY(!codepage::isValidUtf8(western));
    QVERIFY(!codepage::isValidUtf8(cyrillic));
    QCOMPARE(codepage::guess(western), codepage::CodePage::Windows1252);
    QCOMPARE(codepage::guess(cyrillic), codepage::CodePage::Windows1251);
    QVERIFY(codepage::toUtf8(western, codepage::CodePage::Windows1252)
                    .contains("R\xC3\xBC"
                              "ckerstattung beantragt"));
    QVERIFY(codepage::toUtf8(western, codepage::CodePage::Windows1252).contains("\xE2\x80\x93"));
    QVERIFY(codepage::toUtf8(cyrillic, codepage::CodePage::Windows1251)
                    .contains(QStringLiteral("Возврат товара").toUtf8()));
    // UTF-8 rules: overlong forms, surrogates and cut characters are not UTF-8.
    QVERIFY(codepage::isValidUtf8("plain \xF0\x9F\x98\xAB \xD0\x96"));
    QVERIFY(!codepage::isValidUtf8("\xC0\xAF"));
    QVERIFY(!codepage::isValidUtf8("\xED\xA0\x80"));
    QVERIFY(!codepage::isValidUtf8("\xF0\x9F\x98"));
    QVERIFY(codepage::isValidUtf8("\xF0\x9F\x98", nullptr, true)); // a prefix may cut one
    qsizetype at = 0;
    QVERIFY(!codepage::isValidUtf8("0123456789abcdef0123\xFC", &at));
    QCOMPARE(at, 20);
    // UTF-8 Cyrillic with one stray byte stays UTF-8; a code page file is not.
    const QByteArray stray = QStringLiteral("Постоянный клиент, Новый клиент").toUtf8() + "\xFF";
    QVERIFY(codepage::mostlyUtf8(stray));
    QVERIFY(!codepage::mostlyUtf8(cyrillic));
    QVERIFY(!codepage::mostlyUtf8(western));
}

void TestFidelity::dataFileEncodings()
{
    DataFile file;
    DataPreview p;
    QVERIFY(preview(data("metrics/cp1252.csv"), &p, &file));
    QCOMPARE(p.encoding, TextEncoding::Windows1252);
    QCOMPARE(p.rows.first().value(4), QString::fromUtf8("R\xC3\xBC"
                                                        "ckkehrer"));

    DataFile cyrillic;
    QVERIFY(preview(data("metrics/cp1251.csv"), &p, &cyrillic));
    QCOMPARE(p.encoding, TextEncoding::Windows1251);
    QCOMPARE(p.header.columns[4].name, QStringLiteral("Сегмент клиента"));

    DataFile forced;
    forced.forceEncoding(TextEncoding::Windows1251);
    QVERIFY(preview(data("metrics/cp1252.csv"), &p, &forced));
    QCOMPARE(p.encoding, TextEncoding::Windows1251);
    QCOMPARE(p.rows.first().value(4), QString::fromUtf8("R\xD1\x8C"
                                                        "ckkehrer"));

    DataFile utf8;
    QVERIFY(preview(data("metrics/plain.csv"), &p, &utf8));
    QCOMPARE(p.encoding, TextEncoding::Utf8);
    QCOMPARE(encodingFromName(u"CP1252"), std::optional(TextEncoding::Windows1252));
    QCOMPARE(encodingFromName(u"windows-1251"), std::optional(TextEncoding::Windows1251));
    QVERIFY(!encodingFromName(u"ebcdic"));
}

void TestFidelity::badUtf8PastTheProbeIsAnError()
{
    // 9 MB of UTF-8 rows, then a step name in Windows-1252: the probe saw
    // UTF-8, the aggregation finds the byte that is not and says so.
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("m.cjm"), Template::Sample);
    QByteArray bytes = "id,Touchpoint,NPS\n";
    while (bytes.size() < 9 * 1024 * 1024)
        bytes += "1,Checks out online,9\n";
    const int lines = int(bytes.count('\n'));
    bytes += "2,R\xFC"
             "ckerstattung,7\n";
    DataFile file;
    DataPreview p;
    QVERIFY(preview(bytes, &p, &file));
    QCOMPARE(p.encoding, TextEncoding::Utf8);
    Mapping mapping;
    mapping.step = QStringLiteral("Touchpoint");
    mapping.metrics = {{QStringLiteral("nps"), QStringLiteral("NPS"), {}, {}, {}}};
    ImportPlan plan;
    QString error;
    QVERIFY(!planImport(doc->workspace(), QStringLiteral("sofa"), file, p, mapping, {}, &plan,
                        &error));
    QVERIFY2(error.startsWith(QStringLiteral("line %1: the text is not UTF-8").arg(lines + 1)),
             qPrintable(error));
}

void TestFidelity::yesNo()
{
    for (const char16_t *yes : {u"Yes", u" YES ", u"true", u"да", u"Да", u"是", u"y"})
        QCOMPARE(answers::yesNoValue(QStringView(yes)), std::optional<double>(1));
    for (const char16_t *no : {u"No", u"false", u"нет", u"否", u"n"})
        QCOMPARE(answers::yesNoValue(QStringView(no)), std::optional<double>(0));
    QVERIFY(!answers::yesNoValue(u"maybe"));
}

void TestFidelity::qualtricsLayouts()
{
    DataHeader h;
    CsvError error;
    QVERIFY(readHeader(data("metrics/qualtrics-single-quotes.csv"), std::nullopt, &h, &error));
    QCOMPARE(h.layout, DataLayout::Qualtrics);
    QCOMPARE(h.dataLine, 4);
    QCOMPARE(h.columns[4].question,
             QStringLiteral("How likely is it that you would recommend us to a friend?"));

    QVERIFY(readHeader(data("metrics/qualtrics-legacy.csv"), std::nullopt, &h, &error));
    QCOMPARE(h.layout, DataLayout::Qualtrics);
    QCOMPARE(h.dataLine, 3);
    QCOMPARE(h.columns[0].name, QStringLiteral("V1"));
    QCOMPARE(h.columns[0].question, QStringLiteral("ResponseID"));
    QCOMPARE(h.columns[11].name, QStringLiteral("Q2"));

    // A plain file whose second row is data stays plain.
    QVERIFY(readHeader(data("metrics/plain.csv"), std::nullopt, &h, &error));
    QCOMPARE(h.layout, DataLayout::Plain);
}

void TestFidelity::ratingProposedAsNps()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("m.cjm"), Template::Sample);
    DataFile file;
    DataPreview p;
    QVERIFY(preview(data("metrics/rating.csv"), &p, &file));
    const MappingProposal proposal = proposeMapping(p, doc->workspace(), QStringLiteral("sofa"));
    QCOMPARE(proposal.mapping.metrics.size(), 1);
    QCOMPARE(proposal.mapping.metrics.first().metric, QStringLiteral("nps"));
    QCOMPARE(proposal.mapping.metrics.first().column, QStringLiteral("rating"));

    // A 1-5 "rating" is not NPS.
    QVERIFY(preview("id,Touchpoint,rating\n1,TP-08,4\n2,TP-08,5\n3,TP-14,1\n", &p, &file));
    QVERIFY(proposeMapping(p, doc->workspace(), QStringLiteral("sofa")).mapping.metrics.isEmpty());
}

void TestFidelity::mermaidActorsRoundTrip()
{
    const QByteArray text = data("mermaid/actors.mmd");
    MermaidJourney first;
    QString error;
    QVERIFY2(parseMermaidJourney(text, &first, nullptr, &error), qPrintable(error));
    const Workspace ws = mermaidToWorkspace(first, QStringLiteral("actors"));
    QCOMPARE(validateJourney(ws, ws.journeys.first()), QString());
    QCOMPARE(ws.personas.first().name, QStringLiteral("Charlie"));
    QStringList warnings;
    const QByteArray again = exportMermaid(ws, ws.journeys.first(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    MermaidJourney second;
    QVERIFY2(parseMermaidJourney(again, &second, nullptr, &error), qPrintable(error));
    // The same tasks, scores, actors in their order, and sections.
    QCOMPARE(mermaidSummary(second), mermaidSummary(first));
    QCOMPARE(second.title, first.title);
    QCOMPARE(second.accTitle, first.accTitle);
    QCOMPARE(second.accDescr, first.accDescr);
    QVERIFY2(again.contains("      C task: 5\n"), again.constData()); // none invented
    QVERIFY(again.contains(": 5: Alice, Bob, Charlie\n"));
    QVERIFY(!again.contains("Customer"));

    // A diagram without any actor gets none back.
    MermaidJourney bare;
    QVERIFY(parseMermaidJourney("journey\ntitle T\nsection S\n  A: 3\n  B: 4\n", &bare, nullptr,
                                &error));
    const Workspace plain = mermaidToWorkspace(bare, QStringLiteral("x"));
    QVERIFY(plain.personas.isEmpty());
    const QByteArray out = exportMermaid(plain, plain.journeys.first());
    QVERIFY2(out.contains("      A: 3\n      B: 4\n"), out.constData());
}

void TestFidelity::mermaidWithoutTitle()
{
    MermaidJourney d;
    QString error;
    QVERIFY(parseMermaidJourney("journey\nsection S\n  A: 3: Me\n", &d, nullptr, &error));
    Workspace ws = mermaidToWorkspace(d, QStringLiteral("from-file"));
    QCOMPARE(ws.journeys.first().name, QStringLiteral("from-file"));
    QByteArray out = exportMermaid(ws, ws.journeys.first());
    QVERIFY2(!out.contains("title"), out.constData());

    // accTitle and accDescr without a title, and a title with both.
    QVERIFY(parseMermaidJourney("journey\naccTitle: Quiet\naccDescr: Said\nsection S\n  A: 3\n", &d,
                                nullptr, &error));
    ws = mermaidToWorkspace(d, QStringLiteral("x"));
    out = exportMermaid(ws, ws.journeys.first());
    QVERIFY2(!out.contains("    title") && out.contains("accTitle: Quiet\n")
                     && out.contains("accDescr: Said\n"),
             out.constData());
    QVERIFY(parseMermaidJourney("journey\ntitle Loud\naccTitle: Quiet\nsection S\n  A: 3\n", &d,
                                nullptr, &error));
    ws = mermaidToWorkspace(d, QStringLiteral("x"));
    out = exportMermaid(ws, ws.journeys.first());
    QVERIFY2(out.contains("title Loud\n") && out.contains("accTitle: Quiet\n"), out.constData());
}

void TestFidelity::mermaidScoreZero()
{
    MermaidJourney d;
    QStringList warnings;
    QString error;
    const QByteArray text = "journey\nsection S\n  Worst: 0: Me\n  Low: 1: Me\n  Best: 5: Me\n";
    QVERIFY(parseMermaidJourney(text, &d, &warnings, &error));
    QCOMPARE(d.sections.first().tasks.first().score, 0);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n'))); // 0 is in Mermaid's range
    Workspace ws = mermaidToWorkspace(d, QStringLiteral("x"));
    Journey &j = ws.journeys.first();
    // 0 and 1 are both the lowest emotion; only the 0 carries the tag.
    QCOMPARE(j.steps[0].emotion, std::optional<int>(-2));
    QCOMPARE(j.steps[1].emotion, std::optional<int>(-2));
    QVERIFY(j.steps[0].tags.contains(QString::fromUtf16(kMermaidScoreZeroTag)));
    QVERIFY(j.steps[1].tags.isEmpty());
    QCOMPARE(validateJourney(ws, j), QString());

    // The round trip gives 0 back, and 1 stays 1.
    QByteArray out = exportMermaid(ws, j);
    QVERIFY2(out.contains("      Worst: 0: Me\n      Low: 1: Me\n"), out.constData());
    MermaidJourney again;
    QVERIFY(parseMermaidJourney(out, &again, nullptr, &error));
    QCOMPARE(mermaidSummary(again), mermaidSummary(d));

    // Once the emotion is changed on the map, the tag no longer speaks for it.
    j.steps[0].emotion = 1;
    out = exportMermaid(ws, j);
    QVERIFY2(out.contains("      Worst: 4: Me\n"), out.constData());

    warnings.clear();
    QVERIFY(parseMermaidJourney("journey\n  T: -1: Me\n", &d, &warnings, &error));
    QCOMPARE(d.sections.first().tasks.first().score, 0);
    QVERIFY(warnings.first().contains(QStringLiteral("outside 0..5")));
}

void TestFidelity::mermaidIndentedFrontMatter()
{
    MermaidJourney d;
    QString error;
    QVERIFY2(parseMermaidJourney(data("mermaid/indented-frontmatter.mmd"), &d, nullptr, &error),
             qPrintable(error));
    QCOMPARE(d.title, QStringLiteral("Indented front matter"));
    QCOMPARE(mermaidSummary(d), QStringLiteral("Arrive: Finds the door=4[Guest]"));
}

void TestFidelity::mermaidFrontMatterError()
{
    MermaidJourney d;
    QString error;
    QVERIFY(!parseMermaidJourney("%% a comment first\n---\ntitle: Late\n---\njourney\n", &d,
                                 nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 2: front matter")), qPrintable(error));
    QVERIFY(!parseMermaidJourney("  ---\n  title: Open\n  journey\n", &d, nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 1: the front matter")), qPrintable(error));
}

void TestFidelity::unmatchedOncePerFile()
{
    Workspace ws;
    Journey j;
    j.id = QStringLiteral("j");
    ws.journeys.append(j);
    ImportReport report;
    report.unmatched = {{QStringLiteral(""), 143}, {QStringLiteral("Gift card"), 2}};
    for (const char *id : {"a", "b"}) {
        ImportSource src;
        src.id = QString::fromLatin1(id);
        src.journey = j.id;
        src.fileName = QStringLiteral("survey.csv");
        src.rowsRejected = 4;
        src.report = QString::fromUtf8(report.toJson());
        ws.sources.append(src);
    }
    ImportSource other = ws.sources.first();
    other.id = QStringLiteral("c");
    other.fileName = QStringLiteral("other.csv");
    ws.sources.append(other);
    const ImportIssues issues = importIssues(ws);
    QCOMPARE(issues.unmatched.first(), (UnmatchedValue{QString(), 286})); // two files, not three
    QCOMPARE(issues.unmatched[1], (UnmatchedValue{QStringLiteral("Gift card"), 4}));
    QCOMPARE(issues.rejected, 8);
}

void TestFidelity::metricsJsonFullPrecision()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("m.cjm"), Template::Sample);
    DataFile file;
    DataPreview p;
    QVERIFY(preview("id,Touchpoint,CES\n1,TP-08,6\n2,TP-08,5\n3,TP-08,6\n4,TP-08,5\n5,TP-08,6\n"
                    "6,TP-08,6\n",
                    &p, &file));
    Mapping mapping;
    mapping.step = QStringLiteral("Touchpoint");
    mapping.metrics = {{QStringLiteral("ces"), QStringLiteral("CES"), {}, {}, {}}};
    ImportPlan plan;
    QString error;
    QVERIFY2(planImport(doc->workspace(), QStringLiteral("sofa"), file, p, mapping, {}, &plan,
                        &error),
             qPrintable(error));
    Workspace ws = doc->workspace();
    ws.sources.append(plan.source);
    ws.journey(QStringLiteral("sofa"));
    for (Journey &j : ws.journeys) {
        if (j.id == u"sofa")
            j.metricValues = plan.values;
    }
    const QByteArray json = metricsJson(ws, {QStringLiteral("sofa")});
    QVERIFY2(json.contains("\"value\": 5.666666666666667"), json.constData());
}

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
