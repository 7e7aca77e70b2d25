// canonicalBytes() is written straight into bytes (canonicalSystemJson); those bytes
// must be exactly what QJsonDocument writes for the same system's toJson() without the
// bookkeeping fields, the form every stored hash, sign-off and audit entry was made
// from. (tst_portfolio_json pins the bytes with a golden file as well.)
#include "domain/CanonicalSystemJson.h"
#include "domain/Json.h"
#include "interchange/DemoPortfolio.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

// Qt's serialisation of the system: what the direct writer must match byte for byte.
QByteArray qtBytes(const AiSystem &system)
{
    QJsonObject object = toJson(system);
    object.remove(u"version"_s);
    object.remove(u"createdAt"_s);
    object.remove(u"updatedAt"_s);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every BMP code unit class the JSON writer treats differently: controls, quote,
// backslash, DEL, Latin-1, BMP, a valid surrogate pair and lone surrogates.
QString awkwardText()
{
    QString text;
    for (char16_t c = 0; c < 0x80; ++c)
        text.append(QChar(c));
    text += u"\u00e9\u00ff\u0100\u20ac\u2028\ufeff\uffff"_s;
    text += QString::fromUtf16(u"\U0001F600");
    return text;
}

AiSystem fullSystem()
{
    AiSystem system;
    system.id = 42;
    system.name = u"Claims \"triage\"\n\\ line"_s;
    system.purpose = awkwardText();
    system.businessUnit = u"Finance"_s;
    system.lifecycle = Lifecycle::Production;
    system.deploymentModel = DeploymentModel::Unknown;
    system.externalReference = u"AI-0042"_s;
    system.ownership.accountableOwnerId = 3;
    system.ownership.itContactId = 9'007'199'254'740'993; // above 2^53: still exact
    system.boundaries.append({u"Approve refunds"_s, InfluenceLevel::Autonomous, QString(), u"Falls back"_s, u""_s});
    system.boundaries.append({QString(), InfluenceLevel::Unknown, u"\t"_s, QString(), u"x"_s});
    system.escalation.append({Severity::Critical, 4, u"pager"_s, 30});
    system.escalation.append({Severity::High, 0, QString(), -1});
    system.escalation.append({Severity::High, 5, u"mail"_s, 0});
    system.data.dataResidency = u"EU"_s;
    system.vendorId = 7;
    system.vendorUnknown = true;
    system.support.updatePolicy = u"Monthly \u2013 reviewed"_s;
    system.nextReview = QDate(2026, 3, 1);
    system.importNotes = {u"no owner"_s, QString(), u""_s, u"tab\there"_s};
    system.version = 5;
    system.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    return system;
}

} // namespace

class TestCanonicalSystemJson : public QObject {
    Q_OBJECT

private slots:
    void emptySystem()
    {
        const AiSystem system;
        QCOMPARE(canonicalSystemJson(system), qtBytes(system));
    }

    void everyFieldAndAwkwardText()
    {
        const AiSystem system = fullSystem();
        QCOMPARE(canonicalSystemJson(system), qtBytes(system));
    }

    void loneSurrogates()
    {
        AiSystem system = fullSystem();
        system.name = u"a"_s + QChar(0xd800) + u"b"_s;
        system.purpose = QString(QChar(0xdc00));
        system.importNotes = {QString(QChar(0xdbff)) + QChar(0xdfff), QString(QChar(0xdfff)) + QChar(0xdbff)};
        QCOMPARE(canonicalSystemJson(system), qtBytes(system));
    }

    void datesOutsideIsoRange()
    {
        AiSystem system = fullSystem();
        for (const QDate date : {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-5, 6, 7),
                                 QDate(), QDate(2024, 2, 29)}) {
            system.nextReview = date;
            QCOMPARE(canonicalSystemJson(system), qtBytes(system));
        }
    }

    void demoPortfolio()
    {
        const Portfolio portfolio = generateDemoPortfolio(500, 7, QDate(2026, 1, 15));
        QByteArray reused;
        for (const AiSystem &system : portfolio.systems) {
            QCOMPARE(canonicalSystemJson(system), qtBytes(system));
            reused.clear();
            appendCanonicalSystemJson(reused, system);
            QCOMPARE(reused, qtBytes(system));
            QCOMPARE(canonicalBytes(system), reused);
        }
    }
};

QTEST_GUILESS_MAIN(TestCanonicalSystemJson)
#include "tst_canonical_system_json.moc"
