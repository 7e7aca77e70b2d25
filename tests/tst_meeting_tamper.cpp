// Review meeting rows changed behind Charter's back, with plain SQL as anyone with
// write access to the file or the server could (sqlite3, psql): a meeting, its
// attendees, its agenda items and the board's decisions edited, deleted or inserted.
// verify must name each one like a changed system row: the entity, its id and the
// fields that differ. Meetings kept through Charter (create, rebuild, add, move,
// remove, decide, close) verify clean. Runs on SQLite and, as meeting_tamper_pg, on
// PostgreSQL.
#include "TestBackend.h"

#include "audit/AuditVerifier.h"
#include "meetings/MeetingService.h"
#include "register/DemoRegister.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);

void exec(QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    if (!query.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
}

QString describe(const AuditVerifyReport &report)
{
    QStringList lines;
    for (const AuditFinding &finding : report.findings)
        lines << u"[%1 %2 %3 seq %4] %5"_s.arg(AuditFinding::kindKey(finding.kind), finding.entityType,
                                               finding.entityId)
                     .arg(finding.seq)
                     .arg(finding.message);
    return lines.join(u'\n');
}

template <typename T>
T ok(Result<T> result)
{
    if (!result.ok())
        qFatal("unexpected error: %s", qPrintable(result.error().message));
    return std::move(result).value();
}

// One register with review meetings, all kept through Charter: the demo's closed
// meeting (decisions through the workflow) and an open one whose agenda was rebuilt,
// extended, reordered and trimmed, with a decision recorded.
struct MeetingRegister {
    std::unique_ptr<test::ScratchDatabase> scratch;
    std::unique_ptr<Database> db;
    qint64 closedMeeting = 0;
    qint64 openMeeting = 0;
    qint64 manualItem = 0;   // on the open meeting, no decision
    qint64 decision = 0;     // on the open meeting
    QString board;           // a board member attending the open meeting
    QString outsider;        // an active account not attending it
};

std::unique_ptr<MeetingRegister> buildRegister()
{
    auto reg = std::make_unique<MeetingRegister>();
    reg->scratch = std::make_unique<test::ScratchDatabase>();
    if (!reg->scratch->isValid())
        qFatal("%s", qPrintable(reg->scratch->error()));
    reg->db = ok(Database::open(reg->scratch->location()));
    RegisterService root(*reg->db, WriteContext{u"root"_s, {}});
    root.setToday(Today);
    if (Status status = root.initialise(); !status)
        qFatal("%s", qPrintable(status.error().message));
    PortfolioImportOptions options;
    options.keepIds = true;
    ok(DemoRegister::add(root, 24, 1, options, true));

    QStringList board;
    for (const User &user : ok(UserRepository(*reg->db).all())) {
        if (!user.active)
            continue;
        if (user.roles.has(Role::Board))
            board << user.login;
        else if (reg->outsider.isEmpty())
            reg->outsider = user.login;
    }
    if (board.isEmpty() || reg->outsider.isEmpty())
        qFatal("the demo has no board member or no other account");
    reg->board = board.first();

    RegisterService chair = root.actingAs(reg->board);
    chair.setToday(Today);
    MeetingService meetings(chair);
    for (const Meeting &meeting : ok(meetings.meetings()))
        if (!meeting.isOpen())
            reg->closedMeeting = meeting.id;
    if (reg->closedMeeting == 0)
        qFatal("the demo has no closed meeting");

    const Meeting open = ok(meetings.create(NewMeeting{Today, u"AI governance board"_s, board, true}));
    reg->openMeeting = open.id;
    ok(meetings.rebuildAgenda(open.id));
    reg->manualItem = ok(meetings.addItem(open.id, ManualItem{u"Vendor strategy"_s, u"Asked by the CIO"_s, 0, 1})).id;
    ok(meetings.addItem(open.id, ManualItem{u"Budget for audits"_s, QString(), 0, 0}));
    if (Status moved = meetings.moveItem(open.id, 1, 3); !moved)
        qFatal("%s", qPrintable(moved.error().message));
    const int last = int(ok(meetings.agenda(open.id)).size());
    if (Status removed = meetings.removeItem(open.id, last); !removed)
        qFatal("%s", qPrintable(removed.error().message));
    DecisionRequest request;
    request.position = 1;
    request.outcome = MeetingOutcome::Defer;
    request.rationale = u"Waiting for the vendor's audit report"_s;
    reg->decision = ok(meetings.decide(open.id, request)).id;
    return reg;
}

AuditVerifyReport verify(Database &db)
{
    AuditVerifier verifier(db);
    return ok(verifier.run());
}

const AuditFinding *findingAbout(const AuditVerifyReport &report, const QString &type, const QString &id)
{
    for (const AuditFinding &finding : report.findings) {
        if (finding.entityType == type && finding.entityId == id)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestMeetingTamper : public QObject {
    Q_OBJECT

private slots:
    void meetingsKeptThroughCharterVerify()
    {
        auto reg = buildRegister();
        const AuditVerifyReport report = verify(*reg->db);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        // Meetings, agendas and decisions are among the rows compared.
        const Meeting closed = ok(MeetingRepository(*reg->db).load(reg->closedMeeting));
        QVERIFY(closed.attendees.size() >= 1);
        const qint64 meetingRows = 2 + 2 + qint64(ok(MeetingRepository(*reg->db).decisionRows()).size());
        QVERIFY(report.registryRowsChecked >= meetingRows + 24);

        // The tier snapshot is derived data, like the stored risk columns.
        QSqlDatabase raw = reg->scratch->rawConnection();
        exec(raw, u"UPDATE meeting_tiers SET risk_tier = 'low'"_s);
        const AuditVerifyReport derived = verify(*reg->db);
        QVERIFY2(derived.ok(), qPrintable(describe(derived)));
    }

    void editedMeetingRowsAreNamed_data()
    {
        QTest::addColumn<QString>("statement"); // with {open}, {closed}, {item}, {decision}, {board}, {outsider}
        QTest::addColumn<QString>("entityType");
        QTest::addColumn<QString>("which");     // "open", "closed" or "decision"
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");

        const int changed = int(AuditFinding::Kind::RegistryChanged);
        const int vanished = int(AuditFinding::Kind::RegistryVanished);
        QTest::newRow("board renamed") << u"UPDATE meetings SET board = 'Shadow board' WHERE id = {open}"_s
                                       << u"meeting"_s << u"open"_s << changed << u"board"_s;
        QTest::newRow("date moved") << u"UPDATE meetings SET meeting_date = '2026-01-01' WHERE id = {closed}"_s
                                    << u"meeting"_s << u"closed"_s << changed << u"date"_s;
        QTest::newRow("closed meeting reopened")
            << u"UPDATE meetings SET status = 'open', closed_at = NULL WHERE id = {closed}"_s << u"meeting"_s
            << u"closed"_s << changed << u"status"_s;
        QTest::newRow("attendee added")
            << u"INSERT INTO meeting_attendees (meeting_id, login) VALUES ({open}, '{outsider}')"_s << u"meeting"_s
            << u"open"_s << changed << u"attendees"_s;
        QTest::newRow("attendee removed")
            << u"DELETE FROM meeting_attendees WHERE meeting_id = {open} AND login = '{board}'"_s << u"meeting"_s
            << u"open"_s << changed << u"attendees"_s;
        QTest::newRow("meeting deleted")
            << u"DELETE FROM meetings WHERE id = {closed}"_s << u"meeting"_s << u"closed"_s << vanished << QString();
        QTest::newRow("agenda item retitled")
            << u"UPDATE agenda_items SET title = 'Nothing to see' WHERE id = {item}"_s << u"meeting_agenda"_s
            << u"open"_s << changed << u".title"_s;
        QTest::newRow("agenda reordered")
            << u"UPDATE agenda_items SET position = 100 - position WHERE meeting_id = {open}"_s
            << u"meeting_agenda"_s << u"open"_s << changed << u"items["_s;
        QTest::newRow("agenda item deleted")
            << u"DELETE FROM agenda_items WHERE id = {item}"_s << u"meeting_agenda"_s << u"open"_s << changed
            << u"items"_s;
        QTest::newRow("agenda item inserted")
            << u"INSERT INTO agenda_items (meeting_id, position, kind, title, reason, manual) "
               "VALUES ({closed}, 99, 'manual', 'Slipped in', '', 1)"_s
            << u"meeting_agenda"_s << u"closed"_s << changed << u"items"_s;
        QTest::newRow("decision outcome changed")
            << u"UPDATE meeting_decisions SET outcome = 'approve' WHERE id = {decision}"_s << u"meeting_decision"_s
            << u"decision"_s << changed << u"outcome"_s;
        QTest::newRow("decision rationale changed")
            << u"UPDATE meeting_decisions SET rationale = 'No reason' WHERE id = {decision}"_s << u"meeting_decision"_s
            << u"decision"_s << changed << u"rationale"_s;
        QTest::newRow("decision attributed to others")
            << u"UPDATE meeting_decisions SET board_members = '[\"{outsider}\"]' WHERE id = {decision}"_s
            << u"meeting_decision"_s << u"decision"_s << changed << u"boardMembers"_s;
        QTest::newRow("decision deleted") << u"DELETE FROM meeting_decisions WHERE id = {decision}"_s
                                          << u"meeting_decision"_s << u"decision"_s << vanished << QString();
    }

    void editedMeetingRowsAreNamed()
    {
        QFETCH(QString, statement);
        QFETCH(QString, entityType);
        QFETCH(QString, which);
        QFETCH(int, kind);
        QFETCH(QString, field);
        auto reg = buildRegister();
        QVERIFY2(verify(*reg->db).ok(), "clean before the edit");
        {
            QSqlDatabase raw = reg->scratch->rawConnection();
            statement.replace(u"{open}"_s, QString::number(reg->openMeeting))
                .replace(u"{closed}"_s, QString::number(reg->closedMeeting))
                .replace(u"{item}"_s, QString::number(reg->manualItem))
                .replace(u"{decision}"_s, QString::number(reg->decision))
                .replace(u"{board}"_s, reg->board)
                .replace(u"{outsider}"_s, reg->outsider);
            exec(raw, statement);
        }
        const AuditVerifyReport report = verify(*reg->db);
        const qint64 id = which == u"open"_s ? reg->openMeeting
                          : which == u"closed"_s ? reg->closedMeeting
                                                 : reg->decision;
        const AuditFinding *finding = findingAbout(report, entityType, QString::number(id));
        QVERIFY2(finding, qPrintable(describe(report)));
        QCOMPARE(int(finding->kind), kind);
        QVERIFY(finding->seq > 0); // the entry it was compared with
        if (!field.isEmpty())
            QVERIFY2(finding->message.contains(field), qPrintable(finding->message));
        if (entityType == u"meeting"_s && kind == int(AuditFinding::Kind::RegistryChanged))
            QVERIFY2(finding->message.contains(u"AI governance board"_s) || field == u"board"_s,
                     qPrintable(finding->message));
    }

    void insertedMeetingRowsAreUnaudited()
    {
        auto reg = buildRegister();
        {
            QSqlDatabase raw = reg->scratch->rawConnection();
            exec(raw, u"INSERT INTO meetings (id, meeting_date, board, status, created_by, created_at) "
                      "VALUES (9001, '2026-11-20', 'Shadow board', 'closed', '%1', '2026-11-20T10:00:00.000Z')"_s
                          .arg(reg->board));
            exec(raw, u"INSERT INTO meeting_decisions (id, meeting_id, item_id, outcome, rationale, recorded_by, "
                      "board_members, decided_at) VALUES (9002, %1, %2, 'approve', 'Rubber stamp', '%3', '[]', "
                      "'2026-11-26T10:00:00.000Z')"_s
                          .arg(reg->openMeeting)
                          .arg(reg->manualItem)
                          .arg(reg->board));
        }
        const AuditVerifyReport report = verify(*reg->db);
        const AuditFinding *meeting = findingAbout(report, u"meeting"_s, u"9001"_s);
        QVERIFY2(meeting && meeting->kind == AuditFinding::Kind::RegistryUnaudited, qPrintable(describe(report)));
        QVERIFY2(meeting->message.contains(u"Shadow board"_s), qPrintable(meeting->message));
        // A meeting with no agenda needs no agenda entry: one finding, not two.
        QVERIFY2(!findingAbout(report, u"meeting_agenda"_s, u"9001"_s), qPrintable(describe(report)));
        const AuditFinding *decision = findingAbout(report, u"meeting_decision"_s, u"9002"_s);
        QVERIFY2(decision && decision->kind == AuditFinding::Kind::RegistryUnaudited, qPrintable(describe(report)));
        QCOMPARE(report.findings.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMeetingTamper)
#include "tst_meeting_tamper.moc"
