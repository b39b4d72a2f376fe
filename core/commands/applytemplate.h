#pragma once

#include "templates/templates.h"

#include <QString>

namespace waymark {

class Document;

// Adds a template's content to a document (one transaction, no undo step:
// it is how a new file starts).
bool applyTemplate(Document *doc, Template which, QString *error);

} // namespace waymark
