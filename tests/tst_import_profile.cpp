// ImportProfile and the normalisation under it: header aliases, value maps, mapping files.

#include "interchange/ImportDirectory.h"
#include "interchange/ImportNormalise.h"
#include "interchange/ImportProfile.h"

#include <QTest>

using namespace charter;
using namespace Qt::StringLiterals;

namespace {

QString mappingPath(const QString &name)
{
    return QStringLiteral(CHARTER_TEST_DATA_DIR "/mapping/") + name;
}

ImportProfile omb()
{
    return *ImportProfile::builtin(u"omb-2025"_s);
}

} // namespace

class TestImportProfile : public QObject {
    Q_OBJECT

private slots:
    void fieldKeysRoundTrip();
    void normalisesHeaders_data();
    void normalisesHeaders();
    void matchesOmbHeaders_data();
    void matchesOmbHeaders();
    void ignoresForeignHeaders();
    void mapsMessyValues_data();
    void mapsMessyValues();
    void recognisesBlankValues_data();
    void recognisesBlankValues();
    void charterProfileReadsFieldKeys();
    void unknownProfile();
    void mappingFileWithExtends();
    void standaloneMappingFile();
    void mappingColumnsRankEqually();
    void rejectsBadMappingFiles_data();
    void rejectsBadMappingFiles();
    void unreadableMappingFile();
    void deduplicatesVendors_data();
    void deduplicatesVendors();
    void deduplicatesPeople();
};

void TestImportProfile::fieldKeysRoundTrip()
{
    for (const ImportFieldInfo &info : importFields()) {
        QCOMPARE(importFieldInfo(info.field).key, info.key);
        QCOMPARE(importFieldFromKey(QString::fromLatin1(info.key)), info.field);
        QCOMPARE(importFieldFromKey(QString::fromLatin1(info.key).toUpper()), info.field);
    }
    QVERIFY(!importFieldFromKey(u"data.personal"_s));
}

void TestImportProfile::normalisesHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("case and spaces") << u"  Use   Case\tNAME "_s << u"use case name"_s;
    QTest::newRow("line breaks") << u"Is there a process to conduct\nongoing monitoring"_s
                                 << u"is there a process to conduct ongoing monitoring"_s;
    QTest::newRow("non-breaking spaces") << u"Use\u00a0Case\u202fID"_s << u"use case id"_s;
    QTest::newRow("curly quotes") << u"the AI system\u2019s outputs"_s
                                  << u"the ai system's outputs"_s;
    QTest::newRow("quotes around") << u"\u201cStage of Development\u201d"_s
                                   << u"stage of development"_s;
    QTest::newRow("dashes") << u"High\u2011impact \u2013 flag"_s << u"high-impact - flag"_s;
    QTest::newRow("slash spacing") << u"Bureau / Component"_s << u"bureau/component"_s;
    QTest::newRow("required marker") << u"Name *"_s << u"name"_s;
    QTest::newRow("colon") << u"Name:"_s << u"name"_s;
    QTest::newRow("soft hyphen and zero width") << u"Na\u00adme\u200b"_s << u"name"_s;
}

void TestImportProfile::normalisesHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, normalised);
    QCOMPARE(normaliseHeader(header), normalised);
}

void TestImportProfile::matchesOmbHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    QTest::newRow("SEC reference with hint") << u"Use Case ID\n\n[Agency Abbrev.] \u2013 [#] "_s
                                             << u"externalReference"_s;
    QTest::newRow("SEC reference, cp1252 mojibake") << u"Use Case ID\n\n[Agency Abbrev.] \u00a4 [#] "_s
                                                    << u"externalReference"_s;
    QTest::newRow("name") << u"Use Case Name"_s << u"name"_s;
    QTest::newRow("labor description") << u"Description"_s << u"purpose"_s;
    QTest::newRow("problem question") << u"What problem is the AI intended to solve?"_s
                                      << u"purpose"_s;
    QTest::newRow("bureau") << u"Bureau/Component"_s << u"businessUnit"_s;
    QTest::newRow("stage") << u"Stage of Development"_s << u"lifecycle"_s;
    QTest::newRow("labor status") << u"Status"_s << u"lifecycle"_s;
    QTest::newRow("high-impact") << u"Is the AI use case high-impact?"_s
                                 << u"regulatory.usOmbHighImpact"_s;
    QTest::newRow("2024 rights/safety") << u"Is the AI use case rights-impacting, safety-impacting, "
                                           u"both, or neither?"_s
                                        << u"regulatory.usOmbHighImpact"_s;
    QTest::newRow("sourcing, double spaces")
        << u"Was the system involved in this use case purchased from a vendor or developed "
           u"under  contract(s) or in-house?"_s
        << u"sourcing"_s;
    QTest::newRow("sourcing with a note appended")
        << u"Was the system involved in this use case purchased from a vendor or developed "
           u"under contract(s) or in-house?\n\nPractice: Document"_s
        << u"sourcing"_s;
    QTest::newRow("vendor") << u"Vendor(s) Name"_s << u"vendor"_s;
    QTest::newRow("PII, treasury spacing")
        << u"Does this AI use case  involve personally  identifiable information (PII)  that "
           u"is maintained by the  agency?"_s
        << u"data.personalData"_s;
    QTest::newRow("systems") << u"System(s) Name"_s << u"data.integrations"_s;
}

void TestImportProfile::matchesOmbHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const auto match = omb().matchHeader(header);
    QVERIFY2(match.has_value(), qPrintable(header));
    QCOMPARE(importFieldKey(match->field), field);
}

void TestImportProfile::ignoresForeignHeaders()
{
    const ImportProfile profile = omb();
    for (const QString &header : {u"Email Address"_s, u"Justification"_s,
                                  u"AI Classification"_s, u"Use Case Identifiers"_s,
                                  u"Name of the program office"_s, u""_s})
        QVERIFY2(!profile.matchHeader(header), qPrintable(header));
}

void TestImportProfile::mapsMessyValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key"); // empty: does not map
    const auto row = [](const char *name, const QString &field, const QString &raw,
                        const QString &key) {
        QTest::newRow(name) << field << raw << key;
    };
    const QString lifecycle = u"lifecycle"_s;
    const QString answer = u"data.personalData"_s;
    const QString impact = u"regulatory.usOmbHighImpact"_s;
    const QString sourcing = u"sourcing"_s;
    row("treasury pre-deployment", lifecycle,
        u"Pre-Deployment - The use case is in a development or acquisition status."_s,
        u"development"_s);
    row("treasury deployed", lifecycle,
        u"Deployed - The use case is being actively authorized or utilized."_s, u"production"_s);
    row("treasury pilot", lifecycle,
        u"Pilot - The use case has been deployed in a limited test or pilot capacity."_s,
        u"pilot"_s);
    row("treasury retired", lifecycle, u"Retired"_s, u"retired"_s);
    row("SEC lettered, double space, mojibake dash", lifecycle,
        u"c)  Deployed \u00a4 The use case is being actively authorized"_s, u"production"_s);
    row("SEC retired", lifecycle,
        u"d) Retired \u00a4 The use case was reported in the agency\u00a1s prior year"_s,
        u"retired"_s);
    row("2024 initiated", lifecycle, u"Initiated"_s, u"proposed"_s);
    row("2024 operation", lifecycle, u"Operation and Maintenance"_s, u"production"_s);
    row("2024 acquisition", lifecycle, u"Acquisition and/or Development"_s, u"development"_s);
    row("label", lifecycle, u"In production"_s, u"production"_s);
    row("key", lifecycle, u"production"_s, u"production"_s);
    row("explained in parentheses", lifecycle, u"Planned (not in production)"_s, u"proposed"_s);
    row("unknown word", lifecycle, u"Sunsetting"_s, QString());
    row("Yes", answer, u"Yes"_s, u"yes"_s);
    row("TRUE", answer, u"TRUE"_s, u"yes"_s);
    row("Y", answer, u"Y"_s, u"yes"_s);
    row("No", answer, u"No"_s, u"no"_s);
    row("FALSE", answer, u"FALSE"_s, u"no"_s);
    row("N", answer, u"n"_s, u"no"_s);
    row("lettered No", answer, u"a) No"_s, u"no"_s);
    row("yes with explanation", answer, u"Yes, sufficient training has been established"_s,
        u"yes"_s);
    row("v typo", answer, u"v"_s, QString());
    row("in-progress", answer, u"In-progress"_s, QString());
    row("not high-impact", impact, u"c) Not high-impact"_s, u"no"_s);
    row("high-impact", impact, u"High-impact"_s, u"yes"_s);
    row("presumed but not", impact, u"Presumed high-impact but determined not high-impact"_s,
        u"no"_s);
    row("purchased, nbsp", sourcing, u"a)\u00a0Purchased from a vendor"_s, u"vendor"_s);
    row("purchased, question mark", sourcing, u"a)?Purchased from a vendor"_s, u"vendor"_s);
    row("in house", sourcing, u"Developed in house"_s, u"in_house"_s);
    row("in-house", sourcing, u"b) Developed in-house"_s, u"in_house"_s);
    row("bare in-house", sourcing, u"In-house"_s, u"in_house"_s);
    row("bare vendor", sourcing, u"Vendor"_s, u"vendor"_s);
    row("both", sourcing, u"c) Developed with both contracting and in-house resources"_s,
        u"mixed"_s);
    row("treasury both", sourcing, u"In-house & Contractor"_s, u"mixed"_s);
    row("contract", sourcing, u"Developed under contract(s)"_s, u"contractor"_s);
}

void TestImportProfile::mapsMessyValues()
{
    QFETCH(QString, field);
    QFETCH(QString, raw);
    QFETCH(QString, key);
    const ImportField importField = *importFieldFromKey(field);
    const auto value = omb().mapChoice(importField, raw);
    if (key.isEmpty()) {
        QVERIFY2(!value, qPrintable(u"maps to "_s + (value ? QString::number(*value) : QString())));
        return;
    }
    QVERIFY2(value.has_value(), qPrintable(raw));
    QCOMPARE(choiceKey(importFieldInfo(importField).kind, *value), key);
}

void TestImportProfile::recognisesBlankValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("blank");
    QTest::newRow("empty") << u""_s << true;
    QTest::newRow("spaces") << u" \u00a0 "_s << true;
    QTest::newRow("[blank]") << u"[blank]"_s << true;
    QTest::newRow("N/A") << u"N/A"_s << true;
    QTest::newRow("NA") << u"NA"_s << true;
    QTest::newRow("n.a.") << u"n.a."_s << true;
    QTest::newRow("dash") << u"-"_s << true;
    QTest::newRow("em dash") << u"\u2014"_s << true;
    QTest::newRow("TBD") << u"TBD"_s << true;
    QTest::newRow("No") << u"No"_s << false;
    QTest::newRow("None of the above") << u"None of the above"_s << false;
    QTest::newRow("N/A. Evaluating tools only") << u"N/A. Evaluating tools only"_s << false;
}

void TestImportProfile::recognisesBlankValues()
{
    QFETCH(QString, value);
    QFETCH(bool, blank);
    QCOMPARE(isBlankValue(value), blank);
}

void TestImportProfile::charterProfileReadsFieldKeys()
{
    const ImportProfile charter = *ImportProfile::builtin(u"charter"_s);
    QCOMPARE(charter.matchHeader(u"Reference"_s)->field, ImportField::ExternalReference);
    QCOMPARE(charter.matchHeader(u"data.personalData"_s)->field, ImportField::PersonalData);
    QCOMPARE(charter.matchHeader(u"Risk tier"_s)->field, ImportField::Ignore);
    QCOMPARE(charter.matchHeader(u"Accountable owner email"_s)->field,
             ImportField::AccountableOwnerEmail);
    QCOMPARE(ImportProfile::builtinNames(), (QStringList{u"charter"_s, u"omb-2025"_s}));
}

void TestImportProfile::unknownProfile()
{
    QVERIFY(!ImportProfile::builtin(u"omb-1999"_s));
    QVERIFY(ImportProfile::builtin(u" OMB-2025 "_s));
}

void TestImportProfile::mappingFileWithExtends()
{
    const Result<ImportProfile> profile = ImportProfile::fromMappingFile(mappingPath(u"extends_omb.json"_s));
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
    QCOMPARE(profile->name(), u"extends_omb.json"_s);
    // Own columns first, then the base's aliases; null removes a base column.
    QCOMPARE(profile->matchHeader(u"Email Address"_s)->field, ImportField::ItContactEmail);
    QCOMPARE(profile->matchHeader(u"Bureau/Component"_s)->field, ImportField::Ignore);
    QCOMPARE(profile->matchHeader(u"Use Case Name"_s)->field, ImportField::Name);
    QVERIFY(profile->matchHeader(u"Status"_s)->priority
            < profile->matchHeader(u"Stage of Development"_s)->priority);
    // Own values and the base's.
    QCOMPARE(profile->mapChoice(ImportField::Lifecycle, u"Sunsetting"_s), int(Lifecycle::Retired));
    QCOMPARE(profile->mapChoice(ImportField::Lifecycle, u"Pre-deployment"_s),
             int(Lifecycle::Development));
    QCOMPARE(profile->mapChoice(ImportField::UsOmbHighImpact, u"Maybe"_s), int(Answer::Unknown));
}

void TestImportProfile::standaloneMappingFile()
{
    const Result<ImportProfile> profile = ImportProfile::fromMappingFile(mappingPath(u"labor.json"_s));
    QVERIFY(profile.ok());
    QCOMPARE(profile->name(), u"dol-4-column"_s);
    QCOMPARE(profile->matchHeader(u"Description"_s)->field, ImportField::Purpose);
    QVERIFY(!profile->matchHeader(u"Stage of Development"_s)); // no base profile
    QCOMPARE(profile->mapChoice(ImportField::Lifecycle, u"Pre-deployment"_s),
             int(Lifecycle::Development));

    // The caller's profile is the base when the file names none.
    const Result<ImportProfile> withBase =
        ImportProfile::fromMappingFile(mappingPath(u"labor.json"_s), u"omb-2025"_s);
    QVERIFY(withBase.ok());
    QCOMPARE(withBase->matchHeader(u"Stage of Development"_s)->field, ImportField::Lifecycle);
}

void TestImportProfile::mappingColumnsRankEqually()
{
    // JSON objects are unordered (QJsonObject sorts keys), so a mapping file's columns
    // rank equally and the spreadsheet decides: its leftmost matching column wins.
    const Result<ImportProfile> profile = ImportProfile::fromMapping(
        R"({"extends": "omb-2025", "columns": {"Title": "name", "Working name": "name"}})",
        u"inline.json"_s);
    QVERIFY(profile.ok());
    QCOMPARE(profile->matchHeader(u"Title"_s)->priority,
             profile->matchHeader(u"Working name"_s)->priority);
    QVERIFY(profile->matchHeader(u"Title"_s)->priority
            < profile->matchHeader(u"Use Case Name"_s)->priority);
}

void TestImportProfile::rejectsBadMappingFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("syntax error") << u"invalid_json.json"_s << u"line 4"_s << u"not valid JSON"_s;
    QTest::newRow("unknown field") << u"unknown_field.json"_s << u"line 4"_s << u"lifecyle"_s;
    QTest::newRow("value not a key") << u"bad_value.json"_s << u"line 8"_s << u"running"_s;
    QTest::newRow("unknown base") << u"unknown_extends.json"_s << u"line 2"_s << u"omb-2019"_s;
    QTest::newRow("not an object") << u"not_object.json"_s << u"line 1"_s << u"JSON object"_s;
    QTest::newRow("no name column") << u"no_name.json"_s << u"line 2"_s << u"\u201cname\u201d"_s;
    QTest::newRow("value map on text") << u"text_value_map.json"_s << u"line 6"_s
                                       << u"free text"_s;
    QTest::newRow("misspelt key") << u"unknown_key.json"_s << u"line 2"_s << u"\u201ccolumn\u201d"_s;
}

void TestImportProfile::rejectsBadMappingFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const Result<ImportProfile> profile = ImportProfile::fromMappingFile(mappingPath(file));
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().code, ErrorCode::InvalidInput);
    const QString message = profile.error().message;
    QVERIFY2(message.startsWith(file + u", " + where + u':'), qPrintable(message));
    QVERIFY2(message.contains(what), qPrintable(message));
}

void TestImportProfile::unreadableMappingFile()
{
    const Result<ImportProfile> profile = ImportProfile::fromMappingFile(mappingPath(u"missing.json"_s));
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().code, ErrorCode::InvalidInput);
    QVERIFY(profile.error().message.contains(u"missing.json"));
}

void TestImportProfile::deduplicatesVendors_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("legal suffix") << u"Aretec Inc"_s << u"Aretec"_s << true;
    QTest::newRow("suffix after comma") << u"Acme Corp, Inc."_s << u"ACME"_s << true;
    QTest::newRow("spacing and case") << u"Thomson  Reuters"_s << u"thomson reuters"_s << true;
    QTest::newRow("different vendor") << u"RELX (Lexis)"_s << u"RELX"_s << false;
}

void TestImportProfile::deduplicatesVendors()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    ImportDirectory directory;
    const qint64 a = directory.vendorId(first);
    const qint64 b = directory.vendorId(second);
    QCOMPARE(a, 1);
    QCOMPARE(a == b, same);
    QCOMPARE(directory.vendors().constFirst().name, first.simplified());
}

void TestImportProfile::deduplicatesPeople()
{
    ImportDirectory directory;
    QCOMPARE(directory.personId(QString(), QString()), 0);
    const qint64 ada = directory.personId(u"Ada Lovelace"_s, QString());
    QCOMPARE(directory.personId(u"ada  lovelace"_s, u"ada@example.org"_s), ada);
    QCOMPARE(directory.personId(QString(), u"ADA@example.org"_s), ada);
    QCOMPARE(directory.people().constFirst().email, u"ada@example.org"_s);
    const qint64 other = directory.personId(u"Ada Lovelace"_s, u"ada@other.org"_s);
    QVERIFY(other != ada);
    const qint64 mailbox = directory.personId(QString(), u"help@example.org"_s);
    QCOMPARE(directory.people().at(mailbox - 1).name, u"help@example.org"_s);
    QCOMPARE(directory.people().size(), 3);
}

QTEST_GUILESS_MAIN(TestImportProfile)
#include "tst_import_profile.moc"
