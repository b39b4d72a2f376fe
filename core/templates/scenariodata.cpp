// The rows of the scenario templates: what a team typically maps for each,
// with the pain points such journeys are known for. Every text is
// translatable in the context "Templates".

#include "scenario.h"
#include "templates.h"

#include <QtGlobal>

#include <array>

namespace waymark::scenario {

namespace {

// clang-format off
constexpr std::array kB2bStages = std::to_array<StageRow>({
    {"contract", QT_TRANSLATE_NOOP("Templates", "Contract signed")},
    {"kickoff", QT_TRANSLATE_NOOP("Templates", "Kick-off")},
    {"setup", QT_TRANSLATE_NOOP("Templates", "Account setup")},
    {"integration", QT_TRANSLATE_NOOP("Templates", "Integration")},
    {"training", QT_TRANSLATE_NOOP("Templates", "Training")},
    {"golive", QT_TRANSLATE_NOOP("Templates", "Go-live")},
});
constexpr std::array kB2bSteps = std::to_array<StepRow>({
    {"contract", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Sales"), 1, QT_TRANSLATE_NOOP("Templates", "Signs the contract"), ""},
    {"contract", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Customer success"), 0, QT_TRANSLATE_NOOP("Templates", "Waits for someone to get in touch"), QT_TRANSLATE_NOOP("Templates", "Nobody says what happens next after the signature.")},
    {"kickoff", kCustomer, "phone", QT_TRANSLATE_NOOP("Templates", "Customer success"), 1, QT_TRANSLATE_NOOP("Templates", "Joins the kick-off call"), ""},
    {"setup", kCustomer, "web", QT_TRANSLATE_NOOP("Templates", "Customer success"), -1, QT_TRANSLATE_NOOP("Templates", "Fills in the setup questionnaire"), ""},
    {"setup", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "IT"), -2, QT_TRANSLATE_NOOP("Templates", "Invites the team's users"), ""},
    {"integration", kCustomer, "web", QT_TRANSLATE_NOOP("Templates", "Solutions engineering"), -2, QT_TRANSLATE_NOOP("Templates", "Connects the ERP"), QT_TRANSLATE_NOOP("Templates", "Moment of truth: does the data flow?")},
    {"training", kCustomer, "web", QT_TRANSLATE_NOOP("Templates", "Training"), 1, QT_TRANSLATE_NOOP("Templates", "Team attends the training"), ""},
    {"golive", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "Customer success"), 2, QT_TRANSLATE_NOOP("Templates", "First real order goes through"), ""},
    {"contract", kEvidence, "email", "", kNone, QT_TRANSLATE_NOOP("Templates", "Signed contract and welcome email"), ""},
    {"setup", kEvidence, "web", "", kNone, QT_TRANSLATE_NOOP("Templates", "Admin console"), ""},
    {"training", kEvidence, "web", "", kNone, QT_TRANSLATE_NOOP("Templates", "Training videos and certificate"), ""},
    {"kickoff", kFront, "phone", QT_TRANSLATE_NOOP("Templates", "Customer success"), kNone, QT_TRANSLATE_NOOP("Templates", "Onboarding manager runs the kick-off"), ""},
    {"integration", kFront, "chat", QT_TRANSLATE_NOOP("Templates", "Solutions engineering"), kNone, QT_TRANSLATE_NOOP("Templates", "Engineer pairs on the integration"), ""},
    {"training", kFront, "web", QT_TRANSLATE_NOOP("Templates", "Training"), kNone, QT_TRANSLATE_NOOP("Templates", "Trainer holds a live session"), ""},
    {"contract", kBack, "", QT_TRANSLATE_NOOP("Templates", "Sales"), kNone, QT_TRANSLATE_NOOP("Templates", "Sales hands the account to success"), ""},
    {"setup", kBack, "", QT_TRANSLATE_NOOP("Templates", "Operations"), kNone, QT_TRANSLATE_NOOP("Templates", "Tenant is provisioned"), ""},
    {"golive", kBack, "", QT_TRANSLATE_NOOP("Templates", "Customer success"), kNone, QT_TRANSLATE_NOOP("Templates", "Health score is watched"), ""},
    {"contract", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "CRM"), ""},
    {"setup", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Provisioning scripts"), ""},
    {"integration", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Public API and sandbox"), ""},
    {"contract", kPain, "", QT_TRANSLATE_NOOP("Templates", "Sales"), kNone, QT_TRANSLATE_NOOP("Templates", "Context is lost between sales and onboarding"), ""},
    {"setup", kPain, "", QT_TRANSLATE_NOOP("Templates", "Customer success"), kNone, QT_TRANSLATE_NOOP("Templates", "Same questions asked twice"), ""},
    {"integration", kPain, "", QT_TRANSLATE_NOOP("Templates", "Solutions engineering"), kNone, QT_TRANSLATE_NOOP("Templates", "Integration takes weeks longer than promised"), ""},
    {"contract", kIdeas, "email", QT_TRANSLATE_NOOP("Templates", "Customer success"), kNone, QT_TRANSLATE_NOOP("Templates", "Welcome pack with a dated plan"), ""},
    {"integration", kIdeas, "web", QT_TRANSLATE_NOOP("Templates", "Solutions engineering"), kNone, QT_TRANSLATE_NOOP("Templates", "Ready-made connectors for common ERPs"), ""},
    {"golive", kIdeas, "phone", QT_TRANSLATE_NOOP("Templates", "Customer success"), kNone, QT_TRANSLATE_NOOP("Templates", "Go-live check-in after 30 days"), ""},
});

constexpr std::array kIncidentStages = std::to_array<StageRow>({
    {"notice", QT_TRANSLATE_NOOP("Templates", "Problem noticed")},
    {"contact", QT_TRANSLATE_NOOP("Templates", "Contact")},
    {"diagnosis", QT_TRANSLATE_NOOP("Templates", "Diagnosis")},
    {"fix", QT_TRANSLATE_NOOP("Templates", "Resolution")},
    {"followup", QT_TRANSLATE_NOOP("Templates", "Follow-up")},
});
constexpr std::array kIncidentSteps = std::to_array<StepRow>({
    {"notice", kCustomer, "app", "", -1, QT_TRANSLATE_NOOP("Templates", "Service stops working"), ""},
    {"notice", kCustomer, "web", QT_TRANSLATE_NOOP("Templates", "Self-service"), -1, QT_TRANSLATE_NOOP("Templates", "Searches the help centre"), ""},
    {"contact", kCustomer, "chat", QT_TRANSLATE_NOOP("Templates", "Support"), -1, QT_TRANSLATE_NOOP("Templates", "Opens a chat"), ""},
    {"contact", kCustomer, "phone", QT_TRANSLATE_NOOP("Templates", "Support"), -2, QT_TRANSLATE_NOOP("Templates", "Calls and waits in the queue"), ""},
    {"diagnosis", kCustomer, "phone", QT_TRANSLATE_NOOP("Templates", "Support"), -2, QT_TRANSLATE_NOOP("Templates", "Explains the problem again"), QT_TRANSLATE_NOOP("Templates", "The chat history did not reach the phone agent.")},
    {"fix", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Support"), 1, QT_TRANSLATE_NOOP("Templates", "Gets the fix by email"), ""},
    {"followup", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Customer experience"), 1, QT_TRANSLATE_NOOP("Templates", "Answers the satisfaction survey"), ""},
    {"notice", kEvidence, "app", "", kNone, QT_TRANSLATE_NOOP("Templates", "Error message on screen"), ""},
    {"contact", kEvidence, "email", "", kNone, QT_TRANSLATE_NOOP("Templates", "Ticket number by email"), ""},
    {"contact", kFront, "chat", QT_TRANSLATE_NOOP("Templates", "Support"), kNone, QT_TRANSLATE_NOOP("Templates", "First-line agent takes the case"), ""},
    {"diagnosis", kFront, "phone", QT_TRANSLATE_NOOP("Templates", "Support"), kNone, QT_TRANSLATE_NOOP("Templates", "Agent runs the troubleshooting script"), ""},
    {"fix", kFront, "email", QT_TRANSLATE_NOOP("Templates", "Support"), kNone, QT_TRANSLATE_NOOP("Templates", "Agent confirms the fix with the customer"), ""},
    {"diagnosis", kBack, "", QT_TRANSLATE_NOOP("Templates", "Engineering"), kNone, QT_TRANSLATE_NOOP("Templates", "Ticket escalated to second line"), ""},
    {"fix", kBack, "", QT_TRANSLATE_NOOP("Templates", "Engineering"), kNone, QT_TRANSLATE_NOOP("Templates", "Engineers deploy a fix"), ""},
    {"followup", kBack, "", QT_TRANSLATE_NOOP("Templates", "Quality"), kNone, QT_TRANSLATE_NOOP("Templates", "Root cause is reviewed"), ""},
    {"contact", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Ticketing system"), ""},
    {"diagnosis", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Monitoring and logs"), ""},
    {"notice", kPain, "", QT_TRANSLATE_NOOP("Templates", "Self-service"), kNone, QT_TRANSLATE_NOOP("Templates", "Help articles do not match the error"), ""},
    {"contact", kPain, "", QT_TRANSLATE_NOOP("Templates", "Support"), kNone, QT_TRANSLATE_NOOP("Templates", "Long waiting time on the phone"), ""},
    {"diagnosis", kPain, "", QT_TRANSLATE_NOOP("Templates", "Support"), kNone, QT_TRANSLATE_NOOP("Templates", "Customer repeats the story to every agent"), ""},
    {"notice", kIdeas, "app", QT_TRANSLATE_NOOP("Templates", "Engineering"), kNone, QT_TRANSLATE_NOOP("Templates", "Status page and proactive alert"), ""},
    {"diagnosis", kIdeas, "chat", QT_TRANSLATE_NOOP("Templates", "Support"), kNone, QT_TRANSLATE_NOOP("Templates", "One case history across channels"), ""},
    {"followup", kIdeas, "email", QT_TRANSLATE_NOOP("Templates", "Customer experience"), kNone, QT_TRANSLATE_NOOP("Templates", "Tell customers what was fixed for good"), ""},
});

constexpr std::array kCancelStages = std::to_array<StageRow>({
    {"doubt", QT_TRANSLATE_NOOP("Templates", "Doubt")},
    {"search", QT_TRANSLATE_NOOP("Templates", "Looking for the way out")},
    {"request", QT_TRANSLATE_NOOP("Templates", "Cancellation request")},
    {"retention", QT_TRANSLATE_NOOP("Templates", "Retention offer")},
    {"confirm", QT_TRANSLATE_NOOP("Templates", "Confirmation")},
    {"after", QT_TRANSLATE_NOOP("Templates", "After leaving")},
});
constexpr std::array kCancelSteps = std::to_array<StepRow>({
    {"doubt", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Billing"), -1, QT_TRANSLATE_NOOP("Templates", "Notices the price went up"), ""},
    {"search", kCustomer, "web", QT_TRANSLATE_NOOP("Templates", "Self-service"), -2, QT_TRANSLATE_NOOP("Templates", "Looks for the cancel button"), QT_TRANSLATE_NOOP("Templates", "It is hidden three menus deep.")},
    {"request", kCustomer, "phone", QT_TRANSLATE_NOOP("Templates", "Customer service"), -2, QT_TRANSLATE_NOOP("Templates", "Has to call to cancel"), ""},
    {"retention", kCustomer, "phone", QT_TRANSLATE_NOOP("Templates", "Retention"), -1, QT_TRANSLATE_NOOP("Templates", "Hears a discount offer"), ""},
    {"confirm", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Billing"), 0, QT_TRANSLATE_NOOP("Templates", "Receives the confirmation"), ""},
    {"after", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Billing"), -2, QT_TRANSLATE_NOOP("Templates", "Is charged once more"), ""},
    {"after", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Marketing"), 1, QT_TRANSLATE_NOOP("Templates", "Gets a win-back offer months later"), ""},
    {"doubt", kEvidence, "email", "", kNone, QT_TRANSLATE_NOOP("Templates", "Invoice with the new price"), ""},
    {"confirm", kEvidence, "email", "", kNone, QT_TRANSLATE_NOOP("Templates", "Cancellation confirmation"), ""},
    {"request", kFront, "phone", QT_TRANSLATE_NOOP("Templates", "Customer service"), kNone, QT_TRANSLATE_NOOP("Templates", "Agent checks identity and contract"), ""},
    {"retention", kFront, "phone", QT_TRANSLATE_NOOP("Templates", "Retention"), kNone, QT_TRANSLATE_NOOP("Templates", "Retention agent makes an offer"), ""},
    {"request", kBack, "", QT_TRANSLATE_NOOP("Templates", "Operations"), kNone, QT_TRANSLATE_NOOP("Templates", "Cancellation is keyed in by hand"), ""},
    {"confirm", kBack, "", QT_TRANSLATE_NOOP("Templates", "Billing"), kNone, QT_TRANSLATE_NOOP("Templates", "Final invoice is calculated"), ""},
    {"request", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Subscription management"), ""},
    {"confirm", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Billing system"), ""},
    {"search", kPain, "", QT_TRANSLATE_NOOP("Templates", "Self-service"), kNone, QT_TRANSLATE_NOOP("Templates", "No way to cancel online"), ""},
    {"retention", kPain, "", QT_TRANSLATE_NOOP("Templates", "Retention"), kNone, QT_TRANSLATE_NOOP("Templates", "Pushy offers feel like a trap"), ""},
    {"after", kPain, "", QT_TRANSLATE_NOOP("Templates", "Billing"), kNone, QT_TRANSLATE_NOOP("Templates", "Billing runs after the end date"), ""},
    {"search", kIdeas, "web", QT_TRANSLATE_NOOP("Templates", "Self-service"), kNone, QT_TRANSLATE_NOOP("Templates", "Cancel in two clicks, with a pause option"), ""},
    {"doubt", kIdeas, "email", QT_TRANSLATE_NOOP("Templates", "Billing"), kNone, QT_TRANSLATE_NOOP("Templates", "Explain price changes before they happen"), ""},
    {"after", kIdeas, "email", QT_TRANSLATE_NOOP("Templates", "Marketing"), kNone, QT_TRANSLATE_NOOP("Templates", "Leave on good terms: easy return later"), ""},
});

constexpr std::array kBankStages = std::to_array<StageRow>({
    {"choose", QT_TRANSLATE_NOOP("Templates", "Choosing a bank")},
    {"apply", QT_TRANSLATE_NOOP("Templates", "Application")},
    {"identity", QT_TRANSLATE_NOOP("Templates", "Identity check")},
    {"approval", QT_TRANSLATE_NOOP("Templates", "Approval")},
    {"card", QT_TRANSLATE_NOOP("Templates", "Card and first use")},
});
constexpr std::array kBankSteps = std::to_array<StepRow>({
    {"choose", kCustomer, "web", QT_TRANSLATE_NOOP("Templates", "Marketing"), 0, QT_TRANSLATE_NOOP("Templates", "Compares account fees"), ""},
    {"apply", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "Digital sales"), 1, QT_TRANSLATE_NOOP("Templates", "Starts the application in the app"), ""},
    {"apply", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "Digital sales"), -1, QT_TRANSLATE_NOOP("Templates", "Uploads proof of address"), ""},
    {"identity", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "Compliance"), -2, QT_TRANSLATE_NOOP("Templates", "Video identification fails"), QT_TRANSLATE_NOOP("Templates", "Poor light; the customer has to book a branch visit.")},
    {"identity", kCustomer, "store", QT_TRANSLATE_NOOP("Templates", "Branch"), -1, QT_TRANSLATE_NOOP("Templates", "Visits a branch with a passport"), ""},
    {"approval", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Compliance"), -1, QT_TRANSLATE_NOOP("Templates", "Waits for approval"), ""},
    {"card", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "Cards"), 2, QT_TRANSLATE_NOOP("Templates", "Pays with the new card"), ""},
    {"apply", kEvidence, "app", "", kNone, QT_TRANSLATE_NOOP("Templates", "Application form"), ""},
    {"card", kEvidence, "", "", kNone, QT_TRANSLATE_NOOP("Templates", "Card letter and PIN"), ""},
    {"identity", kFront, "store", QT_TRANSLATE_NOOP("Templates", "Branch"), kNone, QT_TRANSLATE_NOOP("Templates", "Branch advisor checks the passport"), ""},
    {"approval", kFront, "phone", QT_TRANSLATE_NOOP("Templates", "Customer service"), kNone, QT_TRANSLATE_NOOP("Templates", "Agent asks for a missing document"), ""},
    {"identity", kBack, "", QT_TRANSLATE_NOOP("Templates", "Compliance"), kNone, QT_TRANSLATE_NOOP("Templates", "Know-your-customer review"), ""},
    {"approval", kBack, "", QT_TRANSLATE_NOOP("Templates", "Risk"), kNone, QT_TRANSLATE_NOOP("Templates", "Credit and fraud scoring"), ""},
    {"card", kBack, "", QT_TRANSLATE_NOOP("Templates", "Cards"), kNone, QT_TRANSLATE_NOOP("Templates", "Card is produced and posted"), ""},
    {"identity", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Identity verification service"), ""},
    {"approval", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Core banking system"), ""},
    {"apply", kPain, "", QT_TRANSLATE_NOOP("Templates", "Digital sales"), kNone, QT_TRANSLATE_NOOP("Templates", "Long form, progress lost on timeout"), ""},
    {"identity", kPain, "", QT_TRANSLATE_NOOP("Templates", "Compliance"), kNone, QT_TRANSLATE_NOOP("Templates", "Online identification drops a third of applicants"), ""},
    {"approval", kPain, "", QT_TRANSLATE_NOOP("Templates", "Compliance"), kNone, QT_TRANSLATE_NOOP("Templates", "No status while waiting"), ""},
    {"apply", kIdeas, "app", QT_TRANSLATE_NOOP("Templates", "Digital sales"), kNone, QT_TRANSLATE_NOOP("Templates", "Save and resume the application"), ""},
    {"approval", kIdeas, "app", QT_TRANSLATE_NOOP("Templates", "Compliance"), kNone, QT_TRANSLATE_NOOP("Templates", "Application tracker in the app"), ""},
    {"card", kIdeas, "app", QT_TRANSLATE_NOOP("Templates", "Cards"), kNone, QT_TRANSLATE_NOOP("Templates", "Digital card in the wallet on day one"), ""},
});

constexpr std::array kTariffStages = std::to_array<StageRow>({
    {"trigger", QT_TRANSLATE_NOOP("Templates", "Trigger")},
    {"compare", QT_TRANSLATE_NOOP("Templates", "Comparing tariffs")},
    {"change", QT_TRANSLATE_NOOP("Templates", "Ordering the change")},
    {"switch", QT_TRANSLATE_NOOP("Templates", "Switch-over")},
    {"bill", QT_TRANSLATE_NOOP("Templates", "First bill")},
});
constexpr std::array kTariffSteps = std::to_array<StepRow>({
    {"trigger", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "Billing"), -1, QT_TRANSLATE_NOOP("Templates", "Runs out of mobile data again"), ""},
    {"compare", kCustomer, "web", QT_TRANSLATE_NOOP("Templates", "E-commerce"), -1, QT_TRANSLATE_NOOP("Templates", "Compares tariffs on the website"), ""},
    {"compare", kCustomer, "store", QT_TRANSLATE_NOOP("Templates", "Retail"), 0, QT_TRANSLATE_NOOP("Templates", "Asks in the shop"), ""},
    {"change", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "E-commerce"), 1, QT_TRANSLATE_NOOP("Templates", "Orders the new tariff in the app"), ""},
    {"switch", kCustomer, "app", QT_TRANSLATE_NOOP("Templates", "Network"), -1, QT_TRANSLATE_NOOP("Templates", "Waits for the change to take effect"), ""},
    {"bill", kCustomer, "email", QT_TRANSLATE_NOOP("Templates", "Billing"), -2, QT_TRANSLATE_NOOP("Templates", "Finds two tariffs on one bill"), QT_TRANSLATE_NOOP("Templates", "Pro-rata charges nobody explained.")},
    {"bill", kCustomer, "phone", QT_TRANSLATE_NOOP("Templates", "Customer service"), -1, QT_TRANSLATE_NOOP("Templates", "Calls to query the bill"), ""},
    {"compare", kEvidence, "web", "", kNone, QT_TRANSLATE_NOOP("Templates", "Tariff comparison table"), ""},
    {"change", kEvidence, "email", "", kNone, QT_TRANSLATE_NOOP("Templates", "Order confirmation SMS"), ""},
    {"bill", kEvidence, "email", "", kNone, QT_TRANSLATE_NOOP("Templates", "The bill"), ""},
    {"compare", kFront, "store", QT_TRANSLATE_NOOP("Templates", "Retail"), kNone, QT_TRANSLATE_NOOP("Templates", "Shop staff recommend a tariff"), ""},
    {"bill", kFront, "phone", QT_TRANSLATE_NOOP("Templates", "Customer service"), kNone, QT_TRANSLATE_NOOP("Templates", "Agent explains the charges"), ""},
    {"change", kBack, "", QT_TRANSLATE_NOOP("Templates", "Operations"), kNone, QT_TRANSLATE_NOOP("Templates", "Eligibility and contract term checked"), ""},
    {"switch", kBack, "", QT_TRANSLATE_NOOP("Templates", "Network"), kNone, QT_TRANSLATE_NOOP("Templates", "Tariff switched at the next cycle"), ""},
    {"change", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Product catalogue"), ""},
    {"switch", kSystems, "", QT_TRANSLATE_NOOP("Templates", "IT"), kNone, QT_TRANSLATE_NOOP("Templates", "Provisioning and rating"), ""},
    {"compare", kPain, "", QT_TRANSLATE_NOOP("Templates", "E-commerce"), kNone, QT_TRANSLATE_NOOP("Templates", "Tariffs are hard to compare"), ""},
    {"switch", kPain, "", QT_TRANSLATE_NOOP("Templates", "Network"), kNone, QT_TRANSLATE_NOOP("Templates", "Change waits for the billing cycle"), ""},
    {"bill", kPain, "", QT_TRANSLATE_NOOP("Templates", "Billing"), kNone, QT_TRANSLATE_NOOP("Templates", "Surprise pro-rata charges"), ""},
    {"trigger", kIdeas, "app", QT_TRANSLATE_NOOP("Templates", "Billing"), kNone, QT_TRANSLATE_NOOP("Templates", "Suggest a better tariff from usage"), ""},
    {"switch", kIdeas, "app", QT_TRANSLATE_NOOP("Templates", "Network"), kNone, QT_TRANSLATE_NOOP("Templates", "Switch at once, shown in the app"), ""},
    {"bill", kIdeas, "email", QT_TRANSLATE_NOOP("Templates", "Billing"), kNone, QT_TRANSLATE_NOOP("Templates", "Explain the first bill before it arrives"), ""},
});

constexpr Scenario kScenarios[] = {
    {"b2b-onboarding", QT_TRANSLATE_NOOP("Templates", "B2B onboarding"),
     QT_TRANSLATE_NOOP("Templates", "Priya, operations lead at a new client"),
     QT_TRANSLATE_NOOP("Templates", "Her team working in the new system within a month"),
     QT_TRANSLATE_NOOP("Templates", "We signed in March; when do we actually start?"),
     QT_TRANSLATE_NOOP("Templates", "A mid-sized company has bought the software. From the signature to the first real order, the client's team is set up, integrated and trained."),
     kB2bStages, kB2bSteps},
    {"support-incident", QT_TRANSLATE_NOOP("Templates", "Support incident"),
     QT_TRANSLATE_NOOP("Templates", "Tom, a customer with a broken service"),
     QT_TRANSLATE_NOOP("Templates", "Get it working again without explaining it three times"),
     QT_TRANSLATE_NOOP("Templates", "I already told the chat all of this."),
     QT_TRANSLATE_NOOP("Templates", "A service stops working. The customer looks for help, contacts support, and waits for the diagnosis and the fix."),
     kIncidentStages, kIncidentSteps},
    {"cancellation", QT_TRANSLATE_NOOP("Templates", "Subscription cancellation"),
     QT_TRANSLATE_NOOP("Templates", "Lena, leaving after a price rise"),
     QT_TRANSLATE_NOOP("Templates", "Cancel quickly and pay nothing more"),
     QT_TRANSLATE_NOOP("Templates", "Signing up took a minute; leaving takes a week."),
     QT_TRANSLATE_NOOP("Templates", "After a price rise a subscriber decides to cancel, looks for the way to do it, hears an offer and leaves."),
     kCancelStages, kCancelSteps},
    {"bank-account", QT_TRANSLATE_NOOP("Templates", "Bank account opening"),
     QT_TRANSLATE_NOOP("Templates", "Daniel, new in the country"),
     QT_TRANSLATE_NOOP("Templates", "An account and a card before the first salary"),
     QT_TRANSLATE_NOOP("Templates", "Why can't the app read my passport?"),
     QT_TRANSLATE_NOOP("Templates", "A new customer opens a current account: application, identity check, approval and the first payment with the card."),
     kBankStages, kBankSteps},
    {"tariff-change", QT_TRANSLATE_NOOP("Templates", "Telecom tariff change"),
     QT_TRANSLATE_NOOP("Templates", "Sara, a mobile customer for six years"),
     QT_TRANSLATE_NOOP("Templates", "More data for the same money, no surprises on the bill"),
     QT_TRANSLATE_NOOP("Templates", "Loyal customers get the worst deals."),
     QT_TRANSLATE_NOOP("Templates", "A mobile customer runs out of data, compares tariffs, changes hers and checks the first bill."),
     kTariffStages, kTariffSteps},
};
// clang-format on

} // namespace

const Scenario *scenarioOf(int templateValue)
{
    switch (Template(templateValue)) {
    case Template::B2bOnboarding:
        return &kScenarios[0];
    case Template::SupportIncident:
        return &kScenarios[1];
    case Template::Cancellation:
        return &kScenarios[2];
    case Template::BankAccount:
        return &kScenarios[3];
    case Template::TariffChange:
        return &kScenarios[4];
    case Template::Journey:
    case Template::Blueprint:
    case Template::Sample:
        break;
    }
    return nullptr;
}

} // namespace waymark::scenario
