#include "cli.h"
#include "commands/applytemplate.h"
#include "document/document.h"
#include "options.h"
#include "storage/documentfile.h"

#include <QCoreApplication>
#include <QFile>

namespace waymark::cli {

int cmdNew(const QStringList &args)
{
    Options o(QStringLiteral("new"),
              QCoreApplication::translate("Cli", "Creates a Waymark workspace file. Without "
                                                 "--template it holds no journeys."));
    o.positional(QStringLiteral("FILE.cjm"),
                 QCoreApplication::translate("Cli", "the file to create"));
    o.value(QStringLiteral("template"), QStringLiteral("NAME"),
            QCoreApplication::translate("Cli", "start from a template, one of: %1")
                    .arg(templateNames()));
    o.flag(QStringLiteral("force"),
           QCoreApplication::translate("Cli", "replace the file if it exists"));
    int exit = Ok;
    if (!o.parse(args, 1, 1, &exit))
        return exit;
    const QString path = o.positionals().first();

    std::optional<Template> which;
    if (o.isSet(QStringLiteral("template"))) {
        which = templateFromName(o.get(QStringLiteral("template")));
        if (!which) {
            return usageError(
                    o.command(),
                    QCoreApplication::translate("Cli", "unknown template \"%1\"; use one of: %2")
                            .arg(o.get(QStringLiteral("template")), templateNames()));
        }
    }
    if (QFile::exists(path)) {
        if (!o.isSet(QStringLiteral("force"))) {
            printError(QCoreApplication::translate("Cli",
                                                   "%1 already exists; use --force to replace it")
                               .arg(path));
            return BadInput;
        }
        // Replace only once the new file is whole: build beside it, then swap.
    }

    const QString target = QFile::exists(path) ? path + QStringLiteral(".new") : path;
    QFile::remove(path + QStringLiteral(".new"));
    OpenResult created = createDocument(target);
    if (!created.document) {
        printError(created.error);
        return BadInput;
    }
    QString error;
    if (which && !applyTemplate(created.document.get(), *which, &error)) {
        created.document.reset();
        QFile::remove(target);
        printError(
                QCoreApplication::translate("Cli", "%1 could not be filled: %2").arg(path, error));
        return BadInput;
    }
    const int journeys = int(created.document->workspace().journeys.size());
    created.document.reset(); // close and release the lock before any rename
    if (target != path) {
        QFile::remove(path);
        if (!QFile::rename(target, path)) {
            printError(QCoreApplication::translate("Cli", "%1 could not be replaced").arg(path));
            QFile::remove(target);
            return BadInput;
        }
    }
    printOut(
            QCoreApplication::translate("Cli", "Created %1 with %n journey(s)\n", nullptr, journeys)
                    .arg(path));
    return Ok;
}

} // namespace waymark::cli
