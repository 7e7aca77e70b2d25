// charter-cli's workflow verbs end to end: the built executable acting as several
// people (CHARTER_ACTOR with CHARTER_ALLOW_ACTOR_OVERRIDE=1), checked for exit codes
// (DESIGN.md: 0 ok, 1 usage, 2 invalid input, 4 not permitted, 5 conflict), messages
// that name the rule, and what `show` and `signoffs` report.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    // Runs charter-cli on the test database as ACTOR (empty: the OS account).
    Run cli(const QString &actor, const QStringList &args, bool allowOverride = true) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        env.remove(u"CHARTER_DB"_s);
        env.remove(u"CHARTER_ACTOR"_s);
        env.remove(u"CHARTER_ALLOW_ACTOR_OVERRIDE"_s);
        if (!actor.isEmpty())
            env.insert(u"CHARTER_ACTOR"_s, actor);
        if (allowOverride)
            env.insert(u"CHARTER_ALLOW_ACTOR_OVERRIDE"_s, u"1"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CHARTER_CLI_PATH), QStringList{u"--db"_s, m_db} + args);
        if (!process.waitForFinished(300'000))
            qFatal("charter-cli did not finish");
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // Exit code EXPECTED, and (when given) stderr containing FRAGMENT.
    void expect(const Run &run, int expected, const QByteArray &fragment = {}) const
    {
        QVERIFY2(run.exitCode == expected,
                 qPrintable(u"exit %1, expected %2: %3"_s.arg(run.exitCode).arg(expected).arg(QString::fromUtf8(run.err))));
        if (!fragment.isEmpty())
            QVERIFY2(run.err.contains(fragment), run.err.constData());
    }

    QJsonObject show(const QString &system) const
    {
        const Run run = cli(u"root"_s, {u"show"_s, system, u"--format"_s, u"json"_s});
        if (run.exitCode != 0)
            qWarning("show failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"workflow.db"_s);
        // root creates the database: the first account, admin and contributor.
        expect(cli(u"root"_s, {u"demo"_s, u"--systems"_s, u"6"_s, u"--seed"_s, u"5"_s, u"--no-history"_s}), 0);
        const QJsonObject whoami =
            QJsonDocument::fromJson(cli(u"root"_s, {u"users"_s, u"whoami"_s, u"--format"_s, u"json"_s}).out).object();
        QCOMPARE(whoami[u"roles"_s].toArray(), QJsonArray({u"contributor"_s, u"admin"_s}));
        QVERIFY(whoami[u"overridden"_s].toBool());
    }

    void helpForEveryVerb_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : {"submit", "review", "sign", "signoffs", "inbox", "suspend", "reinstate", "retire",
                                 "override", "incident", "users"})
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void helpForEveryVerb()
    {
        QFETCH(QString, verb);
        const Run run = cli({}, {verb, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Usage: charter-cli"), run.out.constData());
        QVERIFY(run.out.contains(verb.toUtf8()));
    }

    void overrideNeedsBothVariables()
    {
        const Run run = cli(u"mallory"_s, {u"users"_s, u"whoami"_s, u"--format"_s, u"json"_s}, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out).object()[u"login"_s].toString() != u"mallory"_s);
    }

    void usersAreManagedByTheAdmin()
    {
        const QJsonObject details = show(u"1"_s);
        const qint64 owner = details[u"system"_s].toObject()[u"ownership"_s].toObject()[u"accountableOwnerId"_s].toInteger();
        QVERIFY(owner > 0);
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"alice"_s, u"--role"_s, u"contributor"_s}), 0);
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"ivan"_s, u"--role"_s, u"it_reviewer"_s}), 0);
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"bea"_s, u"--role"_s, u"board"_s}), 0);
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"bob"_s, u"--role"_s, u"board"_s}), 0);
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"vera"_s}), 0);
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"olga"_s}), 0);
        expect(cli(u"root"_s, {u"users"_s, u"link"_s, u"olga"_s, QString::number(owner)}), 0);
        // Refusals and mistakes.
        expect(cli(u"alice"_s, {u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"admin"_s}), 4, "admin role");
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"alice"_s}), 2, "already");
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"eve"_s, u"--role"_s, u"approver"_s}), 2, "not a role");
        expect(cli(u"root"_s, {u"users"_s, u"set-roles"_s, u"root"_s, u"contributor"_s}), 4, "last active administrator");
        expect(cli(u"root"_s, {u"users"_s, u"frobnicate"_s}), 1);
        expect(cli(u"root"_s, {u"users"_s, u"link"_s, u"olga"_s}), 1);

        const Run list = cli(u"vera"_s, {u"users"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(users.size(), 7);
        for (const QJsonValue &user : users) {
            if (user[u"login"_s].toString() == u"olga"_s)
                QCOMPARE(user[u"personId"_s].toInteger(), owner);
        }
    }

    void theWholeWorkflow()
    {
        // Draft: nothing to sign or decide yet.
        QCOMPARE(show(u"1"_s)[u"workflow"_s].toObject()[u"state"_s].toString(), u"draft"_s);
        expect(cli(u"ivan"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"it_review"_s}), 5, "in review");
        expect(cli(u"vera"_s, {u"submit"_s, u"1"_s}), 4, "Roles:");
        expect(cli(u"alice"_s, {u"submit"_s, u"1"_s, u"--reason"_s, u"Ready for review"_s}), 0);
        expect(cli(u"alice"_s, {u"submit"_s, u"1"_s}), 5, "already waiting");

        // Sign-offs, with every refusal.
        expect(cli(u"alice"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"it_review"_s}), 4,
               "you submitted this system, so you cannot sign it");
        expect(cli(u"root"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"it_review"_s}), 4, "administrators");
        expect(cli(u"ivan"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"ownership"_s}), 4, "Ownership:");
        expect(cli(u"ivan"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"approval"_s}), 1);
        expect(cli(u"ivan"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"it_review"_s, u"--expect-hash"_s, u"0000"_s}), 5,
               "changed since it was shown to you");
        const QString hash = show(u"1"_s)[u"workflow"_s].toObject()[u"contentSha256"_s].toString();
        expect(cli(u"ivan"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"it_review"_s, u"--expect-hash"_s, hash}), 0);
        expect(cli(u"ivan"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"it_review"_s}), 5, "already signed");
        expect(cli(u"ivan"_s, {u"review"_s, u"1"_s, u"--approve"_s, u"--reason"_s, u"ok"_s}), 5, "every required sign-off");
        expect(cli(u"olga"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"ownership"_s, u"--reason"_s, u"I own it"_s}), 0);
        const QJsonObject required = show(u"1"_s)[u"workflow"_s].toObject()[u"signOffs"_s].toObject()[u"required"_s].toObject();
        const int board = required[u"board"_s].toInt();
        if (board == 0) {
            expect(cli(u"bea"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"board"_s}), 2, "does not ask for");
        } else {
            expect(cli(u"bea"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"board"_s}), 0);
            if (board > 1) {
                expect(cli(u"bea"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"board"_s}), 4, "different board members");
                expect(cli(u"bob"_s, {u"sign"_s, u"1"_s, u"--as"_s, u"board"_s}), 0);
            }
        }

        // The decision.
        expect(cli(u"ivan"_s, {u"review"_s, u"1"_s}), 1);
        expect(cli(u"ivan"_s, {u"review"_s, u"1"_s, u"--approve"_s, u"--reject"_s, u"--reason"_s, u"x"_s}), 1);
        expect(cli(u"ivan"_s, {u"review"_s, u"1"_s, u"--approve"_s}), 2, "reason");
        expect(cli(u"ivan"_s, {u"review"_s, u"1"_s, u"--approve"_s, u"--reason"_s, u"ok"_s, u"--expires"_s, u"soon"_s}), 1);
        expect(cli(u"ivan"_s, {u"review"_s, u"1"_s, u"--approve"_s, u"--reason"_s, u"ok"_s, u"--expires"_s, u"2001-01-01"_s}),
               2, "not after today");
        expect(cli(u"root"_s, {u"review"_s, u"1"_s, u"--approve"_s, u"--reason"_s, u"ok"_s}), 4,
               "cannot approve");
        expect(cli(u"alice"_s, {u"review"_s, u"1"_s, u"--approve"_s, u"--reason"_s, u"ok"_s}), 4, "Roles:");
        expect(cli(u"ivan"_s, {u"review"_s, u"No such system"_s, u"--approve"_s, u"--reason"_s, u"ok"_s}), 2,
               "No such system");
        expect(cli(u"ivan"_s, {u"review"_s, u"1"_s, u"--approve"_s, u"--reason"_s, u"Reviewed with the owner"_s,
                               u"--conditions"_s, u"Monthly accuracy report"_s, u"--expires"_s, u"2099-12-31"_s}),
               0);

        const QJsonObject workflow = show(u"1"_s)[u"workflow"_s].toObject();
        QCOMPARE(workflow[u"state"_s].toString(), u"approved"_s);
        QCOMPARE(workflow[u"cycle"_s].toInt(), 1);
        QCOMPARE(workflow[u"approvedBy"_s].toString(), u"ivan"_s);
        QCOMPARE(workflow[u"approvalConditions"_s].toString(), u"Monthly accuracy report"_s);
        QCOMPARE(workflow[u"approvalExpires"_s].toString(), u"2099-12-31"_s);
        QCOMPARE(workflow[u"approvedContentSha256"_s].toString(), hash);
        QVERIFY(!workflow[u"needsReapproval"_s].toBool());
        QVERIFY(workflow[u"signOffs"_s].toObject()[u"complete"_s].toBool());
        QCOMPARE(workflow[u"history"_s].toArray().size(), 2);
        QCOMPARE(workflow[u"submitters"_s].toArray(), QJsonArray{u"alice"_s});

        const Run text = cli(u"vera"_s, {u"show"_s, u"1"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Workflow"));
        QVERIFY(text.out.contains("Approved (review cycle 1)"));
        QVERIFY(text.out.contains("Monthly accuracy report"));

        const Run signoffs = cli(u"vera"_s, {u"signoffs"_s, u"1"_s, u"--format"_s, u"json"_s, u"--with-content"_s});
        QCOMPARE(signoffs.exitCode, 0);
        const QJsonArray given = QJsonDocument::fromJson(signoffs.out).object()[u"signOffs"_s].toArray();
        QCOMPARE(given.size(), 2 + board);
        for (const QJsonValue &signOff : given) {
            QCOMPARE(signOff[u"contentSha256"_s].toString(), hash);
            QVERIFY(signOff[u"current"_s].toBool());
            QVERIFY(signOff[u"content"_s].isObject());
            QVERIFY(signOff[u"changesSinceSigning"_s].toArray().isEmpty());
        }

        // Operations: suspend, reinstate, retire.
        expect(cli(u"alice"_s, {u"suspend"_s, u"1"_s, u"--reason"_s, u"incident"_s}), 4, "Roles:");
        expect(cli(u"ivan"_s, {u"suspend"_s, u"1"_s}), 2, "reason");
        expect(cli(u"ivan"_s, {u"retire"_s, u"1"_s, u"--reason"_s, u"done"_s}), 5, "Suspend it first");
        expect(cli(u"ivan"_s, {u"suspend"_s, u"1"_s, u"--reason"_s, u"Critical incident"_s}), 0);
        expect(cli(u"bea"_s, {u"reinstate"_s, u"1"_s, u"--reason"_s, u"Root cause fixed"_s}), 0);
        QCOMPARE(show(u"1"_s)[u"workflow"_s].toObject()[u"state"_s].toString(), u"approved"_s);
    }

    void changesRequestedAndRejected()
    {
        expect(cli(u"alice"_s, {u"submit"_s, u"2"_s}), 0);
        expect(cli(u"ivan"_s, {u"review"_s, u"2"_s, u"--request-changes"_s, u"--reason"_s, u"Name the IT contact"_s}), 0);
        const Run inbox = cli(u"alice"_s, {u"inbox"_s, u"--format"_s, u"json"_s});
        QCOMPARE(inbox.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(inbox.out).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"task"_s].toString(), u"address_changes"_s);
        QCOMPARE(items[0][u"systemId"_s].toInteger(), 2);
        expect(cli(u"alice"_s, {u"submit"_s, u"2"_s, u"--reason"_s, u"IT contact named"_s}), 0);
        expect(cli(u"alice"_s, {u"review"_s, u"2"_s, u"--reject"_s, u"--reason"_s, u"x"_s}), 4);
        expect(cli(u"ivan"_s, {u"review"_s, u"2"_s, u"--reject"_s, u"--reason"_s, u"Duplicate"_s}), 0);
        expect(cli(u"ivan"_s, {u"retire"_s, u"2"_s, u"--reason"_s, u"Withdrawn"_s}), 0);
        QCOMPARE(show(u"2"_s)[u"workflow"_s].toObject()[u"state"_s].toString(), u"retired"_s);
        expect(cli(u"alice"_s, {u"submit"_s, u"2"_s}), 5, "retired");

        const Run ivan = cli(u"ivan"_s, {u"inbox"_s});
        QCOMPARE(ivan.exitCode, 0);
        QVERIFY(ivan.out.contains("Waiting for ivan"));
    }

    void theDecisionLog()
    {
        expect(cli(u"olga"_s, {u"override"_s, u"1"_s, u"--recommended"_s, u"Reject the claim"_s, u"--decided"_s,
                               u"Paid the claim"_s, u"--reason"_s, u"New evidence from the customer"_s}),
               0);
        expect(cli(u"vera"_s, {u"override"_s, u"1"_s, u"--recommended"_s, u"a"_s, u"--decided"_s, u"b"_s, u"--reason"_s,
                               u"c"_s}),
               4, "Roles:");
        expect(cli(u"alice"_s, {u"override"_s, u"1"_s, u"--recommended"_s, u"a"_s, u"--decided"_s, u"b"_s}), 2);
        expect(cli(u"alice"_s, {u"incident"_s, u"1"_s, u"--severity"_s, u"catastrophic"_s, u"--what"_s, u"x"_s}), 1);
        expect(cli(u"alice"_s, {u"incident"_s, u"1"_s, u"--severity"_s, u"high"_s}), 2, "must not be empty");
        expect(cli(u"alice"_s, {u"incident"_s, u"1"_s, u"--severity"_s, u"high"_s, u"--what"_s,
                                u"Wrong answers after a vendor update"_s, u"--acknowledged-after"_s, u"100000"_s}),
               0, "Recorded incident #1");
        expect(cli(u"alice"_s, {u"incident"_s, u"1"_s, u"--severity"_s, u"low"_s, u"--what"_s, u"Slow"_s,
                                u"--escalated-to"_s, u"Nobody Atall"_s}),
               2, "Nobody Atall");
        expect(cli(u"alice"_s, {u"incident"_s, u"1"_s, u"--severity"_s, u"low"_s, u"--what"_s, u"Slow"_s}), 0,
               "Recorded incident #2");
        expect(cli(u"alice"_s, {u"incident"_s, u"--acknowledge"_s, u"2"_s, u"--acknowledged-after"_s, u"5"_s}), 0);
        expect(cli(u"alice"_s, {u"incident"_s, u"--acknowledge"_s, u"2"_s, u"--acknowledged-after"_s, u"6"_s}), 5,
               "already acknowledged");

        const QJsonObject log = show(u"1"_s)[u"decisionLog"_s].toObject();
        QCOMPARE(log[u"overrides"_s].toArray().size(), 1);
        QCOMPARE(log[u"overrides"_s].toArray()[0][u"recordedBy"_s].toString(), u"olga"_s);
        const QJsonArray incidents = log[u"incidents"_s].toArray();
        QCOMPARE(incidents.size(), 2);
        const QJsonObject first = incidents[0].toObject();
        QCOMPARE(first[u"acknowledgedAfterMinutes"_s].toInt(), 100000);
        // Breached when the path has a target for high incidents; a visible gap otherwise.
        const bool hasTarget = !first[u"targetMinutes"_s].isNull();
        QCOMPARE(first[u"response"_s].toObject()[u"breached"_s].toBool(), hasTarget);
        QCOMPARE(log[u"breaches"_s].toInt(), hasTarget ? 1 : 0);
        const Run text = cli(u"vera"_s, {u"show"_s, u"1"_s});
        QVERIFY(text.out.contains("Decision log"));
        QVERIFY(text.out.contains("Paid the claim"));
    }

    void theDemoHasAHistory()
    {
        const QString previous = m_db;
        m_db = m_dir.filePath(u"demo.db"_s);
        const Run demo = cli(u"root"_s, {u"demo"_s, u"--systems"_s, u"40"_s, u"--seed"_s, u"2"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QVERIFY(demo.err.contains("History:"));
        // A system with stale sign-offs shows what changed since signing.
        bool sawStale = false;
        bool sawReapproval = false;
        for (int id = 1; id <= 40 && !(sawStale && sawReapproval); ++id) {
            const QJsonObject workflow = show(QString::number(id))[u"workflow"_s].toObject();
            sawReapproval |= workflow[u"needsReapproval"_s].toBool();
            if (workflow[u"state"_s].toString() != u"in_review"_s)
                continue;
            const Run signoffs = cli(u"vera"_s, {u"signoffs"_s, QString::number(id)});
            QCOMPARE(signoffs.exitCode, 0);
            if (signoffs.out.contains("STALE")) {
                QVERIFY(signoffs.out.contains("(material)"));
                QVERIFY(signoffs.out.contains("->"));
                sawStale = true;
            }
        }
        QVERIFY(sawStale);
        QVERIFY(sawReapproval);
        // Without the admin role the history is refused and nothing is written.
        expect(cli(u"vera"_s, {u"demo"_s, u"--systems"_s, u"3"_s}), 4, "not a Charter account");
        expect(cli(u"root"_s, {u"users"_s, u"add"_s, u"carl"_s, u"--role"_s, u"contributor"_s}), 0);
        expect(cli(u"carl"_s, {u"demo"_s, u"--systems"_s, u"3"_s}), 4, "--no-history");
        const Run list = cli(u"carl"_s, {u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 40);
        expect(cli(u"carl"_s, {u"demo"_s, u"--systems"_s, u"3"_s, u"--no-history"_s}), 0);
        m_db = previous;
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
