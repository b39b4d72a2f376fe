#include "documentcontroller.h"

#include "commands/applytemplate.h"
#include "commands/documentcommand.h"
#include "commands/undostack.h"
#include "document/document.h"
#include "storage/documentfile.h"
#include "storage/savecopy.h"
#include "teamstore/teamdocument.h"
#include "teamstore/teamschema.h"

#include <QFileInfo>
#include <QSettings>
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

void DocumentController::deliver(const ChangeSet &change)
{
    ++m_revision;
    Q_EMIT changed(change);
    Q_EMIT revisionChanged();
}

void DocumentController::adopt(std::unique_ptr<Document> doc, const QString &message)
{
    m_undo.reset();
    m_doc = std::move(doc);
    m_undo = std::make_unique<UndoStack>();
    connect(m_undo.get(), &QUndoStack::indexChanged, this, &DocumentController::undoStateChanged);
    connect(m_undo.get(), &UndoStack::failed, this, &DocumentController::failed);
    connect(m_doc.get(), &Document::readOnlyChanged, this, &DocumentController::readOnlyChanged);
    connect(m_doc.get(), &Document::changed, this, &DocumentController::deliver);
    remember(m_doc->filePath());
    ++m_revision;
    Q_EMIT documentChanged();
    ChangeSet all;
    all.reset = true;
    Q_EMIT changed(all);
    Q_EMIT readOnlyChanged();
    Q_EMIT undoStateChanged();
    Q_EMIT revisionChanged();
    // The read-only banner already says why: not a second time in the message bar.
    if (!message.isEmpty() && message != m_doc->readOnlyReason())
        Q_EMIT notice(message);
}

bool DocumentController::open(const QString &pathOrUrl)
{
    // A team workspace URI (postgresql://...) or a file.
    OpenResult result = isTeamLocation(pathOrUrl) ? openAnyDocument(pathOrUrl)
                                                  : openDocument(toLocalPath(pathOrUrl));
    return openResult(pathOrUrl, std::move(result), false);
}

bool DocumentController::openWithPassword(const QString &uri, const QString &password)
{
    if (!isTeamLocation(uri)) {
        Q_EMIT failed(tr("A password is only asked for a team workspace."));
        return false;
    }
    return openResult(uri, openTeamDocument(uri, {}, OpenMode::Edit, password), true);
}

bool DocumentController::openResult(const QString &uri, OpenResult result, bool passwordTyped)
{
    if (!result.document) {
        if (result.passwordNeeded) {
            // The first time the dialog says what is asked; after a refused
            // password, why it was refused.
            Q_EMIT passwordNeeded(uri, team::displayUri(uri),
                                  passwordTyped ? result.error : QString());
        } else {
            Q_EMIT failed(result.error);
        }
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

bool DocumentController::saveCopy(const QString &pathOrUrl)
{
    QString error;
    const QString path = toLocalPath(pathOrUrl);
    if (!m_doc || !waymark::saveCopy(*m_doc, path, &error)) {
        Q_EMIT failed(m_doc ? error : tr("No file is open."));
        return false;
    }
    Q_EMIT notice(tr("Saved a copy as %1").arg(QFileInfo(path).fileName()));
    return true;
}

QVariantList DocumentController::scenarioTemplates() const
{
    QVariantList list;
    for (Template t : allTemplates()) {
        if (t == Template::Journey || t == Template::Blueprint || t == Template::Sample)
            continue;
        list.append(QVariantMap{{QStringLiteral("name"), templateName(t)},
                                {QStringLiteral("title"), templateTitle(t)}});
    }
    return list;
}

void DocumentController::close()
{
    m_undo.reset();
    m_doc.reset();
    ++m_revision;
    Q_EMIT documentChanged();
    ChangeSet all;
    all.reset = true;
    Q_EMIT changed(all);
    Q_EMIT revisionChanged();
    Q_EMIT readOnlyChanged();
    Q_EMIT undoStateChanged();
}

bool DocumentController::run(DocumentCommand *command)
{
    if (!command)
        return false;
    if (!m_undo) {
        delete command;
        return false;
    }
    return m_undo->tryPush(command);
}

namespace {
const QString kRecentKey = QStringLiteral("files/recent");
constexpr int kRecentMax = 10;
} // namespace

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentController::remember(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList list = recentFiles();
    const QString absolute = isTeamLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kRecentMax)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    Q_EMIT recentFilesChanged();
}

void DocumentController::forgetRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    if (list.removeAll(path) > 0) {
        QSettings().setValue(kRecentKey, list);
        Q_EMIT recentFilesChanged();
    }
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
