#include "mapcanvasscene.h"

#include "layout/layoutdiff.h"

namespace waymark {

namespace {

const Journey *journeyById(const Workspace &workspace, const QString &id)
{
    for (const Journey &j : workspace.journeys) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

std::shared_ptr<CanvasScene> shell(const Workspace &workspace, const QString &journeyId,
                                   const MapLayout &layout)
{
    auto scene = std::make_shared<CanvasScene>();
    scene->workspace = workspace;
    scene->journey = journeyById(scene->workspace, journeyId);
    scene->layout = layout;
    return scene;
}

} // namespace

std::shared_ptr<CanvasScene> CanvasScene::exact(const Workspace &workspace,
                                                const QString &journeyId, const MapLayout &layout,
                                                const RenderOptions &options,
                                                const std::shared_ptr<LinkLabelPlacer> &placer)
{
    auto scene = shell(workspace, journeyId, layout);
    if (scene->journey) {
        scene->painter = std::make_unique<MapPainter>(scene->workspace, *scene->journey,
                                                      scene->layout, options, placer);
        // With the label's frame and its antialiased edge.
        for (const QRectF &box : placer->changedBoxes())
            scene->changedLabels.append(box.adjusted(-2, -2, 2, 2));
    }
    return scene;
}

std::shared_ptr<CanvasScene> CanvasScene::exact(const Workspace &workspace,
                                                const QString &journeyId, const MapLayout &layout,
                                                const RenderOptions &options,
                                                const QHash<QString, PlacedLabel> &labels)
{
    auto scene = shell(workspace, journeyId, layout);
    if (scene->journey)
        scene->painter = std::make_unique<MapPainter>(scene->workspace, *scene->journey,
                                                      scene->layout, options, labels);
    return scene;
}

std::shared_ptr<CanvasScene> CanvasScene::patched(const std::shared_ptr<const CanvasScene> &base,
                                                  const Workspace &workspace,
                                                  const QString &journeyId, const MapLayout &layout,
                                                  const QSet<QString> &steps,
                                                  const QSet<QString> &links)
{
    auto scene = shell(workspace, journeyId, layout);
    scene->base = base;
    scene->patchSteps = steps;
    scene->patchLinks = links;
    if (!scene->journey || !base->painter)
        return scene;
    scene->painter = std::make_unique<MapPainter>(*base->painter, scene->workspace, *scene->journey,
                                                  scene->layout, steps, links);
    // Where this picture differs from the base's: what moved, the cards
    // and links named, and the labels left out.
    scene->patchAreas = diffLayouts(base->layout, scene->layout).areas;
    for (const QString &id : steps) {
        for (const MapLayout *l : {&base->layout, &std::as_const(scene->layout)}) {
            if (const MapLayout::Card *c = l->card(id))
                scene->patchAreas.append(cardArea(c->rect));
        }
    }
    const QHash<QString, PlacedLabel> &labels = base->painter->labels();
    const auto label = [&](const QString &id) {
        const auto it = labels.constFind(id);
        if (it != labels.cend())
            scene->patchAreas.append(it->box.adjusted(-2, -2, 2, 2));
    };
    for (const QString &id : links)
        label(id);
    for (const QString &id : layout.changedRoutes())
        label(id);
    return scene;
}

std::shared_ptr<CanvasScene> CanvasScene::restyled(const RenderOptions &options) const
{
    if (!journey || !painter)
        return shell(workspace, journey ? journey->id : QString(), layout);
    if (!base)
        return exact(workspace, journey->id, layout, options, painter->labels());
    return patched(base->restyled(options), workspace, journey->id, layout, patchSteps, patchLinks);
}

} // namespace waymark
