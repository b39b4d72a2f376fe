// Document primitives: pictures (persona photos, card pictures).
#include "document/document.h"

#include "document/documentedit.h"

namespace waymark {

using namespace detail;

bool Document::insertPicture(const Picture &picture, QString *error)
{
    if (picture.id.isEmpty() || m_ws.picture(picture.id)) {
        setError(error, tr("picture id \"%1\" is empty or already used").arg(picture.id));
        return false;
    }
    if (picture.data.isEmpty()) {
        setError(error, tr("picture \"%1\" has no data").arg(picture.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->insertPicture(picture, e); },
            [&] {
                m_ws.pictures.append(picture);
                noteAdded(ItemKind::Picture, {}, picture.id);
            });
}

bool Document::removePicture(const QString &id, QString *error)
{
    const int i = indexOfId(m_ws.pictures, id);
    if (i < 0) {
        setError(error, tr("there is no picture \"%1\"").arg(id));
        return false;
    }
    if (m_ws.pictureUsed(id)) {
        setError(error, tr("picture \"%1\" is still shown").arg(id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->removePicture(id, e); },
            [&] {
                m_ws.pictures.removeAt(i);
                noteRemoved(ItemKind::Picture, {}, id);
            });
}

} // namespace waymark
