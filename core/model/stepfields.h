#pragma once

#include "journey.h"

#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <span>

namespace waymark {

// The kind of value a step field holds. The users of the table convert by
// kind, never by field, so a new field of a known kind needs no new code.
enum class StepFieldKind {
    Text,  // QString
    Int,   // a whole number from min to max, or none (an invalid QVariant)
    Bool,  // bool
    Enum,  // the value's wire name (enums.h) as a QString
    List,  // QStringList
    Date,  // QDate, invalid for none
    Color, // "#rrggbb", empty for none
};

// What else in the workspace a field's value names.
enum class StepFieldRef { None, Channel, Picture };

// One field of a card (Step) that a person edits. The table of them
// (stepFields()) is the one place a field is described: the JSON writer and
// reader (formats/jsonexport, jsonimport), the set-field command
// (commands/fieldcommands) and the inspector's controller (the app's
// MapEditor::step and CardEditor::setStepField) all iterate or look it up,
// so a field added to the table reaches all of them. Id, stage, lane and order
// are the card's place, not fields: moves and the readers set them.
struct StepField
{
    // The name everywhere: the JSON key, the command's field name and the
    // inspector's property.
    const char16_t *key;
    StepFieldKind kind;
    // The value as the kinds above say (for Enum its wire name).
    QVariant (*get)(const Step &step);
    // Sets a value of that form; false when it does not fit (an unknown enum
    // name). Checking ranges and references is the caller's (by kind).
    bool (*set)(Step &step, const QVariant &value);
    // The undo text of the set-field command, translated in the "Commands"
    // context; null when the field has a command of its own (the picture).
    const char *undoText = nullptr;
    StepFieldRef ref = StepFieldRef::None;
    bool required = false;              // the JSON reader insists on it
    bool omitWhenNone = false;          // the JSON writer leaves it out when empty or none
    bool trimmed = false;               // the command trims typed text
    bool mergesTyping = false;          // consecutive edits merge into one undo step
    int min = 0, max = 0;               // Int: the range
    QStringList (*choices)() = nullptr; // Enum: the wire names

    QString name() const { return QString::fromUtf16(key); }
    // Its position in the table.
    int index() const;
    // True when `value` (of this field's form) means "none": an empty text,
    // no number, an invalid date.
    static bool isNone(const QVariant &value);
};

// Every step field, in the order the JSON writer puts them.
std::span<const StepField> stepFields();
// The field named `key`, or null.
const StepField *stepField(QStringView key);

} // namespace waymark
