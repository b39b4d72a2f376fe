#pragma once

#include "documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace waymark {

class Document;
struct Journey;

// Editing the open document from QML: every call builds one of core's
// commands and runs it on the undo stack, so each user action is one undo
// step written to the file. Reads return plain maps for the inspector.
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

public:
    explicit MapEditor(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);

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
    Q_INVOKABLE QVariantList comments(const QString &stepId) const;
    Q_INVOKABLE int votes(const QString &stepId) const;

    // Workshop: comments and dot votes.
    Q_INVOKABLE bool addComment(const QString &stepId, const QString &author, const QString &text);
    Q_INVOKABLE bool deleteComment(const QString &commentId);
    Q_INVOKABLE QStringList participants() const;
    Q_INVOKABLE int votesOf(const QString &stepId, const QString &participant) const;
    Q_INVOKABLE int votesLeft(const QString &participant) const;
    // One more dot (delta 1) or one fewer (delta -1) from a participant.
    Q_INVOKABLE bool vote(const QString &stepId, const QString &participant, int delta);
    // Cards with dots, most first: [{rank, step, title, kind, votes, participants}].
    Q_INVOKABLE QVariantList voteRanking() const;

    // Cards and links.
    Q_INVOKABLE QString addStep(const QString &stage, const QString &lane, const QString &title,
                                const QString &kind);
    Q_INVOKABLE bool setStepField(const QStringList &ids, const QString &field,
                                  const QVariant &value);
    Q_INVOKABLE bool moveSteps(const QStringList &ids, const QString &stage, const QString &lane,
                               int index);
    Q_INVOKABLE QString connectSteps(const QString &from, const QString &to, const QString &kind);
    Q_INVOKABLE bool setLinkField(const QStringList &ids, const QString &field,
                                  const QVariant &value);
    Q_INVOKABLE bool deleteItems(const QStringList &stepIds, const QStringList &linkIds);

    // Clipboard: the system clipboard, so a paste works across windows and files.
    Q_INVOKABLE bool copy(const QStringList &stepIds);
    Q_INVOKABLE bool cut(const QStringList &stepIds);
    Q_INVOKABLE QStringList paste(const QString &stage, const QString &lane);
    Q_INVOKABLE bool canPaste() const;

    // Stages and lanes.
    Q_INVOKABLE QString addStage(const QString &name, int index);
    Q_INVOKABLE bool setStageField(const QString &id, const QString &field, const QVariant &value);
    Q_INVOKABLE bool moveStage(int from, int to);
    Q_INVOKABLE bool deleteStage(const QString &id);
    Q_INVOKABLE QString addLane(const QString &name, const QString &kind, int index);
    Q_INVOKABLE bool setLaneField(const QString &id, const QString &field, const QVariant &value);
    Q_INVOKABLE bool moveLane(int from, int to);
    Q_INVOKABLE bool deleteLane(const QString &id);

    // Journeys.
    Q_INVOKABLE bool setJourneyField(const QString &field, const QVariant &value);
    Q_INVOKABLE QString newJourney(const QString &templateName);
    Q_INVOKABLE QString duplicateAsFutureState(const QString &journeyId);
    // Adds the journeys of a Waymark JSON file or a Mermaid journey diagram
    // (by extension, else by content) as one undo step; the id of the first
    // journey added, or "" with a message when nothing was imported.
    Q_INVOKABLE QString importJourneys(const QString &pathOrUrl);
    Q_INVOKABLE bool deleteJourney(const QString &journeyId);
    Q_INVOKABLE bool moveJourney(int from, int to);

    // Personas and channels.
    Q_INVOKABLE QString addPersona(const QString &name);
    Q_INVOKABLE bool setPersonaField(const QString &id, const QString &field,
                                     const QVariant &value);
    Q_INVOKABLE bool deletePersona(const QString &id);
    Q_INVOKABLE QString addChannel(const QString &name, const QString &kind, const QString &icon);
    Q_INVOKABLE bool setChannelField(const QString &id, const QString &field,
                                     const QVariant &value);
    Q_INVOKABLE bool deleteChannel(const QString &id);

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void contentChanged();

private:
    Document *doc() const;
    const Journey *current() const;
    bool fail(const QString &message) const;

    QPointer<DocumentController> m_document;
    QString m_journeyId;
};

} // namespace waymark
