#pragma once

#include "documentcontroller.h"
#include "documentfollower.h"

#include "events/observed.h"
#include "layout/maplayout.h"
#include "model/journey.h"
#include "render/observedpainter.h"

#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace waymark {

// What the journey's event data says, over the map (issue 13): an item laid
// on the MapCanvas that draws ObservedPainter at the canvas's zoom and
// offset, and the facts the observed panel lists (summary, deviations,
// variants). Its two edits are one undo step each: a click on a ghost link
// adds a real link, and *Use observed shares* writes the shares onto links.
class ObservedOverlay : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    Q_PROPERTY(QQuickItem *canvas READ canvas WRITE setCanvas NOTIFY canvasChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int variant READ variant WRITE setVariant NOTIFY variantChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY dataChanged)
    Q_PROPERTY(QVariantList deviations READ deviations NOTIFY dataChanged)
    Q_PROPERTY(QVariantList variants READ variants NOTIFY dataChanged)
    Q_PROPERTY(int ghostCount READ ghostCount NOTIFY dataChanged)
    // The most frequent activities that name no step ({activity, events}),
    // and the unmatched events the list leaves out.
    Q_PROPERTY(QVariantList unmatched READ unmatched NOTIFY dataChanged)
    Q_PROPERTY(qint64 unmatchedMore READ unmatchedMore NOTIFY dataChanged)
    // The segment column imported (empty: none) and its values ({value,
    // cases, reachedGoal, conformant}), most cases first.
    Q_PROPERTY(QString segmentColumn READ segmentColumn NOTIFY dataChanged)
    Q_PROPERTY(QVariantList segments READ segments NOTIFY dataChanged)

public:
    explicit ObservedOverlay(QQuickItem *parent = nullptr);

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);
    QQuickItem *canvas() const { return m_canvas; }
    void setCanvas(QQuickItem *canvas);
    bool active() const { return m_active; }
    void setActive(bool active);
    int variant() const { return m_variant; }
    void setVariant(int variant);
    bool dark() const { return m_dark; }
    void setDark(bool dark);

    bool hasData() const { return m_observed.has_value(); }
    QVariantMap summary() const;
    QVariantList deviations() const;
    QVariantList variants() const;
    int ghostCount() const;
    QVariantList unmatched() const;
    qint64 unmatchedMore() const;
    QString segmentColumn() const;
    QVariantList segments() const;

    // The ghost link (unplanned transition) under a point of this item, -1 when none.
    Q_INVOKABLE int ghostAt(qreal x, qreal y) const;
    // Where ghost `index` shows its count (a point of this item on its route).
    Q_INVOKABLE QPointF ghostPoint(int index) const;
    // What ghost `index` means, with the step titles, for its tooltip.
    Q_INVOKABLE QString ghostText(int index) const;
    // The step whose badge is under a point of this item, empty when none
    // (or the overlay is off).
    Q_INVOKABLE QString stepBadgeAt(qreal x, qreal y) const;
    // The middle of a step's badge (a point of this item).
    Q_INVOKABLE QPointF stepBadgePoint(const QString &stepId) const;
    // A step badge's tooltip: visits, cases and, with a channel column, the
    // channel mix.
    Q_INVOKABLE QString stepText(const QString &stepId) const;
    // Adds a flow link for ghost `index`: one undo step.
    Q_INVOKABLE bool addLinkForGhost(int index);
    // Writes the observed shares onto the planned links: one undo step.
    Q_INVOKABLE bool useObservedShares();

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void canvasChanged();
    void activeChanged();
    void variantChanged();
    void darkChanged();
    void dataChanged();

private:
    void reload();
    QPointF toMap(qreal x, qreal y) const;
    QPointF toView(QPointF at) const;

    // Every change set reloads: the observed behaviour (ItemKind::Observed)
    // and the planned map it is compared with may both have changed.
    DocumentFollower m_follow{this, [this](const ChangeSet &) {
                                  reload();
                              }};
    QPointer<QQuickItem> m_canvas;
    QString m_journeyId;
    bool m_active = false;
    int m_variant = -1;
    bool m_dark = false;
    std::optional<ObservedJourney> m_observed;
    // What the painter draws from, kept from one change to the next: the
    // ghost routes are worked out once, not at every frame or pointer move.
    Journey m_journey;
    MapLayout m_layout;
    std::unique_ptr<ObservedPainter> m_painter;
};

} // namespace waymark
