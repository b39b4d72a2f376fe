#include "templates.h"

#include "model/standardmetrics.h"
#include "model/workspace.h"
#include "scenario.h"

#include <QCoreApplication>

namespace waymark {

Workspace makeSampleWorkspace(); // sample.cpp

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Templates", text);
}

QList<Stage> standardStages()
{
    return {
            {QStringLiteral("awareness"), tr("Awareness"), {}},
            {QStringLiteral("consideration"), tr("Consideration"), {}},
            {QStringLiteral("purchase"), tr("Purchase"), {}},
            {QStringLiteral("delivery"), tr("Delivery"), {}},
            {QStringLiteral("use"), tr("Use"), {}},
            {QStringLiteral("support"), tr("Support and loyalty"), {}},
    };
}

} // namespace

QList<Channel> scenario::standardChannels()
{
    return {
            {QStringLiteral("web"), tr("Website"), ChannelKind::Digital, QStringLiteral("web")},
            {QStringLiteral("app"), tr("Mobile app"), ChannelKind::Digital, QStringLiteral("app")},
            {QStringLiteral("store"), tr("Store"), ChannelKind::Physical, QStringLiteral("store")},
            {QStringLiteral("phone"), tr("Call centre"), ChannelKind::Human,
             QStringLiteral("phone")},
            {QStringLiteral("chat"), tr("Chat"), ChannelKind::Digital, QStringLiteral("chat")},
            {QStringLiteral("email"), tr("Email"), ChannelKind::Digital, QStringLiteral("email")},
            {QStringLiteral("social"), tr("Social media"), ChannelKind::Digital,
             QStringLiteral("social")},
    };
}

struct TemplateInfo
{
    Template which;
    const char *name;
    const char *title;
};

constexpr TemplateInfo kTemplates[] = {
        {Template::Journey, "journey", QT_TRANSLATE_NOOP("Templates", "Empty journey map")},
        {Template::Blueprint, "blueprint",
         QT_TRANSLATE_NOOP("Templates", "Empty service blueprint")},
        {Template::Sample, "sample",
         QT_TRANSLATE_NOOP("Templates", "E-commerce purchase (the sample)")},
        {Template::B2bOnboarding, "b2b-onboarding",
         QT_TRANSLATE_NOOP("Templates", "B2B onboarding")},
        {Template::SupportIncident, "support-incident",
         QT_TRANSLATE_NOOP("Templates", "Support incident")},
        {Template::Cancellation, "cancellation",
         QT_TRANSLATE_NOOP("Templates", "Subscription cancellation")},
        {Template::BankAccount, "bank-account",
         QT_TRANSLATE_NOOP("Templates", "Bank account opening")},
        {Template::TariffChange, "tariff-change",
         QT_TRANSLATE_NOOP("Templates", "Telecom tariff change")},
};

std::optional<Template> templateFromName(QStringView name)
{
    if (name == u"purchase")
        return Template::Sample;
    for (const TemplateInfo &t : kTemplates) {
        if (name == QLatin1String(t.name))
            return t.which;
    }
    return std::nullopt;
}

QString templateName(Template which)
{
    for (const TemplateInfo &t : kTemplates) {
        if (t.which == which)
            return QLatin1String(t.name);
    }
    return {};
}

QString templateNames()
{
    QStringList names;
    for (const TemplateInfo &t : kTemplates)
        names.append(QLatin1String(t.name));
    return names.join(QStringLiteral(", "));
}

QList<Template> allTemplates()
{
    QList<Template> all;
    for (const TemplateInfo &t : kTemplates)
        all.append(t.which);
    return all;
}

QString templateTitle(Template which)
{
    for (const TemplateInfo &t : kTemplates) {
        if (t.which == which)
            return tr(t.title);
    }
    return {};
}

Workspace makeTemplate(Template which)
{
    if (which == Template::Sample)
        return makeSampleWorkspace();
    if (const scenario::Scenario *s = scenario::scenarioOf(int(which)))
        return scenario::buildScenario(*s);
    Workspace ws = standardMetrics();
    ws.channels = scenario::standardChannels();
    Journey j;
    j.id = QStringLiteral("j1");
    j.stages = standardStages();
    if (which == Template::Journey) {
        j.name = tr("New journey map");
        j.kind = JourneyKind::Journey;
        j.lanes = {
                {QStringLiteral("customer"), tr("Customer actions"), LaneKind::Customer},
                {QStringLiteral("touchpoints"), tr("Touchpoints"), LaneKind::Touchpoints},
                {QStringLiteral("emotions"), tr("Emotions"), LaneKind::Emotions},
                {QStringLiteral("thoughts"), tr("Thoughts"), LaneKind::Thoughts},
                {QStringLiteral("painpoints"), tr("Pain points"), LaneKind::PainPoints},
                {QStringLiteral("opportunities"), tr("Opportunities"), LaneKind::Opportunities},
        };
    } else {
        j.name = tr("New service blueprint");
        j.kind = JourneyKind::Blueprint;
        // The standard order; the three lines fall between these lanes.
        j.lanes = {
                {QStringLiteral("evidence"), tr("Physical evidence"), LaneKind::Evidence},
                {QStringLiteral("customer"), tr("Customer actions"), LaneKind::Customer},
                {QStringLiteral("frontstage"), tr("Frontstage actions"), LaneKind::Frontstage},
                {QStringLiteral("backstage"), tr("Backstage actions"), LaneKind::Backstage},
                {QStringLiteral("support"), tr("Support processes"), LaneKind::Support},
        };
    }
    ws.journeys = {j};
    return ws;
}

} // namespace waymark
