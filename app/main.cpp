// waymark: the editor, or with a subcommand a headless tool (DESIGN.md §5).

#include "cli/cli.h"
#include "gui/editorapp.h"
#include "i18n.h"
#include "system/memory.h"
#include "version.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace {

// `waymark frobnicate x.cjm`: a word that is neither a command nor a file to
// open is a mistyped command. The command line answers it (exit 2) instead of
// opening an editor window nobody asked for.
bool isMistypedCommand(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    return !first.isEmpty() && !first.startsWith(u'-')
           && !first.endsWith(QStringLiteral(".cjm"), Qt::CaseInsensitive)
           && !first.startsWith(QStringLiteral("postgres")) // a team workspace URI
           && !QFileInfo::exists(first);
}

} // namespace

namespace {

QtMessageHandler defaultHandler = nullptr;

void quietStartupNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    waymark::sys::preferHugePages();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));

    if (waymark::cli::isHeadless(arguments) || isMistypedCommand(arguments)) {
        // Subcommands paint (PDF, PNG) and measure text, which needs a
        // QGuiApplication, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Commands print one clear line per problem; Qt's own start-up notes
        // (such as a missing XDG_RUNTIME_DIR under root) are not problems of the file.
        defaultHandler = qInstallMessageHandler(quietStartupNotes);
        QGuiApplication app(argc, argv);
        waymark::installTranslations(&app, waymark::preferredLanguage());
        return waymark::cli::run(arguments);
    }
    return waymark::runEditor(argc, argv, arguments);
}
