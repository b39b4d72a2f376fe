// Document primitives: comments, dot votes, imported metric data.
#include "document/document.h"

#include "document/documentedit.h"
#include "model/validate.h"

#include <QSet>

#include <algorithm>

namespace waymark {

using namespace detail;

// ---- workshop data

bool Document::insertComment(const QString &journey, const Comment &c, int index, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (c.id.isEmpty() || indexOfId(j->comments, c.id) >= 0) {
        setError(error, tr("comment id \"%1\" is empty or already used").arg(c.id));
        return false;
    }
    if (!j->step(c.step)) {
        setError(error, tr("there is no step \"%1\"").arg(c.step));
        return false;
    }
    index = std::clamp(index, 0, int(j->comments.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Comment, journey, index, e)
                       && m_store->insert(journey, &c, index, e);
            },
            [&] {
                j->comments.insert(index, c);
                noteAdded(ItemKind::Comment, journey, c.id);
            });
}

bool Document::updateComment(const QString &journey, const Comment &c, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = indexOfId(j->comments, c.id);
    if (i < 0 || !j->step(c.step)) {
        setError(error, tr("there is no comment \"%1\"").arg(c.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update(journey, &c, e); },
            [&] {
                j->comments[i] = c;
                noteChanged(ItemKind::Comment, journey, c.id);
            });
}

bool Document::removeComment(const QString &journey, const QString &id, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = indexOfId(j->comments, id);
    if (i < 0) {
        setError(error, tr("there is no comment \"%1\"").arg(id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->remove(Table::Comment, journey, {id}, e); },
            [&] {
                j->comments.removeAt(i);
                noteRemoved(ItemKind::Comment, journey, id);
            });
}

bool Document::setVote(const QString &journey, const Vote &v, QString *error, int insertIndex)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (!j->step(v.step)) {
        setError(error, tr("there is no step \"%1\"").arg(v.step));
        return false;
    }
    if (v.count < 0) {
        setError(error, tr("a vote count cannot be negative"));
        return false;
    }
    int i = -1;
    for (int k = 0; k < j->votes.size(); ++k) {
        if (j->votes[k].step == v.step && j->votes[k].participant == v.participant)
            i = k;
    }
    if (i < 0 && v.count == 0)
        return true;
    const int at
            = insertIndex < 0 ? int(j->votes.size()) : std::min(insertIndex, int(j->votes.size()));
    return edit(
            error,
            [&](QString *e) {
                if (i < 0) {
                    return m_store->makeRoom(Table::Vote, journey, at, e)
                           && m_store->insert(journey, &v, at, e);
                }
                if (v.count == 0) {
                    return m_store->remove(Table::Vote, journey, {v.step, v.participant}, e)
                           && m_store->closeGap(Table::Vote, journey, i, e);
                }
                return m_store->update(journey, &v, e);
            },
            [&] {
                if (i < 0)
                    j->votes.insert(at, v);
                else if (v.count == 0)
                    j->votes.removeAt(i);
                else
                    j->votes[i] = v;
                noteChanged(ItemKind::Vote, journey, v.step);
            });
}

// ---- imported metric data

bool Document::insertSource(const ImportSource &src, const QList<MetricValue> &values,
                            QString *error)
{
    Journey *j = mutableJourney(src.journey, error);
    if (!j)
        return false;
    if (src.id.isEmpty() || m_ws.source(src.id)) {
        setError(error, tr("import id \"%1\" is empty or already used").arg(src.id));
        return false;
    }
    for (const MetricValue &v : values) {
        if (!j->step(v.step) || !m_ws.metricDef(v.metric) || v.source != src.id) {
            setError(error,
                     tr("a metric value does not fit the journey: step \"%1\", metric \"%2\"")
                             .arg(v.step, v.metric));
            return false;
        }
    }
    return edit(
            error,
            [&](QString *e) {
                return m_store->insert({}, &src, -1, e)
                       && m_store->insertAll(src.journey, rowRefs(values), -1, e);
            },
            [&] {
                m_ws.sources.append(src);
                if (j->metricValues.isEmpty())
                    j->metricValues = values; // shared, not copied value by value
                else
                    j->metricValues.append(values);
                noteAdded(ItemKind::Source, {}, src.id);
                noteMetricValues(src.journey, values);
            });
}

bool Document::removeSource(const QString &id, QList<MetricValue> *removedValues, QString *error)
{
    const int i = indexOfId(m_ws.sources, id);
    if (i < 0) {
        setError(error, tr("there is no import \"%1\"").arg(id));
        return false;
    }
    const QString journey = m_ws.sources[i].journey;
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    QList<MetricValue> values;
    for (const MetricValue &v : j->metricValues) {
        if (v.source == id)
            values.append(v);
    }
    const bool ok = edit(
            error,
            [&](QString *e) {
                return m_store->removeMetricValues({}, {}, id, e)
                       && m_store->remove(Table::Source, {}, {id}, e);
            },
            [&] {
                j->metricValues.removeIf([&](const MetricValue &v) { return v.source == id; });
                m_ws.sources.removeAt(i);
                noteRemoved(ItemKind::Source, {}, id);
                noteMetricValues(journey, values);
            });
    if (ok && removedValues)
        *removedValues = std::move(values);
    return ok;
}

} // namespace waymark
