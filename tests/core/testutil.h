#pragma once

// Shared helpers for the core tests: real files in a temporary folder and
// JSON snapshots of a whole document, for "exactly as before" checks.

#include "commands/applytemplate.h"
#include "document/document.h"
#include "formats/jsonexport.h"
#include "storage/documentfile.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace waymark::test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(WAYMARK_TEST_DATA "/") + name;
}

// A new file in `dir`, optionally filled from a template; fails the test if
// it cannot be made.
inline std::unique_ptr<Document> newDocument(const QTemporaryDir &dir, const QString &name,
                                             std::optional<Template> from = std::nullopt)
{
    OpenResult created = createDocument(dir.filePath(name));
    if (!created.document) {
        qWarning("createDocument: %s", qPrintable(created.error));
        return nullptr;
    }
    if (from) {
        QString error;
        if (!applyTemplate(created.document.get(), *from, &error)) {
            qWarning("applyTemplate: %s", qPrintable(error));
            return nullptr;
        }
    }
    return std::move(created.document);
}

// Everything a document holds, as text.
inline QByteArray snapshot(const Document &doc)
{
    return exportJson(doc.workspace());
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace waymark::test
