#include "cardtips.h"

#include "document/document.h"
#include "layout/maplayout.h"
#include "model/workspace.h"
#include "render/mappainter.h"

#include <cmath>

namespace waymark {

CardTips::CardTips(QObject *parent)
    : QObject(parent)
{}

QVariantMap CardTips::tip(const QString &stepId) const
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    if (!doc || stepId.isEmpty())
        return {};
    const Workspace &ws = doc->workspace();
    const Journey *j = ws.journey(m_journeyId);
    const Step *s = j ? j->step(stepId) : nullptr;
    if (!s)
        return {};
    // A card's size follows from the card alone (the layout's rule), so
    // whether its title is cut does not depend on where it is: laying out
    // the whole map for a hover took 0.3 s at 50,000 steps, after every edit
    // while the pointer rested on a card.
    const bool placed = j->stage(s->stage) && j->lane(s->lane);
    const LayoutMetrics metrics;
    const QRectF card(0, 0, metrics.cardWidth, metrics.cardHeightFor(!s->picture.isEmpty()));
    const bool cut = placed && cardTitleIsCut(*s, card);

    QStringList lines{s->title};
    if (!s->description.isEmpty())
        lines.append(s->description);
    if (!s->owner.isEmpty())
        lines.append(tr("Owner: %1").arg(s->owner));
    for (const MetricValue &m : j->metricValues) {
        if (m.step != stepId || !m.period.isEmpty() || !m.segment.isEmpty())
            continue;
        const MetricDef *def = ws.metricDef(m.metric);
        const double value = def && def->formula == Formula::Mean ? std::round(m.value * 100) / 100
                                                                  : std::round(m.value);
        lines.append(tr("%1: %2 (n %3)")
                             .arg(def ? def->name : m.metric, QString::number(value))
                             .arg(m.n));
    }
    return {{QStringLiteral("cut"), cut}, {QStringLiteral("text"), lines.join(u'\n')}};
}

} // namespace waymark
