#pragma once

#include "document/changeset.h"
#include "model/workspace.h"

namespace waymark {

// Until Document emits its own change set after each commit: what changed
// between two snapshots of the workspace, by kind and id. Goes away when
// Document::changed(ChangeSet) is there (DocumentController picks it then).
ChangeSet diffWorkspaces(const Workspace &before, const Workspace &after);

} // namespace waymark
