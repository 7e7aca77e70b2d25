#pragma once

#include "BoardPack.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

class RegisterService;

// The meeting a pack is for. Everything is optional: without a meeting the pack is the
// standing agenda (every system that needs the board today).
struct BoardPackMeeting {
    QString reference;     // "Meeting 4"; empty = standing agenda
    QString title;         // empty = "Board pack"
    QDate date;            // invalid = the session's today
    QString board;
    QStringList attendees;
    QDate previousMeeting; // history in the briefs starts here (else at the last approval)
    // The agenda in order, each with why it is there; empty = the standing agenda.
    QList<PackAgendaItem> agenda;
    QHash<qint64, QStringList> decisions; // recorded decisions per system
    QStringList minutes;
};

// Fills a BoardPack from the register, the workflow, the audit trail and the meeting.
// Reads only (one consistent snapshot); never writes. Threading: like RegisterService.
class BoardPackBuilder {
public:
    explicit BoardPackBuilder(RegisterService &session) : m_session(session) {}

    // What needs the board today: systems in review, approvals that need re-approval,
    // overdue re-reviews, stale sign-offs, ownership gaps, vendor contracts ending
    // within 90 days. Highest risk first, then by name.
    Result<QList<PackAgendaItem>> standingAgenda() const;

    // The whole pack. PROGRESS counts briefs (one per agenda item); returning false
    // stops with an InvalidInput error saying it was cancelled.
    Result<BoardPack> build(const BoardPackMeeting &meeting, const ProgressCallback &progress = {}) const;

    // Briefs show at most this many history entries (the newest) so each fits a page.
    static constexpr int MaxHistoryEntries = 6;

    // How the briefs read the register. Auto reads each table once for all briefs when
    // the agenda holds a quarter of the register or more (a query per system costs more
    // than reading the rest), else system by system. Both give the same pack.
    enum class Loading { Auto, PerSystem, Bulk };
    void setLoading(Loading loading) { m_loading = loading; }

private:
    RegisterService &m_session;
    Loading m_loading = Loading::Auto;
};

} // namespace charter
