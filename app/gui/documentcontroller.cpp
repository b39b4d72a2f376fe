#include "documentcontroller.h"

#include "commands/undostack.h"
#include "model/document.h"
#include "storage/documentfile.h"
#include "templates/templates.h"

#include <QFileInfo>
#include <QUrl>

namespace waymark {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent)
{}

DocumentController::~DocumentController()
{
    m_undo.reset(); // commands refer to the document
}

QString DocumentController::toLocalPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(u"file:"))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

QString DocumentController::filePath() const
{
    return m_doc ? m_doc->filePath() : QString();
}

QString DocumentController::fileName() const
{
    return m_doc ? QFileInfo(m_doc->filePath()).fileName() : QString();
}

bool DocumentController::readOnly() const
{
    return m_doc && m_doc->isReadOnly();
}

QString DocumentController::readOnlyReason() const
{
    return m_doc ? m_doc->readOnlyReason() : QString();
}

bool DocumentController::canUndo() const
{
    return m_undo && m_undo->canUndo();
}

bool DocumentController::canRedo() const
{
    return m_undo && m_undo->canRedo();
}

QString DocumentController::undoText() const
{
    return m_undo ? m_undo->undoText() : QString();
}

QString DocumentController::redoText() const
{
    return m_undo ? m_undo->redoText() : QString();
}

void DocumentController::adopt(std::unique_ptr<Document> doc, const QString &message)
{
    m_undo.reset();
    m_doc = std::move(doc);
    m_undo = std::make_unique<UndoStack>();
    connect(m_undo.get(), &QUndoStack::indexChanged, this, &DocumentController::undoStateChanged);
    connect(m_undo.get(), &UndoStack::failed, this, &DocumentController::failed);
    connect(m_doc.get(), &Document::readOnlyChanged, this, &DocumentController::readOnlyChanged);
    Q_EMIT documentChanged();
    Q_EMIT readOnlyChanged();
    Q_EMIT undoStateChanged();
    if (!message.isEmpty())
        Q_EMIT notice(message);
}

bool DocumentController::open(const QString &pathOrUrl)
{
    OpenResult result = openDocument(toLocalPath(pathOrUrl));
    if (!result.document) {
        Q_EMIT failed(result.error);
        return false;
    }
    adopt(std::move(result.document), result.notice);
    return true;
}

bool DocumentController::create(const QString &pathOrUrl, const QString &templateName)
{
    const QString path = toLocalPath(pathOrUrl);
    OpenResult result = createDocument(path);
    if (!result.document) {
        Q_EMIT failed(result.error);
        return false;
    }
    if (const auto which = templateFromName(templateName)) {
        QString error;
        if (!applyTemplate(result.document.get(), *which, &error)) {
            Q_EMIT failed(error);
            return false;
        }
    }
    adopt(std::move(result.document), {});
    return true;
}

void DocumentController::close()
{
    m_undo.reset();
    m_doc.reset();
    Q_EMIT documentChanged();
    Q_EMIT readOnlyChanged();
    Q_EMIT undoStateChanged();
}

bool DocumentController::undo()
{
    return m_undo && m_undo->tryUndo();
}

bool DocumentController::redo()
{
    return m_undo && m_undo->tryRedo();
}

} // namespace waymark
