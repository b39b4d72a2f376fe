#include "stepfields.h"

#include <QCoreApplication>
#include <QDate>

#include <array>

namespace waymark {

namespace {

// Getters and setters for a Step member, by the member's type.
template<auto Member>
QVariant getMember(const Step &s)
{
    return QVariant::fromValue(s.*Member);
}

template<auto Member>
bool setText(Step &s, const QVariant &v)
{
    s.*Member = v.toString();
    return true;
}

template<auto Member>
bool setBool(Step &s, const QVariant &v)
{
    s.*Member = v.toBool();
    return true;
}

template<auto Member>
QVariant getEnum(const Step &s)
{
    return enumName(s.*Member);
}

template<typename E, E Step::*Member>
bool setEnum(Step &s, const QVariant &v)
{
    const std::optional<E> e = enumFromName<E>(v.toString());
    if (e)
        s.*Member = *e;
    return e.has_value();
}

template<typename E>
QStringList enumChoices()
{
    QStringList out;
    for (const char16_t *n : EnumTable<E>::names)
        out.append(QString::fromUtf16(n));
    return out;
}

QVariant getEmotion(const Step &s)
{
    return s.emotion ? QVariant(*s.emotion) : QVariant();
}

bool setEmotion(Step &s, const QVariant &v)
{
    s.emotion = StepField::isNone(v) ? std::nullopt : std::optional<int>(v.toInt());
    return true;
}

bool setDue(Step &s, const QVariant &v)
{
    s.due = v.toDate();
    return true;
}

bool setTags(Step &s, const QVariant &v)
{
    s.tags = v.toStringList();
    return true;
}

using K = StepFieldKind;

// The order is the JSON writer's (and so the order of the keys in a file).
const std::array kFields = std::to_array<StepField>({
        {.key = u"title",
         .kind = K::Text,
         .get = getMember<&Step::title>,
         .set = setText<&Step::title>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Edit step title"),
         .required = true,
         .mergesTyping = true},
        {.key = u"kind",
         .kind = K::Enum,
         .get = getEnum<&Step::kind>,
         .set = setEnum<StepKind, &Step::kind>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change step kind"),
         .choices = enumChoices<StepKind>},
        {.key = u"channel",
         .kind = K::Text,
         .get = getMember<&Step::channel>,
         .set = setText<&Step::channel>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change channel"),
         .ref = StepFieldRef::Channel,
         .omitWhenNone = true},
        {.key = u"owner",
         .kind = K::Text,
         .get = getMember<&Step::owner>,
         .set = setText<&Step::owner>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change owner"),
         .trimmed = true,
         .mergesTyping = true},
        {.key = u"emotion",
         .kind = K::Int,
         .get = getEmotion,
         .set = setEmotion,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change emotion"),
         .omitWhenNone = true,
         .min = -2,
         .max = 2},
        {.key = u"momentOfTruth",
         .kind = K::Bool,
         .get = getMember<&Step::momentOfTruth>,
         .set = setBool<&Step::momentOfTruth>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change moment of truth")},
        {.key = u"key",
         .kind = K::Text,
         .get = getMember<&Step::key>,
         .set = setText<&Step::key>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change external key"),
         .trimmed = true,
         .mergesTyping = true},
        {.key = u"entry",
         .kind = K::Bool,
         .get = getMember<&Step::entry>,
         .set = setBool<&Step::entry>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change entry flag")},
        {.key = u"goal",
         .kind = K::Bool,
         .get = getMember<&Step::goal>,
         .set = setBool<&Step::goal>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change goal flag")},
        {.key = u"description",
         .kind = K::Text,
         .get = getMember<&Step::description>,
         .set = setText<&Step::description>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Edit step description"),
         .mergesTyping = true},
        {.key = u"priority",
         .kind = K::Enum,
         .get = getEnum<&Step::priority>,
         .set = setEnum<Priority, &Step::priority>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change priority"),
         .choices = enumChoices<Priority>},
        {.key = u"due",
         .kind = K::Date,
         .get = getMember<&Step::due>,
         .set = setDue,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change due date"),
         .omitWhenNone = true},
        {.key = u"tags",
         .kind = K::List,
         .get = getMember<&Step::tags>,
         .set = setTags,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change tags")},
        {.key = u"color",
         .kind = K::Color,
         .get = getMember<&Step::color>,
         .set = setText<&Step::color>,
         .undoText = QT_TRANSLATE_NOOP("Commands", "Change colour"),
         .omitWhenNone = true,
         .mergesTyping = true},
        // Set by its own command, which adds and removes the picture rows
        // (commands/picturecommands.h); the set-field command refuses it.
        {.key = u"picture",
         .kind = K::Text,
         .get = getMember<&Step::picture>,
         .set = setText<&Step::picture>,
         .ref = StepFieldRef::Picture,
         .omitWhenNone = true},
});

} // namespace

int StepField::index() const
{
    return int(this - kFields.data());
}

bool StepField::isNone(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isEmpty();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    default:
        return false;
    }
}

std::span<const StepField> stepFields()
{
    return kFields;
}

const StepField *stepField(QStringView key)
{
    for (const StepField &f : kFields) {
        if (key == QStringView(f.key))
            return &f;
    }
    return nullptr;
}

} // namespace waymark
