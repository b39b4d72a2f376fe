#pragma once

#include <QString>

namespace waymark::pg {
class Connection;
}

namespace waymark::team {

// The server schema's version; each step in teamschema.cpp takes a workspace
// from version i to i + 1, like the .cjm file's upgrades.
constexpr int kServerSchemaVersion = 2;

// A workspace name: 1-40 of a-z, 0-9 and _, starting with a letter. Returns
// an empty string when it is good, else why not.
QString checkWorkspaceName(const QString &name);
// The PostgreSQL schema that holds a workspace ("waymark_sofa").
QString schemaName(const QString &workspace);
// The LISTEN/NOTIFY channel of a workspace.
QString channelName(const QString &workspace);

// The schema version of a workspace, 0 when there is none.
int workspaceVersion(pg::Connection &c, const QString &workspace, QString *error);

// Creates a workspace (schema, tables, version); fails when it exists.
bool createWorkspace(pg::Connection &c, const QString &workspace, QString *error);
// Upgrades an older workspace to kServerSchemaVersion (one transaction).
bool upgradeWorkspace(pg::Connection &c, const QString &workspace, QString *error);

enum class Access { ReadOnly, Edit };
// Sets a role's rights on a workspace (replacing what it had there).
bool grantWorkspace(pg::Connection &c, const QString &workspace, const QString &role, Access access,
                    QString *error);

// Splits "postgresql://...?...&workspace=NAME" into libpq's URI (without the
// workspace parameter) and the workspace name (empty when not given).
void splitTeamUri(const QString &uri, QString *conninfo, QString *workspace);
bool isTeamUri(const QString &text);
// The URI without its password, for titles and messages.
QString displayUri(const QString &uri);

} // namespace waymark::team
