#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace waymark {

class Document;
struct Workspace;

// What `waymark new --template` and the start page offer.
enum class Template { Journey, Blueprint, Sample };

std::optional<Template> templateFromName(QStringView name);
QString templateNames(); // "journey, blueprint, sample"

// The content of a template, its names in the current UI language.
Workspace makeTemplate(Template which);

// The standard NPS, CSAT and CES definitions (DESIGN.md §1).
Workspace standardMetrics();

// Adds a template's content to a document (one transaction, no undo step:
// it is how a new file starts).
bool applyTemplate(Document *doc, Template which, QString *error);

} // namespace waymark
