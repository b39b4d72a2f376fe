#pragma once

#include "document/changeset.h"
#include "events/observed.h"
#include "model/workspace.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace waymark {

class DocumentStore;

// What a cascading removal took out of a journey, with the list positions
// the rows had, so that restoring puts everything back exactly.
struct Removal
{
    QList<std::pair<int, Step>> steps;
    QList<std::pair<int, Link>> links;
    QList<std::pair<int, Comment>> comments;
    QList<std::pair<int, Vote>> votes;
    QList<MetricValue> values; // appended back, in this order
    // Where the rows stood in the file (positions may have gaps), parallel to
    // steps, links and comments; empty for new items, which go last.
    QList<qint64> stepRows;
    QList<qint64> linkRows;
    QList<qint64> commentRows;
    bool isEmpty() const
    {
        return steps.isEmpty() && links.isEmpty() && comments.isEmpty() && votes.isEmpty()
               && values.isEmpty();
    }
};

// The open workspace: the model in memory and the .cjm file behind it.
//
// Every primitive edit below writes its rows in its own transaction before it
// changes memory, so the file and the model never disagree: when a write
// fails, nothing in memory changes and the call returns the reason. Edits
// normally come from commands (core/commands), which keep them undoable.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    // Opening and creating live in storage/documentfile.h (a .cjm file) and
    // the team workspace; the document loads itself from `store` and writes
    // every edit through it.
    explicit Document(std::unique_ptr<DocumentStore> store, QObject *parent = nullptr);

    const Workspace &workspace() const { return m_ws; }
    const Journey *journey(QStringView idOrName) const { return m_ws.journey(idOrName); }
    // The file path or workspace URI; empty for a document in memory.
    QString filePath() const;
    DocumentStore *store() const { return m_store.get(); }

    // A read-only document refuses every edit with readOnlyReason().
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(const QString &reason);

    // Reads everything from the file again (after a failed outer transaction).
    bool reload(QString *error);
    // The whole file, for `check` and the crash tests.
    bool integrityCheck(QString *error);

    // Groups several primitives into one transaction: all are kept or none.
    class Batch
    {
    public:
        enum Purpose { Edit, Undo };
        explicit Batch(Document *doc, Purpose purpose = Edit);
        ~Batch(); // rolls back unless commit() succeeded
        bool commit(QString *error);

    private:
        Document *m_doc;
        bool m_open = false;
        bool m_done = false;
    };

    // ---- primitives (each one transaction, or part of the open Batch)
    bool insertPersona(const Persona &persona, int index, QString *error);
    bool updatePersona(const Persona &persona, QString *error);
    bool removePersona(const QString &id, QString *error); // journeys must not use it
    bool movePersona(int from, int to, QString *error);

    bool insertChannel(const Channel &channel, int index, QString *error);
    bool updateChannel(const Channel &channel, QString *error);
    bool removeChannel(const QString &id, QString *error); // steps must not use it
    bool moveChannel(int from, int to, QString *error);

    bool insertMetricDef(const MetricDef &def, int index, QString *error);
    bool updateMetricDef(const MetricDef &def, QString *error);
    bool removeMetricDef(const QString &id, QString *error); // no values may use it

    // A whole journey with everything in it; persona and channels must exist.
    bool insertJourney(const Journey &journey, int index, QString *error);
    bool removeJourney(const QString &id, QString *error);
    // The journey's own fields (name, persona, scenario, state...), not its content.
    bool updateJourney(const Journey &journey, QString *error);
    bool moveJourney(int from, int to, QString *error);

    bool insertStage(const QString &journey, const Stage &stage, int index, QString *error);
    bool updateStage(const QString &journey, const Stage &stage, QString *error);
    bool removeStage(const QString &journey, const QString &id, QString *error); // must be empty
    bool moveStage(const QString &journey, int from, int to, QString *error);

    bool insertLane(const QString &journey, const Lane &lane, int index, QString *error);
    bool updateLane(const QString &journey, const Lane &lane, QString *error);
    bool removeLane(const QString &journey, const QString &id, QString *error); // must be empty
    bool moveLane(const QString &journey, int from, int to, QString *error);

    bool insertStep(const QString &journey, const Step &step, int index, QString *error);
    bool updateSteps(const QString &journey, const QList<Step> &steps, QString *error);
    bool insertLink(const QString &journey, const Link &link, int index, QString *error);
    bool updateLink(const QString &journey, const Link &link, QString *error);

    // Removes steps and links with everything that hangs on them (links,
    // comments, votes, metric values) and says what went where.
    bool removeItems(const QString &journey, const QStringList &stepIds, const QStringList &linkIds,
                     Removal *removed, QString *error);
    bool restoreItems(const QString &journey, const Removal &removed, QString *error);

    bool insertComment(const QString &journey, const Comment &comment, int index, QString *error);
    bool updateComment(const QString &journey, const Comment &comment, QString *error);
    bool removeComment(const QString &journey, const QString &id, QString *error);
    // Sets one participant's votes on one step; 0 removes the row. A new row
    // goes at `insertIndex` (undo puts a removed row back there), else last.
    bool setVote(const QString &journey, const Vote &vote, QString *error, int insertIndex = -1);

    // An import source with its metric values; removing takes the values too.
    bool insertSource(const ImportSource &source, const QList<MetricValue> &values, QString *error);
    bool removeSource(const QString &id, QList<MetricValue> *removedValues, QString *error);

    // Pictures (persona photos, card pictures), each kept once by content.
    // A picture is added before anything names it and removed once nothing does.
    bool insertPicture(const Picture &picture, QString *error);
    bool removePicture(const QString &id, QString *error);

Q_SIGNALS:
    // One after each committed edit (after the outermost commit of a batch):
    // what it added, changed and removed. Views consume this one feed.
    // A reload (or a team catch-up that read everything again) delivers one
    // with ChangeSet::reset set.
    void changed(const waymark::ChangeSet &change);
    void readOnlyChanged();

private:
    // Runs `write` in a transaction; applies `apply` to memory when it committed.
    template<typename Write, typename Apply>
    bool edit(QString *error, Write &&write, Apply &&apply);
    bool checkWritable(QString *error) const;
    // The file position for a row inserted before `beforeId` of a gapped list
    // (steps, links, comments), or after the last when `beforeId` is empty.
    bool placeRow(int table, const QString &journey, const QString &beforeId, qint64 *position,
                  QString *error);
    Journey *mutableJourney(const QString &id, QString *error);

    // The change set being gathered until the outermost commit.
    void noteAdded(ItemKind kind, const QString &journey, const QString &id);
    void noteChanged(ItemKind kind, const QString &journey, const QString &id);
    void noteRemoved(ItemKind kind, const QString &journey, const QString &id);
    void noteReordered(ItemKind kind, const QString &journey);
    void noteRemoval(const QString &journey, const Removal &removal,
                     QList<ChangeSet::Item> ChangeSet::*list);
    void noteMetricValues(const QString &journey, const QList<MetricValue> &values);
    void flushChanges();
    ChangeSet m_pending;

    std::unique_ptr<DocumentStore> m_store;
    QString m_readOnlyReason;
    Workspace m_ws;
    int m_batchDepth = 0;
    bool m_batchFailed = false;

    // ---- team workspaces (issue 12): other people's edits
public:
    // Catches up whenever the store says others committed (a team workspace;
    // a file never does), then emits changed() with ChangeSet::remote set.
    void followRemoteChanges();
    bool catchUpRemote(QString *error);
    // ==== Observed behaviour from event logs (issue 13). Added as a block of
    // its own for the lead to fold into the table descriptions; stored by
    // storage/observedstore, read from the file when asked (not cached).
public:
    // The result of the journey's last event import; none when it has none.
    std::optional<ObservedJourney> observed(const QString &journeyId) const;
    bool hasObserved(const QString &journeyId) const { return observed(journeyId).has_value(); }
    // Stores (replacing) or, with none, removes a journey's observed behaviour.
    bool setObserved(const QString &journeyId, const std::optional<ObservedJourney> &observed,
                     QString *error);
    // ==== end of observed behaviour
};

} // namespace waymark
