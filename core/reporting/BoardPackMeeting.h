#pragma once

#include "BoardPackBuilder.h"
#include "util/Result.h"

namespace charter {

class RegisterService;

// What the board pack of meeting MEETINGID shows from the meeting itself: date, board,
// attendees (display names), the agenda in its order (one row per system, with every
// reason it is there; items without a system keep their own row), the decisions
// recorded per system and the minutes. History in the briefs starts at the previous
// meeting. InvalidInput when there is no such meeting.
Result<BoardPackMeeting> loadBoardPackMeeting(RegisterService &session, qint64 meetingId);

} // namespace charter
