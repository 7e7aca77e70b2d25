// Accounts and roles: who may do what (Permissions, pure), the first account of a
// database, unknown and deactivated accounts, the admin's use cases, and the
// CHARTER_ACTOR testing aid.
#include "domain/Json.h"
#include "governance/Permissions.h"
#include "governance/RolesService.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "util/Identity.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

Actor actor(const QString &login, const RoleSet &roles, qint64 personId = 0, bool active = true)
{
    Actor a;
    a.login = login;
    User user;
    user.login = login;
    user.roles = roles;
    user.personId = personId;
    user.active = active;
    a.user = user;
    a.roles = active ? roles : RoleSet{Role::Viewer};
    return a;
}

Actor stranger(const QString &login)
{
    Actor a;
    a.login = login;
    a.roles = {Role::Viewer};
    return a;
}

SignOffEvaluation evaluationWith(const QList<SignOff> &signOffs, const RequiredSignOffs &required)
{
    SignOffEvaluation evaluation;
    evaluation.cycle = 1;
    evaluation.required = required;
    for (const SignOff &signOff : signOffs)
        evaluation.signOffs.append(SignOffStatus{signOff, true, {}});
    return evaluation;
}

SignOff signed_(SignOffKind kind, const QString &signer, qint64 person = 0)
{
    SignOff s;
    s.cycle = 1;
    s.kind = kind;
    s.signer = signer;
    s.signerPersonId = person;
    return s;
}

void expectRefusal(const Status &status, const QString &rule)
{
    QVERIFY2(!status.ok(), "expected a refusal");
    QCOMPARE(status.error().code, ErrorCode::NotPermitted);
    QVERIFY2(status.error().message.contains(rule), qPrintable(status.error().message));
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<RegisterService> session(const QString &login)
    {
        auto service = std::make_unique<RegisterService>(*m_db, WriteContext{login, {}});
        service->setToday(QDate(2026, 11, 26));
        if (!service->initialise().ok())
            return nullptr;
        return service;
    }

private slots:
    void init()
    {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(db.ok());
        m_db = std::move(*db);
    }

    void roleKeysParse()
    {
        const Result<RoleSet> roles = parseRoles({u"it-reviewer"_s, u"board,contributor"_s});
        QVERIFY(roles.ok());
        QCOMPARE(roles->keys(), QStringList({u"contributor"_s, u"it_reviewer"_s, u"board"_s}));
        const Result<RoleSet> wrong = parseRoles({u"approver"_s});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::InvalidInput);
        QVERIFY(wrong.error().message.contains(u"it_reviewer"_s)); // lists the known roles
        QVERIFY(parseRoles({}).value().isEmpty());
    }

    void loginsAreValidated()
    {
        QVERIFY(validateLogin(u"dana.whitfield"_s).ok());
        QVERIFY(!validateLogin(QString()).ok());
        QVERIFY(!validateLogin(u"dana whitfield"_s).ok());
        QVERIFY(!validateLogin(QString(65, u'x')).ok());
    }

    void editingTheRegister()
    {
        QVERIFY(Permissions::editRegister(actor(u"c"_s, {Role::Contributor})).ok());
        QVERIFY(Permissions::editRegister(actor(u"r"_s, {Role::ItReviewer})).ok());
        QVERIFY(Permissions::editRegister(actor(u"b"_s, {Role::Board})).ok());
        expectRefusal(Permissions::editRegister(actor(u"v"_s, {Role::Viewer})), u"Roles:"_s);
        expectRefusal(Permissions::editRegister(actor(u"a"_s, {Role::Admin})), u"Roles:"_s);
        expectRefusal(Permissions::editRegister(stranger(u"s"_s)), u"not a Charter account"_s);
        expectRefusal(Permissions::editRegister(actor(u"d"_s, {Role::Contributor}, 0, false)), u"deactivated"_s);
    }

    void managingUsersIsForAdmins()
    {
        QVERIFY(Permissions::manageUsers(actor(u"a"_s, {Role::Admin})).ok());
        expectRefusal(Permissions::manageUsers(actor(u"c"_s, {Role::Contributor, Role::Board})), u"admin role"_s);
    }

    void reviewDecisions()
    {
        const Actor reviewer = actor(u"ivan"_s, {Role::ItReviewer});
        QVERIFY(Permissions::decide(reviewer, WorkflowAction::Approve, {u"alice"_s}).ok());
        QVERIFY(Permissions::decide(actor(u"bea"_s, {Role::Board}), WorkflowAction::Reject, {}).ok());
        expectRefusal(Permissions::decide(reviewer, WorkflowAction::Approve, {u"ivan"_s}),
                      u"Separation of duties: you submitted this system, so you cannot approve it."_s);
        expectRefusal(Permissions::decide(actor(u"c"_s, {Role::Contributor}), WorkflowAction::Approve, {}),
                      u"it_reviewer or board"_s);
        // Admin never approves, whatever else it holds.
        expectRefusal(Permissions::decide(actor(u"root"_s, {Role::Admin, Role::ItReviewer}), WorkflowAction::Approve, {}),
                      u"Separation of duties: administrators"_s);
        QVERIFY(Permissions::submit(actor(u"c"_s, {Role::Contributor})).ok());
        expectRefusal(Permissions::submit(actor(u"v"_s, {})), u"Roles:"_s);
        QVERIFY(Permissions::operate(reviewer, WorkflowAction::Suspend).ok());
        expectRefusal(Permissions::operate(actor(u"c"_s, {Role::Contributor}), WorkflowAction::Retire), u"Roles:"_s);
    }

    void signing()
    {
        const RequiredSignOffs critical{1, 1, 2};
        const SignOffEvaluation none = evaluationWith({}, critical);
        const Actor reviewer = actor(u"ivan"_s, {Role::ItReviewer});
        const Actor owner = actor(u"olga"_s, {Role::Viewer}, 3);
        const Actor board = actor(u"bea"_s, {Role::Board}, 5);

        QVERIFY(Permissions::sign(reviewer, SignOffKind::ItReview, 3, {}, none).ok());
        QVERIFY(Permissions::sign(owner, SignOffKind::Ownership, 3, {}, none).ok()); // ownership by relation
        QVERIFY(Permissions::sign(board, SignOffKind::Board, 3, {}, none).ok());

        expectRefusal(Permissions::sign(reviewer, SignOffKind::Board, 3, {}, none), u"board role"_s);
        expectRefusal(Permissions::sign(board, SignOffKind::ItReview, 3, {}, none), u"it_reviewer role"_s);
        expectRefusal(Permissions::sign(reviewer, SignOffKind::Ownership, 3, {}, none),
                      u"only the accountable owner's own account"_s);
        expectRefusal(Permissions::sign(owner, SignOffKind::Ownership, 0, {}, none), u"names none"_s);
        expectRefusal(Permissions::sign(reviewer, SignOffKind::ItReview, 3, {u"ivan"_s}, none),
                      u"you submitted this system, so you cannot sign it"_s);
        expectRefusal(Permissions::sign(actor(u"root"_s, {Role::Admin, Role::ItReviewer}), SignOffKind::ItReview, 3,
                                        {}, none),
                      u"administrators"_s);
        expectRefusal(Permissions::sign(actor(u"olga"_s, {}, 3, false), SignOffKind::Ownership, 3, {}, none),
                      u"deactivated"_s);

        // Second board sign-off by the same person.
        const SignOffEvaluation oneBoard = evaluationWith({signed_(SignOffKind::Board, u"bea"_s, 5)}, critical);
        expectRefusal(Permissions::sign(board, SignOffKind::Board, 3, {}, oneBoard),
                      u"must come from different board members"_s);
        // ... also through another account linked to the same person.
        expectRefusal(Permissions::sign(actor(u"bea2"_s, {Role::Board}, 5), SignOffKind::Board, 3, {}, oneBoard),
                      u"different board members"_s);
        QVERIFY(Permissions::sign(actor(u"bob"_s, {Role::Board}, 6), SignOffKind::Board, 3, {}, oneBoard).ok());

        // A current sign-off of the same kind: nothing to do (Conflict); another kind: four eyes.
        const SignOffEvaluation itSigned = evaluationWith({signed_(SignOffKind::ItReview, u"ivan"_s)}, critical);
        const Status again = Permissions::sign(reviewer, SignOffKind::ItReview, 3, {}, itSigned);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        expectRefusal(Permissions::sign(actor(u"ivan"_s, {Role::ItReviewer, Role::Board}), SignOffKind::Board, 3, {},
                                        itSigned),
                      u"each required sign-off needs a different person"_s);
        // A stale one may be re-signed.
        SignOffEvaluation stale = itSigned;
        stale.signOffs[0].current = false;
        QVERIFY(Permissions::sign(reviewer, SignOffKind::ItReview, 3, {}, stale).ok());
    }

    void recordingDecisions()
    {
        QVERIFY(Permissions::recordDecision(actor(u"c"_s, {Role::Contributor}), {}).ok());
        QVERIFY(Permissions::recordDecision(actor(u"olga"_s, {}, 3), {0, 3}).ok()); // an owner
        expectRefusal(Permissions::recordDecision(actor(u"v"_s, {}, 4), {0, 3}), u"Roles:"_s);
        expectRefusal(Permissions::recordDecision(actor(u"a"_s, {Role::Admin}), {}), u"Roles:"_s);
    }

    void firstAccountBecomesAdminAndContributor()
    {
        auto first = session(u"dana"_s);
        QVERIFY(first);
        QVERIFY(first->actor().has(Role::Admin));
        QVERIFY(first->actor().has(Role::Contributor));
        QVERIFY(!first->actor().has(Role::ItReviewer));
        // Audited: the policy and the first account.
        Result<QList<AuditRecord>> audit = AuditStore(*m_db).entries();
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(1).entityType, u"user"_s);
        QCOMPARE(audit->at(1).entityId, u"dana"_s);
        QCOMPARE(audit->at(1).action, u"create"_s);
        QVERIFY(!audit->at(1).reason.isEmpty());

        // The next account to open it is a viewer until added.
        auto second = session(u"ravi"_s);
        QVERIFY(second);
        QVERIFY(!second->actor().isKnown());
        QCOMPARE(second->actor().roles, RoleSet{Role::Viewer});
        QCOMPARE(RolesService(*second).users().value().size(), 1);
        AiSystem system;
        system.name = u"Shift scheduling optimiser"_s;
        const Status refused = second->addSystem(system);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
        QVERIFY(first->addSystem(system).ok());
        QVERIFY(!second->importPortfolio(Portfolio{}, {}).ok());
    }

    void adminManagesAccounts()
    {
        auto admin = session(u"dana"_s);
        QVERIFY(admin);
        Person person{0, u"Ravi Menon"_s, u"ravi@example.org"_s, {}, {}, {}};
        QVERIFY(m_db->transaction([&] { return PeopleRepository(*m_db).insert(person, WriteContext{u"dana"_s, {}}); }).ok());

        RolesService roles(*admin);
        Result<User> ravi = roles.addUser(u"ravi"_s, {Role::ItReviewer}, u"Ravi Menon"_s, person.id);
        QVERIFY2(ravi.ok(), ravi.ok() ? "" : qPrintable(ravi.error().message));
        QCOMPARE(ravi->personId, person.id);
        QCOMPARE(roles.addUser(u"ravi"_s, {}).error().code, ErrorCode::InvalidInput); // exists
        QCOMPARE(roles.addUser(u"ravi2"_s, {}, {}, person.id).error().code, ErrorCode::InvalidInput); // one account per person
        QCOMPARE(roles.addUser(u"x"_s, {}, {}, 999).error().code, ErrorCode::InvalidInput); // no such person
        QCOMPARE(roles.setRoles(u"nobody"_s, {}).error().code, ErrorCode::InvalidInput);

        auto asRavi = session(u"ravi"_s);
        QVERIFY(asRavi);
        QVERIFY(asRavi->actor().has(Role::ItReviewer));
        QCOMPARE(asRavi->actor().personId(), person.id);
        // Not an admin: refused, naming the rule.
        const Result<User> refused = RolesService(*asRavi).addUser(u"eve"_s, {Role::Admin});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);

        QVERIFY(roles.setRoles(u"ravi"_s, {Role::Board, Role::Contributor}).ok());
        QVERIFY(asRavi->refreshActor().ok());
        QVERIFY(asRavi->actor().has(Role::Board));
        QVERIFY(!asRavi->actor().has(Role::ItReviewer));

        QVERIFY(roles.link(u"ravi"_s, 0).ok());
        QVERIFY(asRavi->refreshActor().ok());
        QCOMPARE(asRavi->actor().personId(), 0);

        // A deactivated account keeps its roles on record but acts as a viewer.
        QVERIFY(roles.setActive(u"ravi"_s, false).ok());
        QVERIFY(asRavi->refreshActor().ok());
        QVERIFY(!asRavi->actor().isActive());
        QCOMPARE(asRavi->actor().roles, RoleSet{Role::Viewer});
        AiSystem system;
        system.name = u"Invoice anomaly detector"_s;
        QCOMPARE(asRavi->addSystem(system).error().code, ErrorCode::NotPermitted);
        QVERIFY(roles.setActive(u"ravi"_s, true).ok());
        QVERIFY(asRavi->refreshActor().ok());
        QVERIFY(asRavi->addSystem(system).ok());

        // Every change is audited.
        Result<QList<AuditRecord>> audit = AuditStore(*m_db).entries();
        int userEntries = 0;
        for (const AuditRecord &record : *audit)
            userEntries += record.entityType == u"user"_s ? 1 : 0;
        QCOMPARE(userEntries, 1 + 1 + 1 + 1 + 2); // dana, ravi, set-roles, unlink, deactivate + activate
    }

    void theLastAdminStays()
    {
        auto admin = session(u"dana"_s);
        RolesService roles(*admin);
        const Result<User> demoted = roles.setRoles(u"dana"_s, {Role::Contributor});
        QVERIFY(!demoted.ok());
        QCOMPARE(demoted.error().code, ErrorCode::NotPermitted);
        QVERIFY(demoted.error().message.contains(u"last active administrator"_s));
        QCOMPARE(roles.setActive(u"dana"_s, false).error().code, ErrorCode::NotPermitted);
        QVERIFY(roles.addUser(u"root"_s, {Role::Admin}).ok());
        QVERIFY(roles.setRoles(u"dana"_s, {Role::Contributor}).ok());
    }

    void actorOverrideNeedsBothVariables()
    {
        qunsetenv("CHARTER_ALLOW_ACTOR_OVERRIDE");
        qputenv("CHARTER_ACTOR", "mallory");
        QCOMPARE(actingLogin(), currentOsUser());
        QVERIFY(!actorOverridden());
        qputenv("CHARTER_ALLOW_ACTOR_OVERRIDE", "yes");
        QCOMPARE(actingLogin(), currentOsUser());
        qputenv("CHARTER_ALLOW_ACTOR_OVERRIDE", "1");
        QCOMPARE(actingLogin(), u"mallory"_s);
        QVERIFY(actorOverridden());
        qputenv("CHARTER_ACTOR", "  ");
        QCOMPARE(actingLogin(), currentOsUser());
        qunsetenv("CHARTER_ACTOR");
        qunsetenv("CHARTER_ALLOW_ACTOR_OVERRIDE");
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
