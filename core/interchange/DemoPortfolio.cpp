#include "DemoPortfolio.h"

#include "util/Prng.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <numeric>
#include <span>
#include <vector>

namespace charter {

namespace {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------
// Catalogue: the fictional organisation. Plain constexpr tables; text is turned into
// QString with fromRawData, so the many systems that share a phrase share its storage
// instead of allocating it 100,000 times.
// ---------------------------------------------------------------------------------

using Pool = std::span<const QStringView>;

// Empty text stays a null QString: "unknown", like everywhere else in the register.
QString raw(QStringView text)
{
    return text.isEmpty() ? QString() : QString::fromRawData(text.data(), text.size());
}

// The kind of thing a system does; together with a subject it names the system
// ("Claims" + "triage assistant").
enum class Kind : quint8 {
    None, // end marker in Subject::kinds
    Triage, Anomaly, Summariser, Forecast, Classifier, Chat, Drafting, Scheduling,
    Extraction, RiskScorer, Recommender, Visual, Search, FailurePredictor, Speech,
    Matching, DamageEstimator, Screening, Review, Planning, Sentiment, ImageGen,
};

// What a system's output looks like, which decides how it can report uncertainty.
enum class Output { Score, Forecast, Text };

struct KindInfo {
    QStringView name;
    Output output;
    bool transparency;    // talks to or generates content for people (EU "limited risk")
    bool automates;       // often trusted to act alone on routine decisions
    QStringView purpose;  // %1 = the subject's phrase
};

constexpr KindInfo kKinds[] = {
    {u"", Output::Score, false, false, u""},
    {u"triage assistant", Output::Score, false, true,
     u"Sorts %1 by urgency and suggests who should handle each one."},
    {u"anomaly detector", Output::Score, false, true,
     u"Flags unusual patterns in %1 for a person to review."},
    {u"summariser", Output::Text, false, false,
     u"Summarises %1 so reviewers can read the essentials first."},
    {u"forecasting model", Output::Forecast, false, true,
     u"Forecasts %1 for the coming weeks so teams can plan ahead."},
    {u"classification model", Output::Score, false, true,
     u"Classifies %1 and routes each one to the right queue."},
    {u"chat assistant", Output::Text, true, false,
     u"Answers %1 in a chat window and cites the sources it used."},
    {u"drafting assistant", Output::Text, true, false,
     u"Drafts text about %1 for staff to edit and approve before it is used."},
    {u"scheduling optimiser", Output::Forecast, false, true,
     u"Proposes %1 that balance cost, coverage and working-time rules."},
    {u"extraction pipeline", Output::Score, false, true,
     u"Extracts key fields from %1 and fills them into the system of record."},
    {u"risk scorer", Output::Score, false, false,
     u"Scores %1 by risk so the riskiest are looked at first."},
    {u"recommendation engine", Output::Score, false, false,
     u"Recommends next best actions for %1."},
    {u"visual inspector", Output::Score, false, true,
     u"Inspects %1 in camera images and flags defects to the line operator."},
    {u"search assistant", Output::Text, true, false,
     u"Finds relevant %1 across internal sources and cites where each answer came from."},
    {u"failure predictor", Output::Forecast, false, true,
     u"Predicts failures of %1 before they stop production."},
    {u"speech analytics", Output::Score, false, false,
     u"Transcribes and analyses %1 for quality, sentiment and complaints."},
    {u"matching engine", Output::Score, false, true,
     u"Matches %1 against reference records and proposes matches for confirmation."},
    {u"damage estimator", Output::Score, false, false,
     u"Estimates repair costs from photos attached to %1."},
    {u"screening assistant", Output::Score, false, false,
     u"Screens %1 against stated criteria and proposes a shortlist."},
    {u"review assistant", Output::Text, false, false,
     u"Reviews %1 and suggests changes for a person to accept or reject."},
    {u"planning optimiser", Output::Forecast, false, true,
     u"Proposes plans for %1 that balance cost, service and constraints."},
    {u"sentiment monitor", Output::Score, false, false,
     u"Monitors %1 and alerts staff to shifts in sentiment or volume."},
    {u"image generator", Output::Text, true, false,
     u"Generates %1 for the web shop and campaigns; people review them before publication."},
};
static_assert(std::size(kKinds) == std::size_t(Kind::ImageGen) + 1);

// Set of indices into the unit's decisions, as a bit mask.
constexpr quint8 decisionSet(std::initializer_list<int> indices)
{
    quint8 mask = 0;
    for (int i : indices)
        mask |= quint8(1u << i);
    return mask;
}

struct Subject {
    QStringView name;   // start of the system name, capitalised
    QStringView phrase; // inserted into the kind's purpose
    std::array<Kind, 5> kinds; // kinds that make sense for this subject; None ends
    quint8 decisions;   // decisionSet() of the unit decisions such a system touches
};

struct Decision {
    QStringView text;
    bool sensitive; // affects people's rights, money or safety: less autonomy, more bans
};

// A business unit that runs AI systems; its index is also its department index.
struct Unit {
    int weight; // share of the systems
    int personalPermille;
    int safetyPermille;
    int highRiskPermille; // EU AI Act high-risk share
    int gapTilt;          // how much more (or less) this unit leaves unanswered
    std::span<const Subject> subjects;
    std::span<const Decision> decisions;
    Pool integrations;
    Pool accessScopes;
};

using K = Kind;

constexpr Subject kClaimsSubjects[] = {
    {u"Claims", u"incoming claims", {K::Triage, K::Summariser, K::Classifier, K::Drafting,
     K::Extraction}, decisionSet({0, 1, 3, 4, 5})},
    {u"Motor claims", u"motor claims", {K::Triage, K::DamageEstimator, K::Extraction,
     K::RiskScorer}, decisionSet({0, 1, 3, 4, 5})},
    {u"Property claims", u"property claims", {K::Triage, K::DamageEstimator, K::Summariser},
     decisionSet({0, 1, 3, 5})},
    {u"Claims fraud", u"claims with signs of fraud", {K::RiskScorer, K::Anomaly}, decisionSet({2,
     4, 0})},
    {u"Subrogation", u"subrogation cases", {K::Summariser, K::Classifier, K::Recommender},
     decisionSet({6, 1, 0})},
};
constexpr Decision kClaimsDecisions[] = {
    {u"Claim priority in the handling queue", false},
    {u"Routing of a claim to a handler team", false},
    {u"Referral of a claim to fraud investigators", true},
    {u"Settlement amount within handler authority", true},
    {u"Rejection of a claim", true},
    {u"Request for further documents from the claimant", false},
    {u"Recovery action against a third party", false},
};
constexpr QStringView kClaimsIntegrations[] = {
    u"Claims management system; document management",
    u"Policy administration system; payments hub",
    u"Claims management system; fraud case manager; email gateway",
};
constexpr QStringView kClaimsAccess[] = {
    u"Read-only access to open claim files",
    u"Read/write access to claim notes and task queues",
    u"Read access to claims and policy data for the whole portfolio",
};

constexpr Subject kFinanceSubjects[] = {
    {u"Invoice", u"supplier invoices", {K::Anomaly, K::Extraction, K::Matching, K::Classifier},
     decisionSet({0, 2, 1})},
    {u"Expense claim", u"employee expense claims", {K::Anomaly, K::Classifier, K::RiskScorer},
     decisionSet({4, 2})},
    {u"Cash flow", u"cash flow", {K::Forecast}, decisionSet({5})},
    {u"Payment", u"outgoing payments", {K::Anomaly, K::RiskScorer, K::Matching}, decisionSet({1, 0,
     3})},
    {u"Bank statement", u"bank statement lines", {K::Matching, K::Classifier}, decisionSet({3, 6})},
    {u"Month-end journal", u"month-end journals", {K::Anomaly, K::Drafting}, decisionSet({6, 3})},
};
constexpr Decision kFinanceDecisions[] = {
    {u"Approval of a supplier invoice for payment", true},
    {u"Hold on a suspicious payment", true},
    {u"Coding of an invoice to a cost centre", false},
    {u"Reconciliation of bank statement lines", false},
    {u"Rejection of an expense claim", true},
    {u"Cash position forecast used for funding", false},
    {u"Journal entry proposals at month end", false},
};
constexpr QStringView kFinanceIntegrations[] = {
    u"ERP general ledger; accounts payable workflow",
    u"Banking portal; treasury management system",
    u"ERP; expense management tool",
};
constexpr QStringView kFinanceAccess[] = {
    u"Read-only access to the ledger and supplier master data",
    u"Read/write access to the accounts payable work queue",
    u"Read access to bank statements and payment files",
};

constexpr Subject kHrSubjects[] = {
    {u"Candidate", u"job applications", {K::Screening, K::Summariser}, decisionSet({0, 1})},
    {u"Shift", u"shift rotas", {K::Scheduling}, decisionSet({2})},
    {u"Employee attrition", u"employee attrition", {K::Forecast}, decisionSet({3, 5, 6})},
    {u"HR policy", u"questions about HR policies", {K::Chat, K::Search}, decisionSet({4})},
    {u"Interview notes", u"interview notes", {K::Summariser}, decisionSet({0, 1})},
    {u"Learning", u"employees' training plans", {K::Recommender}, decisionSet({6, 3})},
};
constexpr Decision kHrDecisions[] = {
    {u"Shortlisting of job applicants", true},
    {u"Rejection of a job applicant", true},
    {u"Shift allocation to employees", false},
    {u"Flagging an employee as likely to leave", true},
    {u"Answers to employee policy questions", false},
    {u"Dismissal or disciplinary action", true},
    {u"Training course suggestions", false},
};
constexpr QStringView kHrIntegrations[] = {
    u"Applicant tracking system",
    u"HR information system; payroll",
    u"Workforce management system; time and attendance",
};
constexpr QStringView kHrAccess[] = {
    u"Read access to candidate profiles and CVs",
    u"Read access to employee records in its own region",
    u"Read/write access to shift rotas",
};

constexpr Subject kServiceSubjects[] = {
    {u"Customer email", u"customer emails", {K::Triage, K::Classifier, K::Drafting, K::Summariser},
     decisionSet({0, 1, 2})},
    {u"Complaint", u"customer complaints", {K::Triage, K::Classifier, K::Summariser},
     decisionSet({0, 3, 2, 1})},
    {u"Customer service", u"customer questions", {K::Chat}, decisionSet({4, 2, 0})},
    {u"Call centre", u"contact centre calls", {K::Speech, K::Forecast}, decisionSet({6, 3})},
    {u"Knowledge base", u"knowledge articles", {K::Search, K::Drafting}, decisionSet({4, 1})},
    {u"Churn", u"customer accounts", {K::RiskScorer, K::Recommender}, decisionSet({5, 2})},
};
constexpr Decision kServiceDecisions[] = {
    {u"Routing of customer contacts to queues", false},
    {u"Replies sent to customers", true},
    {u"Goodwill payment offers", true},
    {u"Escalation of a complaint to the ombudsman team", true},
    {u"Answers given to customers in chat", false},
    {u"Retention offers to customers", false},
    {u"Staffing levels for the contact centre", false},
};
constexpr QStringView kServiceIntegrations[] = {
    u"CRM; telephony platform",
    u"CRM; email gateway; knowledge base",
    u"Web chat widget; CRM; identity provider",
};
constexpr QStringView kServiceAccess[] = {
    u"Read access to customer contact history",
    u"Read/write access to CRM case records",
    u"Read access to call recordings and transcripts",
};

constexpr Subject kItSubjects[] = {
    {u"Service desk ticket", u"service desk tickets", {K::Triage, K::Classifier, K::Summariser},
     decisionSet({0, 1, 6})},
    {u"Incident", u"IT incidents", {K::Summariser, K::Recommender}, decisionSet({1, 2, 0})},
    {u"Log", u"infrastructure logs", {K::Anomaly}, decisionSet({2, 1, 5})},
    {u"Code", u"code changes", {K::Review}, decisionSet({4})},
    {u"Capacity", u"compute and storage capacity", {K::Forecast}, decisionSet({5})},
    {u"Access request", u"access requests", {K::RiskScorer, K::Classifier}, decisionSet({3})},
};
constexpr Decision kItDecisions[] = {
    {u"Priority of a service desk ticket", false},
    {u"Assignment of an incident to a resolver group", false},
    {u"Automatic restart of a failing service", false},
    {u"Approval of an access request", true},
    {u"Merging of code changes", true},
    {u"Scaling of cloud resources", false},
    {u"Closure of a ticket as resolved", false},
};
constexpr QStringView kItIntegrations[] = {
    u"IT service management tool; monitoring",
    u"Monitoring and logging platform; cloud console",
    u"Source code repository; CI pipeline",
    u"Identity and access management; directory",
};
constexpr QStringView kItAccess[] = {
    u"Read access to tickets and configuration items",
    u"Read access to logs from production hosts",
    u"Write access to production cloud resources through an automation account",
};

constexpr Subject kLegalSubjects[] = {
    {u"Contract", u"contracts", {K::Summariser, K::Extraction, K::Review, K::RiskScorer},
     decisionSet({0, 1, 3})},
    {u"Legal", u"case law and internal legal guidance", {K::Search}, decisionSet({3})},
    {u"Subject access request", u"subject access requests", {K::Triage, K::Extraction},
     decisionSet({4, 2})},
    {u"Litigation", u"litigation documents", {K::Classifier, K::Summariser}, decisionSet({5, 2,
     3})},
};
constexpr Decision kLegalDecisions[] = {
    {u"Clauses flagged for negotiation", false},
    {u"Approval of standard non-disclosure agreements", true},
    {u"Redaction of personal data in disclosures", true},
    {u"Legal advice given to the business", true},
    {u"Prioritisation of subject access requests", false},
    {u"Relevance tagging of documents for disclosure", false},
};
constexpr QStringView kLegalIntegrations[] = {
    u"Contract lifecycle management system",
    u"Document management system; e-discovery platform",
    u"Matter management system",
};
constexpr QStringView kLegalAccess[] = {
    u"Read access to executed contracts",
    u"Read access to litigation document sets",
    u"Read/write access to the legal matter workspace",
};

constexpr Subject kManufacturingSubjects[] = {
    {u"Weld seam", u"weld seams", {K::Visual}, decisionSet({0, 1, 4})},
    {u"Packaging line", u"packaging line output", {K::Visual, K::Anomaly}, decisionSet({0, 1, 4})},
    {u"Press line", u"press line machinery", {K::FailurePredictor}, decisionSet({2, 1})},
    {u"Conveyor", u"conveyor drives", {K::FailurePredictor, K::Anomaly}, decisionSet({2, 1})},
    {u"Production", u"production runs", {K::Scheduling, K::Forecast}, decisionSet({3, 5})},
    {u"Energy", u"plant energy use", {K::Forecast, K::Anomaly}, decisionSet({5, 3})},
    {u"Work instruction", u"questions from machine operators", {K::Chat}, decisionSet({5, 1})},
};
constexpr Decision kManufacturingDecisions[] = {
    {u"Rejection of a part as defective", false},
    {u"Stopping a production line", true},
    {u"Scheduling of maintenance work", false},
    {u"Production sequence for the next shift", false},
    {u"Release of a batch to customers", true},
    {u"Adjustment of machine set points", true},
};
constexpr QStringView kManufacturingIntegrations[] = {
    u"Manufacturing execution system; PLC network",
    u"Maintenance management system; sensor historian",
    u"Quality management system; line cameras",
};
constexpr QStringView kManufacturingAccess[] = {
    u"Read access to sensor and machine data",
    u"Write access to line set points through the OT gateway",
    u"Read access to inspection images",
};

constexpr Subject kSupplySubjects[] = {
    {u"Demand", u"product demand", {K::Forecast}, decisionSet({0, 1, 5})},
    {u"Route", u"delivery routes", {K::Planning}, decisionSet({2})},
    {u"Inventory", u"stock levels", {K::Recommender, K::Anomaly}, decisionSet({1, 0, 5})},
    {u"Supplier", u"suppliers", {K::RiskScorer}, decisionSet({3})},
    {u"Shipping document", u"shipping documents", {K::Extraction, K::Classifier}, decisionSet({4})},
    {u"Warehouse", u"warehouse picking", {K::Planning}, decisionSet({2, 5})},
};
constexpr Decision kSupplyDecisions[] = {
    {u"Purchase order quantities", false},
    {u"Safety stock levels", false},
    {u"Delivery route assignment", false},
    {u"Supplier onboarding or suspension", true},
    {u"Customs classification of goods", true},
    {u"Allocation of scarce stock to customers", true},
};
constexpr QStringView kSupplyIntegrations[] = {
    u"ERP purchasing; warehouse management system",
    u"Transport management system; telematics",
    u"Supplier portal; ERP",
};
constexpr QStringView kSupplyAccess[] = {
    u"Read access to stock and order data",
    u"Read/write access to purchase order proposals",
    u"Read access to supplier master data",
};

constexpr Subject kMarketingSubjects[] = {
    {u"Campaign copy", u"campaign texts", {K::Drafting}, decisionSet({2})},
    {u"Customer segment", u"customer segments", {K::Classifier, K::Recommender}, decisionSet({0,
     1})},
    {u"Next best offer", u"offers to existing customers", {K::Recommender}, decisionSet({1, 3})},
    {u"Social media", u"social media mentions", {K::Sentiment}, decisionSet({5, 2})},
    {u"Product", u"product images", {K::ImageGen}, decisionSet({2})},
    {u"Marketing spend", u"marketing spend", {K::Forecast, K::Planning}, decisionSet({4})},
};
constexpr Decision kMarketingDecisions[] = {
    {u"Which customers receive a campaign", false},
    {u"Personalised offer shown to a customer", false},
    {u"Publication of generated marketing content", true},
    {u"Discounts for individual customers", true},
    {u"Allocation of marketing budget across channels", false},
    {u"Responses to social media posts", false},
};
constexpr QStringView kMarketingIntegrations[] = {
    u"Marketing automation platform; CRM",
    u"Web shop content management system",
    u"Customer data platform; advertising accounts",
};
constexpr QStringView kMarketingAccess[] = {
    u"Read access to customer profiles and consent flags",
    u"Write access to draft content in the CMS",
    u"Read access to aggregated campaign results",
};

constexpr Subject kRiskSubjects[] = {
    {u"Transaction monitoring", u"payment transactions", {K::Anomaly, K::RiskScorer},
     decisionSet({4, 0})},
    {u"Policy", u"internal policies and regulations", {K::Search}, decisionSet({3})},
    {u"Sanctions screening", u"names and payments against sanctions lists", {K::Matching},
     decisionSet({1})},
    {u"Regulatory change", u"regulatory updates", {K::Summariser, K::Classifier}, decisionSet({3})},
    {u"Audit evidence", u"audit evidence", {K::Extraction, K::Review}, decisionSet({5})},
    {u"Credit", u"credit applications", {K::RiskScorer}, decisionSet({2})},
};
constexpr Decision kRiskDecisions[] = {
    {u"Filing of a suspicious activity report", true},
    {u"Blocking of a payment on a sanctions match", true},
    {u"Credit limit for a customer", true},
    {u"Classification of a regulatory change by impact", false},
    {u"Selection of transactions for manual review", false},
    {u"Audit findings drafted for management", false},
};
constexpr QStringView kRiskIntegrations[] = {
    u"Core banking feed; case management",
    u"Sanctions list feed; payments hub",
    u"GRC platform; document management",
};
constexpr QStringView kRiskAccess[] = {
    u"Read access to all customer transactions",
    u"Read/write access to compliance case records",
    u"Read access to the policy library",
};

constexpr Unit kUnits[] = {
    {12, 850, 20, 150, 0, kClaimsSubjects, kClaimsDecisions, kClaimsIntegrations, kClaimsAccess},
    {10, 300, 0, 40, -20, kFinanceSubjects, kFinanceDecisions, kFinanceIntegrations,
     kFinanceAccess},
    {7, 980, 0, 550, 10, kHrSubjects, kHrDecisions, kHrIntegrations, kHrAccess},
    {14, 900, 0, 30, 20, kServiceSubjects, kServiceDecisions, kServiceIntegrations, kServiceAccess},
    {11, 200, 50, 10, -30, kItSubjects, kItDecisions, kItIntegrations, kItAccess},
    {4, 600, 0, 60, 0, kLegalSubjects, kLegalDecisions, kLegalIntegrations, kLegalAccess},
    {9, 100, 600, 200, 30, kManufacturingSubjects, kManufacturingDecisions,
     kManufacturingIntegrations, kManufacturingAccess},
    {8, 150, 80, 20, 10, kSupplySubjects, kSupplyDecisions, kSupplyIntegrations, kSupplyAccess},
    {8, 750, 0, 10, 50, kMarketingSubjects, kMarketingDecisions, kMarketingIntegrations,
     kMarketingAccess},
    {7, 700, 50, 250, -40, kRiskSubjects, kRiskDecisions, kRiskIntegrations, kRiskAccess},
};
constexpr int kUnitCount = int(std::size(kUnits));
constexpr int kManufacturing = 6;

// Departments of the people directory: the business units first (same order as
// kUnits), then the functions that own and run systems for them.
struct Department {
    QStringView name;
    int weight; // share of the people
    std::array<QStringView, 2> heads;
    std::array<QStringView, 3> leads;
    std::array<QStringView, 3> staff;
};

constexpr Department kDepartments[] = {
    {u"Claims", 11, {u"Head of Claims", u"Claims Director"},
     {u"Claims Operations Manager", u"Team Lead, Motor Claims", u"Fraud Investigation Manager"},
     {u"Senior Claims Handler", u"Claims Analyst", u"Fraud Investigator"}},
    {u"Finance", 8, {u"Finance Director", u"Head of Financial Control"},
     {u"Accounts Payable Manager", u"Treasury Manager", u"FP&A Lead"},
     {u"Management Accountant", u"Financial Analyst", u"Accounts Payable Specialist"}},
    {u"HR", 6, {u"HR Director", u"Head of People Operations"},
     {u"Talent Acquisition Manager", u"HR Business Partner", u"Payroll Manager"},
     {u"Recruiter", u"HR Advisor", u"People Analytics Specialist"}},
    {u"Customer Service", 13, {u"Head of Customer Service", u"Customer Experience Director"},
     {u"Contact Centre Manager", u"Complaints Manager", u"Service Quality Lead"},
     {u"Customer Service Advisor", u"Team Coach", u"Workforce Planner"}},
    {u"IT Operations", 13, {u"Head of IT Operations", u"IT Service Director"},
     {u"Service Desk Manager", u"Platform Operations Lead", u"IT Business Partner"},
     {u"Site Reliability Engineer", u"Systems Administrator", u"Service Desk Analyst"}},
    {u"Legal", 4, {u"General Counsel", u"Head of Legal"},
     {u"Senior Legal Counsel", u"Contracts Manager", u"Data Protection Officer"},
     {u"Legal Counsel", u"Paralegal", u"Contracts Analyst"}},
    {u"Manufacturing", 10, {u"Plant Director", u"Head of Manufacturing Engineering"},
     {u"Production Manager", u"Quality Assurance Manager", u"Maintenance Manager"},
     {u"Process Engineer", u"Quality Engineer", u"Maintenance Planner"}},
    {u"Supply Chain", 7, {u"Supply Chain Director", u"Head of Logistics"},
     {u"Demand Planning Manager", u"Warehouse Operations Manager", u"Transport Manager"},
     {u"Demand Planner", u"Inventory Analyst", u"Logistics Coordinator"}},
    {u"Marketing", 6, {u"Chief Marketing Officer", u"Head of Digital Marketing"},
     {u"Campaign Manager", u"Brand Manager", u"CRM Manager"},
     {u"Marketing Analyst", u"Content Specialist", u"Digital Marketing Executive"}},
    {u"Risk & Compliance", 6, {u"Chief Risk Officer", u"Head of Compliance"},
     {u"Model Risk Manager", u"Operational Risk Manager", u"AI Governance Lead"},
     {u"Compliance Analyst", u"Risk Analyst", u"Internal Auditor"}},
    {u"Data & Analytics", 9, {u"Chief Data Officer", u"Head of Data & Analytics"},
     {u"ML Engineering Lead", u"Data Platform Manager", u"Analytics Manager"},
     {u"Machine Learning Engineer", u"Data Scientist", u"Data Engineer"}},
    {u"Information Security", 4, {u"Chief Information Security Officer",
     u"Head of Security Operations"},
     {u"Security Architect", u"Identity & Access Manager", u"Security Operations Lead"},
     {u"Security Analyst", u"Security Engineer", u"Vulnerability Analyst"}},
    {u"Procurement", 3, {u"Procurement Director", u"Head of Procurement"},
     {u"Category Manager, Technology", u"Vendor Management Lead", u"Strategic Sourcing Manager"},
     {u"Procurement Specialist", u"Buyer", u"Supplier Risk Analyst"}},
};
constexpr int kDepartmentCount = int(std::size(kDepartments));
constexpr int kItOperations = 4;
constexpr int kDataAnalytics = 10;
constexpr int kInformationSecurity = 11;

constexpr QStringView kFirstNames[] = {
    u"Amelia", u"Oliver", u"Priya", u"Mohammed", u"Sofia", u"Lukas", u"Chloé", u"Daniel",
    u"Aisha", u"Mateo", u"Hannah", u"Tomasz", u"Grace", u"Kwame", u"Emma", u"Raj",
    u"Isabel", u"Jonas", u"Fatima", u"Liam", u"Mei", u"Samuel", u"Olivia", u"Arjun",
    u"Freya", u"Noah", u"Zainab", u"Henrik", u"Laura", u"Ethan", u"Ana", u"Felix",
    u"Nadia", u"Oscar", u"Yuki", u"Ben", u"Elena", u"Marcus", u"Ingrid", u"Tariq",
    u"Charlotte", u"Diego", u"Niamh", u"Viktor", u"Sarah", u"Kofi", u"Julia", u"Ahmed",
    u"Lucy", u"Pieter", u"Anjali", u"Callum", u"Marta", u"Hugo", u"Leila", u"James",
    u"Sanne", u"Rohan", u"Eva", u"David", u"Chiara", u"Femi", u"Rebecca", u"Stefan",
    u"Amira", u"Thomas", u"Maja", u"Omar", u"Helen", u"Matteo", u"Sinéad", u"Adam",
    u"Karin", u"Yusuf", u"Rachel", u"Luca", u"Ewa", u"Aarav", u"Claire", u"Søren",
};
constexpr QStringView kLastNames[] = {
    u"Smith", u"Patel", u"Okafor", u"Müller", u"Nowak", u"García", u"Jensen", u"O'Connor",
    u"Khan", u"Rossi", u"Dubois", u"Kowalski", u"Chen", u"Andersson", u"Murphy", u"Singh",
    u"Brown", u"Fischer", u"Wilson", u"Ahmed", u"Lindqvist", u"Novak", u"Mensah", u"Taylor",
    u"van der Berg", u"Costa", u"Hughes", u"Schmidt", u"Ali", u"Bianchi", u"Evans", u"Nielsen",
    u"Kaur", u"Moreau", u"Walker", u"Haddad", u"Ferreira", u"Larsen", u"Wright", u"Osei",
    u"Martin", u"Sato", u"Clarke", u"Romano", u"Berg", u"Adeyemi", u"Thompson", u"Lopez",
    u"Hansen", u"Davies", u"Kim", u"Jovanović", u"Roberts", u"Yilmaz", u"Bakker", u"Edwards",
    u"Nguyen", u"Hall", u"Fernández", u"Lewis", u"Kumar", u"Wagner", u"Doyle", u"Santos",
    u"Kelly", u"Horvat", u"Green", u"Mahmoud", u"Richter", u"Baker", u"Sousa", u"Carter",
    u"Johansson", u"Byrne", u"Ivanova", u"Mitchell", u"Dimitrov", u"Reid", u"Ricci", u"Turner",
    u"Zhang", u"Phillips", u"Weber", u"Campbell", u"Petrović", u"Morgan", u"Popescu", u"Cooper",
    u"Eriksen", u"Shah", u"Bennett", u"de Vries", u"Gallagher", u"Wood", u"Hoffmann", u"Price",
    u"Mendes", u"Ward", u"Lindberg", u"Murray",
};
constexpr int kNamePairs = int(std::size(kFirstNames) * std::size(kLastNames));
constexpr int kMaxPeople = 5000;
constexpr int kNameProbeStep = 7919; // prime; visits every pair when coprime with kNamePairs
static_assert(kNamePairs >= kMaxPeople);
static_assert(std::gcd(kNameProbeStep, kNamePairs) == 1);

enum class Archetype { Established, ScaleUp, Startup, Opaque };

struct VendorName {
    QStringView name;
    QStringView offering;
};

// Invented names; any likeness to a real company is unintended.
constexpr VendorName kVendorNames[] = {
    {u"Quillmark Analytics", u"Document extraction and summarisation platform"},
    {u"Tessellate Vision Labs", u"Computer vision for quality inspection"},
    {u"Northgrove Cognition", u"Large language model API and hosted assistants"},
    {u"Cobaltline Forecasting", u"Forecasting and planning SaaS"},
    {u"Fernhollow Data", u"Fraud and anomaly analytics"},
    {u"Aurelian Voiceworks", u"Contact centre speech analytics"},
    {u"Kestrelmoor Insight", u"Customer analytics and next-best-action engine"},
    {u"Vantaglass Industrial", u"Predictive maintenance for industrial equipment"},
    {u"Orchardly HR Systems", u"Recruitment and workforce automation"},
    {u"Sablewood Automation", u"Intelligent document processing and RPA"},
    {u"Greyfen Intelligence", u"Financial crime and sanctions screening"},
    {u"Tidewell Conversational", u"Conversational AI for customer service"},
    {u"Marrowstone Robotics", u"Vision-guided robotics and line controllers"},
    {u"Halvard & Pike Technologies", u"Enterprise search and knowledge assistants"},
    {u"Cinderpath Creative AI", u"Generative image and copywriting tools"},
    {u"Lumenreach Marketing Cloud", u"Marketing optimisation SaaS"},
    {u"Brackenfield Ops", u"IT operations analytics"},
    {u"Wrenmoor Legal Tech", u"Contract review and legal research"},
    {u"Pellucid Harbour Logistics", u"Route and warehouse optimisation"},
    {u"Starling Quay Analytics", u"Credit and risk scoring models"},
};
constexpr int kMaxVendors = int(std::size(kVendorNames));

// Appended to a system name when its plain name is taken: where else it runs.
constexpr QStringView kQualifiers[] = {
    u"EMEA", u"UK", u"Nordics", u"DACH", u"Benelux", u"Iberia", u"France", u"Italy",
    u"Poland", u"Ireland", u"North America", u"APAC", u"Head office", u"Retail",
    u"Commercial", u"SME", u"Wholesale", u"Online", u"Leeds", u"Rotterdam", u"Lyon",
    u"Gdańsk", u"Porto", u"Brno",
};
constexpr int kQualifierCount = int(std::size(kQualifiers));

constexpr QStringView kInterventionAutonomous[] = {
    u"A person reviews a weekly sample of its decisions",
    u"Staff can reverse any decision within 24 hours",
    u"People step in only when it raises an exception",
    u"An operator takes over when confidence drops below the agreed threshold",
};
constexpr QStringView kInterventionApproves[] = {
    u"A named handler approves every recommendation before it takes effect",
    u"Four-eyes approval above the authority limit",
    u"A team lead signs off each batch before release",
};
constexpr QStringView kInterventionAdvisory[] = {
    u"Staff decide; the output is one input among several",
    u"Handlers record their own reason when they follow the suggestion",
    u"Suggestions are shown next to the case; nothing happens automatically",
};
constexpr QStringView kInterventionProhibited[] = {
    u"Must not be used for this decision; a person decides without its output",
    u"Its output is hidden from the people who take this decision",
};
constexpr QStringView kFailureHandling[] = {
    u"Falls back to the manual process and alerts the service desk",
    u"Stops and queues work for manual handling",
    u"Rolls back to the last known good model automatically",
    u"Errors are logged and reviewed weekly",
    u"Degrades to rule-based routing",
};
constexpr QStringView kUncertaintyScore[] = {
    u"Shows a confidence score with every output",
    u"Flags low-confidence cases for manual review",
    u"Reports no uncertainty",
};
constexpr QStringView kUncertaintyForecast[] = {
    u"Shows prediction intervals on every forecast",
    u"Flags forecasts outside the historical range",
    u"Reports no uncertainty",
};
constexpr QStringView kUncertaintyText[] = {
    u"Cites its sources and says when it cannot find an answer",
    u"Marks passages it is unsure about",
    u"Reports no uncertainty",
};
constexpr QStringView kOnPremisesResidency[] = {
    u"On premises (Leeds data centre)",
    u"On premises (Frankfurt data centre)",
};
constexpr QStringView kPlantResidency[] = {
    u"On premises (Rotterdam plant)",
    u"On premises (Brno plant)",
};
constexpr QStringView kCloudResidency[] = {
    u"EU (Frankfurt)", u"EU (Dublin)", u"EU (Amsterdam)", u"UK (London)",
    u"United States (Virginia)", u"EU and United States", u"Switzerland (Zurich)",
};
constexpr QStringView kCredentialHandling[] = {
    u"Managed identity; no stored secrets",
    u"API key in the enterprise secrets vault, rotated every 90 days",
    u"Service account password in a configuration file (to be remediated)",
    u"Single sign-on with MFA for users; secrets vault for service credentials",
    u"Vendor-managed keys; customer cannot rotate them",
};
// Support texts by who maintains the system (vendor, partner, in-house team).
constexpr QStringView kVendorUpdates[] = {
    u"Vendor releases monthly; changes are tested in staging before rollout",
    u"Vendor updates the model automatically without notice",
    u"Vendor announces model changes 30 days ahead",
};
constexpr QStringView kOwnUpdates[] = {
    u"Model retrained quarterly by the data science team",
    u"Patched with the quarterly release train",
    u"Ad hoc; no schedule agreed",
    u"The change advisory board approves each model update",
};
constexpr QStringView kVendorEscalations[] = {
    u"Service desk ticket, then the vendor support portal",
    u"Priority 1 by phone to the vendor's 24/7 line; others by ticket",
};
constexpr QStringView kPartnerEscalations[] = {
    u"Through the partner's service manager under the support contract",
    u"Service desk ticket, then the partner's on-call engineer",
};
constexpr QStringView kOwnEscalations[] = {
    u"Raised in the team chat channel; the on-call engineer picks it up",
    u"Email to the product owner",
    u"Service desk ticket to the data science team",
};
constexpr QStringView kChannelFirst[] = {u"pager", u"phone", u"ticket", u"chat channel"};
constexpr QStringView kChannelLater[] = {u"phone", u"email", u"phone", u"chat channel"};

// ---------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------

// Lower-case ASCII for e-mail local parts: "Sinéad" -> "sinead", "O'Connor" -> "oconnor".
QString emailPart(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : decomposed) {
        if (c == u'ø' || c == u'Ø')
            out += u'o';
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-')
            out += c.toLower();
    }
    return out;
}

// Writes value as decimal digits into the `width` characters ending before `end`.
void writeDigits(QChar *end, int width, quint64 value)
{
    for (int i = 0; i < width; ++i) {
        *--end = QChar(char16_t(u'0' + value % 10));
        value /= 10;
    }
}

QString padded(QStringView prefix, int width, quint64 value)
{
    QString out(prefix.size() + width, Qt::Uninitialized);
    std::copy(prefix.begin(), prefix.end(), out.data());
    writeDigits(out.data() + out.size(), width, value);
    return out;
}

struct Directory {
    QList<Person> people;
    std::vector<std::vector<qint64>> members; // by department
    std::vector<std::vector<qint64>> seniors; // heads and leads, by department
};

Directory buildDirectory(Prng &rng, int count)
{
    std::vector<QString> firstEmail, lastEmail;
    for (QStringView n : kFirstNames)
        firstEmail.push_back(emailPart(n));
    for (QStringView n : kLastNames)
        lastEmail.push_back(emailPart(n));

    Directory dir;
    dir.members.resize(kDepartmentCount);
    dir.seniors.resize(kDepartmentCount);
    dir.people.reserve(count);
    std::vector<bool> pairUsed(kNamePairs, false);
    std::array<int, kDepartmentCount> weights{};
    for (int d = 0; d < kDepartmentCount; ++d)
        weights[d] = kDepartments[d].weight;

    for (int i = 0; i < count; ++i) {
        // One head per department first, so every department can own systems.
        const int dept = i < kDepartmentCount ? i : rng.weighted(weights);
        const int level = i < kDepartmentCount ? 0 : (rng.chance(250) ? 1 : 2);
        const Department &d = kDepartments[dept];

        int pair = int(rng.below(kNamePairs));
        while (pairUsed[pair])
            pair = (pair + kNameProbeStep) % kNamePairs;
        pairUsed[pair] = true;
        const int first = pair / int(std::size(kLastNames));
        const int last = pair % int(std::size(kLastNames));

        Person p;
        p.id = i + 1;
        p.name = kFirstNames[first] % u' ' % kLastNames[last];
        p.email = firstEmail[first] % u'.' % lastEmail[last] % u"@harbourline.example";
        p.department = raw(d.name);
        if (level == 0)
            p.title = raw(d.heads[rng.below(2)]);
        else if (level == 1)
            p.title = raw(d.leads[rng.below(3)]);
        else
            p.title = raw(d.staff[rng.below(3)]);
        // Ofcom's ranges reserved for drama: 020 7946 0xxx and 07700 900xxx.
        const quint32 phoneKind = rng.below(100);
        const quint32 digits = rng.below(1000);
        if (phoneKind < 85)
            p.phone = padded(u"+44 20 7946 0", 3, digits);
        else if (phoneKind < 95)
            p.phone = padded(u"+44 7700 900", 3, digits);

        dir.members[dept].push_back(p.id);
        if (level <= 1)
            dir.seniors[dept].push_back(p.id);
        dir.people.append(std::move(p));
    }
    return dir;
}

Rating rate(Prng &rng, std::array<int, 4> strongAdequateWeakUnknown)
{
    constexpr Rating order[] = {Rating::Strong, Rating::Adequate, Rating::Weak, Rating::Unknown};
    return order[rng.weighted(strongAdequateWeakUnknown)];
}

template <std::size_t N>
QString pickText(Prng &rng, const std::array<QStringView, N> &pool)
{
    return raw(pool[rng.below(N)]);
}

QString pickText(Prng &rng, Pool pool)
{
    return raw(pool[rng.below(quint32(pool.size()))]);
}

QList<Vendor> buildVendors(Prng &rng, int count, QDate today)
{
    // Partial shuffle: which invented names this organisation buys from.
    std::array<int, kMaxVendors> order{};
    std::iota(order.begin(), order.end(), 0);
    for (int i = 0; i < count; ++i)
        std::swap(order[i], order[i + int(rng.below(quint32(kMaxVendors - i)))]);

    // Every archetype appears once the list is long enough; one contract is sure to
    // end within 90 days so the dashboard has something to warn about.
    std::array<Archetype, 4> archetypes = {Archetype::Established, Archetype::ScaleUp,
                                           Archetype::Startup, Archetype::Opaque};
    for (int i = 3; i > 0; --i)
        std::swap(archetypes[i], archetypes[rng.below(quint32(i + 1))]);
    const int endingSoon = int(rng.below(quint32(count)));

    QList<Vendor> vendors;
    vendors.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Archetype type = archetypes[i % 4];
        Vendor v;
        v.id = i + 1;
        v.name = raw(kVendorNames[order[i]].name);
        v.notes = raw(kVendorNames[order[i]].offering);
        switch (type) {
        case Archetype::Established:
            v.viability = rate(rng, {70, 25, 0, 5});
            v.roadmapStability = rate(rng, {50, 40, 5, 5});
            v.supportMaturity = rate(rng, {65, 30, 0, 5});
            v.exitOptions = rate(rng, {15, 45, 35, 5}); // lock-in is the usual price
            v.dataPortability = rate(rng, {20, 50, 25, 5});
            v.securityAttestations = pickText(rng, std::array<QStringView, 3>{
                u"SOC 2 Type II, ISO 27001", u"ISO 27001, ISO 42001",
                u"SOC 2 Type II, ISO 27001, C5"});
            v.dataResidency = pickText(
                rng, std::array<QStringView, 3>{u"EU", u"EU and United States", u"UK and EU"});
            v.deprecationNoticeDays = std::array{90, 180, 365}[rng.below(3)];
            break;
        case Archetype::ScaleUp:
            v.viability = rate(rng, {30, 55, 10, 5});
            v.roadmapStability = rate(rng, {20, 50, 25, 5});
            v.supportMaturity = rate(rng, {25, 55, 15, 5});
            v.exitOptions = rate(rng, {25, 50, 20, 5});
            v.dataPortability = rate(rng, {40, 40, 15, 5});
            v.securityAttestations = pickText(rng, std::array<QStringView, 3>{
                u"SOC 2 Type II", u"ISO 27001", u"SOC 2 Type I"});
            v.dataResidency = pickText(
                rng, std::array<QStringView, 3>{u"EU", u"United States", u"EU (Ireland)"});
            v.deprecationNoticeDays = std::array{60, 90, 180}[rng.below(3)];
            break;
        case Archetype::Startup:
            v.viability = rate(rng, {5, 35, 55, 5});
            v.roadmapStability = rate(rng, {5, 30, 60, 5});
            v.supportMaturity = rate(rng, {5, 40, 50, 5});
            v.exitOptions = Rating::Weak;
            v.dataPortability = rate(rng, {15, 35, 45, 5});
            v.securityAttestations = pickText(rng, std::array<QStringView, 3>{
                u"", u"Penetration test summary", u"SOC 2 Type I in progress"});
            v.dataResidency = pickText(
                rng, std::array<QStringView, 3>{u"United States", u"EU", u""});
            v.deprecationNoticeDays = std::array{-1, 14, 30}[rng.below(3)];
            break;
        case Archetype::Opaque: // procurement never got the answers
            v.viability = rate(rng, {15, 35, 10, 40});
            v.roadmapStability = rate(rng, {10, 30, 20, 40});
            v.supportMaturity = rate(rng, {15, 30, 15, 40});
            v.exitOptions = rate(rng, {10, 25, 25, 40});
            v.dataPortability = rate(rng, {10, 25, 25, 40});
            if (rng.chance(300))
                v.dataResidency = u"EU"_s;
            break;
        }

        const quint32 contract = rng.below(100);
        if (i == endingSoon)
            v.contractEnd = today.addDays(rng.between(5, 85));
        else if (type == Archetype::Opaque ? contract < 60 : contract < 10)
            v.contractEnd = QDate(); // unknown
        else if (contract < 25)
            v.contractEnd = today.addDays(rng.between(0, 89));
        else if (contract < 30) {
            v.contractEnd = today.addDays(-rng.between(1, 60));
            v.notes += u"; contract expired, running on rolling terms"_s;
        } else
            v.contractEnd = today.addDays(rng.between(90, 1100));
        vendors.append(std::move(v));
    }
    return vendors;
}

struct Combo {
    QString name;
    QString purpose;
    Kind kind;
    quint8 decisions; // the subject's decisionSet()
};

// Subjects' combos are stored contiguously: unit u, subject s owns
// combos[first .. first + count).
struct SubjectRange {
    int first;
    int count;
};

class SystemBuilder {
public:
    SystemBuilder(Prng &rng, const Directory &dir, const QList<Vendor> &vendors, QDate today,
                  int systemCount)
        : m_rng(rng), m_dir(dir), m_vendors(vendors), m_today(today)
    {
        for (int u = 0; u < kUnitCount; ++u) {
            m_unitWeights[u] = kUnits[u].weight;
            m_unitNames[u] = raw(kDepartments[u].name);
            for (const Subject &s : kUnits[u].subjects) {
                SubjectRange range{int(m_combos.size()), 0};
                for (Kind k : s.kinds) {
                    if (k == Kind::None)
                        break;
                    const KindInfo &info = kKinds[int(k)];
                    m_combos.push_back({s.name % u' ' % info.name,
                                        info.purpose.toString().arg(s.phrase), k,
                                        s.decisions});
                    ++range.count;
                }
                m_subjects[u].push_back(range);
            }
        }
        m_comboUses.assign(m_combos.size(), 0);
        for (int v = 0; v < int(vendors.size()); ++v)
            m_vendorWeights.push_back(int(vendors.size()) * 2 - v); // a few big suppliers
        m_referenceWidth = std::max(4, int(QString::number(systemCount).size()));
    }

    AiSystem build(qint64 id)
    {
        AiSystem s;
        s.id = id;
        const int unit = m_rng.weighted(m_unitWeights);
        const int combo = pickCombo(unit);
        s.name = uniqueName(combo);
        s.purpose = m_combos[combo].purpose;
        s.businessUnit = m_unitNames[unit];
        s.externalReference = padded(u"AI-", m_referenceWidth, quint64(id));

        static constexpr Lifecycle lifecycles[] = {Lifecycle::Unknown, Lifecycle::Proposed,
            Lifecycle::Development, Lifecycle::Pilot, Lifecycle::Production, Lifecycle::Retired};
        static constexpr int lifecycleWeights[] = {3, 8, 12, 22, 50, 5};
        static constexpr int lifecycleGaps[] = {520, 450, 330, 270, 155, 300};
        const int lifecycle = m_rng.weighted(lifecycleWeights);
        s.lifecycle = lifecycles[lifecycle];
        // How thoroughly this system was documented: drives every "unknown" below.
        m_gap = std::clamp(lifecycleGaps[lifecycle] + kUnits[unit].gapTilt + m_rng.between(-60, 60),
                           20, 700);

        const quint32 vendorRoll = m_rng.below(1000);
        if (vendorRoll < 70)
            s.vendorUnknown = true;
        else if (vendorRoll < 620 && !m_vendors.isEmpty())
            s.vendorId = m_rng.weighted(m_vendorWeights) + 1;

        const Kind kind = m_combos[combo].kind;
        s.deploymentModel = deployment(s, unit, kind);
        s.ownership = ownership(s, unit);
        s.boundaries = boundaries(unit, m_combos[combo]);
        s.escalation = escalation(s.ownership);
        s.data = dataSecurity(s, unit);
        s.support = support(s);
        s.regulatory = regulatory(s, unit, kind);
        s.nextReview = nextReview(s.lifecycle);
        return s;
    }

private:
    bool gap(int percent = 100) { return m_rng.chance(m_gap * percent / 100); }

    Answer answer(int yesPermille, int gapPercent = 100)
    {
        if (gap(gapPercent))
            return Answer::Unknown;
        return m_rng.chance(yesPermille) ? Answer::Yes : Answer::No;
    }

    QString text(Pool pool, int gapPercent = 100)
    {
        if (gap(gapPercent))
            return QString();
        return pickText(m_rng, pool);
    }

    qint64 person(const std::vector<qint64> &from)
    {
        return from.empty() ? 0 : from[m_rng.below(quint32(from.size()))];
    }

    // Prefers a combo not used yet, so small portfolios read like a real register.
    int pickCombo(int unit)
    {
        const std::vector<SubjectRange> &subjects = m_subjects[unit];
        int combo = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            const SubjectRange &range = subjects[m_rng.below(quint32(subjects.size()))];
            combo = range.first + int(m_rng.below(quint32(range.count)));
            if (m_comboUses[combo] == 0)
                break;
        }
        return combo;
    }

    // "Claims triage assistant", then "Claims triage assistant (Nordics)", ...,
    // then "Claims triage assistant (Nordics 2)": unique without a lookup table.
    QString uniqueName(int combo)
    {
        const int use = m_comboUses[combo]++;
        if (use == 0)
            return m_combos[combo].name;
        const int qualifier = (use - 1 + combo * 7) % kQualifierCount;
        const int round = (use - 1) / kQualifierCount;
        if (round == 0)
            return m_combos[combo].name % u" ("_s % kQualifiers[qualifier] % u')';
        return m_combos[combo].name % u" ("_s % kQualifiers[qualifier] % u' '
               % QString::number(round + 1) % u')';
    }

    DeploymentModel deployment(const AiSystem &s, int unit, Kind kind)
    {
        using D = DeploymentModel;
        if (gap(50))
            return D::Unknown;
        if (unit == kManufacturing && (kind == Kind::Visual || kind == Kind::FailurePredictor)) {
            static constexpr D models[] = {D::Embedded, D::OnPremises, D::Hybrid};
            static constexpr int weights[] = {50, 35, 15};
            return models[m_rng.weighted(weights)];
        }
        static constexpr D models[] = {D::VendorSaaS, D::Hybrid, D::PrivateCloud, D::OnPremises,
                                       D::Embedded};
        static constexpr int vendorWeights[] = {72, 15, 13, 0, 0};
        static constexpr int inHouseWeights[] = {0, 20, 48, 32, 0};
        static constexpr int unknownWeights[] = {40, 10, 30, 20, 0};
        if (s.vendorId != 0)
            return models[m_rng.weighted(vendorWeights)];
        return models[m_rng.weighted(s.vendorUnknown ? std::span<const int>(unknownWeights)
                                                      : std::span<const int>(inHouseWeights))];
    }

    Ownership ownership(const AiSystem &s, int unit)
    {
        Ownership o;
        if (!m_rng.chance(m_gap / 4 + 5))
            o.accountableOwnerId = person(m_dir.seniors[unit]);
        if (!gap(70))
            o.businessOwnerId = person(m_dir.members[unit]);
        if (!gap(70)) {
            const bool central = s.vendorId == 0 ? m_rng.chance(700) : m_rng.chance(400);
            o.technicalOwnerId = person(m_dir.members[central ? kDataAnalytics : kItOperations]);
        }
        if (!gap(70))
            o.supportOwnerId = person(m_dir.members[kItOperations]);
        if (!gap(70)) {
            o.itContactId = m_rng.chance(700) ? person(m_dir.seniors[kItOperations])
                                              : person(m_dir.members[kInformationSecurity]);
        }
        return o;
    }

    QList<DecisionBoundary> boundaries(int unit, const Combo &combo)
    {
        using I = InfluenceLevel;
        const std::span<const Decision> decisions = kUnits[unit].decisions;
        std::array<int, 8> order{};
        int available = 0;
        for (int d = 0; d < int(decisions.size()); ++d)
            if (combo.decisions & (1u << d))
                order[available++] = d;
        static constexpr int countWeights[] = {30, 35, 25, 10};
        const int count = std::min(m_rng.weighted(countWeights) + 1, available);
        const Output output = kKinds[int(combo.kind)].output;
        const Pool uncertainty = output == Output::Forecast ? Pool(kUncertaintyForecast)
                                 : output == Output::Text  ? Pool(kUncertaintyText)
                                                           : Pool(kUncertaintyScore);

        static constexpr I levels[] = {I::Autonomous, I::HumanApproves, I::AdvisoryOnly,
                                       I::Prohibited};
        static constexpr int routine[] = {14, 20, 65, 1};
        static constexpr int routineAutomated[] = {32, 18, 49, 1};
        static constexpr int sensitive[] = {3, 40, 53, 4};

        QList<DecisionBoundary> result;
        result.reserve(count);
        for (int i = 0; i < count; ++i) {
            std::swap(order[i], order[i + int(m_rng.below(quint32(available - i)))]);
            const Decision &decision = decisions[order[i]];
            DecisionBoundary b;
            b.decision = raw(decision.text);
            if (!gap(40)) {
                const int *weights = decision.sensitive ? sensitive
                                     : kKinds[int(combo.kind)].automates ? routineAutomated
                                                                         : routine;
                b.influence = levels[m_rng.weighted(std::span<const int>(weights, 4))];
            }
            switch (b.influence) {
            case I::Autonomous: b.humanIntervention = text(kInterventionAutonomous); break;
            case I::HumanApproves: b.humanIntervention = text(kInterventionApproves); break;
            case I::AdvisoryOnly: b.humanIntervention = text(kInterventionAdvisory); break;
            case I::Prohibited: b.humanIntervention = text(kInterventionProhibited); break;
            case I::Unknown: break;
            }
            b.failureHandling = text(kFailureHandling);
            b.uncertaintyReporting = text(uncertainty, 130);
            result.append(std::move(b));
        }
        return result;
    }

    QList<EscalationStep> escalation(const Ownership &o)
    {
        QList<EscalationStep> steps;
        if (gap(50))
            return steps; // no path agreed: a gap of its own
        const std::array<qint64, 3> chain = {o.supportOwnerId, o.technicalOwnerId,
                                             o.accountableOwnerId};
        if (m_rng.chance(300))
            addSteps(steps, Severity::Medium, 1, chain);
        static constexpr int highCounts[] = {45, 40, 15};
        static constexpr int criticalCounts[] = {25, 45, 30};
        addSteps(steps, Severity::High, m_rng.weighted(highCounts) + 1, chain);
        addSteps(steps, Severity::Critical, m_rng.weighted(criticalCounts) + 1, chain);
        return steps;
    }

    void addSteps(QList<EscalationStep> &steps, Severity severity, int count,
                  const std::array<qint64, 3> &chain)
    {
        // Response-time targets by position; two choices each, tighter for Critical.
        static constexpr int minutes[4][3][2] = {
            {}, {{240, 480}, {480, 1440}, {1440, 2880}},
            {{60, 120}, {120, 240}, {240, 480}}, {{15, 30}, {30, 60}, {60, 120}}};
        for (int pos = 0; pos < count; ++pos) {
            EscalationStep step;
            step.severity = severity;
            if (!gap(40))
                step.personId = chain[pos];
            if (!gap(60)) {
                if (severity == Severity::Medium)
                    step.channel = u"ticket"_s;
                else
                    step.channel = pickText(m_rng, pos == 0 ? Pool(kChannelFirst)
                                                            : Pool(kChannelLater));
            }
            if (!gap(60))
                step.responseMinutes = minutes[int(severity)][pos][m_rng.below(2)];
            steps.append(std::move(step));
        }
    }

    DataSecurity dataSecurity(const AiSystem &s, int unit)
    {
        using D = DeploymentModel;
        const Unit &u = kUnits[unit];
        const D model = s.deploymentModel;
        const bool live = s.lifecycle == Lifecycle::Production || s.lifecycle == Lifecycle::Pilot;
        const bool onSite = model == D::OnPremises || model == D::Embedded;
        DataSecurity d;
        d.personalData = answer(u.personalPermille);
        d.productionData = answer(live ? 900 : 400);
        d.safetyRelated = answer(u.safetyPermille);
        if (!gap()) {
            const QString vendorResidency =
                s.vendorId != 0 ? m_vendors[s.vendorId - 1].dataResidency : QString();
            if (onSite)
                d.dataResidency = pickText(m_rng, unit == kManufacturing
                                                      ? Pool(kPlantResidency)
                                                      : Pool(kOnPremisesResidency));
            else if (model == D::VendorSaaS && !vendorResidency.isEmpty() && m_rng.chance(600))
                d.dataResidency = vendorResidency;
            else
                d.dataResidency = pickText(m_rng, kCloudResidency);
        }
        d.accessScope = text(u.accessScopes);
        d.externalProcessing = answer(model == D::VendorSaaS ? 900 : s.vendorId != 0 ? 500 : 100);
        d.cloudConnectivity = answer(onSite ? 250 : model == D::Unknown ? 600 : 950);
        d.credentialHandling = text(kCredentialHandling, 120);
        d.integrations = text(u.integrations);
        return d;
    }

    SupportModel support(const AiSystem &s)
    {
        using M = Maintainer;
        SupportModel m;
        if (!gap()) {
            static constexpr M maintainers[] = {M::Vendor, M::Partner, M::InHouse};
            static constexpr int vendorWeights[] = {75, 20, 5};
            static constexpr int inHouseWeights[] = {0, 20, 80};
            static constexpr int unknownWeights[] = {30, 40, 30};
            const int *weights = s.vendorId != 0 ? vendorWeights
                                 : s.vendorUnknown ? unknownWeights : inHouseWeights;
            m.maintainer = maintainers[m_rng.weighted(std::span<const int>(weights, 3))];
        }
        const bool vendorRun = m.maintainer == M::Vendor
                               || (m.maintainer == M::Unknown && s.vendorId != 0);
        m.updatePolicy = text(vendorRun ? Pool(kVendorUpdates) : Pool(kOwnUpdates));
        m.issueEscalation = text(vendorRun                      ? Pool(kVendorEscalations)
                                 : m.maintainer == M::Partner ? Pool(kPartnerEscalations)
                                                              : Pool(kOwnEscalations));
        return m;
    }

    RegulatoryClassification regulatory(const AiSystem &s, int unit, Kind kind)
    {
        using C = EuAiActCategory;
        using R = EuAiActRole;
        RegulatoryClassification r;
        if (!gap(130)) {
            const int highRisk = kind == Kind::Screening ? 800 : kUnits[unit].highRiskPermille;
            if (m_rng.chance(3))
                r.euAiActCategory = C::Prohibited; // rare, and exactly what boards must see
            else if (m_rng.chance(highRisk))
                r.euAiActCategory = C::HighRisk;
            else if (kKinds[int(kind)].transparency && m_rng.chance(800))
                r.euAiActCategory = C::LimitedRisk;
            else
                r.euAiActCategory = m_rng.chance(120) ? C::NotInScope : C::MinimalRisk;
        }
        if (!gap()) {
            static constexpr R roles[] = {R::Deployer, R::Provider, R::Importer, R::Distributor};
            static constexpr int vendorWeights[] = {90, 0, 6, 4};
            static constexpr int inHouseWeights[] = {35, 65, 0, 0};
            static constexpr int unknownWeights[] = {70, 30, 0, 0};
            const int *weights = s.vendorId != 0 ? vendorWeights
                                 : s.vendorUnknown ? unknownWeights : inHouseWeights;
            r.euAiActRole = roles[m_rng.weighted(std::span<const int>(weights, 4))];
        }
        if (!gap(150)) {
            int yes = 50;
            if (r.euAiActCategory == C::HighRisk || r.euAiActCategory == C::Prohibited)
                yes = 800;
            else if (s.data.safetyRelated == Answer::Yes)
                yes = 600;
            r.usOmbHighImpact = m_rng.chance(yes) ? Answer::Yes : Answer::No;
        }
        return r;
    }

    QDate nextReview(Lifecycle lifecycle)
    {
        if (lifecycle == Lifecycle::Retired) {
            if (m_rng.chance(700))
                return QDate();
            return m_today.addDays(-m_rng.between(1, 120));
        }
        if (gap(50))
            return QDate();
        if (m_rng.chance(180))
            return m_today.addDays(-m_rng.between(1, 180)); // overdue
        return m_today.addDays(m_rng.between(1, 365));
    }

    Prng &m_rng;
    const Directory &m_dir;
    const QList<Vendor> &m_vendors;
    QDate m_today;
    int m_gap = 0;
    int m_referenceWidth = 4;
    std::array<int, kUnitCount> m_unitWeights{};
    std::array<QString, kUnitCount> m_unitNames;
    std::array<std::vector<SubjectRange>, kUnitCount> m_subjects;
    std::vector<Combo> m_combos;
    std::vector<int> m_comboUses;
    std::vector<int> m_vendorWeights;
};

} // namespace

Portfolio generateDemoPortfolio(int systemCount, quint64 seed, QDate today)
{
    systemCount = std::max(0, systemCount);
    // Independent streams, so a change in one part does not reshuffle the others.
    Prng peopleRng(seed ^ 0x5045'4f50'4c45'0001ULL);
    Prng vendorRng(seed ^ 0x5645'4e44'4f52'0002ULL);
    Prng systemRng(seed ^ 0x5359'5354'454d'0003ULL);

    const int peopleCount = std::clamp(systemCount / 4, kDepartmentCount + 3, kMaxPeople);
    const int vendorCount = std::min(kMaxVendors, std::clamp(4 + systemCount / 2, 4, 14)
                                                      + std::min(6, systemCount / 2000));

    Directory dir = buildDirectory(peopleRng, peopleCount);
    Portfolio portfolio;
    portfolio.vendors = buildVendors(vendorRng, vendorCount, today);

    SystemBuilder builder(systemRng, dir, portfolio.vendors, today, systemCount);
    portfolio.systems.reserve(systemCount);
    for (int i = 1; i <= systemCount; ++i)
        portfolio.systems.append(builder.build(i));
    portfolio.people = std::move(dir.people);
    return portfolio;
}

} // namespace charter
