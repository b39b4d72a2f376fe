#include "cli.h"
#include "export/jsonexport.h"
#include "model/document.h"
#include "options.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

const QStringList &formats()
{
    static const QStringList list{QStringLiteral("json")};
    return list;
}

// Writes all or nothing: a failed export leaves no half file behind.
bool writeFile(const QString &path, const QByteArray &data)
{
    if (path == u"-") {
        printOutBytes(data);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        printError(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int cmdExport(const QStringList &args)
{
    Options o(QStringLiteral("export"),
              tr("Writes journeys to a file. The format comes from the extension of -o unless "
                 "--format is given; '-o -' writes to standard output."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace to export from"));
    o.value(QStringLiteral("output"), QStringLiteral("OUT"), tr("the file to write"),
            QStringLiteral("o"));
    o.value(QStringLiteral("format"), QStringLiteral("FORMAT"),
            tr("output format: %1").arg(formats().join(QStringLiteral(", "))));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"),
            tr("one journey, by name or id (default: all)"));
    int exit = Ok;
    if (!o.parse(args, 1, 1, &exit))
        return exit;
    if (!o.isSet(QStringLiteral("output")))
        return usageError(o.command(), tr("say where to write: -o OUT"));
    const QString out = o.get(QStringLiteral("output"));
    QString format = o.get(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format.isEmpty())
        return usageError(o.command(), tr("give --format: \"%1\" has no extension").arg(out));
    if (!formats().contains(format)) {
        return usageError(o.command(), tr("unknown format \"%1\"; use one of: %2")
                                               .arg(format, formats().join(QStringLiteral(", "))));
    }

    auto doc = openForCommand(o.positionals().first(), false);
    if (!doc)
        return BadInput;
    QStringList journeys;
    if (!pickJourneys(*doc, o.get(QStringLiteral("journey")), &journeys))
        return BadInput;

    const QByteArray data = exportJson(doc->workspace(), journeys);
    return writeFile(out, data) ? Ok : BadInput;
}

} // namespace waymark::cli
