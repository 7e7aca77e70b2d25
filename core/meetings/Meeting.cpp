#include "Meeting.h"

#include "domain/GovernanceJson.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace charter {

#define CHARTER_MEETING_ENUM_TABLE(Type, ...)                                    \
    template <>                                                                  \
    std::span<const EnumEntry<Type>> enumEntries<Type>()                         \
    {                                                                            \
        static constexpr EnumEntry<Type> entries[] = {__VA_ARGS__};              \
        return entries;                                                          \
    }

CHARTER_MEETING_ENUM_TABLE(MeetingStatus,
    {MeetingStatus::Open, "open", QT_TRANSLATE_NOOP("charter::Enums", "Open")},
    {MeetingStatus::Closed, "closed", QT_TRANSLATE_NOOP("charter::Enums", "Closed")})

CHARTER_MEETING_ENUM_TABLE(AgendaItemKind,
    {AgendaItemKind::AwaitingDecision, "awaiting_decision", QT_TRANSLATE_NOOP("charter::Enums", "Waiting for a board decision")},
    {AgendaItemKind::TierChange, "tier_change", QT_TRANSLATE_NOOP("charter::Enums", "Risk tier changed")},
    {AgendaItemKind::OverdueReview, "overdue_review", QT_TRANSLATE_NOOP("charter::Enums", "Re-review overdue")},
    {AgendaItemKind::StaleSignOff, "stale_sign_off", QT_TRANSLATE_NOOP("charter::Enums", "Stale sign-off")},
    {AgendaItemKind::NewIncidents, "new_incidents", QT_TRANSLATE_NOOP("charter::Enums", "New incidents")},
    {AgendaItemKind::NewOverrides, "new_overrides", QT_TRANSLATE_NOOP("charter::Enums", "New overrides")},
    {AgendaItemKind::OwnershipGap, "ownership_gap", QT_TRANSLATE_NOOP("charter::Enums", "No accountable owner")},
    {AgendaItemKind::ContractEnding, "contract_ending", QT_TRANSLATE_NOOP("charter::Enums", "Vendor contract ending")},
    {AgendaItemKind::Manual, "manual", QT_TRANSLATE_NOOP("charter::Enums", "Added by hand")})

CHARTER_MEETING_ENUM_TABLE(MeetingOutcome,
    {MeetingOutcome::ApproveWithConditions, "approve_with_conditions", QT_TRANSLATE_NOOP("charter::Enums", "Approve with conditions")},
    {MeetingOutcome::Approve, "approve", QT_TRANSLATE_NOOP("charter::Enums", "Approve")},
    {MeetingOutcome::Reject, "reject", QT_TRANSLATE_NOOP("charter::Enums", "Reject")},
    {MeetingOutcome::Defer, "defer", QT_TRANSLATE_NOOP("charter::Enums", "Defer")},
    {MeetingOutcome::RequestInformation, "request_information", QT_TRANSLATE_NOOP("charter::Enums", "Request information")})

namespace {

QJsonValue textOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Meeting &meeting)
{
    return QJsonObject{
        {u"id"_s, idOrNull(meeting.id)},
        {u"date"_s, meeting.date.toString(Qt::ISODate)},
        {u"board"_s, meeting.board},
        {u"attendees"_s, QJsonArray::fromStringList(meeting.attendees)},
        {u"status"_s, enumKey(meeting.status)},
        {u"createdBy"_s, meeting.createdBy},
        {u"createdAt"_s, textOrNull(storedTimestamp(meeting.createdAt))},
        {u"closedAt"_s, textOrNull(storedTimestamp(meeting.closedAt))},
    };
}

QJsonObject toJson(const AgendaItem &item)
{
    return QJsonObject{
        {u"id"_s, idOrNull(item.id)},
        {u"meetingId"_s, idOrNull(item.meetingId)},
        {u"position"_s, item.position},
        {u"kind"_s, enumKey(item.kind)},
        {u"systemId"_s, idOrNull(item.systemId)},
        {u"vendorId"_s, idOrNull(item.vendorId)},
        {u"title"_s, item.title},
        {u"reason"_s, item.reason},
        {u"manual"_s, item.manual},
    };
}

QJsonObject toJson(const MeetingDecision &decision)
{
    return QJsonObject{
        {u"id"_s, idOrNull(decision.id)},
        {u"meetingId"_s, idOrNull(decision.meetingId)},
        {u"itemId"_s, idOrNull(decision.itemId)},
        {u"systemId"_s, idOrNull(decision.systemId)},
        {u"outcome"_s, enumKey(decision.outcome)},
        {u"conditions"_s, textOrNull(decision.conditions)},
        {u"rationale"_s, decision.rationale},
        {u"recordedBy"_s, decision.recordedBy},
        {u"boardMembers"_s, QJsonArray::fromStringList(decision.boardMembers)},
        {u"decidedAt"_s, textOrNull(storedTimestamp(decision.decidedAt))},
        {u"workflowState"_s, textOrNull(decision.workflowState)},
    };
}

} // namespace charter
