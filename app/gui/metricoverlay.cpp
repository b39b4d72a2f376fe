#include "metricoverlay.h"

#include "metricimporttext.h"

#include "commands/workspacecommands.h"
#include "document/document.h"
#include "layout/mapstyle.h"
#include "metrics/summary.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace waymark {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

// A typed-in target: "" is none; a comma decimal is read too.
bool parseTarget(const QString &text, std::optional<double> *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QString(t).replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

} // namespace

MetricOverlay::MetricOverlay(QObject *parent)
    : QObject(parent)
    , m_follow(this, [this](const ChangeSet &change) { onChange(change); })
{}

void MetricOverlay::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

// Definitions, or the values of the journey shown (hasValues, hasPeriods).
void MetricOverlay::onChange(const ChangeSet &change)
{
    if (change.reset || change.touches(ItemKind::MetricDef)
        || change.touches(ItemKind::MetricValues, m_journeyId) || change.touches(ItemKind::Journey))
        refresh();
}

void MetricOverlay::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
    refresh();
}

void MetricOverlay::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    Q_EMIT colorsChanged();
}

QVariantList MetricOverlay::formulaOptions() const
{
    return formulaChoices();
}

QColor MetricOverlay::goodColor() const
{
    return MapStyle{m_dark}.metricGood();
}

QColor MetricOverlay::watchColor() const
{
    return MapStyle{m_dark}.metricWatch();
}

QColor MetricOverlay::badColor() const
{
    return MapStyle{m_dark}.metricBad();
}

QColor MetricOverlay::neutralColor() const
{
    return MapStyle{m_dark}.metricNeutral();
}

int MetricOverlay::smallSample() const
{
    return int(kSmallSample);
}

void MetricOverlay::refresh()
{
    QVariantList list;
    const Document *doc = m_follow.document();
    if (doc) {
        const Workspace &ws = doc->workspace();
        const Journey *journey = ws.journey(m_journeyId);
        QSet<QString> withValues, withPeriods;
        if (journey) {
            for (const MetricValue &v : journey->metricValues) {
                withValues.insert(v.metric);
                if (!v.period.isEmpty())
                    withPeriods.insert(v.metric);
            }
        }
        for (const MetricDef &d : ws.metricDefs) {
            list.append(QVariantMap{
                    {QStringLiteral("id"), d.id},
                    {QStringLiteral("name"), d.name},
                    {QStringLiteral("unit"), d.unit},
                    {QStringLiteral("formula"), enumName(d.formula)},
                    {QStringLiteral("formulaText"), displayName(d.formula)},
                    {QStringLiteral("green"), d.green ? QVariant(*d.green) : QVariant()},
                    {QStringLiteral("amber"), d.amber ? QVariant(*d.amber) : QVariant()},
                    {QStringLiteral("greenText"), d.green ? number(*d.green) : QString()},
                    {QStringLiteral("amberText"), d.amber ? number(*d.amber) : QString()},
                    {QStringLiteral("higherIsBetter"), d.higherIsBetter},
                    {QStringLiteral("hasValues"), withValues.contains(d.id)},
                    {QStringLiteral("hasPeriods"), withPeriods.contains(d.id)},
            });
        }
    }
    if (list != m_metrics) {
        m_metrics = list;
        Q_EMIT metricsChanged();
    }
}

QVariantMap MetricOverlay::metric(const QString &id) const
{
    for (const QVariant &m : m_metrics) {
        const QVariantMap map = m.toMap();
        if (map.value(QStringLiteral("id")).toString() == id)
            return map;
    }
    return {};
}

QVariantList MetricOverlay::legend(const QString &id) const
{
    const Document *doc = m_follow.document();
    const MetricDef *d = doc ? doc->workspace().metricDef(id) : nullptr;
    if (!d)
        return {};
    const auto band = [](const QColor &color, const QString &text) {
        return QVariantMap{{QStringLiteral("color"), color}, {QStringLiteral("text"), text}};
    };
    if (!d->green || !d->amber)
        return {band(neutralColor(), tr("no targets set"))};
    const QString g = number(*d->green), a = number(*d->amber);
    if (d->higherIsBetter) {
        return {band(goodColor(), tr("≥ %1 good").arg(g)),
                band(watchColor(), tr("%1 to %2 watch").arg(a, g)),
                band(badColor(), tr("< %1 act").arg(a))};
    }
    return {band(goodColor(), tr("≤ %1 good").arg(g)),
            band(watchColor(), tr("%1 to %2 watch").arg(g, a)),
            band(badColor(), tr("> %1 act").arg(a))};
}

bool MetricOverlay::setTargets(const QString &id, const QString &green, const QString &amber,
                               bool higherIsBetter, const QString &formula)
{
    Document *doc = m_follow.document();
    const MetricDef *current = doc ? doc->workspace().metricDef(id) : nullptr;
    if (!current)
        return false;
    MetricDef def = *current;
    if (!parseTarget(green, &def.green)) {
        document()->reportError(tr("The green target “%1” is not a number.").arg(green));
        return false;
    }
    if (!parseTarget(amber, &def.amber)) {
        document()->reportError(tr("The amber target “%1” is not a number.").arg(amber));
        return false;
    }
    if (def.green && def.amber
        && (higherIsBetter ? *def.green < *def.amber : *def.green > *def.amber)) {
        document()->reportError(higherIsBetter
                                        ? tr("The green target must not be below the amber one.")
                                        : tr("The green target must not be above the amber one."));
        return false;
    }
    def.higherIsBetter = higherIsBetter;
    if (const auto f = enumFromName<Formula>(formula))
        def.formula = *f;
    if (def == *current)
        return true;
    return document()->run(new ChangeMetricDefCommand(doc, def));
}

} // namespace waymark
