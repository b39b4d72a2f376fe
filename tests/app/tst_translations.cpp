// The shipped catalogues: every message of ru and zh_CN translated, plural
// forms complete (three in Russian, two in English), and the compiled .qm
// files loaded the way the app loads them (installTranslations from
// :/i18n) translate real strings of different contexts.

#include "i18n.h"
#include "model/workspace.h"
#include "templates/templates.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

using namespace waymark;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its plural forms
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    const TsMessage *find(const QString &context, const QString &source) const
    {
        for (const TsMessage &m : messages) {
            if (m.context == context && m.source == source)
                return &m;
        }
        return nullptr;
    }
};

TsFile readTs(const QString &language)
{
    TsFile ts;
    QFile file(QStringLiteral(WAYMARK_TS_DIR "/waymark_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context,
                                {},
                                xml.attributes().value(QStringLiteral("numerus")) == u"yes",
                                {},
                                {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
            ts.messages.append(message); // plural forms follow as <numerusform>
        } else if (name == u"numerusform") {
            ts.messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = file.fileName() + QStringLiteral(": ") + xml.errorString();
    return ts;
}

// Russian (CLDR): 1, 21, 31 … one; 2–4, 22–24 … few; the rest many.
int russianForm(int n)
{
    if (n % 10 == 1 && n % 100 != 11)
        return 0;
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14))
        return 1;
    return 2;
}

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(QCoreApplication::instance(), QStringLiteral("en")); }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("ru") << QStringLiteral("ru") << 3;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const TsFile ts = readTs(language);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        // The whole UI, not a handful of strings.
        QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));
        QStringList unfinished, wrongForms;
        for (const TsMessage &m : ts.messages) {
            if (!m.type.isEmpty() || m.forms.isEmpty() || m.forms.first().isEmpty())
                unfinished.append(m.context + QStringLiteral(": ") + m.source);
            if (m.numerus && (m.forms.size() != pluralForms || m.forms.contains(QString())))
                wrongForms.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, e.g. %2")
                                                          .arg(unfinished.size())
                                                          .arg(unfinished.value(0))));
        QVERIFY2(wrongForms.isEmpty(),
                 qPrintable(QStringLiteral("plural forms missing: ") + wrongForms.join(u"; ")));
    }

    // English is the source language: its file only has to carry the plurals.
    void englishPluralsAreComplete()
    {
        const TsFile ts = readTs(QStringLiteral("en"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        int plurals = 0;
        for (const TsMessage &m : ts.messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(m.type.isEmpty() && m.forms.size() == 2 && !m.forms.contains(QString()),
                     qPrintable(m.context + QStringLiteral(": ") + m.source));
        }
        QVERIFY(plurals > 10);
        // A count written %n is only counted when the call passes it: a
        // message with %n that lupdate did not see as plural ("%n minute(s)
        // ago" through a helper of one's own) shows "(s)" in every language.
        QStringList notPlural;
        for (const TsMessage &m : ts.messages) {
            if (!m.numerus && m.source.contains(QStringLiteral("%n")))
                notPlural.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(notPlural.isEmpty(),
                 qPrintable(QStringLiteral("%n in a message that is not plural: ")
                            + notPlural.join(QStringLiteral("; "))));
        QVERIFY(installTranslations(QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(translated("Commands", "Delete %n card(s)", 1), QStringLiteral("Delete 1 card"));
        QCOMPARE(translated("Commands", "Delete %n card(s)", 3), QStringLiteral("Delete 3 cards"));
        QCOMPARE(translated("WorkshopAppendix", "%n people", 1), QStringLiteral("1 person"));
    }

    // Strings from several contexts translate through the .qm in the resources,
    // to what the .ts says.
    void installedCatalogueTranslates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        for (const char *language : {"ru", "zh_CN"}) {
            const QString lang = QString::fromLatin1(language);
            auto row = [&](const char *context, const char *source) {
                QTest::addRow("%s %s: %s", language, context, source)
                        << lang << QString::fromLatin1(context) << QString::fromUtf8(source);
            };
            row("AppMenuBar", "&File");
            row("AppMenuBar", "Export &workshop results…");
            row("MapContextMenu", "Insert lane below");
            row("Enums", "Pain point");
            row("Enums", "Service blueprint");
            row("Layout", "Line of visibility");
            row("Storage", "the disk is full");
            row("Cli", "check that a file is a whole Waymark document");
        }
    }
    void installedCatalogueTranslates()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        const TsFile ts = readTs(language);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const TsMessage *m = ts.find(context, source);
        QVERIFY2(m, "the message is not in the .ts");
        QVERIFY(installTranslations(QCoreApplication::instance(), language));
        const QString text = translated(context.toUtf8().constData(), source.toUtf8().constData());
        QVERIFY2(text != source, qPrintable(text));
        QCOMPARE(text, m->forms.value(0));
    }

    void russianPlurals()
    {
        QVERIFY(installTranslations(QCoreApplication::instance(), QStringLiteral("ru")));
        QCOMPARE(translated("Commands", "Delete %n card(s)", 1),
                 QStringLiteral("Удалить 1 карточку"));
        QCOMPARE(translated("Commands", "Delete %n card(s)", 2),
                 QStringLiteral("Удалить 2 карточки"));
        QCOMPARE(translated("Commands", "Delete %n card(s)", 5),
                 QStringLiteral("Удалить 5 карточек"));
        // Every plural message picks the CLDR form, also for 11, 21, 22, 112.
        const TsFile ts = readTs(QStringLiteral("ru"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        int checked = 0;
        for (const TsMessage &m : ts.messages) {
            if (!m.numerus)
                continue;
            for (int n : {1, 2, 5, 11, 21, 22, 112}) {
                const QString expected = m.forms.value(russianForm(n))
                                                 .replace(QStringLiteral("%n"), QString::number(n));
                const QString got = translated(m.context.toUtf8().constData(),
                                               m.source.toUtf8().constData(), n);
                QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 (n=%2): %3 != %4")
                                                             .arg(m.source)
                                                             .arg(n)
                                                             .arg(got, expected)));
            }
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    // The sample map is made in the UI language (core/templates/sample.cpp).
    void sampleMapIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void sampleMapIsTranslated()
    {
        QFETCH(QString, language);
        const Workspace english = makeTemplate(Template::Sample);
        QVERIFY(!english.journeys.isEmpty());
        QVERIFY(installTranslations(QCoreApplication::instance(), language));
        const Workspace local = makeTemplate(Template::Sample);
        QCOMPARE(local.journeys.size(), english.journeys.size());
        const QString stage = local.journeys.first().stages.first().name;
        QCOMPARE(english.journeys.first().stages.first().name, QStringLiteral("Awareness"));
        QVERIFY2(stage != QStringLiteral("Awareness"), qPrintable(stage));

        // Every name and card text of the map, unless the .ts keeps it as is ("IT").
        const TsFile ts = readTs(language);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QHash<QString, QString> catalogue;
        for (const TsMessage &m : ts.messages)
            catalogue.insert(m.source, m.forms.value(0));
        QStringList untranslated;
        auto check = [&](const QString &en, const QString &local) {
            if (!en.isEmpty() && local == en && catalogue.value(en) != en)
                untranslated.append(en);
        };
        for (qsizetype i = 0; i < english.journeys.size(); ++i) {
            const Journey &e = english.journeys.at(i);
            const Journey &l = local.journeys.at(i);
            check(e.name, l.name);
            check(e.scenario, l.scenario);
            for (qsizetype k = 0; k < e.stages.size(); ++k)
                check(e.stages.at(k).name, l.stages.at(k).name);
            for (qsizetype k = 0; k < e.lanes.size(); ++k)
                check(e.lanes.at(k).name, l.lanes.at(k).name);
            for (qsizetype k = 0; k < e.steps.size(); ++k) {
                check(e.steps.at(k).title, l.steps.at(k).title);
                check(e.steps.at(k).description, l.steps.at(k).description);
                check(e.steps.at(k).owner, l.steps.at(k).owner);
            }
        }
        for (qsizetype i = 0; i < english.personas.size(); ++i)
            check(english.personas.at(i).name, local.personas.at(i).name);
        for (qsizetype i = 0; i < english.channels.size(); ++i)
            check(english.channels.at(i).name, local.channels.at(i).name);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u"; ")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
