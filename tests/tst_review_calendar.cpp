// The re-review schedule as iCalendar: RFC 5545 escaping and line folding on their
// own, and a whole file from a real register parsed by a real parser (Python's
// icalendar, Debian's python3-icalendar), one event per scheduled review.
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "interchange/ReviewCalendar.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
const QDateTime Morning(Today, QTime(10, 0), QTimeZone::utc());

// Undoes RFC 5545 folding (CRLF followed by one space or tab).
QByteArray unfold(QByteArray text)
{
    text.replace("\r\n ", "");
    text.replace("\r\n\t", "");
    return text;
}

// A python3 that has Debian's icalendar module; empty when there is none.
QString pythonWithICalendar()
{
    for (const QString &candidate : {u"/usr/bin/python3"_s, u"python3"_s}) {
        QProcess probe;
        probe.start(candidate, {u"-c"_s, u"import icalendar"_s});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return QString();
}

// Parses PATH with icalendar; returns {"events": [{"uid", "start", "summary", "description"}...]}.
const char *ParseScript = R"(
import icalendar, json, sys
with open(sys.argv[1], 'rb') as f:
    cal = icalendar.Calendar.from_ical(f.read())
events = []
for e in cal.walk('VEVENT'):
    events.append({'uid': str(e['UID']), 'start': e.decoded('DTSTART').isoformat(),
                   'summary': str(e['SUMMARY']), 'description': str(e['DESCRIPTION']),
                   'stamp': e.decoded('DTSTAMP').isoformat()})
print(json.dumps({'version': str(cal['VERSION']), 'events': events}))
)";

} // namespace

class TestReviewCalendar : public QObject {
    Q_OBJECT

private slots:
    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"Claims triage"_s << u"Claims triage"_s;
        QTest::newRow("comma") << u"Risk, high"_s << u"Risk\\, high"_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
        QTest::newRow("backslash") << u"C:\\share"_s << u"C:\\\\share"_s;
        QTest::newRow("newline") << u"one\ntwo"_s << u"one\\ntwo"_s;
        QTest::newRow("crlf") << u"one\r\ntwo\rthree"_s << u"one\\ntwo\\nthree"_s;
        QTest::newRow("all") << u"\\;,\n"_s << u"\\\\\\;\\,\\n"_s;
        QTest::newRow("colon stays") << u"Owner: Olga"_s << u"Owner: Olga"_s;
    }

    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ReviewCalendar::escapeText(text), escaped);
    }

    void foldsLongLinesAt75Octets_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("short") << QByteArray("SUMMARY:Re-review");
        QTest::newRow("exactly 75") << (QByteArray("SUMMARY:") + QByteArray(67, 'x'));
        QTest::newRow("76") << (QByteArray("SUMMARY:") + QByteArray(68, 'x'));
        QTest::newRow("long ascii") << (QByteArray("DESCRIPTION:") + QByteArray(400, 'a'));
        // Two-, three- and four-octet characters must never be cut in half.
        QTest::newRow("utf-8") << (QByteArray("SUMMARY:") + QString(120, QChar(0x00E9)).toUtf8());
        QTest::newRow("mixed") << (u"DESCRIPTION:Überprüfung 監査 🤖 "_s.repeated(12)).toUtf8();
    }

    void foldsLongLinesAt75Octets()
    {
        QFETCH(QByteArray, line);
        const QByteArray folded = ReviewCalendar::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            QByteArray physical = lines[i];
            if (i + 1 < lines.size()) {
                QVERIFY(physical.endsWith('\r'));
                physical.chop(1);
            }
            QVERIFY2(physical.size() <= 75, physical.constData());
            if (i > 0)
                QVERIFY(physical.startsWith(' '));
            // Each physical line is valid UTF-8 on its own: no character was split.
            const QString decoded = QString::fromUtf8(physical);
            QVERIFY2(!decoded.contains(QChar::ReplacementCharacter), physical.constData());
        }
        QCOMPARE(lines.size() > 1, line.size() > 75);
        QCOMPARE(unfold(folded), line + "\r\n");
    }

    void aWholeCalendarUsesCrlfAndShortLines()
    {
        ScheduledReview review;
        review.systemId = 7;
        review.systemName = u"Claims triage, EU; \"pilot\" \\ v2"_s;
        review.date = QDate(2027, 1, 15);
        review.tier = RiskTier::High;
        review.owner = u"Olga Petrova"_s;
        review.workflowState = u"Approved"_s;
        review.basis = QString(200, u'b');
        const QByteArray ics = ReviewCalendar::toICalendar({review}, Morning, u"abc.charter"_s);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n")); // no bare LF
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets plus the CR
        const QByteArray text = unfold(ics);
        QVERIFY(text.contains("UID:system-7-review@abc.charter\r\n"));
        QVERIFY(text.contains("DTSTAMP:20261126T100000Z\r\n"));
        QVERIFY(text.contains("DTSTART;VALUE=DATE:20270115\r\n"));
        QVERIFY(text.contains("DTEND;VALUE=DATE:20270116\r\n"));
        QVERIFY2(text.contains("SUMMARY:Re-review: Claims triage\\, EU\\; \"pilot\" \\\\ v2 (high risk)\r\n"), text.constData());
        QVERIFY(text.contains("DESCRIPTION:Risk tier: High\\nAccountable owner: Olga Petrova\\nWorkflow: Approved"));
    }

    void aRealParserReadsOneEventPerScheduledReview()
    {
        const QString python = pythonWithICalendar();
        if (python.isEmpty())
            QFAIL("Python's icalendar module is missing: install python3-icalendar (make deps).");

        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"charter.db"_s));
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(*opened);
        RegisterService root(*db, WriteContext{u"root"_s, {}});
        root.setToday(Today);
        root.setNow(Morning);
        QVERIFY(root.initialise().ok());
        Person owner{0, u"Olga Petrova"_s, u"olga@example.org"_s, {}, {}, {}};
        QVERIFY(db->transaction([&] { return PeopleRepository(*db).insert(owner, WriteContext{u"root"_s, {}}); }).ok());
        RolesService roles(root);
        QVERIFY(roles.addUser(u"alice"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"ivan"_s, {Role::ItReviewer}).ok());
        QVERIFY(roles.addUser(u"olga"_s, {}, u"Olga Petrova"_s, owner.id).ok());

        RegisterService alice = root.actingAs(u"alice"_s);
        auto add = [&](const QString &name, const QDate &nextReview, qint64 ownerId) {
            AiSystem system;
            system.name = name;
            system.ownership.accountableOwnerId = ownerId;
            system.nextReview = nextReview;
            system.data.dataResidency = u"EU"_s;
            system.boundaries = {{u"Claim priority"_s, InfluenceLevel::HumanApproves, u"Always"_s, u"Queue"_s, u"Score"_s}};
            if (Status s = alice.addSystem(system); !s)
                qFatal("%s", qPrintable(s.error().message));
            return system.id;
        };
        add(u"Invoice reader, v2"_s, QDate(2027, 2, 1), owner.id);
        add(u"Route planner; depots"_s, QDate(2026, 12, 5), 0);
        add(u"Unscheduled tool"_s, QDate(), owner.id);
        // Approved today: the medium tier's cadence (12 months) sets its review date.
        const qint64 approved = add(u"Claims triage"_s, QDate(), owner.id);
        QVERIFY(WorkflowService(alice).submit(approved).ok());
        RegisterService ivan = root.actingAs(u"ivan"_s);
        RegisterService olga = root.actingAs(u"olga"_s);
        QVERIFY(WorkflowService(ivan).sign(approved, SignOffKind::ItReview).ok());
        QVERIFY(WorkflowService(olga).sign(approved, SignOffKind::Ownership).ok());
        const Result<WorkflowRecord> approval = WorkflowService(ivan).approve(approved, ReviewDecision{u"Fine."_s, {}, {}});
        QVERIFY2(approval.ok(), qPrintable(approval.ok() ? QString() : approval.error().message));

        const QList<ScheduledReview> schedule = ReviewCalendar::schedule(root).value();
        QCOMPARE(schedule.size(), 3);
        QCOMPARE(schedule[0].systemName, u"Route planner; depots"_s);
        QCOMPARE(schedule[2].systemId, approved);
        QCOMPARE(schedule[2].date, Today.addMonths(root.policy().reviewCadenceMonths(schedule[2].tier)));

        const QString path = dir.filePath(u"reviews.ics"_s);
        QCOMPARE(ReviewCalendar::exportTo(root, path).value(), 3);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray firstExport = written.readAll();

        QProcess parser;
        parser.start(python, {u"-c"_s, QString::fromLatin1(ParseScript), path});
        QVERIFY(parser.waitForFinished(60000));
        QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
        const QJsonObject parsed = QJsonDocument::fromJson(parser.readAllStandardOutput()).object();
        QCOMPARE(parsed[u"version"_s].toString(), u"2.0"_s);
        const QJsonArray events = parsed[u"events"_s].toArray();
        QCOMPARE(events.size(), schedule.size());
        QStringList uids;
        for (int i = 0; i < events.size(); ++i) {
            const QJsonObject event = events[i].toObject();
            QCOMPARE(event[u"start"_s].toString(), schedule[i].date.toString(Qt::ISODate));
            QVERIFY2(event[u"summary"_s].toString().contains(schedule[i].systemName),
                     qPrintable(event[u"summary"_s].toString()));
            QVERIFY(event[u"description"_s].toString().contains(u"Risk tier: "_s));
            QVERIFY(event[u"stamp"_s].toString().startsWith(u"2026-11-26T10:00:00"_s));
            uids << event[u"uid"_s].toString();
        }
        QCOMPARE(events[1].toObject()[u"description"_s].toString().split(u'\n').at(1),
                 u"Accountable owner: Olga Petrova"_s);
        uids.removeDuplicates();
        QCOMPARE(uids.size(), events.size());

        // UIDs are stable: a later export (another day, more systems) keeps them.
        add(u"New system"_s, QDate(2027, 3, 1), owner.id);
        root.setNow(Morning.addDays(3));
        QVERIFY(ReviewCalendar::exportTo(root, path).ok());
        QFile rewritten(path);
        QVERIFY(rewritten.open(QIODevice::ReadOnly));
        const QByteArray secondExport = unfold(rewritten.readAll());
        for (const QString &uid : std::as_const(uids))
            QVERIFY2(secondExport.contains((u"UID:"_s + uid + u"\r\n"_s).toUtf8()), qPrintable(uid));
        QCOMPARE(secondExport.count("BEGIN:VEVENT"), 4);
        QVERIFY(secondExport.contains("DTSTAMP:20261129T100000Z\r\n"));
        QVERIFY(!firstExport.contains("DTSTAMP:20261129T100000Z"));
    }
};

QTEST_GUILESS_MAIN(TestReviewCalendar)
#include "tst_review_calendar.moc"
