#include "domain/Json.h"
#include "interchange/PortfolioJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QString jsonDataDir = QStringLiteral(CHARTER_TEST_DATA_DIR "/json");
const QString schemaPath = QStringLiteral(CHARTER_TEST_DATA_DIR "/../../docs/portfolio.schema.json");

// Set to regenerate the golden files after a deliberate format change. Remember that
// canonicalBytes() is hashed for sign-offs: changing it invalidates existing hashes.
const bool regenerateGolden = qEnvironmentVariableIsSet("CHARTER_REGENERATE_GOLDEN");

QByteArray readFile(const QString &path)
{
    // A missing file fails the comparison that follows; qFatal would end the whole run.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot open %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Every field set, with text that needs escaping and an id beyond double precision.
Portfolio richPortfolio()
{
    Portfolio p;
    p.people = {
        {1, u"Ada Lovelace"_s, u"ada@example.org"_s, u"Head of Operations"_s, u"Operations"_s,
         u"+44 20 7946 0001"_s},
        {2, u"Grace Hopper"_s, u"grace@example.org"_s, u"Data Science Lead"_s, u"Analytics"_s,
         u"+1 555 0100"_s},
        {3, u"Łukasz Żółć"_s, u"lukasz@example.org"_s, u"IT contact \"on call\""_s, u"IT / Infra"_s,
         u"+48 22 000 00 00"_s},
        {9007199254740993LL, u"Night Desk"_s, u"desk@example.org"_s, u"Service desk"_s, u"IT"_s,
         u"+44 20 7946 0999"_s},
    };
    p.vendors = {
        {10, u"Acme Models"_s, Rating::Strong, Rating::Adequate, Rating::Weak, Rating::Adequate,
         Rating::Strong, u"SOC 2 Type II, ISO 27001"_s, u"EU"_s, QDate(2027, 3, 31), 180,
         u"Renewal talks in Q3.\nSecond line, tab\there."_s},
        {11, u"Tiny AI"_s, Rating::Weak, Rating::Weak, Rating::Adequate, Rating::Strong, Rating::Weak,
         u"None"_s, u"US"_s, QDate(2025, 12, 1), 0, u"Start-up; escrow agreed."_s},
    };

    AiSystem triage;
    triage.id = 100;
    triage.name = u"Ticket triage"_s;
    triage.purpose = u"Routes incoming service tickets to the right queue."_s;
    triage.businessUnit = u"Operations"_s;
    triage.lifecycle = Lifecycle::Production;
    triage.deploymentModel = DeploymentModel::VendorSaaS;
    triage.externalReference = u"AI-0042"_s;
    triage.ownership = {1, 2, 3, 9007199254740993LL, 3};
    triage.boundaries = {
        {u"Queue assignment"_s, InfluenceLevel::Autonomous, u"When confidence is below 0.7"_s,
         u"Falls back to the manual queue"_s, u"Confidence score per ticket"_s},
        {u"Priority"_s, InfluenceLevel::HumanApproves, u"Always"_s, u"Agent decides"_s, u"None reported"_s},
        {u"Customer refunds"_s, InfluenceLevel::Prohibited, u"n/a"_s, u"n/a"_s, u"n/a"_s},
        {u"Tone of replies"_s, InfluenceLevel::AdvisoryOnly, u"Agent edits"_s, u"Ignored"_s, u"None"_s},
    };
    triage.escalation = {
        {Severity::Critical, 9007199254740993LL, u"pager"_s, 15},
        {Severity::Critical, 1, u"phone"_s, 30},
        {Severity::Medium, 3, u"ticket"_s, 480},
        {Severity::Low, 3, u"email"_s, 0},
    };
    triage.data = {Answer::Yes, Answer::No, Answer::No, u"EU (Frankfurt)"_s, u"Service desk tickets"_s,
                   Answer::Yes, Answer::Yes, u"Vault, rotated monthly"_s, u"ServiceNow, Teams"_s};
    triage.vendorId = 10;
    triage.support = {Maintainer::Vendor, u"Vendor ships monthly; we test in staging"_s,
                      u"Vendor ticket, then account manager"_s};
    triage.regulatory = {EuAiActCategory::LimitedRisk, EuAiActRole::Deployer, Answer::No};
    triage.nextReview = QDate(2025, 6, 30);
    triage.importNotes = {u"Owner taken from row 12"_s, u"Ünïcödé ✓ note"_s};
    triage.version = 7;
    triage.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 30), QTimeZone::utc());
    // An offset and milliseconds: written as UTC, read back as the same instant.
    triage.updatedAt = QDateTime(QDate(2024, 11, 2), QTime(16, 5, 7, 250), QTimeZone(7200));

    AiSystem forecast;
    forecast.id = 101;
    forecast.name = u"Demand forecast"_s;
    forecast.purpose = u"Weekly demand per plant"_s;
    forecast.businessUnit = u"Supply chain"_s;
    forecast.lifecycle = Lifecycle::Pilot;
    forecast.deploymentModel = DeploymentModel::OnPremises;
    forecast.externalReference = u"SC-7"_s;
    forecast.ownership = {2, 2, 2, 3, 3};
    forecast.boundaries = {{u"Production plan"_s, InfluenceLevel::AdvisoryOnly, u"Planner signs off"_s,
                            u"Last week's plan is reused"_s, u"Prediction intervals"_s}};
    forecast.escalation = {{Severity::High, 2, u"email"_s, 240}};
    forecast.data = {Answer::No, Answer::Yes, Answer::Yes, u"On site"_s, u"Plant ERP"_s, Answer::No,
                     Answer::No, u"Service account"_s, u"SAP"_s};
    forecast.vendorId = 0; // built in-house
    forecast.support = {Maintainer::InHouse, u"Quarterly retraining"_s, u"Data science on-call"_s};
    forecast.regulatory = {EuAiActCategory::MinimalRisk, EuAiActRole::Provider, Answer::Yes};
    forecast.nextReview = QDate(2026, 1, 31);
    forecast.importNotes = {u"Manually entered"_s};
    forecast.version = 1;
    forecast.createdAt = QDateTime(QDate(2024, 2, 1), QTime(8, 0), QTimeZone::utc());
    forecast.updatedAt = QDateTime(QDate(2024, 2, 1), QTime(8, 0, 0, 1), QTimeZone::utc());

    AiSystem chatbot = triage;
    chatbot.id = 102;
    chatbot.name = u"Vendor chatbot"_s;
    chatbot.vendorId = 11;
    chatbot.deploymentModel = DeploymentModel::Hybrid;
    chatbot.lifecycle = Lifecycle::Retired;
    chatbot.regulatory = {EuAiActCategory::HighRisk, EuAiActRole::Importer, Answer::Unknown};
    chatbot.support.maintainer = Maintainer::Partner;

    p.systems = {triage, forecast, chatbot};
    return p;
}

// Every answer unknown: default-constructed records, plus the unknown vendor case and
// a boundary and a step whose own answers are unknown.
Portfolio unknownPortfolio()
{
    Portfolio p;
    p.people = {Person{}};
    p.vendors = {Vendor{}};
    AiSystem unknownVendor;
    unknownVendor.vendorUnknown = true;
    unknownVendor.boundaries = {DecisionBoundary{}};
    unknownVendor.escalation = {EscalationStep{}};
    p.systems = {AiSystem{}, unknownVendor};
    return p;
}

QJsonObject richJson()
{
    return QJsonDocument::fromJson(writePortfolio(richPortfolio())).object();
}

// Replaces (or, for an undefined value, removes) the value at a slash-separated path
// such as "systems/0/boundaries/1/influence".
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = replaced(object.value(key), path, value);
    return object;
}

QJsonValue parseValue(const QByteArray &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test value %s", text.constData());
    return document.array().at(0);
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << item.toString();
    return result;
}

QStringList sortedKeys(QStringList keys)
{
    keys.sort();
    return keys;
}

} // namespace

class TestPortfolioJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void goldenFile();
    void unknownsAreExplicit();
    void missingFieldsAreUnknown();
    void handWrittenFile();
    void timestampsAreUtc();
    void canonicalBytes_();
    void canonicalBytesGolden();
    void fieldErrors_data();
    void fieldErrors();
    void fromJsonPaths();
    void syntaxErrors_data();
    void syntaxErrors();
    void byteOrderMark();
    void brokenFixtures_data();
    void brokenFixtures();
    void schemaEnums_data();
    void schemaEnums();
    void schemaFields_data();
    void schemaFields();
    void writtenFileMatchesSchemaHeader();
};

void TestPortfolioJson::roundTrip_data()
{
    QTest::addColumn<Portfolio>("portfolio");
    QTest::newRow("rich") << richPortfolio();
    QTest::newRow("every answer unknown") << unknownPortfolio();
    QTest::newRow("empty") << Portfolio{};
}

void TestPortfolioJson::roundTrip()
{
    QFETCH(Portfolio, portfolio);
    const QByteArray written = writePortfolio(portfolio);
    const Result<Portfolio> read = readPortfolio(written, u"roundtrip.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY(*read == portfolio);
    QCOMPARE(writePortfolio(*read), written);
    QCOMPARE(writePortfolio(portfolio), written); // deterministic
    QVERIFY(written.startsWith("{\n    \"format\": \"charter-portfolio\",\n    \"version\": 1,\n"));
}

void TestPortfolioJson::goldenFile()
{
    const QString path = jsonDataDir + u"/rich-portfolio.json"_s;
    const QByteArray written = writePortfolio(richPortfolio());
    if (regenerateGolden)
        writeFile(path, written);
    QCOMPARE(written, readFile(path));
    const Result<Portfolio> read = readPortfolio(readFile(path), path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY(*read == richPortfolio());
}

void TestPortfolioJson::unknownsAreExplicit()
{
    const QJsonObject root = QJsonDocument::fromJson(writePortfolio(unknownPortfolio())).object();
    const QJsonObject person = root.value(u"people"_s).toArray().at(0).toObject();
    QCOMPARE(person.size(), toJson(richPortfolio().people.at(0)).size());
    for (const QJsonValue &value : person)
        QVERIFY(value.isNull());

    const QJsonObject vendor = root.value(u"vendors"_s).toArray().at(0).toObject();
    QCOMPARE(vendor.value(u"viability"_s).toString(), u"unknown"_s);
    QVERIFY(vendor.value(u"contractEnd"_s).isNull());
    QVERIFY(vendor.value(u"deprecationNoticeDays"_s).isNull());
    QVERIFY(vendor.value(u"securityAttestations"_s).isNull());

    const QJsonObject system = root.value(u"systems"_s).toArray().at(1).toObject();
    QCOMPARE(system.keys(), toJson(richPortfolio().systems.at(0)).keys());
    QVERIFY(system.value(u"id"_s).isNull());
    QVERIFY(system.value(u"name"_s).isNull());
    QCOMPARE(system.value(u"lifecycle"_s).toString(), u"unknown"_s);
    QVERIFY(system.value(u"ownership"_s).toObject().value(u"accountableOwnerId"_s).isNull());
    QCOMPARE(system.value(u"dataSecurity"_s).toObject().value(u"personalData"_s).toString(), u"unknown"_s);
    QVERIFY(system.value(u"vendorId"_s).isNull());
    QCOMPARE(system.value(u"vendorUnknown"_s), QJsonValue(true));
    QVERIFY(system.value(u"nextReview"_s).isNull());
    QVERIFY(system.value(u"createdAt"_s).isNull());
    QCOMPARE(system.value(u"version"_s), QJsonValue(0));
    const QJsonObject step = system.value(u"escalation"_s).toArray().at(0).toObject();
    QVERIFY(step.value(u"personId"_s).isNull());
    QVERIFY(step.value(u"responseMinutes"_s).isNull());
    QCOMPARE(system.value(u"boundaries"_s).toArray().at(0).toObject().value(u"influence"_s).toString(),
             u"unknown"_s);
}

void TestPortfolioJson::missingFieldsAreUnknown()
{
    // A hand-written file that leaves almost everything out.
    const Result<Portfolio> read = readPortfolio(readFile(jsonDataDir + u"/minimal.json"_s), u"minimal.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->systems.size(), 2);

    AiSystem expected;
    expected.name = u"Mail sorter"_s;
    expected.vendorUnknown = true; // nothing said about a vendor: unknown, not in-house
    expected.escalation = {{Severity::High, 1, QString(), -1}};
    expected.ownership.accountableOwnerId = 1;
    QVERIFY(read->systems.at(0) == expected);

    // A named vendor without vendorUnknown means the vendor is known.
    QCOMPARE(read->systems.at(1).vendorId, qint64(5));
    QCOMPARE(read->systems.at(1).vendorUnknown, false);
    QCOMPARE(read->vendors.at(0).deprecationNoticeDays, -1);
    QCOMPARE(read->vendors.at(0).exitOptions, Rating::Unknown);
    QCOMPARE(read->people.at(0).email, QString()); // "" reads as empty text
}

void TestPortfolioJson::handWrittenFile()
{
    // The valid base that the broken fixtures were derived from: each of those differs
    // from it in one place only.
    const Result<Portfolio> read =
        readPortfolio(readFile(jsonDataDir + u"/valid-small.json"_s), u"valid-small.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->systems.size(), 2);
    QCOMPARE(read->systems.at(0).escalation.size(), 2);
    QCOMPARE(read->systems.at(0).updatedAt, QDateTime(QDate(2024, 11, 2), QTime(14, 5, 7, 250), QTimeZone::utc()));
    const QByteArray written = writePortfolio(*read);
    QCOMPARE(writePortfolio(*readPortfolio(written, u"again.json"_s)), written);
}

void TestPortfolioJson::timestampsAreUtc()
{
    const AiSystem system = richPortfolio().systems.at(0);
    const QJsonObject json = toJson(system);
    QCOMPARE(json.value(u"createdAt"_s).toString(), u"2024-01-15T09:30:00Z"_s);
    QCOMPARE(json.value(u"updatedAt"_s).toString(), u"2024-11-02T14:05:07.250Z"_s);

    QJsonObject withOffset = json;
    withOffset[u"createdAt"_s] = u"2024-01-15T11:30:00+02:00"_s;
    const Result<AiSystem> read = fromJson<AiSystem>(withOffset, u"system"_s);
    QVERIFY(read.ok());
    QCOMPARE(read->createdAt, system.createdAt);
    QCOMPARE(read->createdAt.timeSpec(), Qt::UTC);
}

void TestPortfolioJson::canonicalBytes_()
{
    const AiSystem system = richPortfolio().systems.at(0);
    const QByteArray bytes = canonicalBytes(system);

    // Compact, sorted, no bookkeeping.
    QVERIFY(!bytes.contains('\n'));
    QVERIFY(bytes.startsWith("{\"boundaries\":"));
    QVERIFY(!bytes.contains("\"version\""));
    QVERIFY(!bytes.contains("\"createdAt\""));
    QVERIFY(!bytes.contains("\"updatedAt\""));

    // Saving again changes bookkeeping only: same bytes.
    AiSystem saved = system;
    saved.version += 1;
    saved.createdAt = QDateTime();
    saved.updatedAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(canonicalBytes(saved), bytes);

    // Any content change shows.
    AiSystem changed = system;
    changed.boundaries[1].influence = InfluenceLevel::Autonomous;
    QVERIFY(canonicalBytes(changed) != bytes);
    changed = system;
    changed.escalation.swapItemsAt(0, 1);
    QVERIFY(canonicalBytes(changed) != bytes);
    changed = system;
    changed.vendorUnknown = true;
    QVERIFY(canonicalBytes(changed) != bytes);

    // Same content read back from the file: same bytes.
    const Result<AiSystem> read = fromJson<AiSystem>(toJson(system), u"system"_s);
    QVERIFY(read.ok());
    QCOMPARE(canonicalBytes(*read), bytes);
}

void TestPortfolioJson::canonicalBytesGolden()
{
    // These bytes are hashed for sign-offs; they must not change by accident.
    // One line per system: rich ones, then every-answer-unknown ones.
    const QString path = jsonDataDir + u"/canonical-systems.jsonl"_s;
    QByteArray lines;
    for (const AiSystem &system : richPortfolio().systems)
        lines += canonicalBytes(system) + '\n';
    for (const AiSystem &system : unknownPortfolio().systems)
        lines += canonicalBytes(system) + '\n';
    if (regenerateGolden)
        writeFile(path, lines);
    QCOMPARE(lines, readFile(path));
}

void TestPortfolioJson::fieldErrors_data()
{
    QTest::addColumn<QString>("where");     // slash-separated path into richJson()
    QTest::addColumn<QByteArray>("value");  // JSON text; empty removes the field
    QTest::addColumn<QString>("expected");  // part of the message

    const auto row = [](const char *name, const char *where, const char *value, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(where) << QByteArray(value) << QString::fromUtf8(expected);
    };
    // Header.
    row("format missing", "format", "", "not a Charter portfolio: there is no \"format\" field");
    row("format other", "format", R"("charter-register")",
        R"(not a Charter portfolio: "format" is "charter-register", expected "charter-portfolio")");
    row("format number", "format", "1", "\"format\" is not a string");
    row("version missing", "version", "", "no \"version\" field");
    row("version newer", "version", "2", "format version 2, written by a newer Charter; this Charter reads version 1");
    row("version string", "version", R"("1")", "\"version\" must be a whole number");
    row("version zero", "version", "0", "\"version\" must be a whole number");
    row("version fraction", "version", "1.5", "\"version\" must be a whole number");
    row("top-level unknown", "comment", R"("hi")", "comment: unknown field. The fields here are: format, version");
    row("people not array", "people", "{}", "people: expected an array.");
    row("system not object", "systems/1", "[]", "systems[1]: expected an object.");

    // Wrong types and values, each naming its path.
    row("enum unknown key", "systems/0/boundaries/1/influence", R"("sometimes")",
        R"(systems[0].boundaries[1].influence: "sometimes" is not one of unknown, autonomous, human_approves, advisory_only, prohibited.)");
    row("enum wrong case", "systems/0/lifecycle", R"("Production")", R"(systems[0].lifecycle: "Production" is not one of)");
    row("enum number", "systems/2/regulatory/euAiActRole", "3",
        "systems[2].regulatory.euAiActRole: expected one of unknown, provider, deployer, importer, distributor, found a number.");
    row("enum null", "vendors/1/viability", "null", "vendors[1].viability: expected one of unknown, weak, adequate, strong, found null.");
    row("text number", "systems/1/name", "42", "systems[1].name: expected a string or null, found a number.");
    row("text array", "people/2/email", R"(["a"])", "people[2].email: expected a string or null, found an array.");
    row("object string", "systems/0/ownership", R"("Ada")", "systems[0].ownership: expected an object, found a string.");
    row("id fraction", "systems/0/ownership/businessOwnerId", "1.5",
        "systems[0].ownership.businessOwnerId: expected a whole number of 1 or more, or null, found a number.");
    row("id zero", "people/0/id", "0", "people[0].id: expected a whole number of 1 or more, or null");
    row("id negative", "vendors/0/id", "-10", "vendors[0].id: expected a whole number of 1 or more");
    row("id string", "systems/0/vendorId", R"("10")", "systems[0].vendorId: expected a whole number of 1 or more, or null, found a string.");
    row("count negative", "systems/0/escalation/2/responseMinutes", "-5",
        "systems[0].escalation[2].responseMinutes: expected a whole number of 0 or more, or null");
    row("count huge", "vendors/0/deprecationNoticeDays", "1e12", "vendors[0].deprecationNoticeDays: expected a whole number of 0 or more");
    row("severity missing", "systems/0/escalation/1/severity", "",
        "systems[0].escalation[1].severity: is missing; it must be one of low, medium, high, critical.");
    row("severity unknown", "systems/0/escalation/0/severity", R"("unknown")",
        R"(systems[0].escalation[0].severity: "unknown" is not one of low, medium, high, critical.)");
    row("flag string", "systems/1/vendorUnknown", R"("yes")", "systems[1].vendorUnknown: expected true or false, found a string.");
    row("flag null", "systems/1/vendorUnknown", "null", "systems[1].vendorUnknown: expected true or false, found null.");
    row("date invalid", "systems/0/nextReview", R"("2025-02-30")", R"(systems[0].nextReview: "2025-02-30" is not a date of the form YYYY-MM-DD)");
    row("date format", "vendors/0/contractEnd", R"("31.03.2027")", R"(vendors[0].contractEnd: "31.03.2027" is not a date)");
    row("date trailing", "vendors/0/contractEnd", R"("2027-03-31T00:00:00Z")", "vendors[0].contractEnd: \"2027-03-31T00:00:00Z\" is not a date");
    row("date number", "vendors/0/contractEnd", "20270331", "vendors[0].contractEnd: expected a date (YYYY-MM-DD) or null, found a number.");
    row("timestamp without zone", "systems/1/createdAt", R"("2024-02-01T08:00:00")",
        R"(systems[1].createdAt: "2024-02-01T08:00:00" is not an ISO 8601 date and time with a time zone)");
    row("timestamp date only", "systems/1/updatedAt", R"("2024-02-01")", "systems[1].updatedAt: \"2024-02-01\" is not an ISO 8601");
    row("version in system", "systems/0/version", "null", "systems[0].version: expected a whole number of 0 or more, found null.");
    row("array object", "systems/0/boundaries", "{}", "systems[0].boundaries: expected an array, found an object.");
    row("array item", "systems/0/escalation/3", R"("pager")", "systems[0].escalation[3]: expected an object, found a string.");
    row("notes item", "systems/1/importNotes/0", "7", "systems[1].importNotes[0]: expected a string, found a number.");
    row("unknown field", "systems/2/purpse", R"("typo")", "systems[2].purpse: unknown field. The fields here are: id, name, purpose");
    row("unknown nested field", "systems/0/dataSecurity/residency", R"("EU")", "systems[0].dataSecurity.residency: unknown field.");

    // Identity and references.
    row("duplicate person", "people/1/id", "1", "people[1].id: id 1 is already used by people[0]; ids must be unique");
    row("duplicate system", "systems/2/id", "100", "systems[2].id: id 100 is already used by systems[0]");
    row("dangling owner", "systems/1/ownership/accountableOwnerId", "42",
        "systems[1].ownership.accountableOwnerId: no person with id 42 in \"people\". Add the person or set the field to null.");
    row("dangling it contact", "systems/0/ownership/itContactId", "4", "systems[0].ownership.itContactId: no person with id 4");
    row("dangling escalation", "systems/0/escalation/3/personId", "77", "systems[0].escalation[3].personId: no person with id 77");
    row("dangling vendor", "systems/2/vendorId", "12", "systems[2].vendorId: no vendor with id 12 in \"vendors\"");
    row("referred person removed", "people/3", "", "systems[0].ownership.supportOwnerId: no person with id 9007199254740993");
    row("referred person without id", "people/0/id", "null", "systems[0].ownership.accountableOwnerId: no person with id 1");
}

void TestPortfolioJson::fieldErrors()
{
    QFETCH(QString, where);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);

    const QJsonValue root = replaced(richJson(), where.split(u'/'), parseValue(value));
    const QByteArray bytes = QJsonDocument(root.toObject()).toJson();
    const Result<Portfolio> read = readPortfolio(bytes, u"acme.json"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::InvalidInput);
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(u"acme.json: "_s), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestPortfolioJson::fromJsonPaths()
{
    // Without a path the field name stands alone.
    const Result<Person> person = fromJson<Person>(QJsonObject{{u"name"_s, true}}, QString());
    QVERIFY(!person.ok());
    QCOMPARE(person.error().message, u"name: expected a string or null, found true/false."_s);

    const Result<Vendor> vendor = fromJson<Vendor>(QJsonObject{{u"exitOptions"_s, u"good"_s}}, u"v"_s);
    QVERIFY(!vendor.ok());
    QCOMPARE(vendor.error().code, ErrorCode::InvalidInput);
    QCOMPARE(vendor.error().message, u"v.exitOptions: \"good\" is not one of unknown, weak, adequate, strong."_s);

    // fromJson() does not know the directory, so it accepts any id.
    QJsonObject system = toJson(richPortfolio().systems.at(0));
    system[u"vendorId"_s] = 999;
    QVERIFY(fromJson<AiSystem>(system, u"s"_s).ok());
}

void TestPortfolioJson::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("truncated") << QByteArray("{\n    \"format\": \"charter-portfolio\",\n    \"version\": 1,\n    \"people\": [\n")
                               << u"x.json, line 5, column 1: not valid JSON"_s;
    QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << u"x.json, line 1, column 7: not valid JSON"_s;
    // Columns count characters: "é" is two bytes but one column.
    QTest::newRow("utf-8 column") << QByteArray("{\n\"é\": tru}") << u"x.json, line 2, column 6: not valid JSON"_s;
    QTest::newRow("trailing comma") << QByteArray("{\"format\": \"charter-portfolio\",}")
                                    << u"x.json, line 1, column 33: not valid JSON"_s;
    QTest::newRow("garbage after") << QByteArray("{}\n{}") << u"x.json, line 2, column 1: not valid JSON"_s;
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << u"x.json, line 1, column "_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << u"x.json, line 1, column 1: not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"x.json: the file is empty"_s;
    QTest::newRow("whitespace") << QByteArray(" \n\t") << u"x.json: the file is empty"_s;
    QTest::newRow("array") << QByteArray("[]") << u"x.json: this is not a Charter portfolio: the file must contain one JSON object"_s;
}

void TestPortfolioJson::syntaxErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Result<Portfolio> read = readPortfolio(bytes, u"x.json"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::InvalidInput);
    QVERIFY2(read.error().message.startsWith(expected), qPrintable(read.error().message));
}

void TestPortfolioJson::byteOrderMark()
{
    const QByteArray written = writePortfolio(richPortfolio());
    const Result<Portfolio> read = readPortfolio("\xEF\xBB\xBF" + written, u"bom.json"_s);
    QVERIFY(read.ok());
    QVERIFY(*read == richPortfolio());
}

void TestPortfolioJson::brokenFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *file, const char *expected) {
        QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(expected);
    };
    row("truncated.json", "truncated.json, line 33, column 1: not valid JSON");
    row("not-json.json", "not-json.json, line 1, column 1: not valid JSON");
    row("empty.json", "empty.json: the file is empty");
    row("wrong-format.json", R"(wrong-format.json: this is not a Charter portfolio: "format" is "charter-register")");
    row("missing-version.json", "missing-version.json: the portfolio has no \"version\" field");
    row("unknown-version.json", "unknown-version.json: the portfolio has format version 2, written by a newer Charter; "
                                "this Charter reads version 1. Update Charter to open it.");
    row("wrong-types.json", "wrong-types.json: systems[0].escalation[0].responseMinutes: expected a whole number of "
                            "0 or more, or null, found a string.");
    row("wrong-type-ownership.json", "wrong-type-ownership.json: systems[0].ownership: expected an object, found an array.");
    row("bad-enum.json", R"(bad-enum.json: systems[1].boundaries[0].influence: "sometimes" is not one of unknown, )"
                         "autonomous, human_approves, advisory_only, prohibited.");
    row("unknown-field.json", "unknown-field.json: systems[0].vendor: unknown field.");
    row("dangling-person.json", "dangling-person.json: systems[0].ownership.accountableOwnerId: no person with id 42 "
                                "in \"people\".");
    row("dangling-escalation.json", "dangling-escalation.json: systems[0].escalation[1].personId: no person with id 3");
    row("dangling-vendor.json", "dangling-vendor.json: systems[0].vendorId: no vendor with id 8 in \"vendors\".");
    row("duplicate-id.json", "duplicate-id.json: people[1].id: id 1 is already used by people[0]");
}

void TestPortfolioJson::brokenFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Result<Portfolio> read = readPortfolio(readFile(jsonDataDir + u"/broken/"_s + file), file);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::InvalidInput);
    QVERIFY2(read.error().message.startsWith(expected), qPrintable(read.error().message));
}

void TestPortfolioJson::schemaEnums_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("answer") << u"answer"_s << enumKeys<Answer>();
    QTest::newRow("lifecycle") << u"lifecycle"_s << enumKeys<Lifecycle>();
    QTest::newRow("deploymentModel") << u"deploymentModel"_s << enumKeys<DeploymentModel>();
    QTest::newRow("influenceLevel") << u"influenceLevel"_s << enumKeys<InfluenceLevel>();
    QTest::newRow("severity") << u"severity"_s << enumKeys<Severity>();
    QTest::newRow("rating") << u"rating"_s << enumKeys<Rating>();
    QTest::newRow("maintainer") << u"maintainer"_s << enumKeys<Maintainer>();
    QTest::newRow("euAiActCategory") << u"euAiActCategory"_s << enumKeys<EuAiActCategory>();
    QTest::newRow("euAiActRole") << u"euAiActRole"_s << enumKeys<EuAiActRole>();
}

void TestPortfolioJson::schemaEnums()
{
    QFETCH(QString, name);
    QFETCH(QStringList, keys);
    QJsonParseError error;
    const QJsonDocument schema = QJsonDocument::fromJson(readFile(schemaPath), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(schema.object().value(u"$schema"_s).toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
    const QJsonObject defs = schema.object().value(u"$defs"_s).toObject();
    QVERIFY2(defs.contains(name), qPrintable(name));
    QCOMPARE(jsonStrings(defs.value(name).toObject().value(u"enum"_s)), keys);
}

void TestPortfolioJson::schemaFields_data()
{
    // Each schema object definition must list exactly the fields the writer writes.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("fields");
    const Portfolio p = richPortfolio();
    const QJsonObject system = toJson(p.systems.at(0));
    QTest::newRow("person") << u"person"_s << toJson(p.people.at(0)).keys();
    QTest::newRow("vendor") << u"vendor"_s << toJson(p.vendors.at(0)).keys();
    QTest::newRow("system") << u"system"_s << system.keys();
    QTest::newRow("ownership") << u"ownership"_s << system.value(u"ownership"_s).toObject().keys();
    QTest::newRow("decisionBoundary")
        << u"decisionBoundary"_s << system.value(u"boundaries"_s).toArray().at(0).toObject().keys();
    QTest::newRow("escalationStep")
        << u"escalationStep"_s << system.value(u"escalation"_s).toArray().at(0).toObject().keys();
    QTest::newRow("dataSecurity") << u"dataSecurity"_s << system.value(u"dataSecurity"_s).toObject().keys();
    QTest::newRow("supportModel") << u"supportModel"_s << system.value(u"support"_s).toObject().keys();
    QTest::newRow("regulatoryClassification")
        << u"regulatoryClassification"_s << system.value(u"regulatory"_s).toObject().keys();
}

void TestPortfolioJson::schemaFields()
{
    QFETCH(QString, name);
    QFETCH(QStringList, fields);
    const QJsonObject defs = QJsonDocument::fromJson(readFile(schemaPath)).object().value(u"$defs"_s).toObject();
    const QJsonObject definition = defs.value(name).toObject();
    QCOMPARE(sortedKeys(definition.value(u"properties"_s).toObject().keys()), sortedKeys(fields));
    QCOMPARE(definition.value(u"additionalProperties"_s), QJsonValue(false));
}

void TestPortfolioJson::writtenFileMatchesSchemaHeader()
{
    const QJsonObject schema = QJsonDocument::fromJson(readFile(schemaPath)).object();
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonObject written = QJsonDocument::fromJson(writePortfolio(Portfolio{})).object();
    QCOMPARE(sortedKeys(properties.keys()), sortedKeys(written.keys()));
    QCOMPARE(properties.value(u"format"_s).toObject().value(u"const"_s), written.value(u"format"_s));
    QCOMPARE(properties.value(u"version"_s).toObject().value(u"const"_s), written.value(u"version"_s));
    QCOMPARE(jsonStrings(schema.value(u"required"_s)), (QStringList{u"format"_s, u"version"_s}));
}

QTEST_GUILESS_MAIN(TestPortfolioJson)
#include "tst_portfolio_json.moc"
