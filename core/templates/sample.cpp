// The bundled sample: buying a sofa from an online-and-showroom retailer.
// A realistic omnichannel blueprint a workshop can start from: two personas,
// six stages, the five blueprint lanes plus touchpoints, emotions, pain points
// and opportunities, branches (online or showroom), a support loop, a
// drop-out, shares on the links, and a future state with fewer handoffs.

#include "model/standardmetrics.h"
#include "model/workspace.h"
#include "templates.h"

#include <QCoreApplication>

#include <array>

namespace waymark {

namespace {

constexpr int kNoEmotion = 99;
constexpr int kEntry = 1;
constexpr int kGoal = 2;

struct StepRow
{
    const char *id;
    const char *stage;
    const char *lane;
    StepKind kind;
    const char *channel;
    const char *owner;
    int emotion;
    bool momentOfTruth;
    const char *key;
    int flags;
    const char *title;
    const char *description;
};

struct LinkRow
{
    const char *from;
    const char *to;
    LinkKind kind;
    double share; // < 0: unknown
};

using K = StepKind;

// clang-format off
constexpr std::array kSteps = std::to_array<StepRow>({
    // Customer actions
    {"c01", "awareness", "customer", K::Touchpoint, "social", QT_TRANSLATE_NOOP("Sample", "Marketing"), 1, false, "TP-01", kEntry, QT_TRANSLATE_NOOP("Sample", "Sees a sofa ad on Instagram"), QT_TRANSLATE_NOOP("Sample", "A carousel ad with the Oslo sofa in a small flat.")},
    {"c02", "awareness", "customer", K::Action, "", "", 1, false, "TP-02", kEntry, QT_TRANSLATE_NOOP("Sample", "Hears about the brand from a friend"), ""},
    {"c03", "consideration", "customer", K::Touchpoint, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), 1, false, "TP-03", 0, QT_TRANSLATE_NOOP("Sample", "Browses sofas on the website"), ""},
    {"c04", "consideration", "customer", K::Touchpoint, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), 0, false, "TP-04", 0, QT_TRANSLATE_NOOP("Sample", "Filters by size and fabric"), QT_TRANSLATE_NOOP("Sample", "Needs a sofa under 200 cm for a small living room.")},
    {"c05", "consideration", "customer", K::Touchpoint, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), 1, false, "TP-05", 0, QT_TRANSLATE_NOOP("Sample", "Orders free fabric swatches"), ""},
    {"c06", "consideration", "customer", K::Touchpoint, "showroom", QT_TRANSLATE_NOOP("Sample", "Retail"), 2, true, "TP-06", 0, QT_TRANSLATE_NOOP("Sample", "Visits the showroom"), QT_TRANSLATE_NOOP("Sample", "First moment of truth: she sits on it and decides.")},
    {"c07", "consideration", "customer", K::Touchpoint, "chat", QT_TRANSLATE_NOOP("Sample", "Customer service"), 0, false, "TP-07", 0, QT_TRANSLATE_NOOP("Sample", "Asks about delivery in the chat"), ""},
    {"c08", "purchase", "customer", K::Touchpoint, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), 1, true, "TP-08", 0, QT_TRANSLATE_NOOP("Sample", "Checks out online"), ""},
    {"c09", "purchase", "customer", K::Touchpoint, "showroom", QT_TRANSLATE_NOOP("Sample", "Retail"), 1, false, "TP-09", 0, QT_TRANSLATE_NOOP("Sample", "Buys in the showroom"), ""},
    {"c10", "purchase", "customer", K::PainPoint, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), -2, false, "TP-10", 0, QT_TRANSLATE_NOOP("Sample", "Abandons the checkout"), QT_TRANSLATE_NOOP("Sample", "Forced account creation and a surprise delivery fee.")},
    {"c11", "purchase", "customer", K::Touchpoint, "web", QT_TRANSLATE_NOOP("Sample", "Logistics"), -1, false, "TP-11", 0, QT_TRANSLATE_NOOP("Sample", "Picks a delivery slot"), ""},
    {"c12", "delivery", "customer", K::Touchpoint, "email", QT_TRANSLATE_NOOP("Sample", "E-commerce"), 1, false, "TP-12", 0, QT_TRANSLATE_NOOP("Sample", "Gets the order confirmation email"), ""},
    {"c13", "delivery", "customer", K::Touchpoint, "app", QT_TRANSLATE_NOOP("Sample", "Logistics"), 0, false, "TP-13", 0, QT_TRANSLATE_NOOP("Sample", "Tracks the order in the app"), ""},
    {"c14", "delivery", "customer", K::Action, "courier", QT_TRANSLATE_NOOP("Sample", "Delivery partner"), -2, false, "TP-14", 0, QT_TRANSLATE_NOOP("Sample", "Waits at home for the 8-hour window"), ""},
    {"c15", "delivery", "customer", K::Touchpoint, "courier", QT_TRANSLATE_NOOP("Sample", "Delivery partner"), 1, true, "TP-15", 0, QT_TRANSLATE_NOOP("Sample", "Receives and inspects the sofa"), QT_TRANSLATE_NOOP("Sample", "Second moment of truth: the product in her home.")},
    {"c16", "use", "customer", K::Action, "", "", 0, false, "TP-16", 0, QT_TRANSLATE_NOOP("Sample", "Assembles the legs"), ""},
    {"c17", "use", "customer", K::PainPoint, "", "", -2, false, "TP-17", 0, QT_TRANSLATE_NOOP("Sample", "Finds a flaw in the fabric"), ""},
    {"c18", "use", "customer", K::Action, "", "", 2, false, "TP-18", kGoal, QT_TRANSLATE_NOOP("Sample", "Enjoys the sofa at home"), ""},
    {"c19", "support", "customer", K::Touchpoint, "phone", QT_TRANSLATE_NOOP("Sample", "Customer service"), -1, false, "TP-19", 0, QT_TRANSLATE_NOOP("Sample", "Calls support about the flaw"), ""},
    {"c20", "support", "customer", K::Touchpoint, "phone", QT_TRANSLATE_NOOP("Sample", "Customer service"), -2, false, "TP-20", 0, QT_TRANSLATE_NOOP("Sample", "Calls again: no callback"), ""},
    {"c21", "support", "customer", K::Touchpoint, "courier", QT_TRANSLATE_NOOP("Sample", "Delivery partner"), 1, false, "TP-21", 0, QT_TRANSLATE_NOOP("Sample", "Gets a replacement cover"), ""},
    {"c22", "support", "customer", K::Touchpoint, "social", QT_TRANSLATE_NOOP("Sample", "Marketing"), 1, false, "TP-22", kGoal, QT_TRANSLATE_NOOP("Sample", "Leaves a review"), ""},
    // Touchpoints the customer meets on the way
    {"t01", "consideration", "touchpoints", K::Touchpoint, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Product page with 3D view"), ""},
    {"t02", "delivery", "touchpoints", K::Touchpoint, "app", QT_TRANSLATE_NOOP("Sample", "Logistics"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Live tracking map"), ""},
    // Frontstage
    {"f01", "consideration", "front", K::Process, "showroom", QT_TRANSLATE_NOOP("Sample", "Retail"), kNoEmotion, false, "FS-01", 0, QT_TRANSLATE_NOOP("Sample", "Advisor shows fabrics and seat depths"), ""},
    {"f02", "consideration", "front", K::Process, "chat", QT_TRANSLATE_NOOP("Sample", "Customer service"), kNoEmotion, false, "FS-02", 0, QT_TRANSLATE_NOOP("Sample", "Chat agent explains delivery options"), ""},
    {"f03", "delivery", "front", K::Process, "courier", QT_TRANSLATE_NOOP("Sample", "Delivery partner"), kNoEmotion, false, "FS-03", 0, QT_TRANSLATE_NOOP("Sample", "Delivery crew carries the sofa in"), ""},
    {"f04", "support", "front", K::Process, "phone", QT_TRANSLATE_NOOP("Sample", "Customer service"), kNoEmotion, false, "FS-04", 0, QT_TRANSLATE_NOOP("Sample", "Support agent logs a complaint"), ""},
    // Backstage
    {"b01", "consideration", "back", K::Process, "", QT_TRANSLATE_NOOP("Sample", "Warehouse"), kNoEmotion, false, "BS-01", 0, QT_TRANSLATE_NOOP("Sample", "Swatches are picked and posted"), ""},
    {"b02", "purchase", "back", K::Process, "", QT_TRANSLATE_NOOP("Sample", "Operations"), kNoEmotion, false, "BS-02", 0, QT_TRANSLATE_NOOP("Sample", "Stock is checked and the order confirmed"), ""},
    {"b03", "delivery", "back", K::Process, "", QT_TRANSLATE_NOOP("Sample", "Logistics"), kNoEmotion, false, "BS-03", 0, QT_TRANSLATE_NOOP("Sample", "Route is planned with the carrier"), ""},
    {"b04", "support", "back", K::Process, "", QT_TRANSLATE_NOOP("Sample", "Quality"), kNoEmotion, false, "BS-04", 0, QT_TRANSLATE_NOOP("Sample", "Quality team reviews the photos"), ""},
    // Support processes
    {"x01", "purchase", "systems", K::Process, "", QT_TRANSLATE_NOOP("Sample", "IT"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "ERP order system"), ""},
    {"x02", "delivery", "systems", K::Process, "", QT_TRANSLATE_NOOP("Sample", "Delivery partner"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Carrier booking portal"), ""},
    {"x03", "support", "systems", K::Process, "", QT_TRANSLATE_NOOP("Sample", "IT"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "CRM customer history"), ""},
    {"x04", "use", "systems", K::Process, "", QT_TRANSLATE_NOOP("Sample", "Legal"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Warranty and returns policy"), ""},
    // Physical evidence
    {"e01", "awareness", "evidence", K::Evidence, "social", "", kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Instagram ad with a sofa photo"), ""},
    {"e02", "consideration", "evidence", K::Evidence, "showroom", "", kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Showroom floor and fabric wall"), ""},
    {"e03", "purchase", "evidence", K::Evidence, "email", "", kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Order confirmation email"), ""},
    {"e04", "delivery", "evidence", K::Evidence, "courier", "", kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Delivery van and crew uniforms"), ""},
    {"e05", "use", "evidence", K::Evidence, "", "", kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Sofa, care label and manual"), ""},
    // Pain points
    {"p01", "consideration", "pain", K::PainPoint, "", QT_TRANSLATE_NOOP("Sample", "Warehouse"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Swatches take 7 days to arrive"), ""},
    {"p02", "purchase", "pain", K::PainPoint, "", QT_TRANSLATE_NOOP("Sample", "E-commerce"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Checkout forces an account"), ""},
    {"p03", "delivery", "pain", K::PainPoint, "", QT_TRANSLATE_NOOP("Sample", "Logistics"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Delivery window is 8 hours long"), ""},
    {"p04", "support", "pain", K::PainPoint, "", QT_TRANSLATE_NOOP("Sample", "Customer service"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "No callback after the first call"), ""},
    // Opportunities
    {"o01", "consideration", "ideas", K::Opportunity, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Preview fabrics in AR at home"), ""},
    {"o02", "purchase", "ideas", K::Opportunity, "web", QT_TRANSLATE_NOOP("Sample", "E-commerce"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "Guest checkout, fees shown early"), ""},
    {"o03", "delivery", "ideas", K::Opportunity, "app", QT_TRANSLATE_NOOP("Sample", "Logistics"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "2-hour slots with live tracking"), ""},
    {"o04", "support", "ideas", K::Opportunity, "phone", QT_TRANSLATE_NOOP("Sample", "Customer service"), kNoEmotion, false, "", 0, QT_TRANSLATE_NOOP("Sample", "A named agent who calls back"), ""},
});

using L = LinkKind;
constexpr std::array kLinks = std::to_array<LinkRow>({
    {"c01", "c03", L::Flow, 0.6}, {"c01", "c06", L::Alternative, 0.1},
    {"c02", "c03", L::Flow, 0.5}, {"c02", "c06", L::Alternative, 0.4},
    {"c03", "t01", L::Flow, 0.85}, {"t01", "c04", L::Flow, 0.9}, {"c03", "c07", L::Flow, 0.1},
    {"c04", "c05", L::Flow, 0.4}, {"c04", "c06", L::Alternative, 0.3}, {"c04", "c07", L::Flow, 0.2},
    {"c05", "b01", L::Handoff, 1.0}, {"b01", "c08", L::Flow, 0.5}, {"b01", "c06", L::Alternative, 0.3},
    {"c07", "f02", L::Handoff, 1.0}, {"f02", "c08", L::Flow, 0.7},
    {"c06", "f01", L::Handoff, 0.95}, {"f01", "c09", L::Flow, 0.6}, {"f01", "c08", L::Alternative, 0.2},
    {"c08", "c10", L::Flow, 0.25}, {"c08", "b02", L::Handoff, 0.75}, {"c09", "b02", L::Handoff, 1.0},
    {"b02", "c11", L::Flow, 1.0}, {"c11", "b03", L::Handoff, 1.0}, {"b03", "c12", L::Flow, 1.0},
    {"c12", "c13", L::Flow, 0.9}, {"c12", "c14", L::Flow, 0.1}, {"c13", "t02", L::Flow, 0.8},
    {"t02", "c14", L::Flow, 1.0}, {"c13", "c14", L::Flow, 0.2},
    {"c14", "f03", L::Handoff, 0.92}, {"c14", "c19", L::Alternative, 0.08},
    {"f03", "c15", L::Flow, 0.97}, {"c15", "c16", L::Flow, 0.95},
    {"c16", "c18", L::Flow, 0.9}, {"c16", "c17", L::Flow, 0.1}, {"c17", "c19", L::Flow, 0.8},
    {"c18", "c22", L::Flow, 0.3},
    {"c19", "f04", L::Handoff, 1.0}, {"f04", "b04", L::Handoff, 1.0},
    {"b04", "c21", L::Flow, 0.6}, {"b04", "c20", L::Flow, 0.4}, {"c20", "c19", L::Flow, 0.85},
    {"c21", "c18", L::Flow, 0.9},
    {"b02", "x01", L::Dependency, -1}, {"b03", "x02", L::Dependency, -1},
    {"f04", "x03", L::Dependency, -1}, {"b04", "x04", L::Dependency, -1},
});
// clang-format on

QString sampleText(const char *text)
{
    return *text ? QCoreApplication::translate("Sample", text) : QString();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Sample", text);
}

Journey currentState()
{
    Journey j;
    j.id = QStringLiteral("sofa");
    j.name = tr("Buy a sofa online or in the showroom");
    j.persona = QStringLiteral("anna");
    j.kind = JourneyKind::Blueprint;
    j.state = JourneyState::Current;
    j.scenario = tr("Anna has moved into her first flat and needs a sofa within a month. She "
                    "looks online, visits the showroom, orders and waits for the delivery.");
    j.stages = {
            {QStringLiteral("awareness"), tr("Awareness"), {}},
            {QStringLiteral("consideration"), tr("Consideration"), {}},
            {QStringLiteral("purchase"), tr("Purchase"), {}},
            {QStringLiteral("delivery"), tr("Delivery"), {}},
            {QStringLiteral("use"), tr("Use"), {}},
            {QStringLiteral("support"), tr("Support and loyalty"), {}},
    };
    j.lanes = {
            {QStringLiteral("evidence"), tr("Physical evidence"), LaneKind::Evidence},
            {QStringLiteral("customer"), tr("Customer actions"), LaneKind::Customer},
            {QStringLiteral("touchpoints"), tr("Touchpoints"), LaneKind::Touchpoints},
            {QStringLiteral("emotions"), tr("Emotions"), LaneKind::Emotions},
            {QStringLiteral("pain"), tr("Pain points"), LaneKind::PainPoints},
            {QStringLiteral("ideas"), tr("Opportunities"), LaneKind::Opportunities},
            {QStringLiteral("front"), tr("Frontstage actions"), LaneKind::Frontstage},
            {QStringLiteral("back"), tr("Backstage actions"), LaneKind::Backstage},
            {QStringLiteral("systems"), tr("Support processes"), LaneKind::Support},
    };
    for (const StepRow &row : kSteps) {
        Step s;
        s.id = QLatin1String(row.id);
        s.stage = QLatin1String(row.stage);
        s.lane = QLatin1String(row.lane);
        s.kind = row.kind;
        s.channel = QLatin1String(row.channel);
        s.owner = sampleText(row.owner);
        if (row.emotion != kNoEmotion)
            s.emotion = row.emotion;
        s.momentOfTruth = row.momentOfTruth;
        s.key = QLatin1String(row.key);
        s.entry = row.flags & kEntry;
        s.goal = row.flags & kGoal;
        s.title = sampleText(row.title);
        s.description = sampleText(row.description);
        s.order = int(j.cell(s.stage, s.lane).size());
        j.steps.append(s);
    }
    int n = 0;
    for (const LinkRow &row : kLinks) {
        Link l;
        l.id = QStringLiteral("l%1").arg(++n);
        l.from = QLatin1String(row.from);
        l.to = QLatin1String(row.to);
        l.kind = row.kind;
        if (row.share >= 0)
            l.share = row.share;
        l.typical = row.kind != LinkKind::Alternative;
        j.links.append(l);
    }
    return j;
}

// The team's target: AR swatches instead of posted ones, guest checkout,
// slots booked with the carrier automatically, a named agent who calls back.
Journey futureState(const Journey &current)
{
    Journey j = current;
    j.id = QStringLiteral("sofa-future");
    j.name = tr("Buy a sofa (future state)");
    j.state = JourneyState::Future;
    j.scenario = tr("The same purchase with AR swatches, guest checkout, 2-hour delivery slots "
                    "and a named support agent.");

    auto step = [&](const char *id) {
        return j.step(QString::fromLatin1(id));
    };
    auto link = [&](const char *from, const char *to) -> Link * {
        for (Link &l : j.links) {
            if (l.from == QLatin1String(from) && l.to == QLatin1String(to))
                return &l;
        }
        return nullptr;
    };
    auto dropStep = [&](const char *id) {
        const QString sid = QLatin1String(id);
        j.links.removeIf([&](const Link &l) { return l.from == sid || l.to == sid; });
        j.steps.removeIf([&](const Step &s) { return s.id == sid; });
    };

    step("c05")->title = tr("Previews fabrics in AR at home");
    step("c05")->emotion = 2;
    dropStep("b01"); // no swatches to post
    dropStep("p01");
    j.links.append({QStringLiteral("f1"),
                    QStringLiteral("c05"),
                    QStringLiteral("c08"),
                    LinkKind::Flow,
                    {},
                    0.7,
                    true});
    j.links.append({QStringLiteral("f2"),
                    QStringLiteral("c05"),
                    QStringLiteral("c06"),
                    LinkKind::Alternative,
                    {},
                    0.2,
                    false});

    step("c08")->title = tr("Checks out as a guest");
    link("c08", "c10")->share = 0.1;
    link("c08", "b02")->share = 0.9;
    dropStep("p02");

    step("c11")->title = tr("Picks a 2-hour slot, booked with the carrier");
    step("c11")->emotion = 1;
    dropStep("b03"); // the slot is booked in the same step: one handoff fewer
    j.links.append({QStringLiteral("f3"),
                    QStringLiteral("c11"),
                    QStringLiteral("c12"),
                    LinkKind::Flow,
                    {},
                    1.0,
                    true});
    step("c14")->title = tr("Waits for the 2-hour window");
    step("c14")->emotion = 0;
    dropStep("p03");

    step("f04")->title = tr("A named agent owns the case and calls back");
    dropStep("c20"); // no more calling again
    dropStep("p04");
    link("b04", "c21")->share = 0.95;
    return j;
}

} // namespace

Workspace makeSampleWorkspace()
{
    Workspace ws = standardMetrics();
    ws.personas = {
            {QStringLiteral("anna"), tr("Anna, first-time buyer"),
             tr("A sofa that fits a small flat and arrives on a day she is at home"),
             tr("I can't take a whole day off just to wait for a van."),
             tr("29, moved into her first flat, shops on her phone.")},
            {QStringLiteral("marek"), tr("Marek, showroom browser"),
             tr("Sit on it before paying 1,500 euros"), tr("Photos never show how deep a seat is."),
             tr("41, two children, buys furniture once in ten years.")},
    };
    ws.channels = {
            {QStringLiteral("web"), tr("Website"), ChannelKind::Digital, QStringLiteral("web")},
            {QStringLiteral("app"), tr("Mobile app"), ChannelKind::Digital, QStringLiteral("app")},
            {QStringLiteral("showroom"), tr("Showroom"), ChannelKind::Physical,
             QStringLiteral("store")},
            {QStringLiteral("phone"), tr("Call centre"), ChannelKind::Human,
             QStringLiteral("phone")},
            {QStringLiteral("chat"), tr("Live chat"), ChannelKind::Digital, QStringLiteral("chat")},
            {QStringLiteral("email"), tr("Email"), ChannelKind::Digital, QStringLiteral("email")},
            {QStringLiteral("social"), tr("Social media"), ChannelKind::Digital,
             QStringLiteral("social")},
            {QStringLiteral("courier"), tr("Delivery partner"), ChannelKind::Partner,
             QStringLiteral("truck")},
    };
    const Journey current = currentState();
    ws.journeys = {current, futureState(current)};
    return ws;
}

} // namespace waymark
