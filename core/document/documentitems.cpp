// Document primitives: removing cards and links with what hangs on them, and putting them back.
#include "document/document.h"

#include "document/documentedit.h"
#include "model/validate.h"

#include <QSet>

#include <algorithm>

namespace waymark {

using namespace detail;

bool Document::removeItems(const QString &journey, const QStringList &stepIds,
                           const QStringList &linkIds, Removal *removed, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const QSet<QString> steps(stepIds.begin(), stepIds.end());
    const QSet<QString> explicitLinks(linkIds.begin(), linkIds.end());
    for (const QString &id : steps) {
        if (!j->step(id)) {
            setError(error, tr("there is no step \"%1\"").arg(id));
            return false;
        }
    }
    for (const QString &id : explicitLinks) {
        if (!j->link(id)) {
            setError(error, tr("there is no link \"%1\"").arg(id));
            return false;
        }
    }

    Removal out;
    for (int i = 0; i < j->steps.size(); ++i) {
        if (steps.contains(j->steps[i].id))
            out.steps.append({i, j->steps[i]});
    }
    for (int i = 0; i < j->links.size(); ++i) {
        const Link &l = j->links[i];
        if (explicitLinks.contains(l.id) || steps.contains(l.from) || steps.contains(l.to))
            out.links.append({i, l});
    }
    for (int i = 0; i < j->comments.size(); ++i) {
        if (steps.contains(j->comments[i].step))
            out.comments.append({i, j->comments[i]});
    }
    for (int i = 0; i < j->votes.size(); ++i) {
        if (steps.contains(j->votes[i].step))
            out.votes.append({i, j->votes[i]});
    }
    for (const MetricValue &v : j->metricValues) {
        if (steps.contains(v.step))
            out.values.append(v);
    }

    const bool ok = edit(
            error,
            [&](QString *e) {
                for (const QString &id : steps) {
                    if (!m_store->removeMetricValues(journey, id, {}, e))
                        return false;
                }
                // Highest positions first, so each gap closes below the next delete.
                for (auto it = out.votes.crbegin(); it != out.votes.crend(); ++it) {
                    if (!m_store->remove(Table::Vote, journey,
                                         {it->second.step, it->second.participant}, e)
                        || !m_store->closeGap(Table::Vote, journey, it->first, e))
                        return false;
                }
                // Remember where each row stood: undo puts it back in its gap.
                const auto take = [&](Table table, const QString &id, QList<qint64> *rows) {
                    const auto at = m_store->positionOf(table, journey, id, e);
                    if (!at)
                        return false;
                    rows->append(*at);
                    return true;
                };
                for (const auto &[i, c] : out.comments) {
                    if (!take(Table::Comment, c.id, &out.commentRows)
                        || !m_store->remove(Table::Comment, journey, {c.id}, e))
                        return false;
                }
                for (const auto &[i, l] : out.links) {
                    if (!take(Table::Link, l.id, &out.linkRows)
                        || !m_store->remove(Table::Link, journey, {l.id}, e))
                        return false;
                }
                for (const auto &[i, st] : out.steps) {
                    if (!take(Table::Step, st.id, &out.stepRows)
                        || !m_store->remove(Table::Step, journey, {st.id}, e))
                        return false;
                }
                return true;
            },
            [&] {
                j->index.sync(*j);
                j->metricValues.removeIf(
                        [&](const MetricValue &v) { return steps.contains(v.step); });
                for (auto it = out.votes.crbegin(); it != out.votes.crend(); ++it)
                    j->votes.removeAt(it->first);
                for (auto it = out.comments.crbegin(); it != out.comments.crend(); ++it)
                    j->comments.removeAt(it->first);
                for (auto it = out.links.crbegin(); it != out.links.crend(); ++it)
                    j->links.removeAt(it->first);
                for (auto it = out.steps.crbegin(); it != out.steps.crend(); ++it)
                    j->steps.removeAt(it->first);
                noteRemoval(journey, out, &ChangeSet::removed);
            });
    if (ok && removed)
        *removed = std::move(out);
    return ok;
}

bool Document::restoreItems(const QString &journey, const Removal &r, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    // Check against the journey as it will be once the steps are back,
    // without copying it: a big map would pay for the copy on every add.
    QSet<QString> returning;
    for (const auto &[i, st] : r.steps) {
        if (j->step(st.id) || returning.contains(st.id)) {
            setError(error, tr("step id \"%1\" is already used").arg(st.id));
            return false;
        }
        if (const QString problem = validateStep(m_ws, *j, st); !problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
        returning.insert(st.id);
    }
    for (const auto &[i, l] : r.links) {
        if (j->link(l.id)) {
            setError(error, tr("link id \"%1\" is already used").arg(l.id));
            return false;
        }
        for (const QString &end : {l.from, l.to}) {
            if (!returning.contains(end) && !j->step(end)) {
                setError(error,
                         tr("link \"%1\" names a step that does not exist: \"%2\"").arg(l.id, end));
                return false;
            }
        }
        if (l.share && !(*l.share >= 0.0 && *l.share <= 1.0)) {
            setError(error, tr("link \"%1\" has a share outside 0..1").arg(l.id));
            return false;
        }
    }
    return edit(
            error,
            [&](QString *e) {
                // A recorded row goes back where it stood; a new one before the
                // item now at its index (tracked as the batch inserts), or last.
                const auto row = [&](Table table, const QList<qint64> &rows, int k,
                                     QStringList *ids, int index, const QString &id,
                                     qint64 *position) {
                    const int at = std::min(index, int(ids->size()));
                    const bool placed
                            = k < rows.size() ? (*position = rows[k], true)
                                              : placeRow(int(table), journey,
                                                         at < ids->size() ? (*ids)[at] : QString(),
                                                         position, e);
                    ids->insert(at, id);
                    return placed;
                };
                QStringList stepIds, linkIds, commentIds;
                for (const Step &s : j->steps)
                    stepIds.append(s.id);
                for (const Link &l : j->links)
                    linkIds.append(l.id);
                for (const Comment &c : j->comments)
                    commentIds.append(c.id);
                for (int k = 0; k < r.steps.size(); ++k) {
                    const auto &[i, st] = r.steps[k];
                    qint64 position = 0;
                    if (!row(Table::Step, r.stepRows, k, &stepIds, i, st.id, &position)
                        || !m_store->insert(journey, &st, int(position), e))
                        return false;
                }
                for (int k = 0; k < r.links.size(); ++k) {
                    const auto &[i, l] = r.links[k];
                    qint64 position = 0;
                    if (!row(Table::Link, r.linkRows, k, &linkIds, i, l.id, &position)
                        || !m_store->insert(journey, &l, int(position), e))
                        return false;
                }
                for (int k = 0; k < r.comments.size(); ++k) {
                    const auto &[i, c] = r.comments[k];
                    qint64 position = 0;
                    if (!row(Table::Comment, r.commentRows, k, &commentIds, i, c.id, &position)
                        || !m_store->insert(journey, &c, int(position), e))
                        return false;
                }
                for (const auto &[i, v] : r.votes) {
                    if (!m_store->makeRoom(Table::Vote, journey, i, e)
                        || !m_store->insert(journey, &v, i, e))
                        return false;
                }
                for (const MetricValue &v : r.values) {
                    if (!m_store->insert(journey, &v, -1, e))
                        return false;
                }
                return true;
            },
            [&] {
                j->index.sync(*j);
                bool middle = false; // a card put back before others: see insertStep
                for (const auto &[i, st] : r.steps) {
                    middle = middle || i < int(j->steps.size());
                    j->steps.insert(std::min(i, int(j->steps.size())), st);
                }
                if (middle)
                    j->index.invalidateCells();
                for (const auto &[i, l] : r.links)
                    j->links.insert(std::min(i, int(j->links.size())), l);
                for (const auto &[i, c] : r.comments)
                    j->comments.insert(std::min(i, int(j->comments.size())), c);
                for (const auto &[i, v] : r.votes)
                    j->votes.insert(std::min(i, int(j->votes.size())), v);
                j->metricValues.append(r.values);
                noteRemoval(journey, r, &ChangeSet::added);
            });
}

} // namespace waymark
