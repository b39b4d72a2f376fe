// A team workspace's pictures (persona photos, card pictures): the `picture`
// table of the workspace schema (version 2), each picture kept once by the id
// its bytes give, so only added and removed. The bytes travel as base64 text
// (a statement parameter like every value); adding or removing one is logged
// like a row, and other clients take it in when they catch up.
#include "teamstore.h"

#include "document/changeset.h"
#include "pg/pgconnection.h"
#include "teamschema.h"
#include "teamsql.h"

namespace waymark {

namespace {

const QString kPictureColumns = QStringLiteral("id, mime, width, height, encode(data, 'base64')");

Picture pictureAt(const pg::Result &r, int row)
{
    Picture p;
    p.id = r.text(row, 0);
    p.mime = r.text(row, 1);
    p.width = int(r.integer(row, 2));
    p.height = int(r.integer(row, 3));
    // encode(..., 'base64') breaks lines every 76 characters.
    p.data = QByteArray::fromBase64(r.bytes(row, 4));
    return p;
}

} // namespace

bool TeamStore::loadPictures(QList<Picture> *pictures, QString *error)
{
    pictures->clear();
    pg::Result r;
    if (!m_conn->exec(QStringLiteral("SELECT ") + kPictureColumns
                              + QStringLiteral(" FROM picture ORDER BY id"),
                      {}, &r, error))
        return failed(error);
    for (int i = 0; i < r.rows(); ++i)
        pictures->append(pictureAt(r, i));
    return true;
}

bool TeamStore::logPicture(const QString &id, const QString &op, QString *error)
{
    return m_conn->exec(QStringLiteral("WITH l AS (INSERT INTO change_log(client, tbl, journey, "
                                       "key, op, changed_by) VALUES ($1, 'picture', '', "
                                       "ARRAY[$2::text], $3, $4) RETURNING 1) SELECT "
                                       "pg_notify($5, $1) FROM l"),
                        {m_client, id, op, m_person, team::channelName(m_workspace)}, error)
           || failed(error);
}

bool TeamStore::insertPicture(const Picture &picture, QString *error)
{
    if (!online(error))
        return false;
    // The same bytes added by someone else first: the same picture, kept once.
    if (!m_conn->exec(QStringLiteral("INSERT INTO picture(id, mime, width, height, data, "
                                     "changed_by) VALUES ($1, $2, $3, $4, decode($5, 'base64'), "
                                     "$6) ON CONFLICT (id) DO NOTHING"),
                      {picture.id, picture.mime, picture.width, picture.height,
                       QString::fromLatin1(picture.data.toBase64()), m_person},
                      error))
        return failed(error);
    return logPicture(picture.id, QStringLiteral("i"), error);
}

bool TeamStore::removePicture(const QString &id, QString *error)
{
    if (!online(error))
        return false;
    // Someone may show it again meanwhile: a step naming it keeps it.
    if (!m_conn->exec(QStringLiteral("DELETE FROM picture WHERE id = $1"), {id}, error))
        return failed(error);
    return logPicture(id, QStringLiteral("d"), error);
}

bool TeamStore::catchUpPictures(const QStringList &ids, Workspace *workspace, ChangeSet *change,
                                QString *error)
{
    if (ids.isEmpty())
        return true;
    pg::Result r;
    if (!m_conn->exec(QStringLiteral("SELECT ") + kPictureColumns
                              + QStringLiteral(" FROM picture WHERE id = ANY($1::text[])"),
                      {team::textArray(ids)}, &r, error))
        return false;
    QStringList present;
    for (int i = 0; i < r.rows(); ++i) {
        Picture p = pictureAt(r, i);
        present << p.id;
        if (workspace->picture(p.id))
            continue;
        change->added.append({ItemKind::Picture, {}, p.id});
        workspace->pictures.append(std::move(p));
    }
    for (const QString &id : ids) {
        if (present.contains(id))
            continue;
        for (qsizetype i = 0; i < workspace->pictures.size(); ++i) {
            if (workspace->pictures.at(i).id == id) {
                workspace->pictures.removeAt(i);
                change->removed.append({ItemKind::Picture, {}, id});
                break;
            }
        }
    }
    return true;
}

} // namespace waymark
