#pragma once

// The document's edit machinery, shared by its source files (document*.cpp);
// not for use outside core/document.

#include "document/document.h"
#include "document/documentstore.h"

#include <QCoreApplication>

namespace waymark::detail {

inline void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Workspace-level lists are short (personas, channels, metrics): a scan.
template<typename List>
int indexOfId(const List &list, QStringView id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

inline bool validMove(int from, int to, qsizetype count)
{
    return from >= 0 && to >= 0 && from < count && to < count;
}

} // namespace waymark::detail

namespace waymark {

template<typename Write, typename Apply>
bool Document::edit(QString *error, Write &&write, Apply &&apply)
{
    if (!checkWritable(error))
        return false;
    QString reason;
    if (!m_store->begin(&reason)) {
        detail::setError(error, reason);
        return false;
    }
    if (!write(&reason)) {
        m_store->rollback();
        if (m_batchDepth > 0)
            m_batchFailed = true;
        detail::setError(error, reason);
        return false;
    }
    if (!m_store->commit(&reason)) {
        detail::setError(error, reason);
        return false;
    }
    apply();
    if (m_batchDepth == 0)
        flushChanges();
    return true;
}

} // namespace waymark
