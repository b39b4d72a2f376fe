#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace waymark {

class Document;
class DocumentCommand;
class DocumentController;
class MapEditor;
struct Journey;

// One subject of editing (cards, structure, journeys, library, workshop),
// reached from QML as a part of the window's MapEditor (editor.cards...): it
// edits the document and the journey the editor follows. Every call builds
// one of core's commands and runs it on the undo stack: one user action,
// one undo step, written to the file.
class EditorPart : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    explicit EditorPart(MapEditor *editor);

protected:
    Document *doc() const;
    DocumentController *controller() const;
    QString journeyId() const;
    // The journey being edited, by id; null when there is none.
    const Journey *current() const;
    bool run(DocumentCommand *command) const;
    bool fail(const QString &message) const; // says why in the window; false

private:
    MapEditor *m_editor;
};

} // namespace waymark
