#include "analysiscontroller.h"

#include "document/document.h"
#include "graph/analysis.h"
#include "graph/compare.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString titleOf(const Journey &j, const QString &id)
{
    const Step *s = j.step(id);
    return s ? s->title : id;
}

QVariantMap finding(const QString &kind, const QString &text, const QStringList &steps,
                    const QStringList &links = {})
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("text"), text},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("links"), links}};
}

QVariant optionalShare(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// The analysis as the panel shows it.
struct Presented
{
    QVariantList findings;
    QVariantList paths;
    QVariantMap summary;
    QVariantMap dropOff;
    QVariantList importance;
};

Presented present(const Journey &j, const JourneyAnalysis &a)
{
    Presented out;
    const auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("Analysis", text, nullptr, n);
    };
    for (const QString &id : a.unreachable)
        out.findings.append(finding(QStringLiteral("unreachable"),
                                    tr("No entry leads to “%1”").arg(titleOf(j, id)), {id}));
    for (const QString &id : a.deadEnds)
        out.findings.append(finding(QStringLiteral("deadEnd"),
                                    tr("Customers stop at “%1”: a dead end").arg(titleOf(j, id)),
                                    {id}));
    for (const QStringList &cycle : a.cycles) {
        QStringList titles;
        for (const QString &id : cycle)
            titles.append(titleOf(j, id));
        out.findings.append(finding(QStringLiteral("loop"),
                                    tr("Loop: %1").arg(titles.join(QStringLiteral(" → "))), cycle));
    }
    for (const QString &id : a.mustPass)
        out.findings.append(finding(QStringLiteral("mustPass"),
                                    tr("Every path passes “%1”").arg(titleOf(j, id)), {id}));
    // The steps where the most customers are lost, worst first.
    QList<StepFlow> losing;
    for (const StepFlow &f : a.flow) {
        if (f.lost > 0.005)
            losing.append(f);
        out.dropOff.insert(f.step, f.dropOff);
    }
    std::sort(losing.begin(), losing.end(),
              [](const StepFlow &x, const StepFlow &y) { return x.lost > y.lost; });
    for (int i = 0; i < std::min(5, int(losing.size())); ++i) {
        out.findings.append(finding(QStringLiteral("lost"),
                                    tr("%1 % of customers are lost at “%2”")
                                            .arg(qRound(losing[i].lost * 1000) / 10.0)
                                            .arg(titleOf(j, losing[i].step)),
                                    {losing[i].step}));
    }
    for (const JourneyPath &p : a.paths) {
        QStringList links;
        for (const QStringList &hop : p.links)
            links.append(hop);
        QStringList titles;
        for (const QString &id : p.steps)
            titles.append(titleOf(j, id));
        out.paths.append(QVariantMap{{QStringLiteral("steps"), p.steps},
                                     {QStringLiteral("links"), links},
                                     {QStringLiteral("titles"), titles.join(QStringLiteral(" → "))},
                                     {QStringLiteral("share"), p.share},
                                     {QStringLiteral("handoffs"), p.handoffs},
                                     {QStringLiteral("channelSwitches"), p.channelSwitches}});
    }
    for (const StepImportance &s : a.importance) {
        if (out.importance.size() >= 10)
            break;
        out.importance.append(QVariantMap{{QStringLiteral("step"), s.step},
                                          {QStringLiteral("title"), titleOf(j, s.step)},
                                          {QStringLiteral("score"), s.score},
                                          {QStringLiteral("lost"), s.lost},
                                          {QStringLiteral("badness"), s.badness},
                                          {QStringLiteral("hasMetrics"), s.hasMetrics}});
    }
    out.summary = {{QStringLiteral("goalShare"), optionalShare(a.goalShare)},
                   {QStringLiteral("pathCount"), a.pathCount},
                   {QStringLiteral("pathCountExact"), a.pathCountExact},
                   {QStringLiteral("handoffs"), a.handoffs},
                   {QStringLiteral("channelSwitches"), a.channelSwitches},
                   {QStringLiteral("entries"), a.entries},
                   {QStringLiteral("goals"), a.goals},
                   {QStringLiteral("cancelled"), a.cancelled}};
    return out;
}

} // namespace

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
    , m_follow(this, [this](const ChangeSet &change) { onChange(change); })
{
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::start);
}

AnalysisController::~AnalysisController()
{
    // The worker posts its result to this object: let it finish first.
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void AnalysisController::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

// The analysis reads the journey's cards, links, lanes and stages, its metric
// values and the metric definitions: anything else (personas, comments,
// votes, other journeys) leaves it as it is.
void AnalysisController::onChange(const ChangeSet &change)
{
    const ItemKind kinds[] = {ItemKind::Step,  ItemKind::Link,         ItemKind::Lane,
                              ItemKind::Stage, ItemKind::MetricValues, ItemKind::Journey};
    bool concerned = change.reset || change.touches(ItemKind::MetricDef);
    for (ItemKind kind : kinds)
        concerned = concerned || change.touches(kind, m_journeyId);
    if (concerned)
        schedule();
}

void AnalysisController::setJourneyId(const QString &id)
{
    if (id == m_journeyId)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
    if (m_active)
        refresh();
}

void AnalysisController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active)
        refresh();
    else
        cancel();
}

void AnalysisController::schedule()
{
    if (m_active)
        m_debounce.start();
}

void AnalysisController::refresh()
{
    m_debounce.stop();
    start();
}

void AnalysisController::cancel()
{
    m_debounce.stop();
    if (m_cancel)
        m_cancel->store(true);
}

void AnalysisController::start()
{
    Document *doc = m_follow.document();
    const int index = doc ? doc->workspace().journeyIndex(m_journeyId) : -1;
    if (index < 0) {
        m_findings.clear();
        m_paths.clear();
        m_summary.clear();
        m_dropOff.clear();
        m_importance.clear();
        Q_EMIT resultChanged();
        return;
    }
    if (m_cancel)
        m_cancel->store(true); // the older run's result would be stale
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    // Copies: the worker never touches the document.
    const Journey journey = doc->workspace().journeys[index];
    const QList<MetricDef> defs = doc->workspace().metricDefs;
    const auto cancelFlag = m_cancel;
    m_running = true;
    m_progress = 0;
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    m_pool.start([this, journey, defs, cancelFlag, generation] {
        AnalysisOptions options;
        options.cancel = cancelFlag.get();
        options.progress = [this, generation](int percent) {
            QMetaObject::invokeMethod(this, [this, generation, percent] {
                if (generation != m_generation)
                    return;
                m_progress = percent;
                Q_EMIT progressChanged();
            });
        };
        const JourneyAnalysis analysis = analyzeJourney(journey, defs, options);
        Presented shown = present(journey, analysis);
        QMetaObject::invokeMethod(this, [this, generation, shown = std::move(shown), analysis] {
            if (generation != m_generation)
                return; // a newer run is on its way
            m_running = false;
            Q_EMIT runningChanged();
            if (analysis.cancelled)
                return;
            m_findings = shown.findings;
            m_paths = shown.paths;
            m_summary = shown.summary;
            m_dropOff = shown.dropOff;
            m_importance = shown.importance;
            m_progress = 100;
            Q_EMIT progressChanged();
            Q_EMIT resultChanged();
        });
    });
}

QVariantMap AnalysisController::whatIf(const QVariantMap &linkShares,
                                       const QVariantMap &dropOffs) const
{
    Document *doc = m_follow.document();
    const Journey *j = doc ? doc->journey(m_journeyId) : nullptr;
    if (!j)
        return {};
    WhatIf changes;
    for (auto it = linkShares.cbegin(); it != linkShares.cend(); ++it)
        changes.linkShares.insert(it.key(), std::clamp(it.value().toDouble(), 0.0, 1.0));
    for (auto it = dropOffs.cbegin(); it != dropOffs.cend(); ++it)
        changes.dropOffs.insert(it.key(), std::clamp(it.value().toDouble(), 0.0, 1.0));
    const WhatIfResult r = waymark::whatIf(*j, doc->workspace().metricDefs, changes);
    return {{QStringLiteral("before"), optionalShare(r.before)},
            {QStringLiteral("after"), optionalShare(r.after)}};
}

QVariantMap AnalysisController::compare(const QString &currentId, const QString &futureId) const
{
    Document *doc = m_follow.document();
    const Journey *current = doc ? doc->journey(currentId) : nullptr;
    const Journey *future = doc ? doc->journey(futureId) : nullptr;
    if (!current || !future)
        return {};
    const JourneyComparison c = compareJourneys(*current, *future, doc->workspace().metricDefs);
    const auto figures = [](const StateFigures &f) {
        return QVariantMap{{QStringLiteral("name"), f.name},
                           {QStringLiteral("steps"), f.steps},
                           {QStringLiteral("handoffs"), f.handoffs},
                           {QStringLiteral("channelSwitches"), f.channelSwitches},
                           {QStringLiteral("goalShare"), optionalShare(f.goalShare)}};
    };
    QVariantList added, removed, changed;
    for (const QString &id : c.added)
        added.append(titleOf(*future, id));
    for (const QString &id : c.removed)
        removed.append(titleOf(*current, id));
    for (const StepChange &s : c.changed) {
        changed.append(
                QVariantMap{{QStringLiteral("title"), titleOf(*future, s.future)},
                            {QStringLiteral("fields"), s.fields.join(QStringLiteral(", "))}});
    }
    return {{QStringLiteral("current"), figures(c.current)},
            {QStringLiteral("future"), figures(c.future)},
            {QStringLiteral("added"), added},
            {QStringLiteral("removed"), removed},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unchanged"), c.unchanged}};
}

} // namespace waymark
