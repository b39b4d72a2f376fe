#include "scalemap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace waymark::test {

namespace {

constexpr int kStages = 50;
constexpr int kLanes = 10;

} // namespace

QByteArray makeScaleJson(int steps, bool linkIds)
{
    QRandomGenerator rng(42);
    QJsonArray stages, lanes, stepArray, links;
    static const char *laneKinds[kLanes]
            = {"evidence",   "customer",  "touchpoints", "emotions",   "thoughts",
               "frontstage", "backstage", "support",     "painpoints", "opportunities"};
    for (int s = 0; s < kStages; ++s)
        stages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(s)},
                                  {QStringLiteral("name"), QStringLiteral("Stage %1").arg(s + 1)}});
    for (int l = 0; l < kLanes; ++l)
        lanes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("l%1").arg(l)},
                                 {QStringLiteral("name"), QStringLiteral("Lane %1").arg(l + 1)},
                                 {QStringLiteral("kind"), QLatin1String(laneKinds[l])}});
    for (int i = 0; i < steps; ++i) {
        // Reading order: stages left to right, so that links mostly go forward.
        const int stage = int(qint64(i) * kStages / steps);
        int lane = int(rng.bounded(kLanes));
        if (lane == 3)
            lane = 1; // the emotions lane holds no cards
        stepArray.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("st%1").arg(i)},
                {QStringLiteral("stage"), QStringLiteral("s%1").arg(stage)},
                {QStringLiteral("lane"), QStringLiteral("l%1").arg(lane)},
                {QStringLiteral("title"), QStringLiteral("Step %1 of the journey").arg(i)},
                {QStringLiteral("owner"), QStringLiteral("Team %1").arg(rng.bounded(12))},
                {QStringLiteral("emotion"), int(rng.bounded(5)) - 2}});
    }
    int n = 0;
    for (int i = 0; i < steps; ++i) {
        for (int k = 1; k <= 3; ++k) {
            const int to = (k == 3 && i > 10) ? i - int(rng.bounded(10)) - 1
                                              : std::min(steps - 1, i + int(rng.bounded(40)) + 1);
            if (to == i)
                continue;
            QJsonObject link{{QStringLiteral("from"), QStringLiteral("st%1").arg(i)},
                             {QStringLiteral("to"), QStringLiteral("st%1").arg(to)},
                             {QStringLiteral("share"), 0.3}};
            if (linkIds)
                link.insert(QStringLiteral("id"), QStringLiteral("ln%1").arg(n));
            ++n;
            links.append(link);
        }
    }
    QJsonObject journey{{QStringLiteral("id"), QStringLiteral("big")},
                        {QStringLiteral("name"), QStringLiteral("Scale test")},
                        {QStringLiteral("kind"), QStringLiteral("blueprint")},
                        {QStringLiteral("stages"), stages},
                        {QStringLiteral("lanes"), lanes},
                        {QStringLiteral("steps"), stepArray},
                        {QStringLiteral("links"), links}};
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("waymark")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("journeys"), QJsonArray{journey}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace waymark::test
