#include "fieldcommands.h"

#include "changefield.h"
#include "mergeids.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString unknownField(const QString &field)
{
    return tr("unknown field \"%1\"").arg(field);
}

template<typename E>
std::optional<E> enumValue(const QVariant &value, const QString &field, QString *error)
{
    const auto parsed = enumFromName<E>(value.toString());
    if (!parsed) {
        setError(error, tr("\"%1\" is not a valid %2; use one of: %3")
                                .arg(value.toString(), field, enumNameList<E>()));
    }
    return parsed;
}

std::optional<QString> colorValue(const QVariant &value, QString *error)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QString();
    const QColor c = QColor::fromString(text);
    if (!c.isValid()) {
        setError(error, tr("\"%1\" is not a colour; use #rrggbb").arg(text));
        return std::nullopt;
    }
    return c.name();
}

QStringList tagsValue(const QVariant &value)
{
    QStringList raw = value.typeId() == QMetaType::QStringList
                              ? value.toStringList()
                              : value.toString().split(u',', Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &t : raw) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !out.contains(tag))
            out.append(tag);
    }
    return out;
}

template<typename Entity, typename T>
DocumentCommand *change(Document *doc, const QString &journey, const QStringList &ids,
                        T Entity::*field, const T &value, const char *text, int mergeId = -1)
{
    return new ChangeFieldCommand<Entity, T>(doc, journey, ids, field, value, tr(text), mergeId);
}

// A value typed or picked in the inspector (or given on the command line) in
// the form of `field`'s kind; none with the reason when it does not fit.
std::optional<QVariant> stepFieldValue(const Document &doc, const StepField &field,
                                       const QVariant &value, QString *error)
{
    const QString name = field.name();
    switch (field.kind) {
    case StepFieldKind::Text: {
        const QString text = field.trimmed ? value.toString().trimmed() : value.toString();
        if (field.ref == StepFieldRef::Channel && !text.isEmpty()
            && !doc.workspace().channel(text)) {
            setError(error, tr("there is no channel \"%1\"").arg(text));
            return std::nullopt;
        }
        return text;
    }
    case StepFieldKind::Int: {
        if (StepField::isNone(value))
            return QVariant();
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < field.min || n > field.max) {
            setError(error, tr("%1 must be a whole number from %2 to %3")
                                    .arg(name)
                                    .arg(field.min)
                                    .arg(field.max));
            return std::nullopt;
        }
        return n;
    }
    case StepFieldKind::Bool:
        return value.toBool();
    case StepFieldKind::Enum: {
        Step probe;
        if (!field.set(probe, value.toString())) {
            setError(error, tr("\"%1\" is not a valid %2; use one of: %3")
                                    .arg(value.toString(), name,
                                         field.choices().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return value.toString();
    }
    case StepFieldKind::List:
        return tagsValue(value);
    case StepFieldKind::Date: {
        if (StepField::isNone(value))
            return QDate();
        const QDate date = value.typeId() == QMetaType::QDate
                                   ? value.toDate()
                                   : QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid()) {
            setError(error, tr("\"%1\" is not a date; use YYYY-MM-DD").arg(value.toString()));
            return std::nullopt;
        }
        return date;
    }
    case StepFieldKind::Color: {
        const auto color = colorValue(value, error);
        return color ? std::optional<QVariant>(*color) : std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace

DocumentCommand *makeStepFieldCommand(Document *doc, const QString &journey, const QStringList &ids,
                                      const QString &field, const QVariant &value, QString *error)
{
    if (ids.isEmpty()) {
        setError(error, tr("no step is selected"));
        return nullptr;
    }
    const StepField *f = stepField(field);
    if (!f || !f->undoText) { // the picture has a command of its own
        setError(error, unknownField(field));
        return nullptr;
    }
    const std::optional<QVariant> v = stepFieldValue(*doc, *f, value, error);
    if (!v)
        return nullptr;
    return new ChangeFieldCommand<Step, QVariant, StepFieldAccess>(
            doc, journey, ids, StepFieldAccess{f}, *v, tr(f->undoText),
            f->mergesTyping ? MergeStepField + f->index() : -1);
}

DocumentCommand *makeLinkFieldCommand(Document *doc, const QString &journey, const QStringList &ids,
                                      const QString &field, const QVariant &value, QString *error)
{
    if (ids.isEmpty()) {
        setError(error, tr("no link is selected"));
        return nullptr;
    }
    if (field == u"label")
        return change(doc, journey, ids, &Link::label, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit link label"), MergeLinkLabel);
    if (field == u"kind") {
        const auto kind = enumValue<LinkKind>(value, field, error);
        return kind ? change(doc, journey, ids, &Link::kind, *kind,
                             QT_TRANSLATE_NOOP("Commands", "Change link kind"))
                    : nullptr;
    }
    if (field == u"share") {
        std::optional<double> share;
        if (value.isValid() && !value.isNull() && !value.toString().isEmpty()) {
            bool ok = false;
            const double s = value.toDouble(&ok);
            if (!ok || !std::isfinite(s) || s < 0 || s > 1) {
                setError(error, tr("share must be a number from 0 to 1"));
                return nullptr;
            }
            share = s;
        }
        return change(doc, journey, ids, &Link::share, share,
                      QT_TRANSLATE_NOOP("Commands", "Change link share"), MergeLinkShare);
    }
    if (field == u"typical")
        return change(doc, journey, ids, &Link::typical, value.toBool(),
                      QT_TRANSLATE_NOOP("Commands", "Change typical path"));
    setError(error, unknownField(field));
    return nullptr;
}

DocumentCommand *makeStageFieldCommand(Document *doc, const QString &journey, const QString &id,
                                       const QString &field, const QVariant &value, QString *error)
{
    if (field == u"name")
        return change(doc, journey, {id}, &Stage::name, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Rename stage"), MergeStageName);
    if (field == u"description")
        return change(doc, journey, {id}, &Stage::description, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit stage description"),
                      MergeStageDescription);
    setError(error, unknownField(field));
    return nullptr;
}

DocumentCommand *makeLaneFieldCommand(Document *doc, const QString &journey, const QString &id,
                                      const QString &field, const QVariant &value, QString *error)
{
    if (field == u"name")
        return change(doc, journey, {id}, &Lane::name, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Rename lane"), MergeLaneName);
    if (field == u"kind") {
        const auto kind = enumValue<LaneKind>(value, field, error);
        return kind ? change(doc, journey, {id}, &Lane::kind, *kind,
                             QT_TRANSLATE_NOOP("Commands", "Change lane kind"))
                    : nullptr;
    }
    setError(error, unknownField(field));
    return nullptr;
}

DocumentCommand *makeJourneyFieldCommand(Document *doc, const QString &journey,
                                         const QString &field, const QVariant &value,
                                         QString *error)
{
    const QStringList ids{journey};
    if (field == u"name")
        return change(doc, journey, ids, &Journey::name, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Rename journey"), MergeJourneyName);
    if (field == u"scenario")
        return change(doc, journey, ids, &Journey::scenario, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit scenario"), MergeJourneyScenario);
    if (field == u"description")
        return change(doc, journey, ids, &Journey::description, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit journey description"),
                      MergeJourneyDescription);
    if (field == u"persona") {
        const QString id = value.toString();
        if (!id.isEmpty() && !doc->workspace().persona(id)) {
            setError(error, tr("there is no persona \"%1\"").arg(id));
            return nullptr;
        }
        return change(doc, journey, ids, &Journey::persona, id,
                      QT_TRANSLATE_NOOP("Commands", "Change persona"));
    }
    if (field == u"state") {
        const auto state = enumValue<JourneyState>(value, field, error);
        return state ? change(doc, journey, ids, &Journey::state, *state,
                              QT_TRANSLATE_NOOP("Commands", "Change journey state"))
                     : nullptr;
    }
    if (field == u"kind") {
        const auto kind = enumValue<JourneyKind>(value, field, error);
        return kind ? change(doc, journey, ids, &Journey::kind, *kind,
                             QT_TRANSLATE_NOOP("Commands", "Change journey kind"))
                    : nullptr;
    }
    if (field == u"votesPerParticipant") {
        bool ok = false;
        const int votes = value.toInt(&ok);
        if (!ok || votes < 1 || votes > 100) {
            setError(error, tr("votes per participant must be from 1 to 100"));
            return nullptr;
        }
        return change(doc, journey, ids, &Journey::votesPerParticipant, votes,
                      QT_TRANSLATE_NOOP("Commands", "Change votes per participant"));
    }
    setError(error, unknownField(field));
    return nullptr;
}

DocumentCommand *makePersonaFieldCommand(Document *doc, const QString &id, const QString &field,
                                         const QVariant &value, QString *error)
{
    const QStringList ids{id};
    if (field == u"name")
        return change(doc, {}, ids, &Persona::name, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Rename persona"), MergePersonaText);
    if (field == u"goals")
        return change(doc, {}, ids, &Persona::goals, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit persona goals"), MergePersonaText);
    if (field == u"quote")
        return change(doc, {}, ids, &Persona::quote, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit persona quote"), MergePersonaText);
    if (field == u"description")
        return change(doc, {}, ids, &Persona::description, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit persona description"), MergePersonaText);
    setError(error, unknownField(field));
    return nullptr;
}

DocumentCommand *makeChannelFieldCommand(Document *doc, const QString &id, const QString &field,
                                         const QVariant &value, QString *error)
{
    const QStringList ids{id};
    if (field == u"name")
        return change(doc, {}, ids, &Channel::name, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Rename channel"), MergeChannelName);
    if (field == u"icon")
        return change(doc, {}, ids, &Channel::icon, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Change channel icon"));
    if (field == u"kind") {
        const auto kind = enumValue<ChannelKind>(value, field, error);
        return kind ? change(doc, {}, ids, &Channel::kind, *kind,
                             QT_TRANSLATE_NOOP("Commands", "Change channel kind"))
                    : nullptr;
    }
    setError(error, unknownField(field));
    return nullptr;
}

DocumentCommand *makeMetricDefFieldCommand(Document *doc, const QString &id, const QString &field,
                                           const QVariant &value, QString *error)
{
    const QStringList ids{id};
    auto optionalNumber = [&](std::optional<double> *out) {
        if (!value.isValid() || value.isNull() || value.toString().isEmpty())
            return true;
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            setError(error, tr("\"%1\" is not a number").arg(value.toString()));
            return false;
        }
        *out = d;
        return true;
    };
    if (field == u"name")
        return change(doc, {}, ids, &MetricDef::name, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Rename metric"), MergeMetricText);
    if (field == u"unit")
        return change(doc, {}, ids, &MetricDef::unit, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Change metric unit"), MergeMetricText);
    if (field == u"formula") {
        const auto f = enumValue<Formula>(value, field, error);
        return f ? change(doc, {}, ids, &MetricDef::formula, *f,
                          QT_TRANSLATE_NOOP("Commands", "Change metric formula"))
                 : nullptr;
    }
    if (field == u"higherIsBetter")
        return change(doc, {}, ids, &MetricDef::higherIsBetter, value.toBool(),
                      QT_TRANSLATE_NOOP("Commands", "Change metric direction"));
    if (field == u"green" || field == u"amber") {
        std::optional<double> number;
        if (!optionalNumber(&number))
            return nullptr;
        return field == u"green" ? change(doc, {}, ids, &MetricDef::green, number,
                                          QT_TRANSLATE_NOOP("Commands", "Change metric target"))
                                 : change(doc, {}, ids, &MetricDef::amber, number,
                                          QT_TRANSLATE_NOOP("Commands", "Change metric target"));
    }
    setError(error, unknownField(field));
    return nullptr;
}

DocumentCommand *makeCommentFieldCommand(Document *doc, const QString &journey, const QString &id,
                                         const QString &field, const QVariant &value,
                                         QString *error)
{
    if (field == u"text")
        return change(doc, journey, {id}, &Comment::text, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Edit comment"), MergeCommentText);
    if (field == u"author")
        return change(doc, journey, {id}, &Comment::author, value.toString(),
                      QT_TRANSLATE_NOOP("Commands", "Change comment author"), MergeCommentText);
    setError(error, unknownField(field));
    return nullptr;
}

} // namespace waymark
