// The bytes an audit leaf covers, and the tree head's two text forms: what is written
// is read back, and every malformed head is refused with a message naming the problem.
#include "audit/AuditEntryCodec.h"
#include "audit/AuditTreeState.h"
#include "audit/TreeHead.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

AuditField text(const char *value)
{
    return AuditField{QByteArrayView(value), false};
}

AuditEntryFields sampleEntry()
{
    return AuditEntryFields{7,
                            text("2025-01-31T09:30:00.000Z"),
                            text("dana"),
                            text("update"),
                            text("system"),
                            text("12"),
                            text("{\"name\":\"a\"}"),
                            text("{\"name\":\"b\"}"),
                            text("")};
}

} // namespace

class TestAuditCodec : public QObject {
    Q_OBJECT

private slots:
    // The documented encoding (docs/audit.md), pinned byte for byte.
    void encodingIsPinned()
    {
        AuditEntryFields entry = sampleEntry();
        entry.before = AuditField::null();
        const QByteArray bytes = AuditEntryCodec::encode(entry);
        QByteArray expected;
        expected += '\x01';
        expected += QByteArray::fromHex("0000000000000007");
        const auto field = [&](const QByteArray &value) {
            const quint32 n = quint32(value.size());
            expected += char(n >> 24);
            expected += char(n >> 16);
            expected += char(n >> 8);
            expected += char(n);
            expected += value;
        };
        field("2025-01-31T09:30:00.000Z");
        field("dana");
        field("update");
        field("system");
        field("12");
        expected += QByteArray::fromHex("ffffffff"); // before: NULL
        field("{\"name\":\"b\"}");
        field("");
        QCOMPARE(bytes.toHex(), expected.toHex());
        QCOMPARE(AuditEntryCodec::leafHash(entry), merkleLeafHash(bytes));
        QCOMPARE(merkleHashToHex(AuditEntryCodec::leafHash(entry)),
                 merkleHashToHex(Sha256::hash(QByteArray(QByteArray(1, '\0') + bytes))));
    }

    // Changing any field, the sequence number, NULL against empty, or moving bytes
    // from one field to the next gives another leaf.
    void everyFieldIsCovered()
    {
        const AuditEntryFields base = sampleEntry();
        const MerkleHash original = AuditEntryCodec::leafHash(base);
        QList<AuditEntryFields> variants;
        AuditEntryFields v = base;
        v.seq = 8;
        variants << v;
        AuditField AuditEntryFields::*fields[] = {&AuditEntryFields::recordedAt, &AuditEntryFields::actor,
                                                  &AuditEntryFields::action, &AuditEntryFields::entityType,
                                                  &AuditEntryFields::entityId, &AuditEntryFields::before,
                                                  &AuditEntryFields::after, &AuditEntryFields::reason};
        for (auto member : fields) {
            v = base;
            (v.*member) = text("changed");
            variants << v;
            v = base;
            (v.*member) = AuditField::null();
            variants << v;
        }
        v = base;
        v.actor = text("dan");
        v.action = text("aupdate"); // same concatenation, other boundary
        variants << v;
        QSet<QByteArray> seen{merkleHashBytes(original).toByteArray()};
        for (const AuditEntryFields &variant : variants) {
            const QByteArray leaf = merkleHashBytes(AuditEntryCodec::leafHash(variant)).toByteArray();
            QVERIFY2(!seen.contains(leaf), "two different entries share a leaf hash");
            seen.insert(leaf);
        }
    }

    // ---- tree heads ---------------------------------------------------------------

    void treeHeadRoundTrips()
    {
        TreeHead head;
        head.size = 1234;
        head.root = merkleLeafHash("x");
        head.time = u"2025-01-31T09:30:00.123Z"_s;
        Result<TreeHead> fromJson = parseTreeHead(head.toJsonText(), u"json"_s);
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.ok() ? QString() : fromJson.error().message));
        QCOMPARE(*fromJson, head);
        Result<TreeHead> fromText = parseTreeHead(head.toText().toUtf8(), u"text"_s);
        QVERIFY2(fromText.ok(), qPrintable(fromText.ok() ? QString() : fromText.error().message));
        QCOMPARE(*fromText, head);

        const TreeHead empty;
        QCOMPARE(*parseTreeHead(empty.toJsonText(), u"json"_s), empty);
        QCOMPARE(*parseTreeHead(empty.toText().toUtf8(), u"text"_s), empty);
    }

    void treeHeadFromFileOrText()
    {
        QTemporaryDir dir;
        TreeHead head;
        head.size = 3;
        head.root = merkleLeafHash("y");
        const QString path = dir.filePath(u"head.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(head.toJsonText());
        file.close();
        QCOMPARE(*readTreeHead(path), head);
        QCOMPARE(*readTreeHead(QString::fromUtf8(head.toJsonText())), head);
        Result<TreeHead> missing = readTreeHead(dir.filePath(u"nowhere.json"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::InvalidInput);
        QVERIFY(missing.error().message.contains(u"nowhere.json"_s));
        Result<TreeHead> folder = readTreeHead(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(u"folder"_s));
    }

    void brokenTreeHeadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        const QByteArray root = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("blank") << QByteArray(" \n\t") << u"empty"_s;
        QTest::newRow("not json") << QByteArray("{\"size\": 1,") << u"line 1, column"_s;
        QTest::newRow("json error on line 3") << QByteArray("{\n  \"size\": 1,\n  \"root\": x\n}") << u"line 3"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"line 1"_s;
        QTest::newRow("no size") << QByteArray("{}") << u"size"_s;
        QTest::newRow("no root") << QByteArray("{\"size\": 1}") << u"root"_s;
        QTest::newRow("size text") << QByteArray("{\"size\": \"1\", \"root\": \"" + root + "\"}") << u"size"_s;
        QTest::newRow("negative size") << QByteArray("{\"size\": -1, \"root\": \"" + root + "\"}") << u"size"_s;
        QTest::newRow("fractional size") << QByteArray("{\"size\": 1.5, \"root\": \"" + root + "\"}") << u"size"_s;
        QTest::newRow("huge size") << QByteArray("{\"size\": 1e300, \"root\": \"" + root + "\"}") << u"size"_s;
        QTest::newRow("short root") << QByteArray("{\"size\": 1, \"root\": \"abc\"}") << u"64 hexadecimal"_s;
        QTest::newRow("root not hex") << QByteArray("{\"size\": 1, \"root\": \"" + QByteArray(64, 'z') + "\"}") << u"64 hexadecimal"_s;
        QTest::newRow("root number") << QByteArray("{\"size\": 1, \"root\": 5}") << u"root"_s;
        QTest::newRow("bad time") << QByteArray("{\"size\": 1, \"root\": \"" + root + "\", \"time\": \"yesterday\"}") << u"time"_s;
        QTest::newRow("time number") << QByteArray("{\"size\": 1, \"root\": \"" + root + "\", \"time\": 5}") << u"time"_s;
        QTest::newRow("unknown field") << QByteArray("{\"size\": 1, \"root\": \"" + root + "\", \"extra\": 1}") << u"extra"_s;
        QTest::newRow("empty tree, wrong root") << QByteArray("{\"size\": 0, \"root\": \"" + root + "\"}") << u"size 0"_s;
        QTest::newRow("text without colon") << QByteArray("size 12\n") << u"line 1"_s;
        QTest::newRow("text unknown key") << QByteArray("size: 1\nroot: " + root + "\ncolour: red\n") << u"colour"_s;
        QTest::newRow("text twice") << QByteArray("size: 1\nsize: 2\n") << u"twice"_s;
        QTest::newRow("text no size") << QByteArray("root: " + root + "\n") << u"size"_s;
        QTest::newRow("text bad size") << QByteArray("size: 1x\nroot: " + root + "\n") << u"size"_s;
        QTest::newRow("text signed size") << QByteArray("size: +1\nroot: " + root + "\n") << u"size"_s;
        QTest::newRow("text overflow") << QByteArray("size: 99999999999999999999\nroot: " + root + "\n") << u"size"_s;
        QTest::newRow("too large") << QByteArray(MaxTreeHeadBytes + 1, ' ') << u"too large"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << u"line 1"_s;
    }

    void brokenTreeHeadsAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        Result<TreeHead> head = parseTreeHead(text, u"head.json"_s);
        QVERIFY(!head.ok());
        QCOMPARE(head.error().code, ErrorCode::InvalidInput);
        QVERIFY2(head.error().message.startsWith(u"head.json: "_s), qPrintable(head.error().message));
        QVERIFY2(head.error().message.contains(mentions), qPrintable(head.error().message));
    }

    void timesAreNormalisedToUtc()
    {
        const QByteArray root = merkleHashToHex(merkleLeafHash("t")).toLatin1();
        const QByteArray text = "{\"size\": 2, \"root\": \"" + root + "\", \"time\": \"2025-01-31T10:30:00+01:00\"}";
        Result<TreeHead> head = parseTreeHead(text, u"t"_s);
        QVERIFY(head.ok());
        QCOMPARE(head->time, u"2025-01-31T09:30:00.000Z"_s);
        QCOMPARE(*parseTreeHead(head->toText().toUtf8(), u"t"_s), *head);
    }

    // A cheap stand-in for the fuzzer (fuzz/fuzz_tree_head.cpp): mangled heads never crash and are either
    // refused or read as a valid head.
    void mangledTreeHeadsNeverCrash()
    {
        TreeHead head;
        head.size = 77;
        head.root = merkleLeafHash("z");
        head.time = u"2025-01-31T09:30:00.123Z"_s;
        for (const QByteArray &base : {head.toJsonText(), head.toText().toUtf8()}) {
            for (qsizetype i = 0; i < base.size(); ++i) {
                for (char c : {'\0', '"', '{', '}', ':', '\n', '9', 'x', '\xff'}) {
                    QByteArray mangled = base;
                    mangled[i] = c;
                    Result<TreeHead> parsed = parseTreeHead(mangled, u"fuzz"_s);
                    if (!parsed.ok()) {
                        QVERIFY(parsed.error().message.startsWith(u"fuzz: "_s));
                        continue;
                    }
                    QCOMPARE(*parseTreeHead(parsed->toJsonText(), u"json"_s), *parsed);
                    QCOMPARE(*parseTreeHead(parsed->toText().toUtf8(), u"text"_s), *parsed);
                }
                Result<TreeHead> truncated = parseTreeHead(base.left(i), u"fuzz"_s);
                Q_UNUSED(truncated);
            }
        }
    }

    // ---- the stored tree state ------------------------------------------------------

    void treeStateRoundTripsAndRejectsInconsistency()
    {
        AuditTreeState state;
        for (int i = 0; i < 11; ++i)
            state.append(merkleLeafHash(QByteArray::number(i)), u"2025-01-31T09:30:%1.000Z"_s.arg(i, 2, 10, QChar(u'0')));
        QCOMPARE(state.head.size, 11);
        Result<AuditTreeState> back = AuditTreeState::fromStoredText(state.toStoredText());
        QVERIFY(back.ok());
        QCOMPARE(back->head, state.head);
        QCOMPARE(back->frontier, state.frontier);

        QByteArray text = state.toStoredText();
        text.replace(merkleHashToHex(state.head.root).toLatin1(), merkleHashToHex(merkleEmptyRoot()).toLatin1());
        QVERIFY(!AuditTreeState::fromStoredText(text).ok());
        QVERIFY(!AuditTreeState::fromStoredText("{}").ok());
        QVERIFY(!AuditTreeState::fromStoredText("not json").ok());
        text = state.toStoredText();
        text.replace("\"size\":11", "\"size\":12");
        QVERIFY(!AuditTreeState::fromStoredText(text).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditCodec)
#include "tst_audit_codec.moc"
