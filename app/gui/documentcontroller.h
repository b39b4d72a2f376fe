#pragma once

#include "document/changeset.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <memory>

namespace waymark {

struct OpenResult;

class Document;
class DocumentCommand;
class UndoStack;

// The open document of one window, for QML: opening and creating files, the
// undo stack, and the messages the window shows. Editing calls go through
// core's commands; nothing here knows the domain rules.
class DocumentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY documentChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY documentChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY documentChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY readOnlyChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)

public:
    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    bool isOpen() const { return m_doc != nullptr; }
    QString filePath() const;
    QString fileName() const;
    bool readOnly() const;
    QString readOnlyReason() const;
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    int revision() const { return m_revision; }
    QStringList recentFiles() const;

    Document *document() const { return m_doc.get(); }
    UndoStack *undoStack() const { return m_undo.get(); }

    // Take a local path or a file:// URL; false (and `failed`) when they fail.
    // A team workspace whose server wants a password: `passwordNeeded`
    // instead of `failed`; the window asks and calls openWithPassword.
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    // A team workspace with the password the user typed: passed to libpq in
    // memory only, never written to the settings or the recent list.
    Q_INVOKABLE bool openWithPassword(const QString &uri, const QString &password);
    Q_INVOKABLE bool create(const QString &pathOrUrl, const QString &templateName);
    Q_INVOKABLE void close();
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();
    Q_INVOKABLE void forgetRecentFile(const QString &path);
    // File > Save a copy as: the open document to another file; this window
    // stays on its own file. False (and `failed`) when it cannot be written.
    Q_INVOKABLE bool saveCopy(const QString &pathOrUrl);
    // The scenario templates for the start page: [{name, title}], titles translated.
    Q_INVOKABLE QVariantList scenarioTemplates() const;
    // Runs a command built by core; false (and `failed`) when it fails.
    bool run(DocumentCommand *command);
    void reportError(const QString &message) { Q_EMIT failed(message); }

    static QString toLocalPath(const QString &pathOrUrl);

Q_SIGNALS:
    void documentChanged();
    void readOnlyChanged();
    void undoStateChanged();
    void revisionChanged(); // after every change to the document
    // What one committed edit changed, after the commit; reset when another
    // document was opened or closed. Views follow this (see DocumentFollower).
    void changed(const waymark::ChangeSet &change);
    void recentFilesChanged();
    // One line for the window's message bar.
    void failed(const QString &message);
    void notice(const QString &message);
    // The server of team workspace `uri` wants a password (`shownUri` is the
    // URI without any password; `message`: why the last one was refused).
    void passwordNeeded(const QString &uri, const QString &shownUri, const QString &message);

private:
    bool openResult(const QString &uri, OpenResult result, bool passwordTyped);
    void adopt(std::unique_ptr<Document> doc, const QString &notice);
    void deliver(const ChangeSet &change);

    void remember(const QString &path);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<UndoStack> m_undo;
    int m_revision = 0;
};

} // namespace waymark
