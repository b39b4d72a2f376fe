#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace waymark {

struct Workspace;

// What `waymark new --template` and the start page offer.
enum class Template { Journey, Blueprint, Sample };

std::optional<Template> templateFromName(QStringView name);
QString templateNames(); // "journey, blueprint, sample"

// The content of a template, its names in the current UI language.
Workspace makeTemplate(Template which);

} // namespace waymark
