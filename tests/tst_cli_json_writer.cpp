// The streamed JSON of `charter-cli list --format json`: valid JSON whatever the text
// holds, nulls for unrecorded answers, and the same result in one piece or in chunks.
#include "cli/JsonArrayWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using charter::cli::JsonArrayWriter;

class TestJsonArrayWriter : public QObject
{
    Q_OBJECT

private slots:
    void emptyArray();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void emptyTextIsNull();
    void datesAreIsoOrNull();
    void largeOutputThroughDevice();
};

static QJsonDocument parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s at %d in %s", qPrintable(error.errorString()), error.offset, bytes.left(200).constData());
    return document;
}

void TestJsonArrayWriter::emptyArray()
{
    QString text;
    QTextStream out(&text);
    JsonArrayWriter(out).finish();
    out.flush();
    const QJsonDocument document = parse(text.toUtf8());
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 0);
}

void TestJsonArrayWriter::hostileTextRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << u"say \"yes\""_s;
    QTest::newRow("backslash") << u"C:\\models\\v2"_s;
    QTest::newRow("newline and tab") << u"line one\nline two\tend\r"_s;
    QTest::newRow("control characters") << QString::fromUtf16(u"bell\u0007 nul\u0000 esc\u001b", 16);
    QTest::newRow("non-ASCII") << u"Prüfung – 審査 🚦"_s;
}

void TestJsonArrayWriter::hostileTextRoundTrips()
{
    QFETCH(QString, value);
    QString text;
    QTextStream out(&text);
    JsonArrayWriter writer(out);
    writer.beginObject();
    writer.number("id", 42);
    writer.text("name", value);
    writer.endObject();
    writer.finish();
    out.flush();

    const QJsonArray array = parse(text.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0).toObject().value(u"id"_s).toInteger(), 42);
    QCOMPARE(array.at(0).toObject().value(u"name"_s).toString(), value);
}

void TestJsonArrayWriter::emptyTextIsNull()
{
    QString text;
    QTextStream out(&text);
    JsonArrayWriter writer(out);
    writer.beginObject();
    writer.textOrNull("vendor", QString());
    writer.textOrNull("owner", u"Dana"_s);
    writer.endObject();
    writer.finish();
    out.flush();

    const QJsonObject object = parse(text.toUtf8()).array().at(0).toObject();
    QVERIFY(object.value(u"vendor"_s).isNull());
    QCOMPARE(object.value(u"owner"_s).toString(), u"Dana"_s);
}

void TestJsonArrayWriter::datesAreIsoOrNull()
{
    QString text;
    QTextStream out(&text);
    JsonArrayWriter writer(out);
    writer.beginObject();
    writer.date("next_review", QDate(2027, 3, 9));
    writer.date("early", QDate(812, 12, 25));
    writer.date("unset", QDate());
    writer.endObject();
    writer.finish();
    out.flush();

    const QJsonObject object = parse(text.toUtf8()).array().at(0).toObject();
    QCOMPARE(object.value(u"next_review"_s).toString(), u"2027-03-09"_s);
    QCOMPARE(object.value(u"early"_s).toString(), u"0812-12-25"_s);
    QVERIFY(object.value(u"unset"_s).isNull());
}

void TestJsonArrayWriter::largeOutputThroughDevice()
{
    // Several flushes straight to the device, interleaved with text already in the stream.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream out(&buffer);
    out << "";
    const int count = 20000;
    {
        JsonArrayWriter writer(out);
        for (int i = 0; i < count; ++i) {
            writer.beginObject();
            writer.number("id", i);
            writer.text("name", u"System %1 ✓"_s.arg(i));
            writer.endObject();
        }
        writer.finish();
    }
    out.flush();
    const QJsonArray array = parse(buffer.data()).array();
    QCOMPARE(array.size(), count);
    QCOMPARE(array.at(count - 1).toObject().value(u"name"_s).toString(), u"System %1 ✓"_s.arg(count - 1));
}

QTEST_GUILESS_MAIN(TestJsonArrayWriter)
#include "tst_cli_json_writer.moc"
