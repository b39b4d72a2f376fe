#pragma once

#include "model/workspace.h"

#include <QString>

#include <optional>

namespace waymark {

class Database;
class Statement;

// The rows of a .cjm file: reads a whole workspace, writes one row at a time.
// Writes run inside the caller's transaction (Document opens it); rows of
// ordered lists carry a position equal to their index in the model's list.
class Store
{
public:
    explicit Store(Database &db)
        : m_db(db)
    {}

    bool load(Workspace *workspace, QString *error);

    enum class Table {
        Persona,
        Channel,
        MetricDef,
        Journey,
        Stage,
        Lane,
        Step,
        Link,
        Comment,
        Vote
    };

    // Shifts the rows at `position` and after one place down the list.
    bool makeRoom(Table table, const QString &journey, int position, QString *error);
    // Shifts the rows after `position` one place up the list.
    bool closeGap(Table table, const QString &journey, int position, QString *error);
    bool moveRow(Table table, const QString &journey, int from, int to, QString *error);

    // Steps, links and comments keep their order with gaps in the positions:
    // a delete leaves its gap (undo puts the row back there), so deleting a
    // card on a big map writes its own rows only, not every row after it.
    std::optional<qint64> positionOf(Table table, const QString &journey, const QString &id,
                                     QString *error);
    std::optional<qint64> endPosition(Table table, const QString &journey, QString *error);

    bool insertPersona(const Persona &persona, int position, QString *error);
    bool updatePersona(const Persona &persona, QString *error);
    bool deletePersona(const QString &id, QString *error);

    bool insertChannel(const Channel &channel, int position, QString *error);
    bool updateChannel(const Channel &channel, QString *error);
    bool deleteChannel(const QString &id, QString *error);

    bool insertMetricDef(const MetricDef &def, int position, QString *error);
    bool updateMetricDef(const MetricDef &def, QString *error);
    bool deleteMetricDef(const QString &id, QString *error);

    // Only the journey's own row; its children have their own calls.
    bool insertJourney(const Journey &journey, int position, QString *error);
    bool updateJourney(const Journey &journey, QString *error);
    bool deleteJourney(const QString &id, QString *error);
    // Every row that belongs to a journey, but not the journey's own row.
    bool deleteJourneyContent(const QString &id, QString *error);

    bool insertStage(const QString &journey, const Stage &stage, int position, QString *error);
    bool updateStage(const QString &journey, const Stage &stage, QString *error);
    bool deleteStage(const QString &journey, const QString &id, QString *error);

    bool insertLane(const QString &journey, const Lane &lane, int position, QString *error);
    bool updateLane(const QString &journey, const Lane &lane, QString *error);
    bool deleteLane(const QString &journey, const QString &id, QString *error);

    bool insertStep(const QString &journey, const Step &step, int position, QString *error);
    bool updateStep(const QString &journey, const Step &step, QString *error);
    bool deleteStep(const QString &journey, const QString &id, QString *error);

    bool insertLink(const QString &journey, const Link &link, int position, QString *error);
    bool updateLink(const QString &journey, const Link &link, QString *error);
    bool deleteLink(const QString &journey, const QString &id, QString *error);

    bool insertComment(const QString &journey, const Comment &comment, int position,
                       QString *error);
    bool updateComment(const QString &journey, const Comment &comment, QString *error);
    bool deleteComment(const QString &journey, const QString &id, QString *error);

    bool insertVote(const QString &journey, const Vote &vote, int position, QString *error);
    bool updateVote(const QString &journey, const Vote &vote, QString *error);
    bool deleteVote(const QString &journey, const QString &step, const QString &participant,
                    QString *error);

    bool insertMetricValue(const QString &journey, const MetricValue &value, QString *error);
    bool deleteMetricValuesOfStep(const QString &journey, const QString &step, QString *error);
    bool deleteMetricValuesOfSource(const QString &source, QString *error);

    bool insertSource(const ImportSource &source, QString *error);
    bool deleteSource(const QString &id, QString *error);

    bool setMeta(const QString &key, const QString &value, QString *error);
    QString meta(const QString &key);

private:
    Statement *prepare(const char *sql, QString *error);
    bool run(Statement *statement, QString *error);

    bool loadPersonas(Workspace *workspace, QString *error);
    bool loadChannels(Workspace *workspace, QString *error);
    bool loadMetricDefs(Workspace *workspace, QString *error);
    bool loadJourneys(Workspace *workspace, QString *error);
    bool loadJourneyChildren(Journey *journey, QString *error);
    bool loadSources(Workspace *workspace, QString *error);

    Database &m_db;
};

} // namespace waymark
