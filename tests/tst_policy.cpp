#include "governance/Policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

// A complete, valid policy; tests break one field at a time.
QJsonObject validPolicy()
{
    QJsonObject factors;
    for (int f = 0; f < FactorCount; ++f)
        factors.insert(factorKey(FactorId(f)), QJsonObject{{u"points"_s, 1}});
    return QJsonObject{
        {u"version"_s, 3},
        {u"name"_s, u"Test policy"_s},
        {u"factors"_s, factors},
        {u"unknownAnswerPoints"_s, QJsonObject{{u"default"_s, 2}, {u"ownership"_s, 5}}},
        {u"tierThresholds"_s, QJsonObject{{u"medium"_s, 10}, {u"high"_s, 20}, {u"critical"_s, 30}}},
        {u"reviewCadenceMonths"_s,
         QJsonObject{{u"low"_s, 24}, {u"medium"_s, 12}, {u"high"_s, 6}, {u"critical"_s, 3}}},
    };
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// Sets a value at a dotted path ("factors.personal_data.points"); an undefined value removes it.
void setPath(QJsonObject &object, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setPath(child, path, value);
    object.insert(key, child);
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultPolicyLoads();
    void defaultPolicyRoundTrips();
    void validPolicyParses();
    void parseErrorsNameTheField_data();
    void parseErrorsNameTheField();
    void invalidJsonGivesLineAndColumn();
    void missingFactorsWeighZero();
    void disabledFactorWeighsZero();
    void unknownPointsDefaultAndOverride();
    void tierForScore_data();
    void tierForScore();
    void factorKeysRoundTrip();
    void requiredSignOffsDefault();
    void requiredSignOffsParse();
    void requiredSignOffsErrors_data();
    void requiredSignOffsErrors();
};

void TestPolicy::defaultPolicyLoads()
{
    const Policy policy = Policy::defaultPolicy();
    QVERIFY(policy.version() >= 1);
    QVERIFY(!policy.name().isEmpty());
    QVERIFY2(policy.missingFactors().isEmpty(), "the default policy weighs every factor explicitly");
    QVERIFY(policy.validate(u"default"_s).ok());
    for (int f = 0; f < FactorCount; ++f)
        QVERIFY2(policy.points(FactorId(f)) > 0, factorKey(FactorId(f)).data());
    QCOMPARE(policy.tierFloor(FactorId::EuProhibited), RiskTier::Critical);
    QCOMPARE(policy.contractEndWarningDays(), 90);
}

void TestPolicy::defaultPolicyRoundTrips()
{
    const Policy policy = Policy::defaultPolicy();
    const Result<Policy> reread = Policy::fromJson(policy.toJson(), u"round trip"_s);
    QVERIFY2(reread.ok(), reread.ok() ? "" : qPrintable(reread.error().message));
    QCOMPARE(*reread, policy);
    QVERIFY(reread->missingFactors().isEmpty());
}

void TestPolicy::validPolicyParses()
{
    const Result<Policy> policy = Policy::fromJson(bytes(validPolicy()), u"test.json"_s);
    QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().message));
    QCOMPARE(policy->version(), 3);
    QCOMPARE(policy->name(), u"Test policy"_s);
    QCOMPARE(policy->threshold(RiskTier::Low), 0);
    QCOMPARE(policy->threshold(RiskTier::High), 20);
    QCOMPARE(policy->reviewCadenceMonths(RiskTier::High), 6);
    QCOMPARE(policy->tierFloor(FactorId::EuProhibited), std::nullopt);
    // Optional fields keep their documented defaults.
    QCOMPARE(policy->contractEndWarningDays(), 90);
    QCOMPARE(policy->minDeprecationNoticeDays(), 180);
}

void TestPolicy::parseErrorsNameTheField_data()
{
    QTest::addColumn<QString>("path");      // field to change
    QTest::addColumn<QJsonValue>("value");  // undefined = remove the field
    QTest::addColumn<QString>("expected");  // field name the message must quote

    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("version missing") << u"version"_s << remove << u"\"version\""_s;
    QTest::newRow("version text") << u"version"_s << QJsonValue(u"2"_s) << u"\"version\""_s;
    QTest::newRow("version zero") << u"version"_s << QJsonValue(0) << u"\"version\""_s;
    QTest::newRow("version fraction") << u"version"_s << QJsonValue(1.5) << u"\"version\""_s;
    QTest::newRow("name missing") << u"name"_s << remove << u"\"name\""_s;
    QTest::newRow("name blank") << u"name"_s << QJsonValue(u"  "_s) << u"\"name\""_s;
    QTest::newRow("description number") << u"description"_s << QJsonValue(1) << u"\"description\""_s;
    QTest::newRow("factors missing") << u"factors"_s << remove << u"\"factors\""_s;
    QTest::newRow("factors array") << u"factors"_s << QJsonValue(QJsonArray()) << u"\"factors\""_s;
    QTest::newRow("factor id typo") << u"factors.personl_data"_s << QJsonValue(QJsonObject{{u"points"_s, 5}})
                                    << u"\"factors.personl_data\""_s;
    QTest::newRow("factor bare number") << u"factors.personal_data"_s << QJsonValue(5)
                                        << u"\"factors.personal_data\""_s;
    QTest::newRow("factor points missing") << u"factors.personal_data.points"_s << remove
                                           << u"\"factors.personal_data.points\""_s;
    QTest::newRow("factor points negative") << u"factors.personal_data.points"_s << QJsonValue(-1)
                                            << u"\"factors.personal_data.points\""_s;
    QTest::newRow("factor points text") << u"factors.personal_data.points"_s << QJsonValue(u"10"_s)
                                        << u"\"factors.personal_data.points\""_s;
    QTest::newRow("factor enabled text") << u"factors.personal_data.enabled"_s << QJsonValue(u"yes"_s)
                                         << u"\"factors.personal_data.enabled\""_s;
    QTest::newRow("factor extra field") << u"factors.personal_data.weight"_s << QJsonValue(3)
                                        << u"\"factors.personal_data.weight\""_s;
    QTest::newRow("unknown points missing") << u"unknownAnswerPoints"_s << remove
                                            << u"\"unknownAnswerPoints\""_s;
    QTest::newRow("unknown default missing") << u"unknownAnswerPoints.default"_s << remove
                                             << u"\"unknownAnswerPoints.default\""_s;
    QTest::newRow("unknown group typo") << u"unknownAnswerPoints.owners"_s << QJsonValue(3)
                                        << u"\"unknownAnswerPoints.owners\""_s;
    QTest::newRow("unknown group negative") << u"unknownAnswerPoints.vendor"_s << QJsonValue(-2)
                                            << u"\"unknownAnswerPoints.vendor\""_s;
    QTest::newRow("threshold missing") << u"tierThresholds.high"_s << remove << u"\"tierThresholds.high\""_s;
    QTest::newRow("threshold zero") << u"tierThresholds.medium"_s << QJsonValue(0)
                                    << u"\"tierThresholds.medium\""_s;
    QTest::newRow("threshold low given") << u"tierThresholds.low"_s << QJsonValue(0)
                                         << u"\"tierThresholds.low\""_s;
    QTest::newRow("thresholds not increasing") << u"tierThresholds.high"_s << QJsonValue(35)
                                               << u"\"tierThresholds\""_s;
    QTest::newRow("thresholds equal") << u"tierThresholds.high"_s << QJsonValue(10) << u"\"tierThresholds\""_s;
    QTest::newRow("cadence missing") << u"reviewCadenceMonths.critical"_s << remove
                                     << u"\"reviewCadenceMonths.critical\""_s;
    QTest::newRow("cadence zero") << u"reviewCadenceMonths.low"_s << QJsonValue(0)
                                  << u"\"reviewCadenceMonths.low\""_s;
    QTest::newRow("cadence typo") << u"reviewCadenceMonths.hihg"_s << QJsonValue(6)
                                  << u"\"reviewCadenceMonths.hihg\""_s;
    QTest::newRow("floor factor typo") << u"tierFloors.eu_prohibitted"_s << QJsonValue(u"critical"_s)
                                       << u"\"tierFloors.eu_prohibitted\""_s;
    QTest::newRow("floor tier typo") << u"tierFloors.eu_prohibited"_s << QJsonValue(u"severe"_s)
                                     << u"\"tierFloors.eu_prohibited\""_s;
    QTest::newRow("warning days negative") << u"contractEndWarningDays"_s << QJsonValue(-1)
                                           << u"\"contractEndWarningDays\""_s;
    QTest::newRow("notice days text") << u"minDeprecationNoticeDays"_s << QJsonValue(u"half a year"_s)
                                      << u"\"minDeprecationNoticeDays\""_s;
    QTest::newRow("top-level typo") << u"tierThreshold"_s << QJsonValue(QJsonObject()) << u"\"tierThreshold\""_s;
}

void TestPolicy::parseErrorsNameTheField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);

    QJsonObject json = validPolicy();
    setPath(json, path.split(u'.'), value);
    const Result<Policy> policy = Policy::fromJson(bytes(json), u"board-2026.json"_s);
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().code, ErrorCode::InvalidInput);
    const QString message = policy.error().message;
    QVERIFY2(message.startsWith(u"board-2026.json: "_s), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestPolicy::invalidJsonGivesLineAndColumn()
{
    const QByteArray json = "{\n  \"version\": 1,\n  \"name\": oops\n}\n";
    const Result<Policy> policy = Policy::fromJson(json, u"broken.json"_s);
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().code, ErrorCode::InvalidInput);
    QVERIFY2(policy.error().message.contains(u"broken.json"_s), qPrintable(policy.error().message));
    QVERIFY2(policy.error().message.contains(u"line 3"_s), qPrintable(policy.error().message));

    const Result<Policy> array = Policy::fromJson("[1, 2]", u"array.json"_s);
    QVERIFY(!array.ok());
    QVERIFY(array.error().message.contains(u"array.json"_s));
}

void TestPolicy::missingFactorsWeighZero()
{
    QJsonObject json = validPolicy();
    json.insert(u"factors"_s, QJsonObject{{u"personal_data"_s, QJsonObject{{u"points"_s, 7}}}});
    const Result<Policy> policy = Policy::fromJson(bytes(json), u"partial.json"_s);
    QVERIFY(policy.ok());
    QCOMPARE(policy->points(FactorId::PersonalData), 7);
    QCOMPARE(policy->points(FactorId::EuProhibited), 0);
    const QList<FactorId> missing = policy->missingFactors();
    QCOMPARE(missing.size(), FactorCount - 1);
    QVERIFY(!missing.contains(FactorId::PersonalData));
    QVERIFY(missing.contains(FactorId::EuProhibited));

    // Written back, every factor is explicit: nothing is missing any more.
    const Result<Policy> reread = Policy::fromJson(policy->toJson(), u"partial.json"_s);
    QVERIFY(reread.ok());
    QVERIFY(reread->missingFactors().isEmpty());
    QCOMPARE(*reread, *policy);
}

void TestPolicy::disabledFactorWeighsZero()
{
    QJsonObject json = validPolicy();
    setPath(json, {u"factors"_s, u"personal_data"_s},
            QJsonObject{{u"points"_s, 9}, {u"enabled"_s, false}});
    const Result<Policy> policy = Policy::fromJson(bytes(json), u"t"_s);
    QVERIFY(policy.ok());
    QCOMPARE(policy->points(FactorId::PersonalData), 0);
    QCOMPARE(policy->weight(FactorId::PersonalData).points, 9);
    QVERIFY(!policy->weight(FactorId::PersonalData).enabled);
    QVERIFY(!policy->missingFactors().contains(FactorId::PersonalData));
}

void TestPolicy::unknownPointsDefaultAndOverride()
{
    const Result<Policy> policy = Policy::fromJson(bytes(validPolicy()), u"t"_s);
    QVERIFY(policy.ok());
    QCOMPARE(policy->defaultUnknownPoints(), 2);
    QCOMPARE(policy->unknownPoints(QuestionGroup::Ownership), 5);
    QCOMPARE(policy->unknownPoints(QuestionGroup::DataSecurity), 2);
    QCOMPARE(policy->unknownPoints(QuestionGroup::Vendor), 2);
}

void TestPolicy::tierForScore_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<RiskTier>("tier");
    // validPolicy(): medium 10, high 20, critical 30; a threshold is the tier's lowest score.
    QTest::newRow("0") << 0 << RiskTier::Low;
    QTest::newRow("9") << 9 << RiskTier::Low;
    QTest::newRow("10") << 10 << RiskTier::Medium;
    QTest::newRow("19") << 19 << RiskTier::Medium;
    QTest::newRow("20") << 20 << RiskTier::High;
    QTest::newRow("29") << 29 << RiskTier::High;
    QTest::newRow("30") << 30 << RiskTier::Critical;
    QTest::newRow("1000") << 1000 << RiskTier::Critical;
}

void TestPolicy::tierForScore()
{
    QFETCH(int, score);
    QFETCH(RiskTier, tier);
    const Result<Policy> policy = Policy::fromJson(bytes(validPolicy()), u"t"_s);
    QVERIFY(policy.ok());
    QCOMPARE(policy->tierForScore(score), tier);
}

void TestPolicy::factorKeysRoundTrip()
{
    for (int f = 0; f < FactorCount; ++f)
        QCOMPARE(factorFromKey(QString(factorKey(FactorId(f)))), FactorId(f));
    QCOMPARE(factorFromKey(u"Personal_Data"), std::nullopt); // ids are exact
    for (int g = 0; g < QuestionGroupCount; ++g)
        QCOMPARE(questionGroupFromKey(QString(questionGroupKey(QuestionGroup(g)))), QuestionGroup(g));
}

namespace {

QJsonObject signOffs(int lowIt, int lowOwner, int lowBoard)
{
    const QJsonObject standard{{u"it_review"_s, 1}, {u"ownership"_s, 1}};
    return QJsonObject{
        {u"low"_s, QJsonObject{{u"it_review"_s, lowIt}, {u"ownership"_s, lowOwner}, {u"board"_s, lowBoard}}},
        {u"medium"_s, standard},
        {u"high"_s, QJsonObject{{u"it_review"_s, 2}, {u"ownership"_s, 1}, {u"board"_s, 1}}},
        {u"critical"_s, QJsonObject{{u"it_review"_s, 1}, {u"ownership"_s, 1}, {u"board"_s, 3}}},
    };
}

} // namespace

void TestPolicy::requiredSignOffsDefault()
{
    // The built-in policy states them; a policy file without them (written before the
    // workflow existed) gets the same defaults.
    const Policy builtIn = Policy::defaultPolicy();
    const Result<Policy> older = Policy::fromJson(bytes(validPolicy()), u"older.json"_s);
    QVERIFY(older.ok());
    for (const Policy &policy : {builtIn, *older}) {
        QCOMPARE(policy.requiredSignOffs(RiskTier::Low), (RequiredSignOffs{1, 1, 0}));
        QCOMPARE(policy.requiredSignOffs(RiskTier::Medium), (RequiredSignOffs{1, 1, 0}));
        QCOMPARE(policy.requiredSignOffs(RiskTier::High), (RequiredSignOffs{1, 1, 1}));
        QCOMPARE(policy.requiredSignOffs(RiskTier::Critical), (RequiredSignOffs{1, 1, 2}));
    }
    QCOMPARE(builtIn.requiredSignOffs(RiskTier::Critical).count(SignOffKind::Board), 2);
    QCOMPARE(builtIn.requiredSignOffs(RiskTier::High).total(), 3);
}

void TestPolicy::requiredSignOffsParse()
{
    QJsonObject json = validPolicy();
    json.insert(u"requiredSignOffs"_s, signOffs(1, 0, 0));
    const Result<Policy> policy = Policy::fromJson(bytes(json), u"board-2027.json"_s);
    QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().message));
    QCOMPARE(policy->requiredSignOffs(RiskTier::Low), (RequiredSignOffs{1, 0, 0}));
    QCOMPARE(policy->requiredSignOffs(RiskTier::Medium), (RequiredSignOffs{1, 1, 0})); // board left out: 0
    QCOMPARE(policy->requiredSignOffs(RiskTier::High), (RequiredSignOffs{2, 1, 1}));
    QCOMPARE(policy->requiredSignOffs(RiskTier::Critical), (RequiredSignOffs{1, 1, 3}));
    // Written back explicitly, and read back equal.
    const Result<Policy> reread = Policy::fromJson(policy->toJson(), u"round trip"_s);
    QVERIFY(reread.ok());
    QCOMPARE(*reread, *policy);
    QVERIFY(policy->toJson().contains("requiredSignOffs"));
    // A policy that asks for other sign-offs is a different policy.
    QVERIFY(!(*policy == *Policy::fromJson(bytes(validPolicy()), u"t"_s)));
}

void TestPolicy::requiredSignOffsErrors_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QJsonObject missingTier = signOffs(1, 1, 0);
    missingTier.remove(u"high"_s);
    QJsonObject unknownKind = signOffs(1, 1, 0);
    unknownKind.insert(u"medium"_s, QJsonObject{{u"it_review"_s, 1}, {u"legal"_s, 1}});
    QJsonObject extraTier = signOffs(1, 1, 0);
    extraTier.insert(u"severe"_s, QJsonObject{});
    QTest::newRow("not an object") << QJsonValue(3) << u"\"requiredSignOffs\""_s;
    QTest::newRow("tier missing") << QJsonValue(missingTier) << u"\"requiredSignOffs.high\""_s;
    QTest::newRow("unknown tier") << QJsonValue(extraTier) << u"\"requiredSignOffs.severe\""_s;
    QTest::newRow("unknown kind") << QJsonValue(unknownKind) << u"\"requiredSignOffs.medium.legal\""_s;
    QTest::newRow("two owners") << QJsonValue(signOffs(1, 2, 0)) << u"\"requiredSignOffs.low.ownership\""_s;
    QTest::newRow("negative") << QJsonValue(signOffs(-1, 1, 0)) << u"\"requiredSignOffs.low.it_review\""_s;
    QTest::newRow("too many") << QJsonValue(signOffs(1, 1, 6)) << u"\"requiredSignOffs.low.board\""_s;
    QTest::newRow("none at all") << QJsonValue(signOffs(0, 0, 0)) << u"\"requiredSignOffs.low\""_s;
}

void TestPolicy::requiredSignOffsErrors()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject json = validPolicy();
    json.insert(u"requiredSignOffs"_s, value);
    const Result<Policy> policy = Policy::fromJson(bytes(json), u"board-2027.json"_s);
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().code, ErrorCode::InvalidInput);
    QVERIFY2(policy.error().message.startsWith(u"board-2027.json: "_s), qPrintable(policy.error().message));
    QVERIFY2(policy.error().message.contains(expected), qPrintable(policy.error().message));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
