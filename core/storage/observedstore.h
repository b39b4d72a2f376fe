#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace waymark {

class Database;

// The `observed` table (schema version 4): per journey, the result of its
// last event import as JSON, with the source's name and the import time.
namespace observedstore {

// The stored JSON of a journey; none when it has no event data.
bool load(Database &db, const QString &journey, std::optional<QByteArray> *data, QString *error);
// Journeys with event data.
bool journeys(Database &db, QStringList *ids, QString *error);
// Writes (replacing) or, with `data` null, deletes the row; inside the caller's transaction.
bool save(Database &db, const QString &journey, const QString &source, const QString &importedAt,
          const QByteArray *data, QString *error);

} // namespace observedstore
} // namespace waymark
