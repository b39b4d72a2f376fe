#include "mapcanvas.h"

#include "layout/layoutdiff.h"

#include <QThread>

// MapCanvas after an edit of a big map: the exact layout and labels worked
// out on a worker thread from the exact scene before (MapLayout::update and
// LinkLabelPlacer::update, 0.3-0.6 s at 50,000 steps), while the window
// shows a provisional one (reload()). One worker at a time: edits that come
// while it runs are taken up by the next one, which starts from its result.

namespace waymark {

struct MapCanvas::Job
{
    QThread *thread = nullptr;
    std::shared_ptr<CanvasScene> result;
    quint64 generation = 0;
    quint64 optionsSerial = 0;
};

void MapCanvas::forEachTouched(const ChangeSet &change, const Journey &now, const Journey *before,
                               const std::function<void(const QString &)> &step,
                               const std::function<void(const QString &)> &link) const
{
    for (const auto *list : {&change.added, &change.changed, &change.removed}) {
        for (const ChangeSet::Item &item : *list) {
            if (item.kind == ItemKind::Channel) {
                // A channel's name or icon is drawn on the cards that use it.
                for (const Step &s : now.steps) {
                    if (s.channel == item.id)
                        step(s.id);
                }
                continue;
            }
            if (item.journey != m_journeyId)
                continue;
            switch (item.kind) {
            case ItemKind::Step:
            case ItemKind::Vote:
            case ItemKind::MetricValues:
                step(item.id);
                break;
            case ItemKind::Comment:
                for (const Journey *j : {&now, before}) {
                    if (!j)
                        continue;
                    for (const Comment &c : j->comments) {
                        if (c.id == item.id)
                            step(c.step);
                    }
                }
                break;
            case ItemKind::Link:
                link(item.id);
                break;
            default:
                break;
            }
        }
    }
}

void MapCanvas::noteChange(const ChangeSet &change)
{
    // The cards and links whose look an edit changed in place: the
    // provisional picture draws them from the new journey.
    forEachTouched(
            change, *m_journey, m_exact->journey,
            [this](const QString &id) { m_patchSteps.insert(id); },
            [this](const QString &id) { m_patchLinks.insert(id); });
}

void MapCanvas::startExactUpdate()
{
    if (m_job) {
        m_again = true; // the running one's result is the next one's start
        return;
    }
    m_again = false;
    auto job = std::make_shared<Job>();
    job->generation = m_generation;
    job->optionsSerial = m_optionsSerial;
    // Copies: the workspace's lists are shared until the document changes
    // them; the exact scene before is never changed; the placement is the
    // worker's until it is done.
    job->thread = QThread::create([job = job.get(), base = m_exact, placer = m_placer,
                                   workspace = m_workspace, journeyId = m_journeyId,
                                   options = m_options] {
        for (const Journey &j : workspace.journeys) {
            if (j.id != journeyId)
                continue;
            const MapLayout layout = MapLayout::update(base->layout, j);
            job->result = CanvasScene::exact(workspace, journeyId, layout, options, placer);
        }
    });
    m_job = job;
    connect(job->thread, &QThread::finished, this, [this, weak = std::weak_ptr<Job>(job)] {
        if (const auto job = weak.lock(); job && job == m_job)
            finishExactUpdate(job, true);
    });
    job->thread->start();
    Q_EMIT settledChanged();
}

void MapCanvas::waitForExactUpdate()
{
    if (m_job)
        finishExactUpdate(m_job, false);
}

void MapCanvas::abandonExactUpdate()
{
    if (!m_job)
        return;
    m_job->thread->wait();
    delete m_job->thread;
    m_job.reset();
}

void MapCanvas::finishExactUpdate(const std::shared_ptr<Job> &job, bool show)
{
    job->thread->wait();
    job->thread->deleteLater();
    m_job.reset();
    std::shared_ptr<const CanvasScene> result = job->result;
    if (job->generation != m_generation || !result || !result->painter) {
        Q_EMIT settledChanged();
        return; // of a map no longer shown
    }
    if (job->optionsSerial != m_optionsSerial)
        result = result->restyled(m_options);
    // Where the new exact picture differs from the one before: the
    // layout's update and the labels' placement know.
    const LayoutDiff diff = diffLayouts(m_exact->layout, result->layout);
    QList<QRectF> areas = diff.sameGeometry ? diff.areas : QList<QRectF>{result->layout.bounds()};
    areas += result->changedLabels;
    m_exact = result;
    if (!show || m_again) {
        // Not drawn yet: edits came since (the next worker starts from it),
        // or the GUI thread goes on from it at once.
        m_sinceShown += areas;
        if (show)
            startExactUpdate();
        else
            m_again = false;
        Q_EMIT settledChanged();
        return;
    }
    QList<QRectF> dirty = std::move(areas);
    if (m_scene && m_scene->provisional())
        dirty += m_scene->patchAreas;
    dirty += m_sinceShown;
    showScene(m_exact, std::move(dirty), diff.sameGeometry);
}

void MapCanvas::showScene(const std::shared_ptr<const CanvasScene> &scene, QList<QRectF> dirty,
                          bool geometryKept)
{
    const bool sameGrid = geometryKept && m_layout.bounds() == scene->layout.bounds();
    m_sinceShown.clear();
    m_patchSteps.clear();
    m_patchLinks.clear();
    m_scene = scene;
    m_layout = scene->layout;
    if (sameGrid)
        invalidate(dirty, false);
    else
        invalidateAll();
    layoutReplaced();
}

} // namespace waymark
