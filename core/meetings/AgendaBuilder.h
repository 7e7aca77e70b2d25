#pragma once

#include "Meeting.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace charter {

class RegisterService;

// Builds a meeting's agenda from what needs the board (docs/meetings.md), measured on
// the meeting's date with the session's policy. One item per (reason, system), in
// this order, each kind sorted by system (or vendor) name:
//  1. AwaitingDecision: in review and either every required sign-off is in (ready
//     for the decision) or a board sign-off is still missing;
//  2. TierChange: risk tier differs from the tier the previous meeting saw (its
//     snapshot); before any meeting, from the tier at approval;
//  3. OverdueReview: approved or suspended and the review date or the approval's
//     expiry has passed, or the system's own next-review date has;
//  4. StaleSignOff: in review with a sign-off made stale by a material change, or
//     approved with material changes since the approval;
//  5. NewIncidents / 6. NewOverrides: recorded since the previous meeting's date
//     (before any meeting: the FirstMeetingWindowDays before the meeting);
//  7. OwnershipGap: no accountable owner named;
//  8. ContractEnding: a vendor whose contract ends within ContractWindowDays of the
//     meeting (or has ended) while systems still depend on it; one item per vendor
//     naming those systems (systemId 0, vendorId set).
// Retired systems never appear. Items carry kind, system/vendor id, title (the name)
// and a translated reason with the dates and counts behind it; ids and positions are
// left to the caller (MeetingService stores them). Reads only; one thread.
class AgendaBuilder {
public:
    static constexpr int ContractWindowDays = 90;
    static constexpr int FirstMeetingWindowDays = 90;

    explicit AgendaBuilder(RegisterService &session) : m_session(session) {}

    Result<QList<AgendaItem>> build(const Meeting &meeting) const;

    // The current risk tier of every system that is not retired: what a meeting's tier
    // snapshot stores.
    Result<QHash<qint64, RiskTier>> currentTiers() const;

private:
    RegisterService &m_session;
};

} // namespace charter
