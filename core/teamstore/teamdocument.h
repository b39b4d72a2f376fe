#pragma once

#include "storage/documentfile.h"

#include <QString>

namespace waymark {

class DocumentStore;
struct Workspace;

// True for a team workspace URI (postgresql://... or postgres://...).
bool isTeamLocation(const QString &text);

// Opens what a user named: a .cjm file, or a team workspace URI
// (postgresql://user@host/db?workspace=NAME; `workspace` when not in it).
// A team document follows other people's edits (Document::followRemoteChanges).
OpenResult openAnyDocument(const QString &pathOrUri, OpenMode mode = OpenMode::Edit,
                           const QString &workspace = {});
// `password`: one the user typed (in memory only); empty: libpq's own
// (~/.pgpass, PGPASSFILE). OpenResult::passwordNeeded says when to ask.
OpenResult openTeamDocument(const QString &uri, const QString &workspace, OpenMode mode,
                            const QString &password = {});

// Writes every row of `workspace` into `store` in one transaction, in an
// order that satisfies the file's foreign keys: push, pull.
bool writeWholeWorkspace(DocumentStore &store, const Workspace &workspace, QString *error);

} // namespace waymark
