// CsvWriter: RFC 4180 output that Excel and LibreOffice open cleanly, with formula
// injection neutralised reversibly.

#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"

#include <QTest>

using namespace charter;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void encodesCells_data();
    void encodesCells();
    void writesCrlfAndBom();
    void formulaGuardRoundTrips_data();
    void formulaGuardRoundTrips();
    void readerReadsWhatWriterWrote();
};

void TestCsvWriter::encodesCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << u"Chatbot"_s << u"Chatbot"_s;
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"5\" screen"_s << u"\"5\"\" screen\""_s;
    QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("leading space") << u" x"_s << u"\" x\""_s;
    QTest::newRow("semicolon needs no quotes") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s
                             << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("plus") << u"+1 555"_s << u"'+1 555"_s;
    QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("apostrophe before trigger") << u"'=x"_s << u"''=x"_s;
    QTest::newRow("apostrophe alone") << u"'tis"_s << u"'tis"_s;
    QTest::newRow("trigger later in the cell") << u"a=b"_s << u"a=b"_s;
}

void TestCsvWriter::encodesCells()
{
    QFETCH(QString, cell);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeCell(cell), encoded);
}

void TestCsvWriter::writesCrlfAndBom()
{
    CsvWriter writer;
    writer.writeRow({u"Name"_s, u"Purpose"_s});
    writer.writeRow({u"Caf\u00e9"_s, u"two\nlines"_s});
    QCOMPARE(writer.toUtf8(false), "Name,Purpose\r\nCaf\xc3\xa9,\"two\nlines\"\r\n");
    QCOMPARE(writer.toUtf8(true), "\xef\xbb\xbfName,Purpose\r\nCaf\xc3\xa9,\"two\nlines\"\r\n");
}

void TestCsvWriter::formulaGuardRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    for (const QString &value : {u"=1+1"_s, u"+x"_s, u"-x"_s, u"@x"_s, u"\tx"_s, u"\rx"_s,
                                 u"'=x"_s, u"''-x"_s, u"'x"_s, u"''"_s, u"x=1"_s, u""_s, u"'"_s})
        QTest::newRow(qPrintable(value)) << value;
}

void TestCsvWriter::formulaGuardRoundTrips()
{
    QFETCH(QString, value);
    const QString guarded = guardFormula(value);
    QVERIFY2(guarded.isEmpty() || !QStringView(u"=+-@\t\r").contains(guarded.front()),
             "a guarded cell never starts with a formula trigger");
    QCOMPARE(unguardFormula(guarded).toString(), value);
}

void TestCsvWriter::readerReadsWhatWriterWrote()
{
    const QStringList row = {u"a,b"_s, u"\"q\""_s, u"line\nbreak"_s, u" pad "_s, u""_s, u"=f()"_s};
    CsvWriter writer;
    writer.writeRow(row);
    writer.writeRow(row);
    const QString text = QString::fromUtf8(writer.toUtf8(false));
    CsvReader reader(text, u"x"_s);
    CsvRecord record;
    int count = 0;
    while (reader.next(record)) {
        QStringList fields;
        for (const QStringView field : std::as_const(record.fields))
            fields << unguardFormula(field).toString();
        QCOMPARE(fields, row);
        ++count;
    }
    QVERIFY(!reader.error());
    QCOMPARE(count, 2);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
