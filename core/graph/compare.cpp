#include "compare.h"

#include "model/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace waymark {

namespace {

QString titleKey(const QString &title)
{
    return title.simplified().toCaseFolded();
}

// Index of each step of `b` matched to a step of `a`, -1 for none.
std::vector<int> matchSteps(const Journey &a, const Journey &b)
{
    std::vector<int> match(size_t(b.steps.size()), -1);
    std::vector<char> used(size_t(a.steps.size()), 0);
    auto uniqueKeys = [](const Journey &j) {
        QHash<QString, int> at;
        QSet<QString> twice;
        for (int i = 0; i < j.steps.size(); ++i) {
            const QString &key = j.steps[i].key;
            if (key.isEmpty())
                continue;
            if (at.contains(key))
                twice.insert(key);
            at.insert(key, i);
        }
        for (const QString &key : twice)
            at.remove(key);
        return at;
    };
    const QHash<QString, int> keysA = uniqueKeys(a), keysB = uniqueKeys(b);
    for (auto it = keysB.cbegin(); it != keysB.cend(); ++it) {
        const int i = keysA.value(it.key(), -1);
        if (i >= 0) {
            match[size_t(*it)] = i;
            used[size_t(i)] = 1;
        }
    }
    QHash<QString, QList<int>> byTitle; // unmatched steps of a, in order
    for (int i = 0; i < a.steps.size(); ++i) {
        if (!used[size_t(i)])
            byTitle[titleKey(a.steps[i].title)].append(i);
    }
    for (int k = 0; k < b.steps.size(); ++k) {
        if (match[size_t(k)] >= 0)
            continue;
        auto it = byTitle.find(titleKey(b.steps[k].title));
        if (it != byTitle.end() && !it->isEmpty())
            match[size_t(k)] = it->takeFirst();
    }
    return match;
}

QString stageName(const Journey &j, const QString &id)
{
    const Stage *s = j.stage(id);
    return s ? s->name : id;
}

QString laneName(const Journey &j, const QString &id)
{
    const Lane *l = j.lane(id);
    return l ? l->name : id;
}

// A step's outgoing links as comparable text, targets named on the future
// side: a matched target by its future id, an unmatched one by a mark that
// never equals an id on the other side.
QStringList outgoing(const Journey &j, const QString &stepId,
                     const std::function<QString(const QString &)> &target)
{
    QStringList out;
    for (const Link &l : j.links) {
        if (l.from != stepId)
            continue;
        out.append(QStringLiteral("%1|%2|%3")
                           .arg(target(l.to), enumName(l.kind),
                                l.share ? QString::number(*l.share, 'g', 12) : QString()));
    }
    out.sort();
    return out;
}

StateFigures figures(const Journey &j, const JourneyAnalysis &a)
{
    StateFigures f;
    f.id = j.id;
    f.name = j.name;
    f.steps = int(j.steps.size());
    f.handoffs = a.handoffs;
    f.channelSwitches = a.channelSwitches;
    f.goalShare = a.goalShare;
    if (!a.paths.isEmpty())
        f.typicalPath = a.paths.first();
    return f;
}

} // namespace

JourneyComparison compareJourneys(const Journey &current, const Journey &future,
                                  const QList<MetricDef> &metricDefs,
                                  const AnalysisOptions &options)
{
    JourneyComparison c;
    AnalysisOptions quick = options;
    quick.centrality = false; // not compared; the slow part
    quick.pathLimit = 1;
    const JourneyAnalysis before = analyzeJourney(current, metricDefs, quick);
    const JourneyAnalysis after = analyzeJourney(future, metricDefs, quick);
    if (before.cancelled || after.cancelled) {
        c.cancelled = true;
        return c;
    }
    c.current = figures(current, before);
    c.future = figures(future, after);

    const std::vector<int> match = matchSteps(current, future);
    QHash<QString, QString> futureOf; // current id -> future id
    std::vector<char> matched(size_t(current.steps.size()), 0);
    for (int k = 0; k < future.steps.size(); ++k) {
        if (match[size_t(k)] < 0) {
            c.added.append(future.steps[k].id);
            continue;
        }
        matched[size_t(match[size_t(k)])] = 1;
        futureOf.insert(current.steps[match[size_t(k)]].id, future.steps[k].id);
    }
    for (int i = 0; i < current.steps.size(); ++i) {
        if (!matched[size_t(i)])
            c.removed.append(current.steps[i].id);
    }
    const QSet<QString> addedIds(c.added.cbegin(), c.added.cend());
    for (int i = 0; i < current.steps.size(); ++i) {
        const Step &a = current.steps[i];
        const auto it = futureOf.constFind(a.id);
        if (it == futureOf.cend())
            continue;
        const Step &b = *future.step(*it);
        QStringList fields;
        auto check = [&](bool differs, const char16_t *name) {
            if (differs)
                fields.append(QString::fromUtf16(name));
        };
        check(a.title != b.title, u"title");
        check(a.description != b.description, u"description");
        check(a.kind != b.kind, u"kind");
        check(stageName(current, a.stage) != stageName(future, b.stage), u"stage");
        check(laneName(current, a.lane) != laneName(future, b.lane), u"lane");
        check(a.channel != b.channel, u"channel");
        check(a.owner != b.owner, u"owner");
        check(a.emotion != b.emotion, u"emotion");
        check(a.momentOfTruth != b.momentOfTruth, u"momentOfTruth");
        check(a.entry != b.entry, u"entry");
        check(a.goal != b.goal, u"goal");
        const QStringList linksBefore = outgoing(current, a.id, [&](const QString &to) {
            return futureOf.value(to, QStringLiteral("-") + to);
        });
        const QStringList linksAfter = outgoing(future, b.id, [&](const QString &to) {
            return addedIds.contains(to) ? QStringLiteral("+") + to : to;
        });
        check(linksBefore != linksAfter, u"links");
        if (fields.isEmpty())
            ++c.unchanged;
        else
            c.changed.append({a.id, b.id, fields});
    }
    return c;
}

} // namespace waymark
