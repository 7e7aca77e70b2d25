// CsvReader and TextDecoding: what a spreadsheet export looks like byte by byte.

#include "interchange/CsvReader.h"
#include "interchange/TextDecoding.h"

#include <QFile>
#include <QTest>

using namespace charter;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CHARTER_TEST_DATA_DIR "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

struct ParsedRecord {
    int line;
    QStringList fields;
};

// All records of TEXT, or the error message.
QList<ParsedRecord> parseAll(const QString &text, QString *error = nullptr,
                             QChar delimiter = QChar())
{
    CsvReader reader(text, u"test.csv"_s, delimiter);
    CsvRecord record;
    QList<ParsedRecord> records;
    while (reader.next(record)) {
        QStringList fields;
        for (const QStringView field : std::as_const(record.fields))
            fields << field.toString();
        records.append({record.line, fields});
    }
    if (error)
        *error = reader.error() ? reader.error()->message : QString();
    return records;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void decodesByBomAndValidity_data();
    void decodesByBomAndValidity();
    void windows1252TableCoversTheHighBytes();
    void rejectsBinary_data();
    void rejectsBinary();

    void parsesFields_data();
    void parsesFields();
    void keepsPhysicalLineNumbers();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void honoursExcelSeparatorLine();
    void unterminatedQuoteIsAnError();
    void blankRecords();
};

void TestCsvReader::decodesByBomAndValidity_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8 with BOM") << u"utf8_bom.csv"_s << u"UTF-8 with BOM"_s;
    QTest::newRow("UTF-8 without BOM") << u"utf8_plain.csv"_s << u"UTF-8"_s;
    QTest::newRow("Windows-1252 (é = E9, ’ = 92)") << u"cp1252.csv"_s << u"Windows-1252"_s;
    QTest::newRow("UTF-16LE with BOM") << u"utf16le_bom.csv"_s << u"UTF-16LE"_s;
}

void TestCsvReader::decodesByBomAndValidity()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const Result<DecodedText> decoded = decodeText(fixture(file), file);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->encoding, encoding);
    QVERIFY2(decoded->text.startsWith(u"Use Case ID"), "the BOM must not reach the text");
    QVERIFY(decoded->text.contains(u"Caf\u00e9 Assistant"));
    QVERIFY(decoded->text.contains(u"agency\u2019s tool"));
}

void TestCsvReader::windows1252TableCoversTheHighBytes()
{
    QCOMPARE(decodeWindows1252("\x80\x92\x96\x9F\xA0\xE9\xFF"),
             u"\u20ac\u2019\u2013\u0178\u00a0\u00e9\u00ff"_s);
    QCOMPARE(decodeWindows1252("\x81\x8D\x8F\x90\x9D"), u"\u0081\u008d\u008f\u0090\u009d"_s);
    const Result<DecodedText> decoded = decodeText(fixture(u"cp1252.csv"_s), u"cp1252.csv"_s);
    QVERIFY(decoded.ok());
    QVERIFY(decoded->text.contains(u"tool \u2013 \u20ac 5"));
}

void TestCsvReader::rejectsBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::newRow("zip header and random bytes") << fixture(u"binary.bin"_s) << u"line "_s;
    QTest::newRow("NUL on line 3") << QByteArray("a,b\nc,d\ne\0f,g\n", 14) << u"line 3"_s;
    QTest::newRow("control characters") << fixture(u"control_garbage.csv"_s) << u"line "_s;
}

void TestCsvReader::rejectsBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const Result<DecodedText> decoded = decodeText(bytes, u"upload.xlsx"_s);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
    QVERIFY2(decoded.error().message.startsWith(u"upload.xlsx, " + where),
             qPrintable(decoded.error().message));
    QVERIFY(decoded.error().message.contains(u"not text"));
}

void TestCsvReader::parsesFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("plain") << u"a,b,c\n1,2,3\n"_s
                           << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}};
    QTest::newRow("no final line break") << u"a,b\n1,2"_s
                                         << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("empty fields and trailing delimiter")
        << u"a,,c,\n,,,\n"_s
        << QList<QStringList>{{u"a"_s, u""_s, u"c"_s, u""_s}, {u""_s, u""_s, u""_s, u""_s}};
    QTest::newRow("quoted delimiter") << u"\"a,b\",c\n"_s
                                      << QList<QStringList>{{u"a,b"_s, u"c"_s}};
    QTest::newRow("doubled quotes") << u"\"say \"\"hi\"\"\",\"\"\"\"\n"_s
                                    << QList<QStringList>{{u"say \"hi\""_s, u"\""_s}};
    QTest::newRow("quoted LF") << u"\"two\nlines\",x\n"_s
                               << QList<QStringList>{{u"two\nlines"_s, u"x"_s}};
    QTest::newRow("quoted CRLF becomes LF") << u"\"two\r\nlines\",x\r\n"_s
                                            << QList<QStringList>{{u"two\nlines"_s, u"x"_s}};
    QTest::newRow("quoted lone CR becomes LF") << u"\"two\rlines\",x\r"_s
                                               << QList<QStringList>{{u"two\nlines"_s, u"x"_s}};
    QTest::newRow("CRLF") << u"a,b\r\n1,2\r\n"_s
                          << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("old Mac CR") << u"a,b\r1,2\r"_s
                                << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("mixed line ends") << u"a\r\nb\nc\rd"_s
                                     << QList<QStringList>{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}};
    QTest::newRow("quote inside unquoted field is text")
        << u"5\" screen,x\n"_s << QList<QStringList>{{u"5\" screen"_s, u"x"_s}};
    QTest::newRow("text after closing quote is kept")
        << u"\"quoted\" tail,x\n"_s << QList<QStringList>{{u"quoted tail"_s, u"x"_s}};
    QTest::newRow("spaces kept") << u" a , b \n"_s << QList<QStringList>{{u" a "_s, u" b "_s}};
}

void TestCsvReader::parsesFields()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QString error;
    const QList<ParsedRecord> parsed = parseAll(text, &error, u',');
    QCOMPARE(error, QString());
    QList<QStringList> fields;
    for (const ParsedRecord &record : parsed)
        fields << record.fields;
    QCOMPARE(fields, records);
}

void TestCsvReader::keepsPhysicalLineNumbers()
{
    const Result<DecodedText> decoded = decodeText(fixture(u"mixed_line_endings.csv"_s), u"x"_s);
    QVERIFY(decoded.ok());
    const QList<ParsedRecord> records = parseAll(decoded->text);
    QCOMPARE(records.size(), 5);
    const QList<int> lines = {records[0].line, records[1].line, records[2].line, records[3].line,
                              records[4].line};
    QCOMPARE(lines, (QList<int>{1, 2, 3, 4, 6})); // X-3's quoted cell spans lines 4 and 5
    QCOMPARE(records[3].fields.at(1), u"quoted\nCRLF inside"_s);
    QCOMPARE(records[4].fields.at(1), u"last row without line end"_s);

    const Result<DecodedText> quoted = decodeText(fixture(u"quoted_newline.csv"_s), u"x"_s);
    QVERIFY(quoted.ok());
    const QList<ParsedRecord> quotedRecords = parseAll(quoted->text);
    QCOMPARE(quotedRecords.size(), 3);
    QCOMPARE(quotedRecords[1].line, 2);
    QCOMPARE(quotedRecords[2].line, 4);
    QCOMPARE(quotedRecords[1].fields, (QStringList{u"X-1"_s, u"Two\nlines"_s,
                                                   u"He said \"hi\", twice"_s}));
    QCOMPARE(quotedRecords[2].fields.at(1), u"Three\nlines\nhere"_s);
}

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
    QTest::newRow("semicolon with decimal commas")
        << u"Name;Value;Note\nA;1,5;x\nB;2,5;y\nC;3,5;z\n"_s << QChar(u';');
    QTest::newRow("comma with semicolons in text")
        << u"Name,Note\nA,\"x; y; z\"\nB,one; two\n"_s << QChar(u',');
    QTest::newRow("tab") << u"a\tb\tc\n1\t2\t3\n"_s << QChar(u'\t');
    QTest::newRow("pipe") << u"a|b\n1|2\n"_s << QChar(u'|');
    // Charter's own extract of a small register: its boundary and escalation cells hold
    // "a | b | c" lines, more of them than the file has rows.
    QTest::newRow("comma with multi-line pipe lists")
        << u"Name,Owner,Escalation\n"
           "Claims triage,Ana,\"high | Ana | pager | 30\ncritical | Ben | phone | 15\nlow | Ana | email | 600\"\n"
           "Chat assistant,Ben,\"high | Ben | chat | 60\ncritical | Ana | phone | 15\nmedium | Ben | email | 240\"\n"_s
        << QChar(u',');
    QTest::newRow("single column falls back to comma") << u"Name\nA\nB\n"_s << QChar(u',');
    const Result<DecodedText> semicolon = decodeText(fixture(u"semicolon.csv"_s), u"x"_s);
    QTest::newRow("semicolon fixture") << semicolon->text << QChar(u';');
    const Result<DecodedText> utf16 = decodeText(fixture(u"utf16le_bom.csv"_s), u"x"_s);
    QTest::newRow("Excel Unicode text (tab, UTF-16)") << utf16->text << QChar(u'\t');
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    QCOMPARE(CsvReader(text, u"x"_s).delimiter(), delimiter);
}

void TestCsvReader::honoursExcelSeparatorLine()
{
    const Result<DecodedText> decoded = decodeText(fixture(u"excel_sep_line.csv"_s), u"x"_s);
    QVERIFY(decoded.ok());
    CsvReader reader(decoded->text, u"x"_s);
    QCOMPARE(reader.delimiter(), QChar(u';'));
    const QList<ParsedRecord> records = parseAll(decoded->text);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].line, 2);
    QCOMPARE(records[0].fields, (QStringList{u"Use Case ID"_s, u"Use Case Name"_s}));
    QCOMPARE(records[1].fields, (QStringList{u"X-1"_s, u"Excel, with a comma"_s}));
}

void TestCsvReader::unterminatedQuoteIsAnError()
{
    const Result<DecodedText> decoded = decodeText(fixture(u"unterminated_quote.csv"_s), u"x"_s);
    QVERIFY(decoded.ok());
    CsvReader reader(decoded->text, u"unterminated_quote.csv"_s);
    CsvRecord record;
    int records = 0;
    while (reader.next(record))
        ++records;
    QCOMPARE(records, 2); // header and X-1; X-2 opens a quote that never closes
    QVERIFY(reader.error());
    QCOMPARE(reader.error()->code, ErrorCode::InvalidInput);
    QVERIFY2(reader.error()->message.startsWith(u"unterminated_quote.csv, line 3:"),
             qPrintable(reader.error()->message));
    QVERIFY(!reader.next(record)); // stays failed

    QString error;
    parseAll(u"a,\"b"_s, &error);
    QVERIFY(error.contains(u"line 1"));
}

void TestCsvReader::blankRecords()
{
    CsvReader reader(u"a,b\n\n , \nx,\n"_s, u"x"_s, u',');
    CsvRecord record;
    QList<bool> blank;
    while (reader.next(record))
        blank << record.isBlank();
    QCOMPARE(blank, (QList<bool>{false, true, true, false}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
