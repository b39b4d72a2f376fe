// QtQuickTest runner for tests/qml/tst_*.qml: the real QML modules (static,
// imported below) and a small helper type, TestFiles, that makes real .cjm
// files in a temporary folder and reads the open document back as JSON, so
// the tests can check the model and not only what the window shows.

#include "commands/applytemplate.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "formats/jsonexport.h"
#include "i18n.h"
#include "storage/documentfile.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Waymark_AppPlugin)
Q_IMPORT_QML_PLUGIN(WaymarkPlugin)

namespace {

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

QImage testImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(255, 0, 255));
    QPainter p(&image);
    p.fillRect(QRect(0, height * 2 / 3, width, height - height * 2 / 3), QColor(0, 180, 0));
    return image;
}

// Files and document snapshots for the QML tests (one instance per TestCase).
class TestFiles : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A new .cjm file from a template ("journey", "blueprint", "sample", or
    // "" for an empty workspace); its path, or "" when it could not be made.
    Q_INVOKABLE QString newFile(const QString &templateName)
    {
        static int counter = 0;
        const QString path = tempDir().filePath(QStringLiteral("map-%1.cjm").arg(++counter));
        waymark::OpenResult created = waymark::createDocument(path);
        if (!created.document) {
            qWarning("createDocument: %s", qPrintable(created.error));
            return {};
        }
        if (const auto which = waymark::templateFromName(templateName)) {
            QString error;
            if (!waymark::applyTemplate(created.document.get(), *which, &error)) {
                qWarning("applyTemplate: %s", qPrintable(error));
                return {};
            }
        }
        return path;
    }

    // A text file with `text` (an event log for tst_observed.qml); its path.
    Q_INVOKABLE QString textFile(const QString &name, const QString &text)
    {
        const QString path = tempDir().filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    // A file that is not a Waymark document.
    Q_INVOKABLE QString junkFile()
    {
        const QString path = tempDir().filePath(QStringLiteral("junk.cjm"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write("this is not an SQLite database\n");
        return path;
    }

    Q_INVOKABLE QString missingFile() const
    {
        return tempDir().filePath(QStringLiteral("does-not-exist.cjm"));
    }

    // The first `bytes` bytes of a file, as a damaged copy; "" on failure.
    Q_INVOKABLE QString truncatedCopy(const QString &path, int bytes)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QString out = tempDir().filePath(QStringLiteral("truncated-%1.cjm").arg(bytes));
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(in.read(bytes));
        return out;
    }

    // `chmod 444`: nobody may write the file (root still could).
    Q_INVOKABLE bool makeReadOnly(const QString &path)
    {
        return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                   | QFileDevice::ReadOther);
    }

    // Bytes as they are on disk, to show a failed open left a file alone.
    Q_INVOKABLE QString fileHash(const QString &path) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLatin1(
                QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }

    // The whole open document as the journey JSON of DESIGN.md §7.
    Q_INVOKABLE QString json(QObject *controller) const
    {
        auto *c = qobject_cast<waymark::DocumentController *>(controller);
        if (!c || !c->document())
            return {};
        return QString::fromUtf8(waymark::exportJson(c->document()->workspace()));
    }

    // A PNG picture of `width` x `height` (magenta over green), or a file
    // that only says it is one; its path.
    Q_INVOKABLE QString imageFile(const QString &name, int width, int height)
    {
        const QString path = tempDir().filePath(name);
        return testImage(width, height).save(path, "PNG") ? path : QString();
    }
    Q_INVOKABLE void setClipboardImage(int width, int height)
    {
        QGuiApplication::clipboard()->setImage(testImage(width, height));
    }

    // The recent list as the next window will read it.
    Q_INVOKABLE void setRecentFiles(const QStringList &list)
    {
        QSettings().setValue(QStringLiteral("files/recent"), list);
    }
    // Everything the settings file holds, to show what was never written.
    Q_INVOKABLE QString settingsText() const
    {
        QSettings settings;
        settings.sync();
        QFile f(settings.fileName());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // The whole window as it is drawn (menus, dialogs and popups too) saved
    // as PNG: docs/images/screenshots.qml makes the README's pictures so.
    Q_INVOKABLE bool saveWindow(QObject *window, const QString &path) const
    {
        auto *w = qobject_cast<QQuickWindow *>(window);
        return w && w->grabWindow().save(path, "PNG");
    }

    // An environment variable ("" when unset): where screenshots go.
    Q_INVOKABLE QString environment(const QString &name) const
    {
        return qEnvironmentVariable(qPrintable(name));
    }

    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }
    Q_INVOKABLE void setClipboardText(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
    }
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
        // Recent files and preferences go to the temporary folder, never to
        // the user's settings.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           tempDir().filePath(QStringLiteral("settings")));
        qmlRegisterType<TestFiles>("WaymarkTest", 1, 0, "TestFiles");
        // English as the app loads it: its catalogue has the plural forms
        // ("Olga has 1 dot left", "Delete 3 cards").
        if (!waymark::installTranslations(QCoreApplication::instance(), QStringLiteral("en"))
            || QCoreApplication::translate("Commands", "Delete %n card(s)", nullptr, 3)
                       != QStringLiteral("Delete 3 cards"))
            qFatal("tst_qml: the English catalogue (:/i18n/waymark_en.qm) is not loaded");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(waymark_qml, Setup)

#include "tst_qml.moc"
