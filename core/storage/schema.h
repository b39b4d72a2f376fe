#pragma once

#include <QString>

namespace waymark {

class Database;

// PRAGMA application_id of a .cjm file: "WMRK".
constexpr int kApplicationId = 0x574D524B;
// PRAGMA user_version written by this Waymark. Bump it with one new upgrade step.
constexpr int kSchemaVersion = 5;

// Runs the upgrade steps from `fromVersion` up to `toVersion` (one step per
// version; step 0 -> 1 creates the first schema) inside the caller's
// transaction, and sets application_id and user_version.
bool upgradeSchema(Database &db, int fromVersion, int toVersion, QString *error);

} // namespace waymark
