// The demo history: every workflow state, stale sign-offs, overrides and incidents,
// written through the audited services, the same for the same seed.
#include "domain/GovernanceJson.h"
#include "governance/DecisionLogService.h"
#include "governance/WorkflowService.h"
#include "interchange/DemoPortfolio.h"
#include "register/DemoHistory.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);

struct Story {
    QStringList states;    // per system
    QStringList signOffs;  // "system kind signer current"
    QStringList decisions; // "system overrides incidents"
    QStringList logins;
};

} // namespace

class TestWorkflowDemo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Builds a demo database as LOGIN; returns the story it tells, or fails.
    Story build(const QString &name, int systems, quint64 seed, DemoHistorySummary *summaryOut = nullptr)
    {
        Story story;
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        RegisterService service(**db, WriteContext{u"root"_s, {}});
        service.setToday(Today);
        service.setNow(QDateTime(Today, QTime(17, 0), Qt::UTC));
        if (!service.initialise())
            qFatal("cannot initialise");
        PortfolioImportOptions options;
        options.keepIds = true;
        if (!service.importPortfolio(generateDemoPortfolio(systems, seed, Today), options))
            qFatal("cannot import");
        QList<qint64> ids;
        for (int i = 1; i <= systems; ++i)
            ids << i;
        Result<DemoHistorySummary> summary = DemoHistory::generate(service, ids, seed);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().message));
        if (summaryOut)
            *summaryOut = *summary;

        WorkflowService workflow(service);
        DecisionLogService log(service);
        for (qint64 id : ids) {
            const WorkflowStatus status = workflow.status(id).value();
            story.states << enumKey(status.record.state) + (status.needsReapproval() ? u"!"_s : QString());
            const QList<SignOffStatus> history = workflow.signOffHistory(id).value();
            for (const SignOffStatus &s : history) {
                story.signOffs << u"%1 %2 %3 %4 %5"_s.arg(id).arg(enumKey(s.signOff.kind), s.signOff.signer,
                                                            s.current ? u"current"_s : u"stale"_s,
                                                            storedTimestamp(s.signOff.signedAt));
            }
            const DecisionLogView view = log.log(id).value();
            story.decisions << u"%1 %2 %3"_s.arg(id).arg(view.overrides.size()).arg(view.incidents.size());
        }
        const QList<User> users = UserRepository(**db).all().value();
        for (const User &user : users)
            story.logins << user.login + u':' + user.roles.keys().join(u',');
        return story;
    }

private slots:
    void everyStateAndStaleSignOffs()
    {
        DemoHistorySummary summary;
        const Story story = build(u"coverage.db"_s, 60, 1, &summary);
        for (const auto &entry : enumEntries<WorkflowState>())
            QVERIFY2(story.states.contains(enumKey(entry.value)) || story.states.contains(enumKey(entry.value) + u'!'),
                     entry.key);
        QVERIFY2(story.states.contains(u"approved!"_s), "an approval that needs re-approval");
        QVERIFY(story.signOffs.join(u'\n').contains(u" stale "_s));
        QVERIFY(story.signOffs.join(u'\n').contains(u" board "_s));
        QVERIFY(summary.overrides > 0);
        QVERIFY(summary.incidents > 0);
        QVERIFY(summary.accounts >= 5);
        int systems = 0;
        for (auto it = summary.states.cbegin(); it != summary.states.cend(); ++it)
            systems += it.value();
        QCOMPARE(systems, 60);
        // Plausible people: reviewers and board members are distinct accounts linked to people.
        QVERIFY(story.logins.join(u' ').contains(u":it_reviewer"_s) || story.logins.join(u' ').contains(u",it_reviewer"_s));
        QVERIFY(story.logins.join(u' ').contains(u"board"_s));
    }

    void sameSeedSameStory()
    {
        const Story a = build(u"seed-a.db"_s, 30, 7);
        const Story b = build(u"seed-b.db"_s, 30, 7);
        QCOMPARE(a.states, b.states);
        QCOMPARE(a.signOffs, b.signOffs);
        QCOMPARE(a.decisions, b.decisions);
        QCOMPARE(a.logins, b.logins);
        const Story c = build(u"seed-c.db"_s, 30, 8);
        QVERIFY(c.states != a.states || c.signOffs != a.signOffs);
    }

    void everyStepIsAudited()
    {
        auto db = Database::open(m_dir.filePath(u"audit.db"_s));
        QVERIFY(db.ok());
        RegisterService service(**db, WriteContext{u"root"_s, {}});
        service.setToday(Today);
        QVERIFY(service.initialise().ok());
        PortfolioImportOptions options;
        options.keepIds = true;
        QVERIFY(service.importPortfolio(generateDemoPortfolio(20, 3, Today), options).ok());
        const qint64 before = AuditStore(**db).count().value();
        DemoHistorySummary summary = DemoHistory::generate(service, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 3).value();
        int signOffs = 0;
        int users = 0;
        const QList<AuditRecord> records = AuditStore(**db).entries(before + 1).value();
        for (const AuditRecord &record : records) {
            signOffs += record.entityType == u"sign_off"_s ? 1 : 0;
            users += record.entityType == u"user"_s && record.action == u"create"_s ? 1 : 0;
            QVERIFY(!record.actor.isEmpty());
        }
        QCOMPARE(signOffs, summary.signOffs);
        QCOMPARE(users, summary.accounts);
    }

    void needsTheAdminRole()
    {
        auto db = Database::open(m_dir.filePath(u"refused.db"_s));
        QVERIFY(db.ok());
        RegisterService root(**db, WriteContext{u"root"_s, {}});
        QVERIFY(root.initialise().ok());
        RegisterService other = root.actingAs(u"someone"_s);
        const Result<DemoHistorySummary> refused = DemoHistory::generate(other, {}, 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
        QVERIFY(refused.error().message.contains(u"admin"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDemo)
#include "tst_workflow_demo.moc"
