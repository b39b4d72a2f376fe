#include "templates.h"

#include "model/standardmetrics.h"
#include "model/workspace.h"

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

QList<Channel> standardChannels()
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

} // namespace

std::optional<Template> templateFromName(QStringView name)
{
    if (name == u"journey")
        return Template::Journey;
    if (name == u"blueprint")
        return Template::Blueprint;
    if (name == u"sample")
        return Template::Sample;
    return std::nullopt;
}

QString templateNames()
{
    return QStringLiteral("journey, blueprint, sample");
}

Workspace makeTemplate(Template which)
{
    if (which == Template::Sample)
        return makeSampleWorkspace();
    Workspace ws = standardMetrics();
    ws.channels = standardChannels();
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
