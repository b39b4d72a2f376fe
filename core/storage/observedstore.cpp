#include "observedstore.h"

#include "sqlite.h"

#include <QStringList>

namespace waymark::observedstore {

namespace {

void fail(Database &db, QString *error)
{
    if (error)
        *error = db.lastError();
}

} // namespace

bool load(Database &db, const QString &journey, std::optional<QByteArray> *data, QString *error)
{
    data->reset();
    Statement *s = db.prepare("SELECT data FROM observed WHERE journey = ?1", error);
    if (!s)
        return false;
    s->bind(1, journey);
    if (s->next()) {
        *data = s->text(0).toUtf8();
        s->reset();
        return true;
    }
    const bool ok = s->lastResult() == 101; // SQLITE_DONE
    s->reset();
    if (!ok)
        fail(db, error);
    return ok;
}

bool journeys(Database &db, QStringList *ids, QString *error)
{
    ids->clear();
    Statement *s = db.prepare("SELECT journey FROM observed ORDER BY journey", error);
    if (!s)
        return false;
    while (s->next())
        ids->append(s->text(0));
    const bool ok = s->lastResult() == 101;
    s->reset();
    if (!ok)
        fail(db, error);
    return ok;
}

bool save(Database &db, const QString &journey, const QString &source, const QString &importedAt,
          const QByteArray *data, QString *error)
{
    Statement *s = data ? db.prepare("INSERT OR REPLACE INTO observed(journey, source, "
                                     "imported_at, data) VALUES (?1, ?2, ?3, ?4)",
                                     error)
                        : db.prepare("DELETE FROM observed WHERE journey = ?1", error);
    if (!s)
        return false;
    s->bind(1, journey);
    if (data) {
        s->bind(2, source);
        s->bind(3, importedAt);
        s->bind(4, QString::fromUtf8(*data));
    }
    if (!s->run()) {
        fail(db, error);
        return false;
    }
    return true;
}

} // namespace waymark::observedstore
