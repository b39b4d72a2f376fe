#include "mapping.h"

#include "textmatch.h"
#include "json/jsontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

bool stringField(const QJsonObject &o, const char16_t *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QString::fromUtf16(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = tr("mapping: \"%1\" must be a column name (a string)")
                         .arg(QString::fromUtf16(key));
        return false;
    }
    *out = v.toString().trimmed();
    return true;
}

bool readMetric(const QString &id, const QJsonValue &v, MetricColumn *m, QString *error)
{
    m->metric = id;
    if (v.isString()) {
        m->column = v.toString().trimmed();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (!stringField(o, u"column", &m->column, error)
            || !stringField(o, u"name", &m->name, error)
            || !stringField(o, u"unit", &m->unit, error))
            return false;
        const QString formula = o.value(u"formula").toString();
        if (!formula.isEmpty()) {
            m->formula = enumFromName<Formula>(formula);
            if (!m->formula) {
                *error = tr("mapping: metric \"%1\" has an unknown formula \"%2\"; use one of: %3")
                                 .arg(id, formula, enumNameList<Formula>());
                return false;
            }
        }
    } else {
        *error = tr("mapping: metric \"%1\" must name a column").arg(id);
        return false;
    }
    if (m->column.isEmpty()) {
        *error = tr("mapping: metric \"%1\" names no column").arg(id);
        return false;
    }
    return true;
}

} // namespace

QString stepMatchName(StepMatch match)
{
    switch (match) {
    case StepMatch::Key:
        return QStringLiteral("key");
    case StepMatch::Title:
        return QStringLiteral("title");
    case StepMatch::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString periodUnitName(PeriodUnit unit)
{
    return unit == PeriodUnit::Week ? QStringLiteral("week") : QStringLiteral("month");
}

bool mappingFromJson(QByteArrayView json, Mapping *mapping, QStringList *warnings, QString *error)
{
    *mapping = Mapping();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("mapping: not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("mapping: the JSON must be an object");
        return false;
    }
    const QJsonObject o = doc.object();
    static const QStringList known{QStringLiteral("step"),    QStringLiteral("match"),
                                   QStringLiteral("metrics"), QStringLiteral("date"),
                                   QStringLiteral("segment"), QStringLiteral("period")};
    for (const QString &key : o.keys()) {
        if (!known.contains(key) && warnings)
            warnings->append(tr("mapping: unknown key \"%1\" ignored").arg(key));
    }
    if (!stringField(o, u"step", &mapping->step, error)
        || !stringField(o, u"date", &mapping->date, error)
        || !stringField(o, u"segment", &mapping->segment, error))
        return false;
    if (mapping->step.isEmpty()) {
        *error = tr("mapping: \"step\" (the column that names the step) is missing");
        return false;
    }
    const QString match = o.value(u"match").toString(QStringLiteral("auto"));
    if (match == u"key") {
        mapping->match = StepMatch::Key;
    } else if (match == u"title") {
        mapping->match = StepMatch::Title;
    } else if (match != u"auto") {
        *error = tr("mapping: \"match\" must be key, title or auto, not \"%1\"").arg(match);
        return false;
    }
    const QString period = o.value(u"period").toString(QStringLiteral("month"));
    if (period == u"week") {
        mapping->period = PeriodUnit::Week;
    } else if (period != u"month") {
        *error = tr("mapping: \"period\" must be month or week, not \"%1\"").arg(period);
        return false;
    }
    const QJsonValue metrics = o.value(u"metrics");
    if (!metrics.isObject() || metrics.toObject().isEmpty()) {
        *error = tr("mapping: \"metrics\" must map at least one metric to a column");
        return false;
    }
    // QJsonObject sorts its keys: the standard metrics go first, the rest
    // stay in that (alphabetical) order.
    QStringList ids = metrics.toObject().keys();
    std::stable_sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        static const QStringList standard{QStringLiteral("nps"), QStringLiteral("csat"),
                                          QStringLiteral("ces")};
        auto rank = [&](const QString &id) {
            const qsizetype i = standard.indexOf(id);
            return i < 0 ? standard.size() : i;
        };
        return rank(a) < rank(b);
    });
    for (const QString &id : ids) {
        MetricColumn m;
        if (id.trimmed().isEmpty()) {
            *error = tr("mapping: a metric id is empty");
            return false;
        }
        if (!readMetric(id.trimmed(), metrics.toObject().value(id), &m, error))
            return false;
        mapping->metrics.append(m);
    }
    return true;
}

QByteArray mappingToJson(const Mapping &mapping, bool pretty)
{
    JsonText metrics = JsonText::object();
    for (const MetricColumn &m : mapping.metrics) {
        if (!m.formula && m.name.isEmpty() && m.unit.isEmpty()) {
            metrics.set(m.metric, m.column);
            continue;
        }
        JsonText o = JsonText::object();
        o.set(u"column", m.column);
        if (m.formula)
            o.set(u"formula", enumName(*m.formula));
        if (!m.name.isEmpty())
            o.set(u"name", m.name);
        if (!m.unit.isEmpty())
            o.set(u"unit", m.unit);
        metrics.set(m.metric, o);
    }
    JsonText root = JsonText::object();
    root.set(u"step", mapping.step).set(u"match", stepMatchName(mapping.match));
    root.set(u"metrics", metrics);
    if (!mapping.date.isEmpty())
        root.set(u"date", mapping.date);
    if (!mapping.segment.isEmpty())
        root.set(u"segment", mapping.segment);
    if (mapping.period != PeriodUnit::Month)
        root.set(u"period", periodUnitName(mapping.period));
    return root.toJson(pretty);
}

QString mappingSignature(const QString &journeyId, const Mapping &mapping)
{
    QStringList metrics;
    for (const MetricColumn &m : mapping.metrics)
        metrics.append(m.metric + u'=' + matchKey(m.column));
    metrics.sort();
    return QStringList{journeyId, matchKey(mapping.step), metrics.join(u','),
                       matchKey(mapping.date), matchKey(mapping.segment)}
            .join(u'|');
}

} // namespace waymark
