// The decision register export: every board decision with its meeting and agenda
// item, as CSV that spreadsheets open cleanly (quoting, formula guard, optional BOM;
// read back with Charter's own RFC 4180 reader) and as JSON, written atomically.
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "interchange/CsvReader.h"
#include "interchange/DecisionRegister.h"
#include "meetings/MeetingService.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
const QDateTime Morning(Today, QTime(10, 0), QTimeZone::utc());

// A hostile rationale: delimiters, quotes, a line break and a formula.
const QString Tricky = u"=HYPERLINK(\"x\"), see \"minutes\";\nsecond line"_s;

QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    CsvReader reader(text, u"decisions.csv"_s, u',');
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record)) {
        QStringList cells;
        for (QStringView field : record.fields)
            cells << field.toString();
        rows << cells;
    }
    if (reader.error())
        qFatal("%s", qPrintable(reader.error()->message));
    return rows;
}

} // namespace

class TestDecisionRegister : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_root;
    qint64 m_system = 0;

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(u"charter.db"_s));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_root = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
        m_root->setToday(Today);
        m_root->setNow(Morning);
        QVERIFY(m_root->initialise().ok());
        Person owner{0, u"Olga Petrova"_s, {}, {}, {}, {}};
        QVERIFY(m_db->transaction([&] { return PeopleRepository(*m_db).insert(owner, WriteContext{u"root"_s, {}}); }).ok());
        RolesService roles(*m_root);
        QVERIFY(roles.addUser(u"alice"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"ivan"_s, {Role::ItReviewer}).ok());
        QVERIFY(roles.addUser(u"bea"_s, {Role::Board}).ok());
        QVERIFY(roles.addUser(u"bob"_s, {Role::Board}).ok());
        QVERIFY(roles.addUser(u"olga"_s, {}, {}, owner.id).ok());

        RegisterService alice = m_root->actingAs(u"alice"_s);
        AiSystem system;
        system.name = u"Claims triage, EU"_s;
        system.ownership.accountableOwnerId = owner.id;
        system.data.dataResidency = u"EU"_s;
        system.boundaries = {{u"Claim priority"_s, InfluenceLevel::HumanApproves, u"Always"_s, u"Queue"_s, u"Score"_s}};
        QVERIFY(alice.addSystem(system).ok());
        m_system = system.id;
        QVERIFY(WorkflowService(alice).submit(m_system).ok());
        RegisterService ivan = m_root->actingAs(u"ivan"_s);
        RegisterService olga = m_root->actingAs(u"olga"_s);
        QVERIFY(WorkflowService(ivan).sign(m_system, SignOffKind::ItReview).ok());
        QVERIFY(WorkflowService(olga).sign(m_system, SignOffKind::Ownership).ok());

        RegisterService bea = m_root->actingAs(u"bea"_s);
        bea.setNow(Morning);
        MeetingService meetings(bea);
        const Meeting meeting =
            meetings.create(NewMeeting{Today, u"AI board"_s, {u"bea"_s, u"bob"_s}, true}).value();
        QVERIFY(meetings.addItem(meeting.id, ManualItem{u"Vendor strategy"_s, {}, 0, 0}).ok());
        const Result<MeetingDecision> approval = meetings.decide(
            meeting.id, DecisionRequest{1, MeetingOutcome::ApproveWithConditions, Tricky, u"Report monthly"_s, {}, {}, false});
        QVERIFY2(approval.ok(), qPrintable(approval.ok() ? QString() : approval.error().message));
        QVERIFY(meetings.decide(meeting.id, DecisionRequest{2, MeetingOutcome::Defer, u"Next quarter"_s, {}, {},
                                                            {u"bob"_s}, false}).ok());
        // A meeting without decisions adds nothing to the register.
        QVERIFY(meetings.create(NewMeeting{Today.addDays(30), u"AI board"_s, {u"bea"_s}, false}).ok());
    }

    void csvRoundTripsThroughAReader()
    {
        const QList<DecisionRegisterRow> rows = DecisionRegister::load(*m_root).value();
        QCOMPARE(rows.size(), 2);
        const QByteArray csv = DecisionRegister::toCsv(rows, false);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));
        const QList<QStringList> records = readCsv(csv);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0], DecisionRegister::csvHeader());
        const QStringList &first = records[1];
        const auto column = [&](const QStringList &row, const QString &name) {
            return row.value(int(DecisionRegister::csvHeader().indexOf(name)));
        };
        QCOMPARE(column(first, u"meetingDate"_s), u"2026-11-26"_s);
        QCOMPARE(column(first, u"board"_s), u"AI board"_s);
        QCOMPARE(column(first, u"subject"_s), u"Claims triage, EU"_s);
        QCOMPARE(column(first, u"systemId"_s), QString::number(m_system));
        QCOMPARE(column(first, u"outcome"_s), u"approve_with_conditions"_s);
        QCOMPARE(column(first, u"conditions"_s), u"Report monthly"_s);
        // The formula is neutralised with a visible apostrophe; everything else survives.
        QCOMPARE(column(first, u"rationale"_s), u"'"_s + Tricky);
        QCOMPARE(column(first, u"boardMembers"_s), u"bea; bob"_s);
        QCOMPARE(column(first, u"recordedBy"_s), u"bea"_s);
        QCOMPARE(column(first, u"workflowState"_s), u"approved"_s);
        const QStringList &second = records[2];
        QCOMPARE(column(second, u"subject"_s), u"Vendor strategy"_s);
        QCOMPARE(column(second, u"itemKind"_s), u"manual"_s);
        QCOMPARE(column(second, u"systemId"_s), QString());
        QCOMPARE(column(second, u"boardMembers"_s), u"bob"_s);
        QCOMPARE(column(second, u"workflowState"_s), QString());
    }

    void bomIsOptional()
    {
        const QList<DecisionRegisterRow> rows = DecisionRegister::load(*m_root).value();
        const QByteArray withBom = DecisionRegister::toCsv(rows, true);
        QVERIFY(withBom.startsWith("\xEF\xBB\xBF" "meetingId,"));
        QCOMPARE(withBom.mid(3), DecisionRegister::toCsv(rows, false));
    }

    void jsonCarriesMeetingItemAndDecision()
    {
        const QString path = m_dir.filePath(u"decisions.json"_s);
        QCOMPARE(DecisionRegister::exportTo(*m_root, path, DecisionRegister::Format::Json, false).value(), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray decisions = document.object()[u"decisions"_s].toArray();
        QCOMPARE(decisions.size(), 2);
        const QJsonObject first = decisions[0].toObject();
        QCOMPARE(first[u"rationale"_s].toString(), Tricky); // JSON needs no guard
        QCOMPARE(first[u"outcome"_s].toString(), u"approve_with_conditions"_s);
        QCOMPARE(first[u"boardMembers"_s].toArray().size(), 2);
        QCOMPARE(first[u"meeting"_s].toObject()[u"board"_s].toString(), u"AI board"_s);
        QCOMPARE(first[u"item"_s].toObject()[u"title"_s].toString(), u"Claims triage, EU"_s);
        QCOMPARE(first[u"item"_s].toObject()[u"kind"_s].toString(), u"awaiting_decision"_s);
        QVERIFY(decisions[1].toObject()[u"systemId"_s].isNull());
    }

    void anUnwritablePathIsAClearErrorAndWritesNothing()
    {
        const QString path = m_dir.filePath(u"missing-folder/decisions.csv"_s);
        const Result<int> result = DecisionRegister::exportTo(*m_root, path, DecisionRegister::Format::Csv, true);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDecisionRegister)
#include "tst_decision_register.moc"
