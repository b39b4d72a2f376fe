#pragma once

#include "layout/maplayout.h"
#include "model/workspace.h"
#include "render/labelplacer.h"
#include "render/mappainter.h"

#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

#include <memory>

namespace waymark {

// What MapCanvas draws: a snapshot of the workspace, the layout of one of
// its journeys and the painter of both, kept together because the painter
// refers to the other two. A scene is made whole (on the GUI thread, or on
// the worker that works out the exact layout after an edit of a big map)
// and never changed after; the canvas swaps scenes.
struct CanvasScene
{
    Workspace workspace;
    const Journey *journey = nullptr;
    MapLayout layout;
    std::unique_ptr<MapPainter> painter;
    // A provisional scene (MapLayout::provisional): the exact scene its
    // painter draws over, and the map areas where the two pictures differ.
    std::shared_ptr<const CanvasScene> base;
    QList<QRectF> patchAreas;
    QSet<QString> patchSteps, patchLinks; // named to patched()
    // An exact scene updated from another: the boxes of the labels the
    // placement changed (where they were and are).
    QList<QRectF> changedLabels;

    bool provisional() const { return base != nullptr; }

    // A scene of `journeyId` in `workspace`, its labels placed with
    // `placer` (kept from the scene before: only what the edit reaches is
    // placed again) or given as `labels`.
    static std::shared_ptr<CanvasScene> exact(const Workspace &workspace, const QString &journeyId,
                                              const MapLayout &layout, const RenderOptions &options,
                                              const std::shared_ptr<LinkLabelPlacer> &placer);
    static std::shared_ptr<CanvasScene> exact(const Workspace &workspace, const QString &journeyId,
                                              const MapLayout &layout, const RenderOptions &options,
                                              const QHash<QString, PlacedLabel> &labels);
    // The provisional scene of `layout` (MapLayout::provisional() of
    // base's layout): base's picture with the cards and links that moved
    // or that `steps` and `links` name drawn anew.
    static std::shared_ptr<CanvasScene> patched(const std::shared_ptr<const CanvasScene> &base,
                                                const Workspace &workspace,
                                                const QString &journeyId, const MapLayout &layout,
                                                const QSet<QString> &steps,
                                                const QSet<QString> &links);
    // The same scene in another style (its labels kept).
    std::shared_ptr<CanvasScene> restyled(const RenderOptions &options) const;
};

} // namespace waymark
