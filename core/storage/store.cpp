#include "store.h"

#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <string>

namespace waymark {

namespace {

struct TableInfo
{
    const char *name;
    bool scoped; // rows belong to a journey
};

constexpr std::array<TableInfo, 10> kTables{{
        {"persona", false},
        {"channel", false},
        {"metric_def", false},
        {"journey", false},
        {"stage", true},
        {"lane", true},
        {"step", true},
        {"link", true},
        {"comment", true},
        {"vote", true},
}};

// SQL text per table and operation, built once; the Database caches the
// prepared statements by this text.
const std::string &positionSql(Store::Table table, int op)
{
    static const auto texts = [] {
        std::array<std::array<std::string, 3>, kTables.size()> out;
        for (size_t i = 0; i < kTables.size(); ++i) {
            const std::string t = kTables[i].name;
            const std::string scope = kTables[i].scoped ? "journey = ?1 AND " : "";
            out[i][0] = "UPDATE " + t + " SET position = position + 1 WHERE " + scope
                        + "position >= ?2";
            out[i][1] = "UPDATE " + t + " SET position = position - 1 WHERE " + scope
                        + "position > ?2";
            // ?2 = from, ?3 = to; one statement moves the row and shifts the ones between.
            out[i][2] = "UPDATE " + t
                        + " SET position = CASE WHEN position = ?2 THEN ?3"
                          " WHEN ?2 < ?3 THEN position - 1 ELSE position + 1 END WHERE "
                        + scope + "position BETWEEN min(?2, ?3) AND max(?2, ?3)";
        }
        return out;
    }();
    return texts[size_t(table)][size_t(op)];
}

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString histogramToJson(const QList<qint64> &counts)
{
    QJsonArray array;
    for (qint64 c : counts)
        array.append(c);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> histogramFromJson(const QString &text)
{
    QList<qint64> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toInteger());
    return out;
}

template<typename E>
E enumOr(const QString &name, E fallback)
{
    return enumFromName<E>(name).value_or(fallback);
}

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFrom(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

} // namespace

Statement *Store::prepare(const char *sql, QString *error)
{
    return m_db.prepare(sql, error);
}

bool Store::run(Statement *statement, QString *error)
{
    if (!statement)
        return false;
    if (!statement->run()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

bool Store::makeRoom(Table table, const QString &journey, int position, QString *error)
{
    Statement *s = prepare(positionSql(table, 0).c_str(), error);
    if (!s)
        return false;
    if (kTables[size_t(table)].scoped)
        s->bind(1, journey);
    s->bind(2, position);
    return run(s, error);
}

bool Store::closeGap(Table table, const QString &journey, int position, QString *error)
{
    Statement *s = prepare(positionSql(table, 1).c_str(), error);
    if (!s)
        return false;
    if (kTables[size_t(table)].scoped)
        s->bind(1, journey);
    s->bind(2, position);
    return run(s, error);
}

bool Store::moveRow(Table table, const QString &journey, int from, int to, QString *error)
{
    Statement *s = prepare(positionSql(table, 2).c_str(), error);
    if (!s)
        return false;
    if (kTables[size_t(table)].scoped)
        s->bind(1, journey);
    s->bind(2, from).bind(3, to);
    return run(s, error);
}

std::optional<qint64> Store::positionOf(Table table, const QString &journey, const QString &id,
                                        QString *error)
{
    static const auto texts = [] {
        std::array<std::string, kTables.size()> out;
        for (size_t i = 0; i < kTables.size(); ++i) {
            out[i] = std::string("SELECT position FROM ") + kTables[i].name
                     + " WHERE journey = ?1 AND id = ?2";
        }
        return out;
    }();
    Statement *s = prepare(texts[size_t(table)].c_str(), error);
    if (!s)
        return std::nullopt;
    s->bind(1, journey).bind(2, id);
    std::optional<qint64> out;
    if (s->next())
        out = s->integer(0);
    else if (error)
        *error = m_db.lastError();
    s->reset();
    return out;
}

std::optional<qint64> Store::endPosition(Table table, const QString &journey, QString *error)
{
    static const auto texts = [] {
        std::array<std::string, kTables.size()> out;
        for (size_t i = 0; i < kTables.size(); ++i) {
            out[i] = std::string("SELECT coalesce(max(position), -1) + 1 FROM ") + kTables[i].name
                     + " WHERE journey = ?1";
        }
        return out;
    }();
    Statement *s = prepare(texts[size_t(table)].c_str(), error);
    if (!s)
        return std::nullopt;
    s->bind(1, journey);
    std::optional<qint64> out;
    if (s->next())
        out = s->integer(0);
    else if (error)
        *error = m_db.lastError();
    s->reset();
    return out;
}

// ---- personas, channels, metric definitions

bool Store::insertPersona(const Persona &p, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO persona(id, position, name, goals, quote, description)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                           error);
    if (!s)
        return false;
    s->bind(1, p.id).bind(2, position).bind(3, p.name).bind(4, p.goals).bind(5, p.quote);
    s->bind(6, p.description);
    return run(s, error);
}

bool Store::updatePersona(const Persona &p, QString *error)
{
    Statement *s = prepare("UPDATE persona SET name = ?2, goals = ?3, quote = ?4,"
                           " description = ?5 WHERE id = ?1",
                           error);
    if (!s)
        return false;
    s->bind(1, p.id).bind(2, p.name).bind(3, p.goals).bind(4, p.quote).bind(5, p.description);
    return run(s, error);
}

bool Store::deletePersona(const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM persona WHERE id = ?1", error);
    return s && run(&s->bind(1, id), error);
}

bool Store::insertChannel(const Channel &c, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO channel(id, position, name, kind, icon)"
                           " VALUES(?1, ?2, ?3, ?4, ?5)",
                           error);
    if (!s)
        return false;
    s->bind(1, c.id).bind(2, position).bind(3, c.name).bind(4, enumName(c.kind)).bind(5, c.icon);
    return run(s, error);
}

bool Store::updateChannel(const Channel &c, QString *error)
{
    Statement *s
            = prepare("UPDATE channel SET name = ?2, kind = ?3, icon = ?4 WHERE id = ?1", error);
    if (!s)
        return false;
    s->bind(1, c.id).bind(2, c.name).bind(3, enumName(c.kind)).bind(4, c.icon);
    return run(s, error);
}

bool Store::deleteChannel(const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM channel WHERE id = ?1", error);
    return s && run(&s->bind(1, id), error);
}

bool Store::insertMetricDef(const MetricDef &m, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO metric_def(id, position, name, kind, formula, unit,"
                           " scale_min, scale_max, higher_better, green, amber)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                           error);
    if (!s)
        return false;
    s->bind(1, m.id).bind(2, position).bind(3, m.name).bind(4, enumName(m.kind));
    s->bind(5, enumName(m.formula)).bind(6, m.unit).bind(7, m.scaleMin).bind(8, m.scaleMax);
    s->bind(9, m.higherIsBetter).bind(10, m.green).bind(11, m.amber);
    return run(s, error);
}

bool Store::updateMetricDef(const MetricDef &m, QString *error)
{
    Statement *s = prepare("UPDATE metric_def SET name = ?2, kind = ?3, formula = ?4, unit = ?5,"
                           " scale_min = ?6, scale_max = ?7, higher_better = ?8, green = ?9,"
                           " amber = ?10 WHERE id = ?1",
                           error);
    if (!s)
        return false;
    s->bind(1, m.id).bind(2, m.name).bind(3, enumName(m.kind)).bind(4, enumName(m.formula));
    s->bind(5, m.unit).bind(6, m.scaleMin).bind(7, m.scaleMax).bind(8, m.higherIsBetter);
    s->bind(9, m.green).bind(10, m.amber);
    return run(s, error);
}

bool Store::deleteMetricDef(const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM metric_def WHERE id = ?1", error);
    return s && run(&s->bind(1, id), error);
}

// ---- journeys and their children

bool Store::insertJourney(const Journey &j, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO journey(id, position, name, persona, scenario,"
                           " description, state, kind, votes_per_participant)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           error);
    if (!s)
        return false;
    s->bind(1, j.id).bind(2, position).bind(3, j.name).bindRef(4, j.persona).bind(5, j.scenario);
    s->bind(6, j.description).bind(7, enumName(j.state)).bind(8, enumName(j.kind));
    s->bind(9, j.votesPerParticipant);
    return run(s, error);
}

bool Store::updateJourney(const Journey &j, QString *error)
{
    Statement *s = prepare("UPDATE journey SET name = ?2, persona = ?3, scenario = ?4,"
                           " description = ?5, state = ?6, kind = ?7,"
                           " votes_per_participant = ?8 WHERE id = ?1",
                           error);
    if (!s)
        return false;
    s->bind(1, j.id).bind(2, j.name).bindRef(3, j.persona).bind(4, j.scenario);
    s->bind(5, j.description).bind(6, enumName(j.state)).bind(7, enumName(j.kind));
    s->bind(8, j.votesPerParticipant);
    return run(s, error);
}

bool Store::deleteJourney(const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM journey WHERE id = ?1", error);
    return s && run(&s->bind(1, id), error);
}

bool Store::deleteJourneyContent(const QString &id, QString *error)
{
    // Children first: the foreign keys are checked on every statement.
    static constexpr const char *kDeletes[] = {
            "DELETE FROM metric_value WHERE journey = ?1",
            "DELETE FROM import_source WHERE journey = ?1",
            "DELETE FROM vote WHERE journey = ?1",
            "DELETE FROM comment WHERE journey = ?1",
            "DELETE FROM link WHERE journey = ?1",
            "DELETE FROM step WHERE journey = ?1",
            "DELETE FROM lane WHERE journey = ?1",
            "DELETE FROM stage WHERE journey = ?1",
    };
    for (const char *sql : kDeletes) {
        Statement *s = prepare(sql, error);
        if (!s || !run(&s->bind(1, id), error))
            return false;
    }
    return true;
}

bool Store::insertStage(const QString &journey, const Stage &st, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO stage(journey, id, position, name, description)"
                           " VALUES(?1, ?2, ?3, ?4, ?5)",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, st.id).bind(3, position).bind(4, st.name).bind(5, st.description);
    return run(s, error);
}

bool Store::updateStage(const QString &journey, const Stage &st, QString *error)
{
    Statement *s = prepare("UPDATE stage SET name = ?3, description = ?4"
                           " WHERE journey = ?1 AND id = ?2",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, st.id).bind(3, st.name).bind(4, st.description);
    return run(s, error);
}

bool Store::deleteStage(const QString &journey, const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM stage WHERE journey = ?1 AND id = ?2", error);
    return s && run(&s->bind(1, journey).bind(2, id), error);
}

bool Store::insertLane(const QString &journey, const Lane &l, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO lane(journey, id, position, name, kind)"
                           " VALUES(?1, ?2, ?3, ?4, ?5)",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, l.id).bind(3, position).bind(4, l.name).bind(5, enumName(l.kind));
    return run(s, error);
}

bool Store::updateLane(const QString &journey, const Lane &l, QString *error)
{
    Statement *s
            = prepare("UPDATE lane SET name = ?3, kind = ?4 WHERE journey = ?1 AND id = ?2", error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, l.id).bind(3, l.name).bind(4, enumName(l.kind));
    return run(s, error);
}

bool Store::deleteLane(const QString &journey, const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM lane WHERE journey = ?1 AND id = ?2", error);
    return s && run(&s->bind(1, journey).bind(2, id), error);
}

namespace {

void bindStepFields(Statement *s, const Step &st)
{
    // ?1 journey and ?2 id are bound by the caller.
    s->bind(3, st.stage).bind(4, st.lane).bind(5, st.order).bind(6, st.title);
    s->bind(7, st.description).bind(8, enumName(st.kind)).bindRef(9, st.channel);
    s->bind(10, st.owner).bind(11, enumName(st.priority));
    s->bind(12, st.due.isValid() ? st.due.toString(Qt::ISODate) : QString());
    s->bind(13, st.emotion).bind(14, st.momentOfTruth).bind(15, st.entry).bind(16, st.goal);
    s->bind(17, st.key).bind(18, tagsToJson(st.tags)).bind(19, st.color);
}

} // namespace

bool Store::insertStep(const QString &journey, const Step &st, int position, QString *error)
{
    Statement *s = prepare(
            "INSERT INTO step(journey, id, stage, lane, ord, title, description, kind, channel,"
            " owner, priority, due, emotion, moment, entry, goal, ext_key, tags, color, position)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
            " ?18, ?19, ?20)",
            error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, st.id).bind(20, position);
    bindStepFields(s, st);
    return run(s, error);
}

bool Store::updateStep(const QString &journey, const Step &st, QString *error)
{
    Statement *s = prepare("UPDATE step SET stage = ?3, lane = ?4, ord = ?5, title = ?6,"
                           " description = ?7, kind = ?8, channel = ?9, owner = ?10,"
                           " priority = ?11, due = ?12, emotion = ?13, moment = ?14, entry = ?15,"
                           " goal = ?16, ext_key = ?17, tags = ?18, color = ?19"
                           " WHERE journey = ?1 AND id = ?2",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, st.id);
    bindStepFields(s, st);
    return run(s, error);
}

bool Store::deleteStep(const QString &journey, const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM step WHERE journey = ?1 AND id = ?2", error);
    return s && run(&s->bind(1, journey).bind(2, id), error);
}

bool Store::insertLink(const QString &journey, const Link &l, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO link(journey, id, position, src, dst, kind, label, share,"
                           " typical) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, l.id).bind(3, position).bind(4, l.from).bind(5, l.to);
    s->bind(6, enumName(l.kind)).bind(7, l.label).bind(8, l.share).bind(9, l.typical);
    return run(s, error);
}

bool Store::updateLink(const QString &journey, const Link &l, QString *error)
{
    Statement *s = prepare("UPDATE link SET src = ?3, dst = ?4, kind = ?5, label = ?6, share = ?7,"
                           " typical = ?8 WHERE journey = ?1 AND id = ?2",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, l.id).bind(3, l.from).bind(4, l.to).bind(5, enumName(l.kind));
    s->bind(6, l.label).bind(7, l.share).bind(8, l.typical);
    return run(s, error);
}

bool Store::deleteLink(const QString &journey, const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM link WHERE journey = ?1 AND id = ?2", error);
    return s && run(&s->bind(1, journey).bind(2, id), error);
}

bool Store::insertComment(const QString &journey, const Comment &c, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO comment(journey, id, position, step, author, body, created)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, c.id).bind(3, position).bind(4, c.step).bind(5, c.author);
    s->bind(6, c.text).bind(7, dateTimeText(c.created));
    return run(s, error);
}

bool Store::updateComment(const QString &journey, const Comment &c, QString *error)
{
    Statement *s = prepare("UPDATE comment SET step = ?3, author = ?4, body = ?5, created = ?6"
                           " WHERE journey = ?1 AND id = ?2",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, c.id).bind(3, c.step).bind(4, c.author).bind(5, c.text);
    s->bind(6, dateTimeText(c.created));
    return run(s, error);
}

bool Store::deleteComment(const QString &journey, const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM comment WHERE journey = ?1 AND id = ?2", error);
    return s && run(&s->bind(1, journey).bind(2, id), error);
}

bool Store::insertVote(const QString &journey, const Vote &v, int position, QString *error)
{
    Statement *s = prepare("INSERT INTO vote(journey, step, participant, count, position)"
                           " VALUES(?1, ?2, ?3, ?4, ?5)",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, v.step).bind(3, v.participant).bind(4, v.count).bind(5, position);
    return run(s, error);
}

bool Store::updateVote(const QString &journey, const Vote &v, QString *error)
{
    Statement *s = prepare("UPDATE vote SET count = ?4"
                           " WHERE journey = ?1 AND step = ?2 AND participant = ?3",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, v.step).bind(3, v.participant).bind(4, v.count);
    return run(s, error);
}

bool Store::deleteVote(const QString &journey, const QString &step, const QString &participant,
                       QString *error)
{
    Statement *s = prepare("DELETE FROM vote WHERE journey = ?1 AND step = ?2 AND participant = ?3",
                           error);
    return s && run(&s->bind(1, journey).bind(2, step).bind(3, participant), error);
}

bool Store::insertMetricValue(const QString &journey, const MetricValue &v, QString *error)
{
    Statement *s = prepare("INSERT INTO metric_value(journey, step, metric, period, segment,"
                           " source, n, value, sum, histogram)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                           error);
    if (!s)
        return false;
    s->bind(1, journey).bind(2, v.step).bind(3, v.metric).bind(4, v.period).bind(5, v.segment);
    s->bindRef(6, v.source).bind(7, v.n).bind(8, v.value).bind(9, v.sum);
    s->bind(10, histogramToJson(v.histogram));
    return run(s, error);
}

bool Store::deleteMetricValuesOfStep(const QString &journey, const QString &step, QString *error)
{
    Statement *s = prepare("DELETE FROM metric_value WHERE journey = ?1 AND step = ?2", error);
    return s && run(&s->bind(1, journey).bind(2, step), error);
}

bool Store::deleteMetricValuesOfSource(const QString &source, QString *error)
{
    Statement *s = prepare("DELETE FROM metric_value WHERE source = ?1", error);
    return s && run(&s->bind(1, source), error);
}

bool Store::insertSource(const ImportSource &src, QString *error)
{
    Statement *s = prepare("INSERT INTO import_source(id, journey, file_name, imported_at, layout,"
                           " mapping, signature, rows_read, rows_matched, rows_unmatched,"
                           " rows_rejected, report)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                           error);
    if (!s)
        return false;
    s->bind(1, src.id).bind(2, src.journey).bind(3, src.fileName);
    s->bind(4, dateTimeText(src.importedAt)).bind(5, src.layout).bind(6, src.mapping);
    s->bind(7, src.signature).bind(8, src.rowsRead).bind(9, src.rowsMatched);
    s->bind(10, src.rowsUnmatched).bind(11, src.rowsRejected).bind(12, src.report);
    return run(s, error);
}

bool Store::deleteSource(const QString &id, QString *error)
{
    Statement *s = prepare("DELETE FROM import_source WHERE id = ?1", error);
    return s && run(&s->bind(1, id), error);
}

bool Store::setMeta(const QString &key, const QString &value, QString *error)
{
    Statement *s = prepare("INSERT INTO meta(key, value) VALUES(?1, ?2)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           error);
    return s && run(&s->bind(1, key).bind(2, value), error);
}

QString Store::meta(const QString &key)
{
    Statement *s = prepare("SELECT value FROM meta WHERE key = ?1", nullptr);
    if (!s)
        return {};
    s->bind(1, key);
    QString out = s->next() ? s->text(0) : QString();
    s->reset();
    return out;
}

// ---- loading

bool Store::load(Workspace *ws, QString *error)
{
    *ws = Workspace();
    return loadPersonas(ws, error) && loadChannels(ws, error) && loadMetricDefs(ws, error)
           && loadJourneys(ws, error) && loadSources(ws, error);
}

namespace {

// Steps through every row, then reports whether the loop ended cleanly.
template<typename RowFn>
bool forEachRow(Database &db, Statement *s, QString *error, RowFn &&fn)
{
    if (!s)
        return false;
    while (s->next())
        fn(*s);
    const bool ok = s->lastResult() == 101; // SQLITE_DONE
    if (!ok && error)
        *error = db.lastError();
    s->reset();
    return ok;
}

} // namespace

bool Store::loadPersonas(Workspace *ws, QString *error)
{
    return forEachRow(
            m_db,
            prepare("SELECT id, name, goals, quote, description FROM persona"
                    " ORDER BY position",
                    error),
            error, [&](Statement &s) {
                ws->personas.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
            });
}

bool Store::loadChannels(Workspace *ws, QString *error)
{
    return forEachRow(m_db,
                      prepare("SELECT id, name, kind, icon FROM channel ORDER BY position", error),
                      error, [&](Statement &s) {
                          ws->channels.append({s.text(0), s.text(1),
                                               enumOr(s.text(2), ChannelKind::Digital), s.text(3)});
                      });
}

bool Store::loadMetricDefs(Workspace *ws, QString *error)
{
    return forEachRow(m_db,
                      prepare("SELECT id, name, kind, formula, unit, scale_min, scale_max,"
                              " higher_better, green, amber FROM metric_def ORDER BY position",
                              error),
                      error, [&](Statement &s) {
                          MetricDef m;
                          m.id = s.text(0);
                          m.name = s.text(1);
                          m.kind = enumOr(s.text(2), MetricKind::Custom);
                          m.formula = enumOr(s.text(3), Formula::Mean);
                          m.unit = s.text(4);
                          m.scaleMin = s.optionalReal(5);
                          m.scaleMax = s.optionalReal(6);
                          m.higherIsBetter = s.integer(7) != 0;
                          m.green = s.optionalReal(8);
                          m.amber = s.optionalReal(9);
                          ws->metricDefs.append(m);
                      });
}

bool Store::loadJourneys(Workspace *ws, QString *error)
{
    const bool ok
            = forEachRow(m_db,
                         prepare("SELECT id, name, persona, scenario, description, state, kind,"
                                 " votes_per_participant FROM journey ORDER BY position",
                                 error),
                         error, [&](Statement &s) {
                             Journey j;
                             j.id = s.text(0);
                             j.name = s.text(1);
                             j.persona = s.text(2);
                             j.scenario = s.text(3);
                             j.description = s.text(4);
                             j.state = enumOr(s.text(5), JourneyState::Current);
                             j.kind = enumOr(s.text(6), JourneyKind::Journey);
                             j.votesPerParticipant = int(s.integer(7));
                             ws->journeys.append(j);
                         });
    if (!ok)
        return false;
    for (Journey &j : ws->journeys) {
        if (!loadJourneyChildren(&j, error))
            return false;
    }
    return true;
}

bool Store::loadJourneyChildren(Journey *j, QString *error)
{
    auto scoped = [&](const char *sql) {
        Statement *s = prepare(sql, error);
        if (s)
            s->bind(1, j->id);
        return s;
    };
    return forEachRow(m_db,
                      scoped("SELECT id, name, description FROM stage WHERE journey = ?1"
                             " ORDER BY position"),
                      error,
                      [&](Statement &s) {
                          j->stages.append({s.text(0), s.text(1), s.text(2)});
                      })
           && forEachRow(
                   m_db,
                   scoped("SELECT id, name, kind FROM lane WHERE journey = ?1"
                          " ORDER BY position"),
                   error,
                   [&](Statement &s) {
                       j->lanes.append({s.text(0), s.text(1), enumOr(s.text(2), LaneKind::Custom)});
                   })
           && forEachRow(m_db,
                         scoped("SELECT id, stage, lane, ord, title, description, kind, channel,"
                                " owner, priority, due, emotion, moment, entry, goal, ext_key,"
                                " tags, color FROM step WHERE journey = ?1 ORDER BY position"),
                         error,
                         [&](Statement &s) {
                             Step st;
                             st.id = s.text(0);
                             st.stage = s.text(1);
                             st.lane = s.text(2);
                             st.order = int(s.integer(3));
                             st.title = s.text(4);
                             st.description = s.text(5);
                             st.kind = enumOr(s.text(6), StepKind::Action);
                             st.channel = s.text(7);
                             st.owner = s.text(8);
                             st.priority = enumOr(s.text(9), Priority::None);
                             st.due = QDate::fromString(s.text(10), Qt::ISODate);
                             st.emotion = s.optionalInt(11);
                             st.momentOfTruth = s.integer(12) != 0;
                             st.entry = s.integer(13) != 0;
                             st.goal = s.integer(14) != 0;
                             st.key = s.text(15);
                             st.tags = tagsFromJson(s.text(16));
                             st.color = s.text(17);
                             j->steps.append(st);
                         })
           && forEachRow(m_db,
                         scoped("SELECT id, src, dst, kind, label, share, typical FROM link"
                                " WHERE journey = ?1 ORDER BY position"),
                         error,
                         [&](Statement &s) {
                             Link l;
                             l.id = s.text(0);
                             l.from = s.text(1);
                             l.to = s.text(2);
                             l.kind = enumOr(s.text(3), LinkKind::Flow);
                             l.label = s.text(4);
                             l.share = s.optionalReal(5);
                             l.typical = s.integer(6) != 0;
                             j->links.append(l);
                         })
           && forEachRow(m_db,
                         scoped("SELECT id, step, author, body, created FROM comment"
                                " WHERE journey = ?1 ORDER BY position"),
                         error,
                         [&](Statement &s) {
                             j->comments.append({s.text(0), s.text(1), s.text(2), s.text(3),
                                                 dateTimeFrom(s.text(4))});
                         })
           && forEachRow(m_db,
                         scoped("SELECT step, participant, count FROM vote WHERE journey = ?1"
                                " ORDER BY position"),
                         error,
                         [&](Statement &s) {
                             j->votes.append({s.text(0), s.text(1), int(s.integer(2))});
                         })
           && forEachRow(m_db,
                         scoped("SELECT step, metric, period, segment, source, n, value, sum,"
                                " histogram FROM metric_value WHERE journey = ?1 ORDER BY rowid"),
                         error, [&](Statement &s) {
                             MetricValue v;
                             v.step = s.text(0);
                             v.metric = s.text(1);
                             v.period = s.text(2);
                             v.segment = s.text(3);
                             v.source = s.text(4);
                             v.n = s.integer(5);
                             v.value = s.real(6);
                             v.sum = s.real(7);
                             v.histogram = histogramFromJson(s.text(8));
                             j->metricValues.append(v);
                         });
}

bool Store::loadSources(Workspace *ws, QString *error)
{
    return forEachRow(m_db,
                      prepare("SELECT id, journey, file_name, imported_at, layout, mapping,"
                              " signature, rows_read, rows_matched, rows_unmatched, rows_rejected,"
                              " report FROM import_source ORDER BY rowid",
                              error),
                      error, [&](Statement &s) {
                          ImportSource src;
                          src.id = s.text(0);
                          src.journey = s.text(1);
                          src.fileName = s.text(2);
                          src.importedAt = dateTimeFrom(s.text(3));
                          src.layout = s.text(4);
                          src.mapping = s.text(5);
                          src.signature = s.text(6);
                          src.rowsRead = s.integer(7);
                          src.rowsMatched = s.integer(8);
                          src.rowsUnmatched = s.integer(9);
                          src.rowsRejected = s.integer(10);
                          src.report = s.text(11);
                          ws->sources.append(src);
                      });
}

} // namespace waymark
