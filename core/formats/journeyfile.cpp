#include "formats/journeyfile.h"

#include "formats/jsonimport.h"
#include "formats/mermaidimport.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonImport", text);
}

// Journey files are small; a file this large is surely something else, and
// reading it whole would only cost memory.
constexpr qint64 kMaxSize = 64 * 1024 * 1024;

} // namespace

bool readJourneyFile(const QString &path, const QString &shownName, JourneyFileFormat format,
                     Workspace *out, QStringList *warnings, QString *error)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(shownName, file.errorString());
        return false;
    }
    if (info.size() > kMaxSize) {
        *error = tr("%1 is too large for a journey file").arg(shownName);
        return false;
    }
    const QByteArray data = file.readAll();
    if (format == JourneyFileFormat::Auto) {
        const QString suffix = info.suffix().toLower();
        if (suffix == u"json")
            format = JourneyFileFormat::Json;
        else if (suffix == u"mmd" || suffix == u"mermaid")
            format = JourneyFileFormat::Mermaid;
        else
            format = data.trimmed().startsWith('{') ? JourneyFileFormat::Json
                                                    : JourneyFileFormat::Mermaid;
    }
    QStringList notes;
    QString why;
    const bool ok = format == JourneyFileFormat::Json
                            ? readJson(data, out, &notes, &why)
                            : readMermaid(data, info.completeBaseName(), out, &notes, &why);
    if (!ok) {
        *error = tr("%1: %2").arg(shownName, why);
        return false;
    }
    for (const QString &note : std::as_const(notes))
        warnings->append(format == JourneyFileFormat::Mermaid ? tr("%1: %2").arg(shownName, note)
                                                              : note);
    return true;
}

} // namespace waymark
