#pragma once

#include "SignOff.h"
#include "Workflow.h"
#include "domain/AiSystem.h"
#include "domain/SignOff.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace charter {

class RegisterService;

// Everything the workflow knows about one system, measured on the session's today.
struct WorkflowStatus {
    qint64 systemId = 0;
    QString systemName;
    WorkflowRecord record;
    RiskTier tier = RiskTier::Low;       // current risk tier
    int policyVersion = 0;
    QByteArray content;                  // canonicalBytes() now: what a sign-off now binds to
    QString contentSha256;
    SignOffEvaluation signOffs;          // the current review cycle
    QStringList submitters;              // who submitted in the current review cycle
    QList<ReapprovalReason> reapproval;  // approved/suspended only; empty = approval holds
    QDate reviewDue;                     // invalid without an approval
    QList<WorkflowEvent> history;        // oldest first

    bool needsReapproval() const { return !reapproval.isEmpty(); }
};

// One thing waiting for the acting account ("waiting for me").
struct InboxItem {
    enum class Task {
        Sign,           // give the sign-off KIND
        Resign,         // your sign-off KIND went stale: re-sign required
        Decide,         // every sign-off is in: approve, request changes or reject
        AddressChanges, // a reviewer asked for changes to what you submitted or own
        ReReview,       // an approval needs re-approval: submit (owner) or review it
    };
    qint64 systemId = 0;
    QString systemName;
    WorkflowState state = WorkflowState::Draft;
    Task task = Task::Sign;
    SignOffKind kind = SignOffKind::ItReview; // Sign and Resign only
    QString text;    // translated, e.g. "IT review sign-off needed (high risk)"
    QDateTime since; // when it started waiting (submission or decision time)

    bool operator==(const InboxItem &) const = default;
};

// What the acting account may do to one system now (for enabling buttons; the
// services check again when it is done).
struct AvailableActions {
    QList<WorkflowAction> actions; // transitions the state allows and the account may make
    QList<SignOffKind> signable;   // sign-offs the account may give now (in review only)
};

// What a review decision carries.
struct ReviewDecision {
    QString reason;     // required
    QString conditions; // approve only: conditions of the approval; empty = none
    QDate expires;      // approve only: the approval lapses after this date; invalid = none
};

struct SignRequest {
    QString reason; // optional
    // The content hash the signer was shown (WorkflowStatus::contentSha256). When set
    // and the record changed since, signing is refused (Conflict) rather than binding
    // the signature to content nobody showed them. Empty: sign what is stored now.
    QString expectedSha256;
};

// The approval workflow's use cases (docs/workflow.md), shared by charter-cli and the
// GUI. Each write is one transaction: the acting account is re-read, the permission
// checked (Permissions), the transition checked (Workflow::next), then the record,
// its history event and their audit entries are written together.
// Errors: NotPermitted (role, separation of duties), Conflict (the state or the
// sign-offs do not allow it, or someone changed it meanwhile), InvalidInput (missing
// reason, unknown system, bad date). Threading: like RegisterService, one per thread.
class WorkflowService {
public:
    explicit WorkflowService(RegisterService &session) : m_session(session) {}

    Result<WorkflowStatus> status(qint64 systemId) const;
    // status() of each of SYSTEMIDS, by id (the one place a status is computed). Up to
    // ReadByKeyUpTo systems are read by key; more are read with every table once, so
    // the board pack and the standing agenda cost a few queries, not a few per system.
    Result<QHash<qint64, WorkflowStatus>> statuses(const QList<qint64> &systemIds) const;
    static constexpr int ReadByKeyUpTo = 16;
    // Every sign-off the system ever received (all cycles), oldest first, each measured
    // against the current content.
    Result<QList<SignOffStatus>> signOffHistory(qint64 systemId) const;
    // The state of every system that has left draft (absent = draft).
    Result<QHash<qint64, WorkflowState>> states() const;
    // What waits for the acting account, oldest first.
    Result<QList<InboxItem>> inbox() const;
    // What the acting account may do to SYSTEMID now. Approve is listed only when every
    // required sign-off is current; reinstate only when the approval still holds.
    Result<AvailableActions> available(qint64 systemId) const;

    Result<WorkflowRecord> submit(qint64 systemId, const QString &reason = QString());
    Result<WorkflowRecord> approve(qint64 systemId, const ReviewDecision &decision);
    Result<WorkflowRecord> requestChanges(qint64 systemId, const QString &reason);
    Result<WorkflowRecord> reject(qint64 systemId, const QString &reason);
    Result<WorkflowRecord> suspend(qint64 systemId, const QString &reason);
    Result<WorkflowRecord> reinstate(qint64 systemId, const QString &reason);
    Result<WorkflowRecord> retire(qint64 systemId, const QString &reason);

    Result<SignOff> sign(qint64 systemId, SignOffKind kind, const SignRequest &request = {});

    // Used by RegisterService::updateSystem inside its transaction: refuses changes to
    // retired systems (Conflict) and returns the stored system when the workflow needs
    // to compare (approved or suspended), nullopt otherwise.
    Result<std::optional<AiSystem>> contentBeforeChange(const AiSystem &changed) const;
    // Records "re-approval required" (audited) when the change from BEFORE to AFTER is
    // the first material departure from the approved content.
    Status noteChange(const AiSystem &before, const AiSystem &after);

private:
    // What one status is computed from.
    struct StatusInput {
        AiSystem system;
        RiskTier tier = RiskTier::Low;
        WorkflowRecord record;
        QList<SignOff> signOffs; // of the record's review cycle
        QList<WorkflowEvent> events;
    };
    Result<StatusInput> inputByKey(qint64 systemId) const;
    Result<QList<StatusInput>> inputsByKey(const QList<qint64> &systemIds) const;
    Result<QList<StatusInput>> inputsFromTables(const QList<qint64> &systemIds) const;

    Result<WorkflowRecord> apply(qint64 systemId, WorkflowAction action, const ReviewDecision &decision);

    RegisterService &m_session;
};

} // namespace charter
