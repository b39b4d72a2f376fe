#include "observedoverlay.h"

#include "commands/observedcommands.h"
#include "commands/stepcommands.h"
#include "document/document.h"
#include "render/observedpainter.h"

#include <QPainter>

#include <climits>

namespace waymark {

ObservedOverlay::ObservedOverlay(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void ObservedOverlay::setDocument(DocumentController *document)
{
    if (m_follow.follow(document)) // reloads
        Q_EMIT documentChanged();
}

void ObservedOverlay::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    m_variant = -1;
    Q_EMIT journeyIdChanged();
    reload();
}

void ObservedOverlay::setCanvas(QQuickItem *canvas)
{
    if (m_canvas == canvas)
        return;
    if (m_canvas)
        disconnect(m_canvas, nullptr, this, nullptr);
    m_canvas = canvas;
    if (m_canvas) {
        // The canvas's view signals: repaint at its new zoom and offset.
        connect(m_canvas, SIGNAL(viewChanged()), this, SLOT(update()));
        connect(m_canvas, SIGNAL(layoutChanged()), this, SLOT(update()));
    }
    Q_EMIT canvasChanged();
    update();
}

void ObservedOverlay::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    update();
}

void ObservedOverlay::setVariant(int variant)
{
    if (m_variant == variant)
        return;
    m_variant = variant;
    Q_EMIT variantChanged();
    update();
}

void ObservedOverlay::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
    update();
}

void ObservedOverlay::reload()
{
    Document *doc = m_follow.document();
    const Journey *journey = doc ? doc->journey(m_journeyId) : nullptr;
    m_observed = journey ? doc->observed(m_journeyId) : std::nullopt;
    m_painter.reset();
    if (m_observed) {
        refreshPlanned(&*m_observed, *journey);
        m_journey = *journey;
        m_layout = MapLayout::compute(m_journey);
        m_painter = std::make_unique<ObservedPainter>(m_journey, m_layout, *m_observed);
    }
    if (m_observed && m_variant >= m_observed->variants.size())
        setVariant(-1);
    Q_EMIT dataChanged();
    update();
}

QVariantMap ObservedOverlay::summary() const
{
    if (!m_observed)
        return {};
    const ObservedJourney &o = *m_observed;
    return {{QStringLiteral("source"), o.source},
            {QStringLiteral("importedAt"), o.importedAt.toLocalTime().toString(Qt::ISODate)},
            {QStringLiteral("cases"), o.cases},
            {QStringLiteral("events"), o.events},
            {QStringLiteral("unmatchedEvents"), o.unmatchedEvents},
            {QStringLiteral("reachedGoal"), o.reachedGoal},
            {QStringLiteral("conformant"), o.conformant},
            {QStringLiteral("variantCount"), o.variantCount}};
}

QVariantList ObservedOverlay::deviations() const
{
    if (!m_observed)
        return {};
    const ObservedDeviations &d = m_observed->deviations;
    auto item = [](const QString &name, qint64 cases, const QString &help) {
        return QVariantMap{{QStringLiteral("name"), name},
                           {QStringLiteral("cases"), cases},
                           {QStringLiteral("help"), help}};
    };
    return {item(tr("Skipped steps"), d.skipped, tr("jumped ahead of the plan")),
            item(tr("Went back"), d.backtrack, tr("returned to an earlier step")),
            item(tr("Ad hoc"), d.adHoc, tr("moved where the plan never leads")),
            item(tr("Repeated"), d.repeated, tr("the same step twice in a row")),
            item(tr("Incomplete"), d.incomplete, tr("ended away from a goal"))};
}

QVariantList ObservedOverlay::variants() const
{
    QVariantList out;
    if (!m_observed)
        return out;
    const Document *doc = m_follow.document();
    const Journey *journey = doc ? doc->journey(m_journeyId) : nullptr;
    for (const ObservedVariant &v : m_observed->variants) {
        QStringList titles;
        for (const QString &id : v.steps) {
            const Step *s = journey ? journey->step(id) : nullptr;
            titles.append(s && !s->title.isEmpty() ? s->title : id);
        }
        out.append(QVariantMap{{QStringLiteral("path"), titles.join(QStringLiteral(" \u2192 "))},
                               {QStringLiteral("steps"), v.steps},
                               {QStringLiteral("cases"), v.cases},
                               {QStringLiteral("conformant"), v.conformant}});
    }
    return out;
}

namespace {
// As many as the panel has room for; the rest is "and N more".
constexpr qsizetype kShownUnmatched = 5;
} // namespace

QVariantList ObservedOverlay::unmatched() const
{
    QVariantList out;
    if (!m_observed)
        return out;
    for (const UnmatchedActivity &u :
         m_observed->unmatched.first(std::min(kShownUnmatched, m_observed->unmatched.size()))) {
        out.append(QVariantMap{{QStringLiteral("activity"), u.activity},
                               {QStringLiteral("events"), u.events}});
    }
    return out;
}

qint64 ObservedOverlay::unmatchedMore() const
{
    if (!m_observed)
        return 0;
    qint64 shown = 0;
    for (qsizetype i = 0; i < std::min(kShownUnmatched, m_observed->unmatched.size()); ++i)
        shown += m_observed->unmatched[i].events;
    return std::max<qint64>(0, m_observed->unmatchedEvents - shown);
}

QString ObservedOverlay::segmentColumn() const
{
    return m_observed ? m_observed->segmentColumn : QString();
}

QVariantList ObservedOverlay::segments() const
{
    QVariantList out;
    if (!m_observed)
        return out;
    for (const ObservedSegment &g : m_observed->segments) {
        out.append(QVariantMap{{QStringLiteral("value"), g.value},
                               {QStringLiteral("cases"), g.cases},
                               {QStringLiteral("reachedGoal"), g.reachedGoal},
                               {QStringLiteral("conformant"), g.conformant}});
    }
    return out;
}

QString ObservedOverlay::stepBadgeAt(qreal x, qreal y) const
{
    if (!m_active || !m_painter)
        return {};
    return m_painter->stepBadgeAt(toMap(x, y));
}

QPointF ObservedOverlay::stepBadgePoint(const QString &stepId) const
{
    if (!m_painter)
        return {};
    return toView(m_painter->stepBadgeRect(stepId).center());
}

QString ObservedOverlay::stepText(const QString &stepId) const
{
    const Document *doc = m_follow.document();
    const Journey *journey = doc ? doc->journey(m_journeyId) : nullptr;
    const ObservedStep *s = m_observed ? m_observed->step(stepId) : nullptr;
    if (!s || !journey)
        return {};
    const Step *step = journey->step(stepId);
    //: A step badge's tooltip: %1 is the step's title, then "12 visits", "10 cases".
    QString text = tr("“%1”: %2 by %3.")
                           .arg(step && !step->title.isEmpty() ? step->title : stepId,
                                countedText("waymark::ObservedOverlay",
                                            QT_TRANSLATE_N_NOOP("waymark::ObservedOverlay",
                                                                "%n visit(s)"),
                                            s->visits),
                                countedText("waymark::ObservedOverlay",
                                            QT_TRANSLATE_N_NOOP("waymark::ObservedOverlay",
                                                                "%n case(s)"),
                                            s->cases));
    if (m_observed->channelColumn.isEmpty())
        return text;
    QStringList mix;
    qint64 counted = 0;
    for (const ObservedChannel &c : s->channels) {
        counted += c.visits;
        //: One channel of a step's channel mix: name, visits, share of the step's visits.
        mix.append(tr("%1 %2 (%3%)")
                           .arg(c.value.simplified().left(40), QString::number(c.visits),
                                QString::number(qRound(100.0 * double(c.visits)
                                                       / double(std::max<qint64>(s->visits, 1))))));
    }
    if (counted < s->visits)
        mix.append(tr("no channel %1").arg(s->visits - counted));
    //: %1 is the channel column's name, %2 the list of channels with their visits.
    return text + u'\n' + tr("Channels (“%1”): %2").arg(m_observed->channelColumn, mix.join(u", "));
}

int ObservedOverlay::ghostCount() const
{
    int n = 0;
    if (m_observed) {
        for (const ObservedTransition &t : m_observed->transitions)
            n += !t.planned;
    }
    return n;
}

// A map point where the canvas shows it (the canvas knows its zoom and pan).
QPointF ObservedOverlay::toView(QPointF at) const
{
    if (!m_canvas)
        return at;
    QPointF out;
    QMetaObject::invokeMethod(m_canvas, "mapToView", Q_RETURN_ARG(QPointF, out),
                              Q_ARG(qreal, at.x()), Q_ARG(qreal, at.y()));
    return out;
}

QPointF ObservedOverlay::toMap(qreal x, qreal y) const
{
    if (!m_canvas)
        return {x, y};
    QPointF out;
    QMetaObject::invokeMethod(m_canvas, "viewToMap", Q_RETURN_ARG(QPointF, out), Q_ARG(qreal, x),
                              Q_ARG(qreal, y));
    return out;
}

int ObservedOverlay::ghostAt(qreal x, qreal y) const
{
    if (!m_active || !m_painter)
        return -1;
    const qreal zoom = m_canvas ? m_canvas->property("zoom").toReal() : 1.0;
    return m_painter->ghostAt(toMap(x, y), 6.0 / std::max(zoom, 0.05));
}

QPointF ObservedOverlay::ghostPoint(int index) const
{
    if (!m_painter)
        return {};
    return toView(m_painter->ghostBadgeAt(index));
}

QString ObservedOverlay::ghostText(int index) const
{
    const Document *doc = m_follow.document();
    const Journey *journey = doc ? doc->journey(m_journeyId) : nullptr;
    if (!m_observed || !journey || index < 0 || index >= m_observed->transitions.size())
        return {};
    const ObservedTransition &t = m_observed->transitions[index];
    const auto title = [journey](const QString &id) {
        const Step *s = journey->step(id);
        return s && !s->title.isEmpty() ? s->title : id;
    };
    //: A ghost link's tooltip; %2 and %3 are step titles.
    return tr("Not on the map: %n customer(s) went from “%2” to “%3”. Click to "
              "add this link.",
              nullptr, int(std::min<qint64>(t.cases, INT_MAX)))
            .arg(title(t.from), title(t.to));
}

bool ObservedOverlay::addLinkForGhost(int index)
{
    DocumentController *controller = m_follow.controller();
    if (!m_follow.document() || !m_observed || index < 0 || index >= m_observed->transitions.size()
        || m_observed->transitions[index].planned)
        return false;
    const ObservedTransition t = m_observed->transitions[index];
    return controller->run(
            makeConnectCommand(m_follow.document(), m_journeyId, t.from, t.to, LinkKind::Flow));
}

bool ObservedOverlay::useObservedShares()
{
    DocumentController *controller = m_follow.controller();
    if (!m_follow.document() || !m_observed)
        return false;
    auto *command = new UseObservedSharesCommand(m_follow.document(), m_journeyId);
    if (command->linkCount() == 0) {
        delete command;
        controller->reportError(tr("The links already have the observed shares."));
        return false;
    }
    return controller->run(command);
}

void ObservedOverlay::paint(QPainter *painter)
{
    if (!m_active || !m_painter)
        return;
    const qreal zoom = m_canvas ? m_canvas->property("zoom").toReal() : 1.0;
    const QPointF offset = m_canvas ? QPointF(m_canvas->property("offsetX").toReal(),
                                              m_canvas->property("offsetY").toReal())
                                    : QPointF();
    painter->scale(zoom, zoom);
    painter->translate(-offset);
    ObservedPainter::Options options;
    options.variant = m_variant;
    options.dark = m_dark;
    m_painter->setOptions(options);
    m_painter->paint(painter, QRectF(offset, QSizeF(width(), height()) / std::max(zoom, 0.05)));
}

} // namespace waymark
