#include "applytemplate.h"

#include "commands/documentcommand.h"
#include "commands/importcommand.h"
#include "document/document.h"
#include "model/workspace.h"

#include <memory>

namespace waymark {

bool applyTemplate(Document *doc, Template which, QString *error)
{
    std::unique_ptr<DocumentCommand> command(makeImportCommand(doc, makeTemplate(which), nullptr));
    command->redo();
    if (command->hasFailed()) {
        if (error)
            *error = command->error();
        return false;
    }
    return true;
}

} // namespace waymark
