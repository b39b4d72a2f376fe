#include "standardmetrics.h"

#include <QCoreApplication>

namespace waymark {

namespace {

// The names keep the "Templates" context they were translated under.
QString tr(const char *text)
{
    return QCoreApplication::translate("Templates", text);
}

} // namespace

Workspace standardMetrics()
{
    Workspace ws;
    MetricDef nps{QStringLiteral("nps"),
                  tr("NPS"),
                  MetricKind::Nps,
                  Formula::Nps,
                  {},
                  0.0,
                  10.0,
                  true,
                  30.0,
                  0.0};
    MetricDef csat{QStringLiteral("csat"),
                   tr("CSAT"),
                   MetricKind::Csat,
                   Formula::Top2,
                   QStringLiteral("%"),
                   1.0,
                   5.0,
                   true,
                   80.0,
                   60.0};
    MetricDef ces{QStringLiteral("ces"),
                  tr("CES"),
                  MetricKind::Ces,
                  Formula::Mean,
                  {},
                  1.0,
                  7.0,
                  true,
                  5.5,
                  4.5};
    ws.metricDefs = {nps, csat, ces};
    return ws;
}

} // namespace waymark
