// RegisterCsv: the register as a spreadsheet, and back through the "charter" profile.

#include "interchange/CsvReader.h"
#include "interchange/RegisterCsv.h"
#include "interchange/SpreadsheetImporter.h"

#include <QTest>

using namespace charter;
using namespace Qt::StringLiterals;

namespace {

Person person(qint64 id, const QString &name, const QString &email)
{
    Person p;
    p.id = id;
    p.name = name;
    p.email = email;
    return p;
}

// A portfolio that uses every field the CSV carries. People and vendors are numbered in
// the order the importer meets them (row by row; owners, then escalation), so the
// imported portfolio must equal it exactly once system ids are cleared.
Portfolio fullPortfolio()
{
    Portfolio portfolio;
    portfolio.people = {
        person(1, u"Ada Lovelace"_s, u"ada@example.org"_s),
        person(2, u"Bob \"Bobby\" Tables"_s, u"bob@example.org"_s),
        person(3, u"Chlo\u00eb O'Brien, PhD"_s, QString()),
        person(4, u"helpdesk@example.org"_s, u"helpdesk@example.org"_s),
        person(5, u"Eve <On Call>"_s, u"eve@example.org"_s),
        person(6, u"Frank"_s, u"frank@example.org"_s),
    };
    Vendor globex;
    globex.id = 1;
    globex.name = u"Globex"_s;
    Vendor initech;
    initech.id = 2;
    initech.name = u"Initech, Inc."_s;
    portfolio.vendors = {globex, initech};

    AiSystem full;
    full.id = 11;
    full.externalReference = u"AI-001"_s;
    full.name = u"Claims triage"_s;
    full.purpose = u"Sorts incoming claims, flags \"urgent\" ones;\nsecond line, with a comma"_s;
    full.businessUnit = u"Claims & Benefits"_s;
    full.lifecycle = Lifecycle::Production;
    full.deploymentModel = DeploymentModel::VendorSaaS;
    full.ownership = {1, 2, 1, 3, 4};
    full.boundaries = {
        {u"Approve claims under 1,000"_s, InfluenceLevel::Autonomous,
         u"Above 1,000 | always"_s, u"Falls back to the manual queue"_s,
         u"Confidence score\nper claim"_s},
        {u"Deny claims"_s, InfluenceLevel::Prohibited, QString(), QString(), QString()},
        {u"Path C:\\claims"_s, InfluenceLevel::Unknown, QString(), u"x"_s, QString()},
    };
    full.escalation = {
        {Severity::Critical, 5, u"pager"_s, 15},
        {Severity::High, 1, u"email"_s, 240},
        {Severity::Low, 0, QString(), -1},
    };
    full.data = {Answer::Yes, Answer::No, Answer::Unknown, u"EU (Frankfurt)"_s,
                 u"Claims team only"_s, Answer::Yes, Answer::No, u"Vault, rotated monthly"_s,
                 u"SAP, Guidewire"_s};
    full.vendorId = 1;
    full.support = {Maintainer::Vendor, u"Monthly releases"_s, u"Vendor ticket, then CAB"_s};
    full.regulatory = {EuAiActCategory::HighRisk, EuAiActRole::Deployer, Answer::No};
    full.nextReview = QDate(2026, 3, 31);
    full.importNotes = {u"Imported from old.csv, line 4: no name"_s};

    AiSystem hostile; // spreadsheet formula injection attempts and odd text
    hostile.id = 12;
    hostile.externalReference = u"=1+1"_s;
    hostile.name = u"@SUM(A1:A9)"_s;
    hostile.purpose = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    hostile.businessUnit = u"-Ops"_s;
    hostile.data.dataResidency = u"+49 region"_s;
    hostile.data.accessScope = u"'=already quoted"_s;
    hostile.data.credentialHandling = u"\u00e9t\u00e9 \u2013 \u201cquoted\u201d \u2603"_s;
    hostile.lifecycle = Lifecycle::Pilot;
    hostile.ownership.businessOwnerId = 6;
    hostile.vendorId = 0;
    hostile.vendorUnknown = false; // built in-house
    hostile.support.maintainer = Maintainer::InHouse;

    AiSystem unknown; // every answer unknown, vendor involvement unknown
    unknown.id = 13;
    unknown.name = u"Unknown everything"_s;
    unknown.vendorUnknown = true;

    AiSystem second; // the second vendor, a person met again
    second.id = 14;
    second.externalReference = u"AI-004"_s;
    second.name = u"Invoice reader"_s;
    second.lifecycle = Lifecycle::Retired;
    second.vendorId = 2;
    second.ownership.accountableOwnerId = 6;
    second.regulatory.usOmbHighImpact = Answer::Yes;
    second.regulatory.euAiActCategory = EuAiActCategory::NotInScope;

    portfolio.systems = {full, hostile, unknown, second};
    return portfolio;
}

// Everything about a system as text, so a failed comparison shows what differs.
QString describe(const AiSystem &s, const Portfolio &p)
{
    const auto who = [&p](qint64 id) -> QString {
        for (const Person &person : p.people)
            if (person.id == id)
                return person.name + u" <"_s + person.email + u'>';
        return u"-"_s;
    };
    QString vendor = u"-"_s;
    for (const Vendor &v : p.vendors)
        if (v.id == s.vendorId)
            vendor = v.name;
    QStringList lines = {
        s.externalReference, s.name, s.purpose, s.businessUnit, enumKey(s.lifecycle),
        enumKey(s.deploymentModel), who(s.ownership.accountableOwnerId),
        who(s.ownership.businessOwnerId), who(s.ownership.technicalOwnerId),
        who(s.ownership.supportOwnerId), who(s.ownership.itContactId), vendor,
        s.vendorUnknown ? u"vendor unknown"_s : u"vendor known"_s,
        enumKey(s.data.personalData), enumKey(s.data.productionData),
        enumKey(s.data.safetyRelated), s.data.dataResidency, s.data.accessScope,
        enumKey(s.data.externalProcessing), enumKey(s.data.cloudConnectivity),
        s.data.credentialHandling, s.data.integrations, enumKey(s.support.maintainer),
        s.support.updatePolicy, s.support.issueEscalation,
        enumKey(s.regulatory.euAiActCategory), enumKey(s.regulatory.euAiActRole),
        enumKey(s.regulatory.usOmbHighImpact), s.nextReview.toString(Qt::ISODate),
        formatBoundaries(s.boundaries), formatEscalation(s.escalation, p.people),
        s.importNotes.join(u" // "_s)};
    return lines.join(u"\n"_s);
}

QHash<qint64, RiskAssessment> riskFor(const Portfolio &portfolio)
{
    QHash<qint64, RiskAssessment> risk;
    RiskAssessment assessment;
    assessment.tier = RiskTier::High;
    assessment.score = 42;
    assessment.completeness = 87;
    risk.insert(portfolio.systems.constFirst().id, assessment);
    return risk;
}

} // namespace

class TestRegisterCsv : public QObject {
    Q_OBJECT

private slots:
    void writesHeaderAndRows();
    void neutralisesFormulas();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void cellFormatsRoundTrip();
    void malformedCellsAreReported();
};

void TestRegisterCsv::writesHeaderAndRows()
{
    const Portfolio portfolio = fullPortfolio();
    const QByteArray csv = writeRegisterCsv(portfolio, riskFor(portfolio), true);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFID,Reference,Name,Purpose,Business unit,Lifecycle,"));
    QVERIFY(csv.endsWith("\r\n"));
    QVERIFY(!writeRegisterCsv(portfolio, {}, false).startsWith("\xEF\xBB\xBF"));

    const QString text = QString::fromUtf8(csv.mid(3));
    CsvReader reader(text, u"export.csv"_s);
    CsvRecord record;
    QVERIFY(reader.next(record));
    const auto columns = registerCsvColumns();
    QCOMPARE(record.fields.size(), qsizetype(columns.size()));
    for (std::size_t i = 0; i < columns.size(); ++i)
        QCOMPARE(record.fields.at(qsizetype(i)).toString(), QString::fromUtf8(columns[i].header));
    int rows = 0;
    QStringList firstRow;
    while (reader.next(record)) {
        if (rows++ == 0)
            for (const QStringView field : std::as_const(record.fields))
                firstRow << field.toString();
        QCOMPARE(record.fields.size(), qsizetype(columns.size()));
    }
    QVERIFY(!reader.error());
    QCOMPARE(rows, portfolio.systems.size());
    QCOMPARE(firstRow.at(0), u"11"_s);
    QCOMPARE(firstRow.at(5), u"production"_s);
    QCOMPARE(firstRow.at(7), u"Ada Lovelace"_s);
    QCOMPARE(firstRow.at(18), u"vendor"_s);
    QCOMPARE(firstRow.at(34), u"2026-03-31"_s);
    QCOMPARE(firstRow.mid(firstRow.size() - 3), (QStringList{u"high"_s, u"42"_s, u"87"_s}));
    QCOMPARE(firstRow.at(36), u"critical | Eve <On Call> <eve@example.org> | pager | 15\n"
                              u"high | Ada Lovelace <ada@example.org> | email | 240\n"
                              u"low"_s);
}

void TestRegisterCsv::neutralisesFormulas()
{
    const QByteArray csv = writeRegisterCsv(fullPortfolio(), {}, false);
    QVERIFY(csv.contains("\r\n12,'=1+1,'@SUM(A1:A9),"));
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    QVERIFY(csv.contains(",'-Ops,"));
    QVERIFY(csv.contains(",'+49 region,"));
    QVERIFY(csv.contains(",''=already quoted,"));
    // No cell starts with a bare trigger character.
    const QString text = QString::fromUtf8(csv);
    CsvReader reader(text, u"x"_s);
    CsvRecord record;
    while (reader.next(record))
        for (const QStringView field : std::as_const(record.fields))
            QVERIFY2(field.isEmpty() || !QStringView(u"=+-@").contains(field.front()),
                     qPrintable(field.toString()));
}

void TestRegisterCsv::roundTripsEveryField_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("bom");
    QTest::newRow("charter profile, BOM") << u"charter"_s << true;
    QTest::newRow("detected profile, no BOM") << QString() << false;
}

void TestRegisterCsv::roundTripsEveryField()
{
    QFETCH(QString, profile);
    QFETCH(bool, bom);
    const Portfolio original = fullPortfolio();
    const QByteArray csv = writeRegisterCsv(original, riskFor(original), bom);
    ImportOptions options;
    options.profile = profile;
    options.strict = true; // an export must import without a single problem
    const Result<SpreadsheetImport> result = importSpreadsheet(csv, u"export.csv"_s, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->report.profile, u"charter"_s);
    QCOMPARE(result->report.records, original.systems.size());
    QVERIFY(result->report.unusedColumns.isEmpty());

    const Portfolio &imported = result->portfolio;
    QCOMPARE(imported.systems.size(), original.systems.size());
    for (qsizetype i = 0; i < original.systems.size(); ++i)
        QCOMPARE(describe(imported.systems[i], imported),
                 describe(original.systems[i], original));

    // Exactly equal once the database ids of the systems are cleared (the CSV's ID column
    // is read-only; imported systems are new).
    Portfolio expected = original;
    for (AiSystem &system : expected.systems)
        system.id = 0;
    QCOMPARE(imported.people, expected.people);
    QCOMPARE(imported.vendors, expected.vendors);
    QVERIFY(imported == expected);
}

void TestRegisterCsv::cellFormatsRoundTrip()
{
    const Portfolio portfolio = fullPortfolio();
    const AiSystem &system = portfolio.systems.constFirst();
    QString problem;
    const auto boundaries = parseBoundaries(formatBoundaries(system.boundaries), &problem);
    QVERIFY2(boundaries.has_value(), qPrintable(problem));
    QCOMPARE(*boundaries, system.boundaries);
    QCOMPARE(formatBoundaries({}), QString());
    QCOMPARE(parseBoundaries(QString(), &problem)->size(), 0);

    const auto steps = parseEscalation(formatEscalation(system.escalation, portfolio.people),
                                       &problem);
    QVERIFY2(steps.has_value(), qPrintable(problem));
    QCOMPARE(steps->size(), 3);
    QCOMPARE(steps->at(0).personName, u"Eve <On Call>"_s);
    QCOMPARE(steps->at(0).personEmail, u"eve@example.org"_s);
    QCOMPARE(steps->at(0).responseMinutes, 15);
    QCOMPARE(steps->at(2).severity, Severity::Low);
    QCOMPARE(steps->at(2).responseMinutes, -1);

    // Labels are accepted as well as keys, for hand-written sheets.
    const auto labelled = parseBoundaries(u"Approve | Human approves"_s, &problem);
    QVERIFY(labelled);
    QCOMPARE(labelled->at(0).influence, InfluenceLevel::HumanApproves);
}

void TestRegisterCsv::malformedCellsAreReported()
{
    QString problem;
    QVERIFY(!parseBoundaries(u"Decide | sometimes"_s, &problem));
    QVERIFY(problem.contains(u"sometimes"));
    QVERIFY(!parseEscalation(u"urgent | Ada"_s, &problem));
    QVERIFY(!parseEscalation(u"high | Ada | phone | soon"_s, &problem));
    QVERIFY(problem.contains(u"soon"));

    // In a file: the record is imported, the cell is reported.
    const QByteArray csv = "Reference,Name,Decision boundaries,Next review,Accountable owner email\r\n"
                           "R-1,System,Decide | sometimes,31/02/2026,not-an-address\r\n";
    const Result<SpreadsheetImport> result = importSpreadsheet(csv, u"hand.csv"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->report.profile, u"charter"_s);
    QCOMPARE(result->portfolio.systems.size(), 1);
    QStringList fields;
    for (const ImportIssue &issue : result->report.issues)
        fields << issue.field;
    QCOMPARE(fields, (QStringList{u"boundaries"_s, u"nextReview"_s, u"accountableOwner.email"_s}));
    QCOMPARE(result->portfolio.systems[0].importNotes.size(), 3);
    QVERIFY(result->portfolio.people.isEmpty());
}

QTEST_GUILESS_MAIN(TestRegisterCsv)
#include "tst_register_csv.moc"
