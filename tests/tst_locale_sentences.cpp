// Sentences the user reads follow the locale: dates in the locale's short format (the
// year in full), enum values as their own in-sentence words instead of lower-cased
// labels (German keeps its nouns capitalised). Machine formats stay ISO 8601 whatever
// the locale. Each test sets the default locale and catalogue it needs and restores C.
#include "domain/EnumWords.h"
#include "domain/Json.h"
#include "governance/Permissions.h"
#include "governance/Policy.h"
#include "governance/RiskEngine.h"
#include "governance/SignOff.h"
#include "governance/Workflow.h"
#include "util/DisplayDate.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QLocale German(QLocale::German, QLocale::Germany);

AiSystem reviewedSystem()
{
    AiSystem system;
    system.id = 7;
    system.name = u"Claims triage assistant"_s;
    system.ownership.accountableOwnerId = 3;
    system.nextReview = QDate(2026, 12, 1);
    return system;
}

WorkflowRecord approvedRecord(const AiSystem &system)
{
    WorkflowRecord record;
    record.systemId = system.id;
    record.state = WorkflowState::Approved;
    record.cycle = 1;
    record.approvedAt = QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    record.approvedBy = u"ivan"_s;
    record.approvedContent = canonicalBytes(system);
    record.approvedContentSha256 = contentSha256(record.approvedContent);
    record.approvedTier = RiskTier::High;
    record.approvedPolicyVersion = 1;
    record.approvalExpires = QDate(2026, 3, 31);
    return record;
}

} // namespace

class TestLocaleSentences : public QObject {
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void displayDateFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C: ISO 8601") << QLocale::c() << u"2026-03-01"_s;
        QTest::newRow("German") << German << u"01.03.2026"_s;
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << u"01/03/2026"_s;
        QTest::newRow("US English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"3/1/2026"_s;
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << u"2026/03/01"_s;
    }

    void displayDateFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(displayDate(QDate(2026, 3, 1), locale), expected);
        QLocale::setDefault(locale);
        QCOMPARE(displayDate(QDate(2026, 3, 1)), expected);
        QCOMPARE(displayDate(QDate()), QString());
    }

    void riskSentencesUseTheLocaleDate()
    {
        QLocale::setDefault(German);
        AiSystem system = reviewedSystem();
        Vendor vendor;
        vendor.id = 2;
        vendor.name = u"Acme AI"_s;
        vendor.contractEnd = QDate(2027, 1, 31);
        system.vendorId = vendor.id;
        const RiskAssessment risk =
            RiskEngine::assess(system, &vendor, Policy::defaultPolicy(), QDate(2026, 12, 22));
        QHash<QString, QString> sentence;
        for (const RiskFactor &factor : risk.factors)
            sentence.insert(factor.id, factor.sentence);
        const QString review = sentence.value(u"review_overdue"_s);
        QVERIFY2(review.contains(u"01.12.2026"_s), qPrintable(review));
        QVERIFY2(!review.contains(u"2026-12-01"_s), qPrintable(review));
        const QString contract = sentence.value(u"vendor_contract_ending"_s);
        QVERIFY2(contract.contains(u"31.01.2027"_s), qPrintable(contract));
    }

    void reapprovalReasonsUseTheLocaleDate()
    {
        QLocale::setDefault(German);
        const AiSystem system = reviewedSystem();
        const QList<ReapprovalReason> reasons = reapprovalReasons(
            approvedRecord(system), canonicalBytes(system), RiskTier::High, Policy::defaultPolicy(), QDate(2026, 8, 1));
        QCOMPARE(reasons.size(), 2);
        QCOMPARE(reasons[0].kind, ReapprovalReason::Kind::ReviewDue);
        QVERIFY2(reasons[0].text.contains(u"15.07.2026"_s) && reasons[0].text.contains(u"15.01.2026"_s),
                 qPrintable(reasons[0].text));
        QCOMPARE(reasons[1].kind, ReapprovalReason::Kind::ApprovalExpired);
        QVERIFY2(reasons[1].text.contains(u"31.03.2026"_s), qPrintable(reasons[1].text));
        // The machine date next to the sentence stays a QDate.
        QCOMPARE(reasons[1].date, QDate(2026, 3, 31));
    }

    void machineFormatsStayIso()
    {
        QLocale::setDefault(German);
        const QByteArray canonical = canonicalBytes(reviewedSystem());
        QVERIFY2(canonical.contains("2026-12-01"), canonical.constData());
        QVERIFY(!canonical.contains("01.12.2026"));
    }

    // English sentences read as before: the in-sentence words are the lower-case labels.
    void englishInSentenceWords()
    {
        QCOMPARE(enumInSentence(WorkflowState::InReview), u"in review"_s);
        QCOMPARE(enumInSentence(WorkflowState::ChangesRequested), u"changes requested"_s);
        QCOMPARE(enumInSentence(RiskTier::High), u"high"_s);
        QCOMPARE(enumInSentence(Severity::Critical), u"critical"_s);
        QCOMPARE(enumInSentence(Lifecycle::Production), u"in production"_s);
        const Result<WorkflowState> refused =
            Workflow::next(WorkflowState::InReview, WorkflowAction::Submit, u"Claims triage assistant"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"it is in review."_s), qPrintable(refused.error().message));
    }

    // German nouns keep their capital inside a sentence: never "in prüfung" or "entwurf".
    void germanSentencesKeepNounsCapitalised()
    {
        installTranslations(German);
        QLocale::setDefault(German);
        QCOMPARE(translatedEnumLabel("In review"), u"In Prüfung"_s); // the catalogue is loaded
        QCOMPARE(enumInSentence(WorkflowState::Draft), u"Entwurf"_s);
        const QString inReview = enumInSentence(WorkflowState::InReview);
        QVERIFY2(inReview.contains(u"Prüfung"_s), qPrintable(inReview));

        const Result<WorkflowState> refused =
            Workflow::next(WorkflowState::InReview, WorkflowAction::Submit, u"Claims triage assistant"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Prüfung"_s), qPrintable(refused.error().message));
        QVERIFY2(!refused.error().message.contains(u"prüfung"_s), qPrintable(refused.error().message));

        Actor contributor;
        contributor.login = u"carla"_s;
        contributor.user = User{};
        contributor.user->login = contributor.login;
        contributor.user->active = true;
        contributor.roles = RoleSet{Role::Contributor};
        const Status suspend = Permissions::operate(contributor, WorkflowAction::Suspend);
        QVERIFY(!suspend);
        QVERIFY2(!suspend.error().message.contains(u"das aussetzen"_s), qPrintable(suspend.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLocaleSentences)
#include "tst_locale_sentences.moc"
