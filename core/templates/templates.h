#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace waymark {

struct Workspace;

// What `waymark new --template` and the start page offer.
enum class Template {
    Journey,
    Blueprint,
    Sample, // an e-commerce purchase (also named "purchase")
    B2bOnboarding,
    SupportIncident,
    Cancellation,
    BankAccount,
    TariffChange,
};

std::optional<Template> templateFromName(QStringView name);
QString templateName(Template which); // "b2b-onboarding"
QString templateNames();              // "journey, blueprint, sample, ..."
QList<Template> allTemplates();
// What the start page shows: "B2B onboarding", in the current UI language.
QString templateTitle(Template which);

// The content of a template, its names in the current UI language.
Workspace makeTemplate(Template which);

} // namespace waymark
