#pragma once

#include "cardeditor.h"
#include "documentfollower.h"
#include "journeyeditor.h"
#include "libraryeditor.h"
#include "pictureeditor.h"
#include "structureeditor.h"
#include "workshopeditor.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace waymark {

class Document;
class DocumentController;
struct Journey;
struct Lane;

// Editing the open document from QML. The editor follows one document and
// one journey and reads them for the inspector (plain maps); the edits live
// in its parts, one per subject: editor.cards (cards, links, clipboard),
// editor.structure (stages and lanes), editor.journeys, editor.library
// (personas and channels), editor.workshop (comments and dot votes) and
// editor.pictures (card pictures, persona photos).
class MapEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    Q_PROPERTY(QVariantMap journey READ journeyInfo NOTIFY contentChanged)
    Q_PROPERTY(QStringList stepKinds READ stepKinds CONSTANT)
    Q_PROPERTY(QStringList laneKinds READ laneKinds CONSTANT)
    Q_PROPERTY(QStringList linkKinds READ linkKinds CONSTANT)
    Q_PROPERTY(QStringList priorities READ priorities CONSTANT)
    Q_PROPERTY(QStringList channelKinds READ channelKinds CONSTANT)
    Q_PROPERTY(QStringList channelIcons READ channelIcons CONSTANT)
    Q_PROPERTY(waymark::CardEditor *cards READ cards CONSTANT)
    Q_PROPERTY(waymark::StructureEditor *structure READ structure CONSTANT)
    Q_PROPERTY(waymark::JourneyEditor *journeys READ journeys CONSTANT)
    Q_PROPERTY(waymark::LibraryEditor *library READ library CONSTANT)
    Q_PROPERTY(waymark::WorkshopEditor *workshop READ workshop CONSTANT)
    Q_PROPERTY(waymark::PictureEditor *pictures READ pictures CONSTANT)

public:
    explicit MapEditor(QObject *parent = nullptr);

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);

    CardEditor *cards() const { return m_cards; }
    StructureEditor *structure() const { return m_structure; }
    JourneyEditor *journeys() const { return m_journeys; }
    LibraryEditor *library() const { return m_library; }
    WorkshopEditor *workshop() const { return m_workshop; }
    PictureEditor *pictures() const { return m_pictures; }

    QStringList stepKinds() const;
    QStringList laneKinds() const;
    QStringList linkKinds() const;
    QStringList priorities() const;
    QStringList channelKinds() const;
    QStringList channelIcons() const;
    // The translated name of a kind/priority/state, by its wire name.
    Q_INVOKABLE QString displayName(const QString &enumType, const QString &name) const;

    // Reads (plain maps; empty when the item does not exist).
    QVariantMap journeyInfo() const;
    Q_INVOKABLE QVariantMap step(const QString &id) const;
    Q_INVOKABLE QVariantMap link(const QString &id) const;

    // The lane rules of core (model/lanerules.h), by lane id in the journey:
    // the kind a new card gets there ("" when the lane takes no cards), and
    // whether cards may go there at all (not in the Emotions lane).
    Q_INVOKABLE QString defaultStepKind(const QString &laneId) const;
    Q_INVOKABLE bool laneTakesCards(const QString &laneId) const;

    // For the parts.
    Document *doc() const;
    const Journey *current() const;
    bool fail(const QString &message) const;

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void contentChanged();

private:
    const Lane *lane(const QString &laneId) const;

    DocumentFollower m_follow;
    QString m_journeyId;
    CardEditor *m_cards;
    StructureEditor *m_structure;
    JourneyEditor *m_journeys;
    LibraryEditor *m_library;
    WorkshopEditor *m_workshop;
    PictureEditor *m_pictures;
};

} // namespace waymark
