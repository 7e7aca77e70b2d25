// importSpreadsheet(): small fixtures for each reading property, record-level problems,
// strict mode, and the three real US federal inventories.

#include "interchange/SpreadsheetImporter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace charter;
using namespace Qt::StringLiterals;

namespace {

QString csvPath(const QString &name)
{
    return QStringLiteral(CHARTER_TEST_DATA_DIR "/csv/") + name;
}

QString mappingPath(const QString &name)
{
    return QStringLiteral(CHARTER_TEST_DATA_DIR "/mapping/") + name;
}

QString inventoryPath(const QString &name)
{
    return QStringLiteral(CHARTER_SHARED_DATA_DIR "/us-federal-ai-inventory-2025/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

const AiSystem *findByReference(const Portfolio &portfolio, const QString &reference)
{
    for (const AiSystem &system : portfolio.systems)
        if (system.externalReference == reference)
            return &system;
    return nullptr;
}

const AiSystem *findByName(const Portfolio &portfolio, const QString &name)
{
    for (const AiSystem &system : portfolio.systems)
        if (system.name == name)
            return &system;
    return nullptr;
}

QString vendorName(const Portfolio &portfolio, qint64 id)
{
    for (const Vendor &vendor : portfolio.vendors)
        if (vendor.id == id)
            return vendor.name;
    return QString();
}

QMap<Lifecycle, int> lifecycleCounts(const Portfolio &portfolio)
{
    QMap<Lifecycle, int> counts;
    for (const AiSystem &system : portfolio.systems)
        ++counts[system.lifecycle];
    return counts;
}

#define VERIFY_IMPORTED(result)                                                                  \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().message))

} // namespace

class TestSpreadsheetImporter : public QObject {
    Q_OBJECT

private slots:
    void readsEncodings_data();
    void readsEncodings();
    void readsSemicolonFiles();
    void keepsQuotedLineBreaks();
    void findsHeaderBelowPreamble();
    void preambleNameCellIsNotTheHeader();
    void manyRowsMapConsistently();
    void rejectsUnreadableFiles_data();
    void rejectsUnreadableFiles();
    void headerOnlyFileHasNoSystems();
    void normalisesMessyValues();
    void recordProblemsBecomeNotes();
    void strictModeRefuses_data();
    void strictModeRefuses();
    void mappingFileExtendsProfile();

    void importsTreasury();
    void importsSec();
    void importsLaborWithProfile();
    void importsLaborWithMappingFile();
    void detectsProfileAutomatically_data();
    void detectsProfileAutomatically();
    void reportText();
    void survivesMangledInput();
};

void TestSpreadsheetImporter::readsEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("UTF-8 BOM") << u"utf8_bom.csv"_s << u"UTF-8 with BOM"_s << QChar(u',');
    QTest::newRow("UTF-8") << u"utf8_plain.csv"_s << u"UTF-8"_s << QChar(u',');
    QTest::newRow("Windows-1252") << u"cp1252.csv"_s << u"Windows-1252"_s << QChar(u',');
    QTest::newRow("UTF-16 tab") << u"utf16le_bom.csv"_s << u"UTF-16LE"_s << QChar(u'\t');
}

void TestSpreadsheetImporter::readsEncodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(file));
    VERIFY_IMPORTED(result);
    QCOMPARE(result->report.fileName, file);
    QCOMPARE(result->report.encoding, encoding);
    QCOMPARE(result->report.delimiter, delimiter);
    QCOMPARE(result->portfolio.systems.size(), 1);
    const AiSystem &system = result->portfolio.systems.constFirst();
    QCOMPARE(system.id, 0);
    QCOMPARE(system.externalReference, u"X-1"_s);
    QCOMPARE(system.name, u"Caf\u00e9 Assistant"_s);
    QVERIFY(system.purpose.startsWith(u"The agency\u2019s tool"));
}

void TestSpreadsheetImporter::readsSemicolonFiles()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"semicolon.csv"_s));
    VERIFY_IMPORTED(result);
    QCOMPARE(result->report.delimiter, QChar(u';'));
    QCOMPARE(result->portfolio.systems.size(), 2);
    QCOMPARE(result->portfolio.systems[0].purpose, u"Rounds 1,5 to 2, mostly"_s);
    QCOMPARE(result->portfolio.systems[0].lifecycle, Lifecycle::Pilot);
    QCOMPARE(result->portfolio.systems[1].name, u"Semi;colon"_s);
    QCOMPARE(result->portfolio.systems[1].lifecycle, Lifecycle::Production);
}

void TestSpreadsheetImporter::keepsQuotedLineBreaks()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"quoted_newline.csv"_s));
    VERIFY_IMPORTED(result);
    QCOMPARE(result->portfolio.systems.size(), 2);
    QCOMPARE(result->portfolio.systems[0].name, u"Two\nlines"_s);
    QCOMPARE(result->portfolio.systems[0].purpose, u"He said \"hi\", twice"_s);
    QCOMPARE(result->portfolio.systems[1].name, u"Three\nlines\nhere"_s);
}

void TestSpreadsheetImporter::findsHeaderBelowPreamble()
{
    // Two preamble rows (one spanning two lines), then a header whose cells carry hints,
    // non-breaking spaces, curly quotes and line breaks.
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"preamble.csv"_s));
    VERIFY_IMPORTED(result);
    const ImportReport &report = result->report;
    QCOMPARE(report.profile, u"omb-2025"_s);
    QCOMPARE(report.headerLine, 4);
    QStringList fields;
    for (const ImportColumnUse &column : report.columns)
        fields << column.field;
    QCOMPARE(fields, (QStringList{u"externalReference"_s, u"name"_s, u"lifecycle"_s,
                                  u"regulatory.usOmbHighImpact"_s, u"sourcing"_s}));
    QCOMPARE(report.issues, QList<ImportIssue>());

    QCOMPARE(result->portfolio.systems.size(), 2);
    const AiSystem &first = result->portfolio.systems[0];
    QCOMPARE(first.externalReference, u"PRE-1"_s);
    QCOMPARE(first.name, u"Preamble Tool"_s);
    QCOMPARE(first.lifecycle, Lifecycle::Pilot);
    QCOMPARE(first.regulatory.usOmbHighImpact, Answer::Yes);
    QCOMPARE(first.vendorId, 0);
    QVERIFY(first.vendorUnknown); // purchased, but from whom is not said
    const AiSystem &second = result->portfolio.systems[1];
    QCOMPARE(second.lifecycle, Lifecycle::Production);
    QCOMPARE(second.regulatory.usOmbHighImpact, Answer::No);
    QVERIFY(!second.vendorUnknown); // developed in house: no vendor
}

void TestSpreadsheetImporter::preambleNameCellIsNotTheHeader()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"preamble_name_cell.csv"_s));
    VERIFY_IMPORTED(result);
    QCOMPARE(result->report.headerLine, 2);
    QCOMPARE(result->portfolio.systems.size(), 1);
    QCOMPARE(result->portfolio.systems[0].name, u"Example"_s);
    QCOMPARE(result->portfolio.systems[0].businessUnit, u"Office of Examples"_s);
}

void TestSpreadsheetImporter::manyRowsMapConsistently()
{
    // Enough rows for the per-column memo to settle (on for repeating answers, off for
    // unique names); every row must still read exactly as on its own.
    const QStringList stages = {u"Deployed"_s, u"Pilot"_s, u"Pre-deployment"_s, u"Retired"_s,
                                u"Sunsetting"_s, u"N/A"_s};
    const QList<Lifecycle> lifecycles = {Lifecycle::Production, Lifecycle::Pilot,
                                         Lifecycle::Development, Lifecycle::Retired,
                                         Lifecycle::Unknown, Lifecycle::Unknown};
    QByteArray csv = "Use Case ID,Use Case Name,Stage of Development,Bureau/Component\r\n";
    const int rows = 3000;
    for (int i = 0; i < rows; ++i)
        csv += u"R-%1,System %1,%2,Unit %3\r\n"_s.arg(i).arg(stages[i % 6]).arg(i % 7).toUtf8();
    const Result<SpreadsheetImport> result = importSpreadsheet(csv, u"many.csv"_s);
    VERIFY_IMPORTED(result);
    QCOMPARE(result->portfolio.systems.size(), rows);
    for (int i = 0; i < rows; ++i) {
        const AiSystem &system = result->portfolio.systems.at(i);
        QCOMPARE(system.name, u"System %1"_s.arg(i));
        QCOMPARE(system.lifecycle, lifecycles[i % 6]);
        QCOMPARE(system.businessUnit, u"Unit %1"_s.arg(i % 7));
    }
    QCOMPARE(result->report.issues.size(), rows / 6); // every "Sunsetting", none of "N/A"
    // The last "Sunsetting" is row 2998 (2998 % 6 == 4), below the header on line 1.
    QCOMPARE(result->report.issues.constLast().line, 2998 + 2);
}

void TestSpreadsheetImporter::rejectsUnreadableFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("start"); // the message starts with file and line
    QTest::addColumn<QString>("contains");
    QTest::newRow("binary") << u"binary.bin"_s << QString() << QString()
                            << u"binary.bin, line "_s << u"not text"_s;
    QTest::newRow("control characters") << u"control_garbage.csv"_s << QString() << QString()
                                        << u"control_garbage.csv, line "_s << u"not text"_s;
    QTest::newRow("unterminated quote") << u"unterminated_quote.csv"_s << QString() << QString()
                                        << u"unterminated_quote.csv, line 3:"_s
                                        << u"never closed"_s;
    QTest::newRow("no name column") << u"no_name_column.csv"_s << QString() << QString()
                                    << u"no_name_column.csv, lines 1-2, name:"_s
                                    << u"Use Case Name"_s;
    QTest::newRow("no name column for the profile")
        << u"utf8_plain.csv"_s << u"charter"_s << QString()
        << u"utf8_plain.csv, lines 1-2, name:"_s << u"\u201cName\u201d"_s;
    QTest::newRow("empty") << u"empty.csv"_s << QString() << QString() << u"empty.csv:"_s
                           << u"empty"_s;
    QTest::newRow("missing file") << u"does_not_exist.csv"_s << QString() << QString()
                                  << csvPath(u"does_not_exist.csv"_s) << u"cannot be read"_s;
    QTest::newRow("unknown profile") << u"utf8_plain.csv"_s << u"omb-1999"_s << QString()
                                     << u"There is no import profile"_s << u"omb-2025"_s;
    QTest::newRow("invalid mapping") << u"utf8_plain.csv"_s << QString()
                                     << u"invalid_json.json"_s << u"invalid_json.json, line 4:"_s
                                     << u"not valid JSON"_s;
    QTest::newRow("mapping with unknown field")
        << u"utf8_plain.csv"_s << QString() << u"unknown_field.json"_s
        << u"unknown_field.json, line 4:"_s << u"lifecyle"_s;
}

void TestSpreadsheetImporter::rejectsUnreadableFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, mapping);
    QFETCH(QString, start);
    QFETCH(QString, contains);
    ImportOptions options;
    options.profile = profile;
    if (!mapping.isEmpty())
        options.mappingFile = mappingPath(mapping);
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(file), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.startsWith(start), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(contains), qPrintable(result.error().message));
}

void TestSpreadsheetImporter::headerOnlyFileHasNoSystems()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"header_only.csv"_s));
    VERIFY_IMPORTED(result);
    QCOMPARE(result->report.records, 0);
    QVERIFY(result->portfolio.systems.isEmpty());
}

void TestSpreadsheetImporter::normalisesMessyValues()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"messy_values.csv"_s));
    VERIFY_IMPORTED(result);
    QCOMPARE(result->report.issues, QList<ImportIssue>()); // every value means something clear
    const Portfolio &portfolio = result->portfolio;
    QCOMPARE(portfolio.systems.size(), 8);
    struct Expected {
        Answer highImpact;
        Answer personalData;
        bool vendorUnknown;
    };
    const QList<Expected> expected = {
        {Answer::Yes, Answer::Yes, false},         // Yes; Developed in house
        {Answer::Yes, Answer::No, false},          // TRUE / FALSE; Developed in-house
        {Answer::Yes, Answer::No, true},           // Y / N; "a)?Purchased from a vendor"
        {Answer::Unknown, Answer::Unknown, true},  // [blank] / N/A; "a)\u00a0Purchased..."
        {Answer::Unknown, Answer::Unknown, true},  // NA; contractor and in-house, unnamed
        {Answer::Unknown, Answer::Unknown, true},  // all empty
        {Answer::No, Answer::No, false},           // lettered answer; vendor Globex named
        {Answer::No, Answer::No, false},           // in-house
    };
    for (int i = 0; i < expected.size(); ++i) {
        const AiSystem &system = portfolio.systems.at(i);
        QCOMPARE(system.regulatory.usOmbHighImpact, expected[i].highImpact);
        QCOMPARE(system.data.personalData, expected[i].personalData);
        QCOMPARE(system.vendorUnknown, expected[i].vendorUnknown);
        QVERIFY(system.importNotes.isEmpty());
    }
    QCOMPARE(vendorName(portfolio, portfolio.systems[6].vendorId), u"Globex"_s);
    QCOMPARE(portfolio.systems[7].name, u"=SUM(A1)"_s); // formula guard undone
}

void TestSpreadsheetImporter::recordProblemsBecomeNotes()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"record_problems.csv"_s));
    VERIFY_IMPORTED(result);
    const Portfolio &portfolio = result->portfolio;
    const ImportReport &report = result->report;
    QCOMPARE(report.records, 6); // every non-blank row, however faulty
    QCOMPARE(portfolio.systems.size(), 6);
    QCOMPARE(report.blankRows, 1);

    struct Expected {
        int line;
        QString reference;
        QString field;
        QString rawValue;
    };
    const QList<Expected> expected = {
        {3, u"P-2"_s, u"name"_s, QString()},
        {4, QString(), u"name"_s, QString()},
        {5, u"P-1"_s, u"externalReference"_s, u"P-1"_s},
        {7, u"P-4"_s, u"lifecycle"_s, u"Sunsetting"_s},
        {7, u"P-4"_s, u"regulatory.usOmbHighImpact"_s, u"Maybe"_s},
        {7, u"P-4"_s, u"data.personalData"_s, u"v"_s},
        {8, u"P-5"_s, QString(), QString()},
    };
    QCOMPARE(report.issues.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ImportIssue &issue = report.issues.at(i);
        QCOMPARE(issue.line, expected[i].line);
        QCOMPARE(issue.reference, expected[i].reference);
        QCOMPARE(issue.field, expected[i].field);
        QCOMPARE(issue.rawValue, expected[i].rawValue);
        QVERIFY(!issue.message.isEmpty());
    }

    // Named after the reference, or after the line.
    QCOMPARE(portfolio.systems[1].name, u"P-2"_s);
    QCOMPARE(portfolio.systems[2].name, u"Unnamed system (line 4)"_s);
    QCOMPARE(portfolio.systems[2].lifecycle, Lifecycle::Retired);
    // Each problem is on its system too, with file and line.
    QCOMPARE(portfolio.systems[1].importNotes.size(), 1);
    QVERIFY(portfolio.systems[1].importNotes[0].startsWith(u"Imported from record_problems.csv, line 3:"));
    QCOMPARE(portfolio.systems[4].importNotes.size(), 3);
    QVERIFY(portfolio.systems[4].importNotes[0].contains(u"Sunsetting"));
    QVERIFY(portfolio.systems[0].importNotes.isEmpty());
    // Unmapped values stay unknown; the rest of the record is kept.
    QCOMPARE(portfolio.systems[4].lifecycle, Lifecycle::Unknown);
    QCOMPARE(portfolio.systems[4].data.personalData, Answer::Unknown);
    // "Acme Corp", "Acme Corp, Inc." and "acme corp." are one vendor.
    QCOMPARE(portfolio.vendors.size(), 1);
    QCOMPARE(portfolio.vendors[0].id, 1);
    QCOMPARE(portfolio.vendors[0].name, u"Acme Corp"_s);
    QCOMPARE(portfolio.systems[0].vendorId, 1);
    QCOMPARE(portfolio.systems[3].vendorId, 1);
    QCOMPARE(portfolio.systems[4].vendorId, 1);
    // Blank answers are quiet gaps.
    QCOMPARE(portfolio.systems[1].regulatory.usOmbHighImpact, Answer::Unknown);
    QCOMPARE(portfolio.systems[1].data.personalData, Answer::Unknown);
}

void TestSpreadsheetImporter::strictModeRefuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("start");
    QTest::newRow("no name") << u"record_problems.csv"_s << u"record_problems.csv, line 3, name:"_s;
    QTest::newRow("several vendors in SEC") << inventoryPath(u"sec.csv"_s)
                                            << u"sec.csv, line 89, vendor:"_s;
}

void TestSpreadsheetImporter::strictModeRefuses()
{
    QFETCH(QString, file);
    QFETCH(QString, start);
    ImportOptions options;
    options.strict = true;
    const QString path = file.contains(u'/') ? file : csvPath(file);
    const Result<SpreadsheetImport> result = importSpreadsheet(path, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.startsWith(start), qPrintable(result.error().message));

    // Files without record-level problems import the same in strict mode.
    const Result<SpreadsheetImport> clean = importSpreadsheet(inventoryPath(u"treasury.csv"_s),
                                                              options);
    VERIFY_IMPORTED(clean);
    QCOMPARE(clean->portfolio.systems.size(), 129);
}

void TestSpreadsheetImporter::mappingFileExtendsProfile()
{
    ImportOptions options;
    options.mappingFile = mappingPath(u"extends_omb.json"_s);
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"record_problems.csv"_s),
                                                               options);
    VERIFY_IMPORTED(result);
    QCOMPARE(result->report.profile, u"extends_omb.json"_s);
    const AiSystem *odd = findByReference(result->portfolio, u"P-4"_s);
    QVERIFY(odd);
    QCOMPARE(odd->lifecycle, Lifecycle::Retired);                   // "Sunsetting" mapped
    QCOMPARE(odd->regulatory.usOmbHighImpact, Answer::Unknown);     // "Maybe" mapped to unknown
    int oddIssues = 0;
    for (const ImportIssue &issue : result->report.issues)
        oddIssues += issue.reference == u"P-4"_s ? 1 : 0;
    QCOMPARE(oddIssues, 1); // only the "v" remains
}

void TestSpreadsheetImporter::importsTreasury()
{
    ImportOptions options;
    options.profile = u"omb-2025"_s;
    const Result<SpreadsheetImport> result = importSpreadsheet(inventoryPath(u"treasury.csv"_s),
                                                               options);
    VERIFY_IMPORTED(result);
    const Portfolio &portfolio = result->portfolio;
    const ImportReport &report = result->report;
    // 131 physical lines: the "SECTION n" preamble row, the header, 129 use cases (counted
    // with Python's csv module; no cell spans lines).
    QCOMPARE(report.encoding, u"UTF-8 with BOM"_s);
    QCOMPARE(report.headerLine, 2);
    QCOMPARE(report.records, 129);
    QCOMPARE(portfolio.systems.size(), 129);
    QCOMPARE(report.blankRows, 0);
    QCOMPARE(report.issues, QList<ImportIssue>());

    const AiSystem *chat = findByName(portfolio, u"OCC.Chat"_s);
    QVERIFY(chat);
    QCOMPARE(chat->externalReference, u"1"_s);
    QCOMPARE(chat->businessUnit, u"Office of the Comptroller of the Currency (OCC)"_s);
    QCOMPARE(chat->lifecycle, Lifecycle::Production);
    QCOMPARE(chat->regulatory.usOmbHighImpact, Answer::No);
    QCOMPARE(chat->data.personalData, Answer::No);
    QVERIFY(chat->purpose.startsWith(u"GenAI chatbot"));
    QCOMPARE(chat->vendorId, 0);
    QVERIFY(!chat->vendorUnknown); // "Developed in-house"
    QCOMPARE(chat->data.integrations, QString()); // "N/A"

    // Stage of Development: 70 pre-deployment, 22 pilot, 26 deployed, 11 retired.
    const QMap<Lifecycle, int> expected = {{Lifecycle::Development, 70},
                                           {Lifecycle::Pilot, 22},
                                           {Lifecycle::Production, 26},
                                           {Lifecycle::Retired, 11}};
    QCOMPARE(lifecycleCounts(portfolio), expected);
    int highImpact = 0;
    for (const AiSystem &system : portfolio.systems)
        highImpact += system.regulatory.usOmbHighImpact == Answer::Yes ? 1 : 0;
    QCOMPARE(highImpact, 4);
    QVERIFY(portfolio.vendors.isEmpty()); // every Vendor(s) Name is "N/A"
    QVERIFY(portfolio.people.isEmpty());  // "Email Address" is a web form, not a person
    QVERIFY(report.unusedColumns.contains(u"Email Address"_s));
}

void TestSpreadsheetImporter::importsSec()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(inventoryPath(u"sec.csv"_s));
    VERIFY_IMPORTED(result);
    const Portfolio &portfolio = result->portfolio;
    const ImportReport &report = result->report;
    QCOMPARE(report.profile, u"omb-2025"_s); // detected
    QCOMPARE(report.encoding, u"Windows-1252"_s);
    QCOMPARE(report.headerLine, 12); // the preamble row spans lines 1-11
    QCOMPARE(report.records, 60);    // SEC-1 ... SEC-69, 60 use cases
    QCOMPARE(portfolio.systems.size(), 60);

    const AiSystem *comment = findByName(portfolio, u"Comment Letter Review and Analysis"_s);
    QVERIFY(comment); // the trailing space of the cell is trimmed
    QCOMPARE(comment->externalReference, u"SEC-1"_s);
    QCOMPARE(comment->lifecycle, Lifecycle::Retired); // "d) Retired \u00a4 The use case..."
    QCOMPARE(comment->regulatory.usOmbHighImpact, Answer::No); // "c) Not high-impact"
    QCOMPARE(comment->purpose, QString()); // "[blank]"
    QVERIFY(comment->vendorUnknown);

    const QMap<Lifecycle, int> expected = {{Lifecycle::Development, 23},
                                           {Lifecycle::Pilot, 5},
                                           {Lifecycle::Production, 20},
                                           {Lifecycle::Retired, 12}};
    QCOMPARE(lifecycleCounts(portfolio), expected);

    // Vendors by name, deduplicated ("Aretec" and "Aretec Inc" are one).
    QCOMPARE(portfolio.vendors.size(), 12);
    const AiSystem *westlaw = findByReference(portfolio, u"SEC-35"_s);
    QVERIFY(westlaw);
    QCOMPARE(vendorName(portfolio, westlaw->vendorId), u"Westlaw"_s);
    const AiSystem *nameMatching = findByReference(portfolio, u"SEC-19"_s);
    const AiSystem *manipulative = findByReference(portfolio, u"SEC-26"_s);
    QVERIFY(nameMatching && manipulative);
    QCOMPARE(nameMatching->vendorId, manipulative->vendorId);
    QCOMPARE(vendorName(portfolio, nameMatching->vendorId), u"Aretec Inc"_s);
    QCOMPARE(nameMatching->data.personalData, Answer::Yes);
    QCOMPARE(nameMatching->data.integrations, u"NEAT"_s);
    // "b) Developed in-house", no vendor named.
    const AiSystem *parser = findByReference(portfolio, u"SEC-25"_s);
    QVERIFY(parser);
    QCOMPARE(parser->vendorId, 0);
    QVERIFY(!parser->vendorUnknown);

    // The one record-level problem: two vendors in one cell.
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues[0].line, 89);
    QCOMPARE(report.issues[0].reference, u"SEC-38"_s);
    QCOMPARE(report.issues[0].field, u"vendor"_s);
    QCOMPARE(report.issues[0].rawValue, u"Aretec, Elder Research"_s);
    const AiSystem *chat = findByReference(portfolio, u"SEC-38"_s);
    QCOMPARE(chat->importNotes.size(), 1);
    QVERIFY(chat->importNotes[0].contains(u"Elder Research"));
}

void TestSpreadsheetImporter::importsLaborWithProfile()
{
    ImportOptions options;
    options.profile = u"omb-2025"_s;
    const Result<SpreadsheetImport> result = importSpreadsheet(inventoryPath(u"labor.csv"_s),
                                                               options);
    VERIFY_IMPORTED(result);
    const Portfolio &portfolio = result->portfolio;
    // 43 rows below the header: 28 use cases, then 15 empty rows (",,,").
    QCOMPARE(result->report.records, 28);
    QCOMPARE(result->report.blankRows, 15);
    QCOMPARE(result->report.issues, QList<ImportIssue>());
    const AiSystem *translation = findByReference(portfolio, u"DOL-02"_s);
    QVERIFY(translation);
    QCOMPARE(translation->name, u"Language Translation"_s);
    QCOMPARE(translation->lifecycle, Lifecycle::Development); // "Pre-deployment"
    QVERIFY(translation->purpose.startsWith(u"Uses natural language processing"));
    QVERIFY(translation->vendorUnknown); // the file does not say
    const QMap<Lifecycle, int> expected = {{Lifecycle::Development, 7},
                                           {Lifecycle::Pilot, 1},
                                           {Lifecycle::Production, 20}};
    QCOMPARE(lifecycleCounts(portfolio), expected);
}

void TestSpreadsheetImporter::importsLaborWithMappingFile()
{
    ImportOptions profileOptions;
    profileOptions.profile = u"omb-2025"_s;
    const Result<SpreadsheetImport> byProfile =
        importSpreadsheet(inventoryPath(u"labor.csv"_s), profileOptions);
    ImportOptions mappingOptions;
    mappingOptions.mappingFile = mappingPath(u"labor.json"_s);
    const Result<SpreadsheetImport> byMapping =
        importSpreadsheet(inventoryPath(u"labor.csv"_s), mappingOptions);
    VERIFY_IMPORTED(byProfile);
    VERIFY_IMPORTED(byMapping);
    QCOMPARE(byMapping->report.profile, u"dol-4-column"_s);
    QCOMPARE(byMapping->report.issues, QList<ImportIssue>());
    QCOMPARE(byMapping->portfolio, byProfile->portfolio);
}

void TestSpreadsheetImporter::detectsProfileAutomatically_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("treasury") << inventoryPath(u"treasury.csv"_s);
    QTest::newRow("sec") << inventoryPath(u"sec.csv"_s);
    QTest::newRow("labor") << inventoryPath(u"labor.csv"_s);
}

void TestSpreadsheetImporter::detectsProfileAutomatically()
{
    QFETCH(QString, path);
    const Result<SpreadsheetImport> detected = importSpreadsheet(path);
    ImportOptions options;
    options.profile = u"omb-2025"_s;
    const Result<SpreadsheetImport> explicitProfile = importSpreadsheet(path, options);
    VERIFY_IMPORTED(detected);
    VERIFY_IMPORTED(explicitProfile);
    QCOMPARE(detected->report.profile, u"omb-2025"_s);
    QCOMPARE(detected->portfolio, explicitProfile->portfolio);
    // The in-memory overload reads the same.
    const Result<SpreadsheetImport> inMemory = importSpreadsheet(readAll(path), u"x.csv"_s);
    VERIFY_IMPORTED(inMemory);
    QCOMPARE(inMemory->portfolio.systems.size(), detected->portfolio.systems.size());
}

void TestSpreadsheetImporter::reportText()
{
    const Result<SpreadsheetImport> result = importSpreadsheet(csvPath(u"record_problems.csv"_s));
    VERIFY_IMPORTED(result);
    const QString text = result->report.toText();
    QVERIFY2(text.startsWith(u"Import of record_problems.csv: profile omb-2025, UTF-8, "
                             u"comma-separated, header on line 1.\n"),
             qPrintable(text));
    QVERIFY(text.contains(u"6 system(s) read"));
    QVERIFY(text.contains(u"Use Case ID \u2192 externalReference"));
    QVERIFY(text.contains(u"7 problem(s)"));
    QVERIFY2(text.contains(u"  line 7 [P-4] lifecycle: \u201cSunsetting\u201d in column "
                           u"\u201cStage of Development\u201d"),
             qPrintable(text));
    QVERIFY(text.endsWith(u'\n'));
}

void TestSpreadsheetImporter::survivesMangledInput()
{
    // Hostile input: truncated, with stray quotes and line breaks, bytes flipped. The
    // importer must either import or say why, never crash or hang.
    const QByteArray original = readAll(inventoryPath(u"sec.csv"_s));
    QRandomGenerator random(20251126);
    int imported = 0;
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = original;
        const int edits = 1 + random.bounded(6);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(bytes.size()));
            switch (random.bounded(5)) {
            case 0: bytes.truncate(at); break;
            case 1: bytes.insert(at, '"'); break;
            case 2: bytes.insert(at, "\r\n"); break;
            case 3: bytes[at] = char(random.bounded(256)); break;
            default: bytes.remove(at, random.bounded(200)); break;
            }
            if (bytes.isEmpty())
                break;
        }
        const Result<SpreadsheetImport> result = importSpreadsheet(bytes, u"mangled.csv"_s);
        if (result.ok()) {
            ++imported;
            QCOMPARE(result->report.records, result->portfolio.systems.size());
        } else {
            ++refused;
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
            QVERIFY(result.error().message.startsWith(u"mangled.csv"));
        }
    }
    QVERIFY(imported > 0);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestSpreadsheetImporter)
#include "tst_spreadsheet_importer.moc"
