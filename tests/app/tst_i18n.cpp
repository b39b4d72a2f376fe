// Core's and the CLI's messages reach the user translated: their helpers'
// contexts ("Cli", "Sample", ...) find the messages lupdate filed under C++
// scopes ("waymark::cli", "waymark"), in every shipped language.

#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace waymark;

namespace {

QString sourceRoot()
{
    return QDir(QStringLiteral(WAYMARK_TEST_DATA "/../..")).absolutePath();
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHelperContextIsKnown();
    void everyScopeContextIsSearched_data();
    void everyScopeContextIsSearched();
    void helpersTranslate_data();
    void helpersTranslate();
    void englishStaysEnglish();
};

void TestI18n::everyHelperContextIsKnown()
{
    // Every helper in core/ and app/: QCoreApplication::translate("Context",
    // text) with the text passed in, which lupdate cannot see (a literal text
    // is filed under its own context and needs nothing here).
    const QRegularExpression call(QStringLiteral(R"re(translate\("([A-Za-z:]+)",\s*[A-Za-z_])re"));
    const QStringList known = helperContexts();
    int files = 0;
    for (const QString &folder : {QStringLiteral("core"), QStringLiteral("app")}) {
        QDirIterator it(sourceRoot() + u'/' + folder, {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            auto matches = call.globalMatch(readText(path));
            while (matches.hasNext()) {
                const QString context = matches.next().captured(1);
                QVERIFY2(known.contains(context),
                         qPrintable(QStringLiteral("%1 uses context %2, missing from "
                                                   "kHelperContexts in app/i18n.cpp")
                                            .arg(path, context)));
            }
        }
    }
    QVERIFY(files > 50);
}

void TestI18n::everyScopeContextIsSearched_data()
{
    QTest::addColumn<QString>("ts");
    for (const char *lang : {"en", "ru", "zh_CN"})
        QTest::newRow(lang) << QStringLiteral("%1/translations/waymark_%2.ts")
                                       .arg(sourceRoot(), QLatin1String(lang));
}

void TestI18n::everyScopeContextIsSearched()
{
    QFETCH(QString, ts);
    const QString text = readText(ts);
    QVERIFY2(!text.isEmpty(), qPrintable(ts));
    const QRegularExpression name(QStringLiteral("<name>(waymark[^<]*)</name>"));
    const QStringList searched = scopeContexts();
    auto matches = name.globalMatch(text);
    int scopes = 0;
    while (matches.hasNext()) {
        const QString context = matches.next().captured(1);
        ++scopes;
        QVERIFY2(searched.contains(context) || context.endsWith(u"Controller")
                         || context == u"waymark::MapEditor"
                         || context == u"waymark::MetricOverlay",
                 qPrintable(QStringLiteral("%1: context %2 is not searched (kScopeContexts in "
                                           "app/i18n.cpp)")
                                    .arg(ts, context)));
    }
    QVERIFY(scopes > 0);
}

void TestI18n::helpersTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestI18n::helpersTranslate()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(QCoreApplication::instance(), language));
    // The sample map's stage (core/templates, context "Sample"), a command
    // line usage error (app/cli/options.cpp, "Cli"), a step kind ("Enums").
    for (const auto &[context, text] :
         {std::pair{"Sample", "Awareness"}, std::pair{"Cli", "missing arguments"},
          std::pair{"Enums", "Pain point"}}) {
        const QString result = translated(context, text);
        QVERIFY2(!result.isEmpty() && result != QLatin1String(text),
                 qPrintable(QStringLiteral("%1/%2 stays \"%3\"")
                                    .arg(QLatin1String(context), QLatin1String(text), result)));
    }
    installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestI18n::englishStaysEnglish()
{
    QVERIFY(installTranslations(QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(translated("Sample", "Awareness"), QStringLiteral("Awareness"));
    QCOMPARE(translated("Cli", "missing arguments"), QStringLiteral("missing arguments"));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
