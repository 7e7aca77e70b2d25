#include "DemoHistory.h"

#include "RegisterService.h"
#include "governance/DecisionLogService.h"
#include "governance/Permissions.h"
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "meetings/DemoMeeting.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/UserRepository.h"
#include "util/Prng.h"

#include <QCoreApplication>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::DemoHistory", text);
}

// What happens to one system.
enum class Story {
    Draft,
    InReview,         // submitted, some sign-offs given
    InReviewStale,    // signed, then changed materially: re-sign required
    ChangesRequested,
    Rejected,
    Approved,
    ApprovedConditional, // conditions and an expiry date
    ApprovedOverdue,     // approved longer ago than the tier's review cadence
    ApprovedChanged,     // changed materially after approval: needs re-approval
    Suspended,
    Retired,
};

// Every story appears once (in this order) before the rest are drawn at random.
constexpr std::array<Story, 11> MustAppear = {
    Story::Approved,        Story::InReviewStale, Story::ChangesRequested, Story::ApprovedOverdue,
    Story::Suspended,       Story::InReview,      Story::ApprovedChanged,  Story::Rejected,
    Story::ApprovedConditional, Story::Retired,   Story::Draft,
};

// Relative weights of the stories for the remaining systems.
constexpr std::array<int, 11> StoryWeights = {
    30, // Draft
    12, // InReview
    5,  // InReviewStale
    6,  // ChangesRequested
    4,  // Rejected
    22, // Approved
    7,  // ApprovedConditional
    6,  // ApprovedOverdue
    4,  // ApprovedChanged
    2,  // Suspended
    2,  // Retired
};

bool needsOwnerSignOff(Story story)
{
    return story != Story::Draft && story != Story::InReview && story != Story::ChangesRequested
        && story != Story::Rejected;
}

bool isApproved(Story story)
{
    return story == Story::Approved || story == Story::ApprovedConditional || story == Story::ApprovedOverdue
        || story == Story::ApprovedChanged || story == Story::Suspended || story == Story::Retired;
}

constexpr QStringView RequestChangesReasons[] = {
    u"The decision boundaries do not say when a person must step in; add it for each decision.",
    u"The escalation path names nobody for critical incidents.",
    u"Data residency is unknown: confirm where the vendor processes our data.",
    u"No exit plan: describe how we would leave the vendor and keep our data.",
};
constexpr QStringView RejectReasons[] = {
    u"It would decide about individuals without human review; our AI policy does not allow that.",
    u"The vendor cannot evidence any security attestation; choose another supplier.",
    u"Duplicates an approved system; extend that one instead.",
};
constexpr QStringView ApproveReasons[] = {
    u"Boundaries and escalation path reviewed; residual risk accepted.",
    u"Controls are adequate for the tier and monitoring is in place.",
    u"Reviewed with the owner; risk within appetite.",
};
constexpr QStringView Conditions[] = {
    u"Monthly accuracy report to the accountable owner for the first six months.",
    u"Not to be used on vulnerable-customer cases until the bias test is repeated.",
    u"Repeat the DPIA after the vendor's next model update.",
};
constexpr QStringView ItReviewNotes[] = {
    u"Integrations, access scope and credential handling reviewed.",
    u"Security review done; no open findings.",
    u"",
};
constexpr QStringView OwnerNotes[] = {
    u"I answer for this system's outcomes.",
    u"",
};
constexpr QStringView SuspendReasons[] = {
    u"Suspended after a critical incident, pending root-cause analysis.",
    u"The vendor announced the model's deprecation; suspended until the replacement is assessed.",
};
constexpr QStringView RetireReasons[] = {
    u"Replaced by the vendor's successor product; decommissioned.",
    u"Pilot ended; not taken into production.",
};
constexpr QStringView Recommendations[] = {
    u"Approve as proposed",
    u"Route to the standard queue",
    u"Flag as high priority",
    u"Decline: criteria not met",
    u"Auto-close as a duplicate",
};
constexpr QStringView HumanDecisions[] = {
    u"Held for a manual check",
    u"Escalated to a specialist",
    u"Approved with a lower amount",
    u"Declined",
    u"Approved after calling the customer",
};
constexpr QStringView OverrideReasons[] = {
    u"The recommendation ignored context the system cannot see (a recent complaint).",
    u"Confidence was low and the case is unusual.",
    u"Policy changed last week; the model has not been retrained yet.",
    u"The input document was partly unreadable.",
};
constexpr QStringView IncidentTexts[] = {
    u"Confident but wrong classifications after an upstream schema change.",
    u"Response times above 30 seconds during the morning peak; queue backlog.",
    u"Output contained personal data from another customer's case.",
    u"Vendor API outage: no recommendations for three hours.",
    u"Accuracy drift found in the weekly monitoring report.",
    u"A crafted input changed the assistant's instructions (prompt injection).",
};

template <std::size_t N>
QString pick(Prng &rng, const QStringView (&pool)[N])
{
    return pool[rng.below(quint32(N))].toString();
}

QString loginFor(const Person &person)
{
    QString base = person.email.section(u'@', 0, 0).toLower();
    if (base.isEmpty())
        base = person.name.simplified().toLower().replace(u' ', u'.');
    QString login;
    for (const QChar c : std::as_const(base))
        if (!c.isSpace())
            login += c;
    return login.isEmpty() ? u"person%1"_s.arg(person.id) : login;
}

bool isSenior(const Person &person)
{
    for (const QString &word : {u"Head"_s, u"Director"_s, u"Chief"_s, u"Manager"_s, u"Lead"_s,
                                u"Architect"_s, u"Counsel"_s})
        if (person.title.contains(word))
            return true;
    return false;
}

bool isHead(const Person &person)
{
    for (const QString &word : {u"Head"_s, u"Director"_s, u"Chief"_s, u"General Counsel"_s})
        if (person.title.contains(word))
            return true;
    return false;
}

class Generator {
public:
    Generator(RegisterService &session, quint64 seed)
        : m_session(session), m_rng(seed ^ 0x6a09e667f3bcc908ULL), m_today(session.today())
    {
    }

    Status run(QList<qint64> systemIds)
    {
        std::sort(systemIds.begin(), systemIds.end());
        if (systemIds.size() > DemoHistory::MaxSystems)
            systemIds.resize(DemoHistory::MaxSystems);
        QList<AiSystem> systems;
        for (qint64 id : std::as_const(systemIds)) {
            Result<AiSystem> system = SystemRepository(m_session.database()).load(id);
            if (!system)
                return system.error();
            systems.append(*system);
        }
        if (Status status = createAccounts(systems); !status)
            return status;
        QList<Story> pending(MustAppear.begin(), MustAppear.end());
        for (const AiSystem &system : std::as_const(systems)) {
            const bool owned = m_accountOf.contains(system.ownership.accountableOwnerId);
            // The first story that must still appear and this system can tell (one
            // without an accountable owner cannot get the ownership sign-off).
            const auto fits = [&](Story story) { return !needsOwnerSignOff(story) || owned; };
            Story story = Story::Draft;
            if (const auto it = std::find_if(pending.begin(), pending.end(), fits); it != pending.end()) {
                story = *it;
                pending.erase(it);
            } else {
                do {
                    story = Story(m_rng.weighted(StoryWeights));
                } while (!fits(story));
            }
            if (Status status = tell(system, story); !status)
                return status;
        }
        return {};
    }

    DemoHistorySummary summary;

private:
    // -- accounts --------------------------------------------------------------------

    Status createAccounts(const QList<AiSystem> &systems)
    {
        Result<QList<Person>> people = PeopleRepository(m_session.database()).all();
        if (!people)
            return people.error();
        QList<Person> directory = *people;
        std::sort(directory.begin(), directory.end(), [](const Person &a, const Person &b) { return a.id < b.id; });
        QHash<qint64, Person> byId;
        for (const Person &person : std::as_const(directory))
            byId.insert(person.id, person);

        QHash<qint64, RoleSet> roles;
        for (const Person &person : std::as_const(directory)) {
            const bool it = person.department == u"IT Operations"_s || person.department == u"Information Security"_s;
            if (it && isSenior(person) && m_reviewers.size() < 4) {
                m_reviewers.append(person.id);
                roles[person.id].add(Role::ItReviewer);
            }
        }
        for (const QString &department : {u"Risk & Compliance"_s, u"Legal"_s, u"Finance"_s, u"Data & Analytics"_s}) {
            for (const Person &person : std::as_const(directory)) {
                if (person.department == department && isHead(person) && !roles.contains(person.id)) {
                    m_board.append(person.id);
                    roles[person.id].add(Role::Board);
                    break;
                }
            }
        }
        for (const AiSystem &system : systems) {
            for (qint64 id : {system.ownership.accountableOwnerId, system.ownership.technicalOwnerId,
                              system.ownership.businessOwnerId}) {
                if (id > 0 && byId.contains(id))
                    roles[id].add(Role::Contributor);
            }
        }

        RolesService service(m_session);
        UserRepository users(m_session.database());
        QList<qint64> ids = roles.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            const Person &person = byId[id];
            // Reuse an account already linked to this person (a second demo run).
            Result<std::optional<User>> linked = users.findByPerson(id);
            if (!linked)
                return linked.error();
            if (linked->has_value()) {
                User user = **linked;
                RoleSet merged = user.roles;
                for (Role role : roles[id].toList())
                    merged.add(role);
                if (!(merged == user.roles)) {
                    if (Result<User> changed = service.setRoles(user.login, merged); !changed)
                        return changed.error();
                }
                m_accountOf.insert(id, user.login);
                continue;
            }
            QString login = loginFor(person);
            for (int n = 2;; ++n) {
                Result<std::optional<User>> taken = users.find(login);
                if (!taken)
                    return taken.error();
                if (!taken->has_value())
                    break;
                login = loginFor(person) + QString::number(n);
            }
            Result<User> user = service.addUser(login, roles[id], person.name, id);
            if (!user)
                return user.error();
            m_accountOf.insert(id, login);
            ++summary.accounts;
        }
        return {};
    }

    QString account(qint64 personId) const { return m_accountOf.value(personId); }

    // A person from POOL whose account is none of EXCLUDED.
    QString pickFrom(const QList<qint64> &pool, const QSet<QString> &excluded)
    {
        QStringList candidates;
        for (qint64 id : pool) {
            const QString login = account(id);
            if (!login.isEmpty() && !excluded.contains(login))
                candidates << login;
        }
        return candidates.isEmpty() ? QString() : candidates[qsizetype(m_rng.below(quint32(candidates.size())))];
    }

    // -- one system --------------------------------------------------------------------

    // A time of day on DATE between 08:00 and 18:00.
    QDateTime at(const QDate &date)
    {
        const int minutes = 8 * 60 + int(m_rng.below(10 * 60));
        return QDateTime(date, QTime(minutes / 60, minutes % 60), Qt::UTC);
    }

    RegisterService as(const QString &login, const QDateTime &when)
    {
        RegisterService session = m_session.actingAs(login);
        session.setNow(when);
        return session;
    }

    Status tell(const AiSystem &system, Story story)
    {
        if (story == Story::Draft) {
            ++summary.states[WorkflowState::Draft];
            return {};
        }
        const QString owner = account(system.ownership.accountableOwnerId);
        QString submitter = account(system.ownership.technicalOwnerId);
        if (submitter.isEmpty() || submitter == owner)
            submitter = account(system.ownership.businessOwnerId);
        if (submitter.isEmpty() || submitter == owner)
            submitter = m_session.context().actor; // the admin, who is also a contributor
        QSet<QString> busy{submitter, owner};
        const QString reviewer = pickFrom(m_reviewers, busy);
        busy.insert(reviewer);
        if (reviewer.isEmpty())
            return {};

        // Start far enough back for the story: an overdue approval lies more than the
        // tier's cadence back (the steps up to approval take at most about 30 days); a
        // current one within half of it.
        Result<SystemDetails> details = m_session.details(system.id);
        if (!details)
            return details.error();
        const RiskTier tier = details->risk.tier;
        const int cadenceDays = m_session.policy().reviewCadenceMonths(tier) * 31;
        int startDaysAgo = 35 + int(m_rng.below(quint32(std::max(20, cadenceDays / 2 - 35))));
        if (story == Story::ApprovedOverdue)
            startDaysAgo = cadenceDays + 45 + int(m_rng.below(60));
        if (story == Story::InReview || story == Story::InReviewStale)
            startDaysAgo = 2 + int(m_rng.below(14));
        QDate day = m_today.addDays(-startDaysAgo);
        const auto later = [&](int minDays, int maxDays) {
            day = std::min(m_today, day.addDays(minDays + int(m_rng.below(quint32(maxDays - minDays + 1)))));
            return at(day);
        };

        RegisterService submitting = as(submitter, at(day));
        if (Result<WorkflowRecord> r = WorkflowService(submitting).submit(system.id); !r)
            return r.error();

        if (story == Story::ChangesRequested || story == Story::Rejected) {
            if (m_rng.chance(500))
                if (Status s = sign(system.id, SignOffKind::ItReview, reviewer, later(1, 3)); !s)
                    return s;
            RegisterService reviewing = as(reviewer, later(1, 5));
            Result<WorkflowRecord> r = story == Story::Rejected
                ? WorkflowService(reviewing).reject(system.id, pick(m_rng, RejectReasons))
                : WorkflowService(reviewing).requestChanges(system.id, pick(m_rng, RequestChangesReasons));
            if (!r)
                return r.error();
            ++summary.states[r->state];
            return {};
        }

        // Sign-offs: IT review first, then the owner, then the board as the tier needs.
        if (Status s = sign(system.id, SignOffKind::ItReview, reviewer, later(1, 4)); !s)
            return s;
        if (story == Story::InReview) {
            if (!owner.isEmpty() && m_rng.chance(500))
                if (Status s = sign(system.id, SignOffKind::Ownership, owner, later(0, 3)); !s)
                    return s;
            ++summary.states[WorkflowState::InReview];
            return {};
        }
        if (Status s = sign(system.id, SignOffKind::Ownership, owner, later(0, 3)); !s)
            return s;
        if (story == Story::InReviewStale) {
            if (Status s = changeMaterially(system.id, submitter, later(1, 2)); !s)
                return s;
            summary.staleSignOffs += 2;
            ++summary.states[WorkflowState::InReview];
            return {};
        }
        const int boardNeeded = m_session.policy().requiredSignOffs(tier).board;
        QSet<QString> boardBusy = busy;
        for (int b = 0; b < boardNeeded; ++b) {
            const QString member = pickFrom(m_board, boardBusy);
            if (member.isEmpty())
                break;
            boardBusy.insert(member);
            if (Status s = sign(system.id, SignOffKind::Board, member, later(2, 10)); !s)
                return s;
        }

        ReviewDecision decision;
        decision.reason = pick(m_rng, ApproveReasons);
        if (story == Story::ApprovedConditional) {
            decision.conditions = pick(m_rng, Conditions);
            decision.expires = m_today.addDays(60 + int(m_rng.below(180)));
        }
        RegisterService approving = as(reviewer, later(1, 3));
        Result<WorkflowRecord> approved = WorkflowService(approving).approve(system.id, decision);
        if (!approved)
            return approved.error();

        if (isApproved(story))
            if (Status s = operate(system, owner.isEmpty() ? submitter : owner, day); !s)
                return s;

        WorkflowState final = WorkflowState::Approved;
        if (story == Story::ApprovedChanged) {
            if (Status s = changeMaterially(system.id, submitter, later(5, 20)); !s)
                return s;
        } else if (story == Story::Suspended || story == Story::Retired) {
            RegisterService suspending = as(reviewer, later(1, 5));
            if (Result<WorkflowRecord> r = WorkflowService(suspending).suspend(system.id, pick(m_rng, SuspendReasons)); !r)
                return r.error();
            final = WorkflowState::Suspended;
            if (story == Story::Retired) {
                RegisterService retiring = as(reviewer, suspending.now().addSecs(3600 * 2));
                if (Result<WorkflowRecord> r = WorkflowService(retiring).retire(system.id, pick(m_rng, RetireReasons)); !r)
                    return r.error();
                final = WorkflowState::Retired;
            }
        }
        ++summary.states[final];
        return {};
    }

    Status sign(qint64 systemId, SignOffKind kind, const QString &login, const QDateTime &when)
    {
        RegisterService signing = as(login, when);
        SignRequest request;
        request.reason = kind == SignOffKind::ItReview ? pick(m_rng, ItReviewNotes)
                       : kind == SignOffKind::Ownership ? pick(m_rng, OwnerNotes)
                                                        : tr("Board meeting %1, item %2")
                                                              .arg(when.date().toString(u"yyyy-MM"_s))
                                                              .arg(1 + m_rng.below(9));
        Result<SignOff> signOff = WorkflowService(signing).sign(systemId, kind, request);
        if (!signOff)
            return signOff.error();
        ++summary.signOffs;
        return {};
    }

    // A material change made by LOGIN: where the data is processed, or when a person
    // steps in on the first decision.
    Status changeMaterially(qint64 systemId, const QString &login, const QDateTime &when)
    {
        RegisterService editing = as(login, when);
        Result<AiSystem> loaded = SystemRepository(m_session.database()).load(systemId);
        if (!loaded)
            return loaded.error();
        AiSystem system = *loaded;
        if (!system.boundaries.isEmpty() && m_rng.chance(400)) {
            system.boundaries[0].humanIntervention =
                tr("A person reviews only a 10% sample of outputs (was: every case).");
        } else {
            system.data.dataResidency = system.data.dataResidency.isEmpty()
                ? tr("EU (Frankfurt) with failover to the United States")
                : system.data.dataResidency + tr("; failover to the United States");
        }
        return editing.updateSystem(system);
    }

    // Overrides and incidents while the system runs under its approval.
    Status operate(const AiSystem &system, const QString &recorder, const QDate &since)
    {
        const int span = std::max<int>(1, int(since.daysTo(m_today)));
        const int overrides = int(m_rng.below(4));
        for (int i = 0; i < overrides; ++i) {
            OverrideRequest request;
            if (!system.boundaries.isEmpty())
                request.decision = system.boundaries[qsizetype(m_rng.below(quint32(system.boundaries.size())))].decision;
            request.recommended = pick(m_rng, Recommendations);
            do {
                request.decided = pick(m_rng, HumanDecisions);
            } while (request.decided == request.recommended);
            request.reason = pick(m_rng, OverrideReasons);
            const QDateTime when = at(since.addDays(int(m_rng.below(quint32(span)))));
            request.occurredAt = when;
            RegisterService recording = as(recorder, when.addSecs(600));
            if (Result<Override> r = DecisionLogService(recording).recordOverride(system.id, request); !r)
                return r.error();
            ++summary.overrides;
        }
        const int incidents = m_rng.chance(450) ? 1 + int(m_rng.below(2)) : 0;
        for (int i = 0; i < incidents; ++i) {
            IncidentRequest request;
            constexpr std::array<int, 4> severityWeights = {2, 4, 3, 1};
            request.severity = Severity(m_rng.weighted(severityWeights));
            request.what = pick(m_rng, IncidentTexts);
            const int target = [&] {
                for (const EscalationStep &step : system.escalation)
                    if (step.severity == request.severity)
                        return step.responseMinutes;
                return -1;
            }();
            const int roll = int(m_rng.below(100));
            if (target < 0)
                request.acknowledgedAfterMinutes = 5 + int(m_rng.below(240));
            else if (roll < 60)
                request.acknowledgedAfterMinutes = int(m_rng.below(quint32(target + 1)));
            else if (roll < 85)
                request.acknowledgedAfterMinutes = target + 5 + int(m_rng.below(quint32(2 * target + 1)));
            else
                request.acknowledgedAfterMinutes = -1;
            const QDateTime when = at(since.addDays(int(m_rng.below(quint32(span)))));
            request.occurredAt = when;
            RegisterService recording = as(recorder, when.addSecs(1800));
            Result<Incident> incident = DecisionLogService(recording).recordIncident(system.id, request);
            if (!incident)
                return incident.error();
            ++summary.incidents;
            if (incidentTiming(*incident, m_session.now()).breached())
                ++summary.breaches;
        }
        return {};
    }

    RegisterService &m_session;
    Prng m_rng;
    QDate m_today;
    QHash<qint64, QString> m_accountOf; // person id -> login
    QList<qint64> m_reviewers;
    QList<qint64> m_board;
};

} // namespace

Result<DemoHistorySummary> DemoHistory::generate(RegisterService &session, QList<qint64> systemIds, quint64 seed)
{
    Result<Actor> actor = session.currentActor();
    if (!actor)
        return actor.error();
    if (Status permitted = Permissions::manageUsers(*actor); !permitted) {
        return makeError(ErrorCode::NotPermitted,
                         tr("The demo history creates accounts for the demo's people and acts in their "
                            "names, so it needs the admin role. (%1)").arg(permitted.error().message));
    }
    Generator generator(session, seed);
    Status status = session.database().transaction([&]() -> Status {
        if (Status s = generator.run(std::move(systemIds)); !s)
            return s;
        // One past review meeting with decisions, so a demo database has real minutes.
        Result<DemoMeetingSummary> meeting = DemoMeeting::add(session);
        if (!meeting)
            return meeting.error();
        for (const auto &[from, to] : meeting->transitions) {
            generator.summary.states[from] -= 1;
            generator.summary.states[to] += 1;
        }
        return {};
    });
    if (!status)
        return status.error();
    return generator.summary;
}

} // namespace charter
