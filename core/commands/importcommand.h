#pragma once

#include <QStringList>

namespace waymark {

class Document;
class DocumentCommand;
struct Workspace;

// Adds an imported workspace to the document as one undo step: every journey
// (a journey id already in use gets a fresh one), and the personas, channels
// and metrics it needs. An id that exists with the same content is shared; one
// that exists with other content is renamed, and its uses with it. `notes`
// says what was renamed, one line each.
DocumentCommand *makeImportCommand(Document *doc, Workspace incoming, QStringList *notes);

} // namespace waymark
