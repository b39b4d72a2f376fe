#pragma once

#include <QString>

#include <memory>

class QObject;

namespace waymark {

class Document;

// How a document was opened, for the message the user sees.
struct OpenResult
{
    std::unique_ptr<Document> document; // null on error
    QString error;                      // one line: why the file could not be opened
    QString notice;                     // one line: why it is read-only, or that it was upgraded
    int fileVersion = 0;                // the schema version the file had when it was opened
    bool passwordNeeded = false; // a team workspace's server wants a password (ask, then retry)
};

enum class OpenMode {
    Edit,     // writable when possible; read-only (with a notice) when not
    ReadOnly, // never writes, never takes the edit lock
};

// Opens a .cjm file: checks that it is a Waymark document, takes the edit
// lock, upgrades older files (after keeping a copy name.cjm.bak-vN) and loads
// the model. Never crashes on a bad file: the reason comes back in `error`.
OpenResult openDocument(const QString &path, OpenMode mode = OpenMode::Edit);

// Creates a new, empty workspace file. Fails if `path` exists.
OpenResult createDocument(const QString &path);

// A document that lives in memory only (tests, previews).
std::unique_ptr<Document> createMemoryDocument();

// Creates a file at an older schema version (fixtures for migration tests).
bool createDocumentAtVersion(const QString &path, int version, QString *error);

// The lock file that marks `path` as open for editing.
QString lockFilePath(const QString &path);

} // namespace waymark
