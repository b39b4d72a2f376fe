// libFuzzer target: opening a .cjm file made of any bytes.
//
// The bytes are written to a real file and opened the way the window and
// the CLI open it: read-only first (check, export), then for editing (lock,
// upgrade of older versions with its backup copy, one edit and its undo).
// Besides crashes, it checks what `openDocument` promises: a reason for
// every failure, and a document it opens is one the model accepts.

#include "fuzzcommon.h"

#include "commands/documentcommand.h"
#include "commands/fieldcommands.h"
#include "document/document.h"
#include "formats/jsonexport.h"
#include "model/validate.h"
#include "storage/documentfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace waymark;

namespace {

void readEverything(Document &doc)
{
    const Workspace &ws = doc.workspace();
    for (const Journey &journey : ws.journeys)
        (void)validateJourney(ws, journey);
    (void)exportJson(ws);
    QString error;
    (void)doc.integrityCheck(&error);
}

void editAndUndo(Document &doc)
{
    const Workspace &ws = doc.workspace();
    if (ws.journeys.isEmpty())
        return;
    QString error;
    std::unique_ptr<DocumentCommand> command(
            makeJourneyFieldCommand(&doc, ws.journeys.first().id, QStringLiteral("name"),
                                    QStringLiteral("Fuzzed"), &error));
    if (!command)
        return;
    command->redo();
    if (command->isApplied())
        command->undo();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fuzz::fail("no temporary folder");
    const QString path = dir.filePath(QStringLiteral("fuzzed.cjm"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fuzz::fail("cannot write the input file");
    }

    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::Edit}) {
        OpenResult opened = openDocument(path, mode);
        if (!opened.document) {
            if (opened.error.isEmpty())
                fuzz::fail("openDocument failed without a reason");
            break; // the same bytes fail the same way in the other mode
        }
        if (mode == OpenMode::ReadOnly)
            readEverything(*opened.document);
        else if (!opened.document->isReadOnly())
            editAndUndo(*opened.document);
    }

    // Next input starts from an empty folder (no lock, -wal or backup left).
    QDir folder(dir.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        folder.remove(name);
    return 0;
}
