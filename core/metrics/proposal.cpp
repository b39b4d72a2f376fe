#include "proposal.h"

#include "answers.h"
#include "preview.h"
#include "textmatch.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

constexpr double kMinFit = 0.3;
constexpr double kLead = 0.1;
constexpr double kValuesFit = 0.8;

// What a standard metric's column looks like.
struct MetricHint
{
    const char16_t *id;
    MetricKind kind;
    double min;
    double max;
    QStringList stems; // found anywhere in the header text
    QStringList words; // whole words only ("ces" is not "process")
};

const QList<MetricHint> &metricHints()
{
    static const QList<MetricHint> hints{
            {u"nps",
             MetricKind::Nps,
             0,
             10,
             {QStringLiteral("recommend"), QStringLiteral("net promoter"),
              QStringLiteral("рекоменд"), QStringLiteral("推荐")},
             {QStringLiteral("nps")}},
            {u"csat",
             MetricKind::Csat,
             1,
             5,
             {QStringLiteral("satisf"), QStringLiteral("удовлетвор"), QStringLiteral("满意")},
             {QStringLiteral("csat")}},
            {u"ces",
             MetricKind::Ces,
             1,
             7,
             {QStringLiteral("effort"), QStringLiteral("easy"), QStringLiteral("easier"),
              QStringLiteral("difficult"), QStringLiteral("легко"), QStringLiteral("усили"),
              QStringLiteral("容易"), QStringLiteral("费力")},
             {QStringLiteral("ces")}},
    };
    return hints;
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// The header text of a column (name and question), match-keyed.
QString headerText(const DataColumn &c)
{
    return matchKey(c.name + u' ' + c.question);
}

bool mentions(const QString &text, const QStringList &stems, const QStringList &words)
{
    for (const QString &s : stems) {
        if (text.contains(s))
            return true;
    }
    const QStringList tokens = wordsOf(text);
    for (const QString &w : words) {
        if (tokens.contains(w))
            return true;
    }
    return false;
}

// Share of the non-empty sample answers that are whole scale points, and
// the highest of them.
double scaleFit(const QStringList &values, const MetricHint &hint, double *highest)
{
    int filled = 0, fit = 0;
    *highest = -1;
    for (const QString &v : values) {
        const QString t = v.trimmed();
        if (t.isEmpty())
            continue;
        ++filled;
        const QByteArray bytes = t.toUtf8();
        auto x = answers::parseNumber(std::string_view(bytes.constData(), size_t(bytes.size())));
        if (!x)
            x = answers::labelValue(hint.kind, t);
        if (x && *x == std::floor(*x) && *x >= hint.min && *x <= hint.max) {
            ++fit;
            *highest = std::max(*highest, *x);
        }
    }
    return filled ? double(fit) / filled : 0;
}

int distinctCount(const QStringList &values, int stopAt)
{
    QSet<QString> seen;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            seen.insert(v.trimmed());
        if (seen.size() > stopAt)
            break;
    }
    return int(seen.size());
}

// Rank of a date column by its name: the time the answer was recorded is
// better than when the survey was started.
int dateRank(const QString &text)
{
    if (text.contains(u"recorded"))
        return 0;
    if (text.contains(u"end") || text.contains(u"submit") || text.contains(u"complet"))
        return 1;
    if (text.contains(u"start"))
        return 3;
    return 2;
}

// A column named only "rating", "score" or "likelihood" whose answers use
// the 0-10 scale (some 8 or above, as a 1-5 or 1-7 one never has) is the
// likelihood-to-recommend question under a short name: NPS.
void proposeRatingAsNps(const DataPreview &preview, QSet<int> *used, MappingProposal *p)
{
    for (const MetricColumn &m : std::as_const(p->mapping.metrics)) {
        if (m.metric == u"nps")
            return;
    }
    static const QStringList words{QStringLiteral("rating"), QStringLiteral("score"),
                                   QStringLiteral("likelihood"), QStringLiteral("оценка"),
                                   QStringLiteral("评分")};
    const MetricHint &nps = metricHints().first();
    const QList<DataColumn> &columns = preview.header.columns;
    for (int c = 0; c < columns.size(); ++c) {
        if (used->contains(c) || !mentions(headerText(columns[c]), {}, words))
            continue;
        double highest = 0;
        if (scaleFit(preview.column(c), nps, &highest) < kValuesFit || highest < 8)
            continue;
        p->mapping.metrics.append({QStringLiteral("nps"), columns[c].name, std::nullopt, {}, {}});
        used->insert(c);
        p->notes.append(
                tr("nps: \"%1\" (a rating with answers 0-10 reads like NPS)").arg(columns[c].name));
        return;
    }
}

void proposeMetrics(const DataPreview &preview, QSet<int> *used, MappingProposal *p)
{
    const QList<DataColumn> &columns = preview.header.columns;
    for (const MetricHint &hint : metricHints()) {
        const QString id = QString::fromUtf16(hint.id);
        for (int c = 0; c < columns.size(); ++c) {
            if (used->contains(c))
                continue;
            const QString text = headerText(columns[c]);
            if (!mentions(text, hint.stems, hint.words) || wordsOf(text).contains(u"group"))
                continue;
            double highest = 0;
            const double fit = scaleFit(preview.column(c), hint, &highest);
            // NPS answers spread over 0-10; a column of codes 1-3 is its grouping.
            if (fit < kValuesFit || (hint.kind == MetricKind::Nps && highest < 6)) {
                p->notes.append(tr("%1: \"%2\" reads like %3, but its answers are not on the "
                                   "%4-%5 scale; not used")
                                        .arg(id, columns[c].name, id.toUpper())
                                        .arg(hint.min)
                                        .arg(hint.max));
                continue;
            }
            p->mapping.metrics.append({id, columns[c].name, std::nullopt, {}, {}});
            used->insert(c);
            p->notes.append(tr("%1: \"%2\" (its header reads like %3; answers %4-%5)")
                                    .arg(id, columns[c].name, id.toUpper())
                                    .arg(hint.min)
                                    .arg(hint.max));
            break;
        }
    }
    proposeRatingAsNps(preview, used, p);
}

void proposeDate(const DataPreview &preview, QSet<int> *used, MappingProposal *p)
{
    static const QStringList stems{
            QStringLiteral("date"),      QStringLiteral("time"),    QStringLiteral("recorded"),
            QStringLiteral("submitted"), QStringLiteral("created"), QStringLiteral("completed"),
            QStringLiteral("дата"),      QStringLiteral("日期"),    QStringLiteral("时间")};
    static const QStringList words{QStringLiteral("day")};
    const QList<DataColumn> &columns = preview.header.columns;
    int best = -1, bestRank = 99;
    for (int c = 0; c < columns.size(); ++c) {
        const QString text = headerText(columns[c]);
        if (used->contains(c) || !mentions(text, stems, words))
            continue;
        const QStringList values = preview.column(c);
        int parsed = 0;
        const int filled = int(std::count_if(values.cbegin(), values.cend(), [](const QString &v) {
            return !v.trimmed().isEmpty();
        }));
        if (!answers::guessDateOrder(values, &parsed) || parsed < kValuesFit * filled)
            continue;
        if (dateRank(text) < bestRank) {
            best = c;
            bestRank = dateRank(text);
        }
    }
    if (best < 0)
        return;
    used->insert(best);
    p->mapping.date = columns[best].name;
    p->notes.append(tr("date: \"%1\" (trends by month)").arg(columns[best].name));
}

void proposeSegment(const DataPreview &preview, QSet<int> *used, MappingProposal *p)
{
    static const QStringList stems{
            QStringLiteral("segment"),          QStringLiteral("tier"),
            QStringLiteral("cohort"),           QStringLiteral("customer type"),
            QStringLiteral("type of customer"), QStringLiteral("persona"),
            QStringLiteral("сегмент"),          QStringLiteral("细分"),
            QStringLiteral("客户类型")};
    static const QStringList words{QStringLiteral("plan")};
    const QList<DataColumn> &columns = preview.header.columns;
    for (int c = 0; c < columns.size(); ++c) {
        if (used->contains(c) || !mentions(headerText(columns[c]), stems, words))
            continue;
        const int distinct = distinctCount(preview.column(c), 50);
        if (distinct < 2 || distinct > 50)
            continue;
        used->insert(c);
        p->mapping.segment = columns[c].name;
        p->notes.append(tr("segment: \"%1\" (%2 different values in the first rows)")
                                .arg(columns[c].name)
                                .arg(distinct));
        return;
    }
}

} // namespace

JourneyFit stepColumnFit(const DataPreview &preview, int column, const Journey &journey)
{
    JourneyFit fit;
    fit.journey = journey.id;
    fit.column = column;
    const StepMatcher matcher(journey, StepMatch::Auto);
    QHash<QString, int> counts; // distinct values: most data repeats its step names
    int filled = 0;
    for (const QStringList &row : preview.rows) {
        const QString v = row.value(column);
        if (v.trimmed().isEmpty())
            continue;
        ++filled;
        ++counts[v];
    }
    int byKey = 0, byTitle = 0, either = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString k = StepMatcher::foldedOf(it.key());
        const bool key = matcher.isKey(k);
        const bool title = matcher.isTitle(k);
        byKey += key ? *it : 0;
        byTitle += title ? *it : 0;
        either += key || title ? *it : 0;
    }
    fit.share = filled ? double(either) / filled : 0;
    fit.match = byKey > 0 && byTitle == 0   ? StepMatch::Key
                : byTitle > 0 && byKey == 0 ? StepMatch::Title
                                            : StepMatch::Auto;
    return fit;
}

QString chooseJourney(const QList<JourneyFit> &fits, const Workspace &workspace, QString *why)
{
    if (workspace.journeys.isEmpty()) {
        *why = tr("the file has no journeys to import into");
        return {};
    }
    if (workspace.journeys.size() == 1)
        return workspace.journeys.first().id;
    if (fits.isEmpty() || fits.first().share < kMinFit) {
        *why = tr("the data names the steps of none of the %1 journeys")
                       .arg(workspace.journeys.size());
        return {};
    }
    if (fits.size() > 1 && fits.first().share - fits[1].share < kLead) {
        QStringList close;
        for (const JourneyFit &f : fits) {
            if (fits.first().share - f.share < kLead) {
                const Journey *j = workspace.journey(f.journey);
                close.append(tr("\"%1\" (%2 % of the rows)")
                                     .arg(j ? j->name : f.journey)
                                     .arg(std::round(f.share * 100)));
            }
        }
        *why = tr("the data fits several journeys equally well: %1").arg(close.join(u", "));
        return {};
    }
    return fits.first().journey;
}

MappingProposal proposeMapping(const DataPreview &preview, const Workspace &workspace,
                               const QString &journeyId)
{
    MappingProposal p;
    const int columns = int(preview.header.columns.size());
    for (const Journey &j : workspace.journeys) {
        if (!journeyId.isEmpty() && j.id != journeyId)
            continue;
        JourneyFit best;
        best.journey = j.id;
        for (int c = 0; c < columns; ++c) {
            const JourneyFit fit = stepColumnFit(preview, c, j);
            if (fit.share > best.share)
                best = fit;
        }
        p.fits.append(best);
    }
    std::stable_sort(p.fits.begin(), p.fits.end(),
                     [](const JourneyFit &a, const JourneyFit &b) { return a.share > b.share; });
    QString why;
    p.journey = journeyId.isEmpty() ? chooseJourney(p.fits, workspace, &why) : journeyId;
    if (!why.isEmpty())
        p.notes.append(why);

    QSet<int> used;
    const JourneyFit *fit = nullptr;
    for (const JourneyFit &f : p.fits) {
        if (f.journey == p.journey || (p.journey.isEmpty() && !fit))
            fit = &f;
    }
    if (fit && fit->column >= 0 && fit->share > 0) {
        used.insert(fit->column);
        p.mapping.step = preview.header.columns[fit->column].name;
        p.mapping.match = fit->match;
        p.notes.append(tr("step: \"%1\" (%2 % of its values name a step, by %3)")
                               .arg(p.mapping.step)
                               .arg(std::round(fit->share * 100))
                               .arg(stepMatchName(fit->match)));
    } else {
        p.notes.append(tr("step: no column names the steps of the journey by key or title"));
    }
    proposeMetrics(preview, &used, &p);
    if (p.mapping.metrics.isEmpty())
        p.notes.append(tr("metrics: no column reads like NPS, CSAT or CES"));
    proposeDate(preview, &used, &p);
    proposeSegment(preview, &used, &p);
    return p;
}

} // namespace waymark
