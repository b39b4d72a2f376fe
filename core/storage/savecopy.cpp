#include "savecopy.h"

#include "document/document.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SaveCopy", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool saveCopy(const Document &doc, const QString &path, QString *error)
{
    const QString source = QFileInfo(doc.filePath()).absoluteFilePath();
    const QString target = QFileInfo(path).absoluteFilePath();
    if (path.isEmpty())
        return fail(error, tr("No file name for the copy."));
    if (source == target)
        return fail(error, tr("The copy must go to another file than the open one."));

    // Every edit is committed at once, so the file on disk is the document.
    QString why;
    Database from;
    if (!from.open(source, Database::Mode::ReadOnly, &why)
        && !from.open(source, Database::Mode::Immutable, &why))
        return fail(error, tr("%1 could not be read: %2").arg(source, why));

    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    {
        Database to;
        if (!to.open(part, Database::Mode::Create, &why))
            return fail(error, tr("%1 could not be written: %2").arg(target, why));
        if (!from.backupTo(to, &why)) {
            to.close();
            QFile::remove(part);
            return fail(error, tr("%1 could not be written: %2").arg(target, why));
        }
        to.exec("PRAGMA journal_mode=DELETE");
    }
    from.close();
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(part);
        return fail(error, tr("%1 could not be replaced").arg(target));
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return fail(error, tr("%1 could not be written").arg(target));
    }
    return true;
}

} // namespace waymark
