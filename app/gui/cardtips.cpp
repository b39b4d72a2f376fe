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
    const MapLayout layout = MapLayout::compute(*j);
    const MapLayout::Card *card = layout.card(stepId);
    const bool cut = card && cardTitleIsCut(*s, card->rect);

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
