#pragma once

#include <QString>

namespace waymark {

class Document;

// File > Save a copy as: writes the open document, as it is now, to a new
// .cjm file at `path` (replacing one that is there, only once the copy is
// whole). The document stays on its own file. False with a message when the
// copy cannot be written; `path` is then left as it was.
bool saveCopy(const Document &doc, const QString &path, QString *error);

} // namespace waymark
