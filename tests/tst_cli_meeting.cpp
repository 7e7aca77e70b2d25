// charter-cli's meeting, decisions and calendar verbs end to end: the built executable
// acting as several people (CHARTER_ACTOR with CHARTER_ALLOW_ACTOR_OVERRIDE=1), checked
// for exit codes (DESIGN.md: 0 ok, 1 usage, 2 invalid input, 4 not permitted, 5
// conflict), the agenda it prints, decisions reaching the workflow, and the files the
// exports write.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliMeeting : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_meeting;

    Run cli(const QString &actor, const QStringList &args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        env.remove(u"CHARTER_DB"_s);
        env.insert(u"CHARTER_ACTOR"_s, actor);
        env.insert(u"CHARTER_ALLOW_ACTOR_OVERRIDE"_s, u"1"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CHARTER_CLI_PATH), QStringList{u"--db"_s, m_db} + args);
        if (!process.waitForFinished(300'000))
            qFatal("charter-cli did not finish");
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }

    void expect(const Run &run, int expected, const QByteArray &fragment = {}) const
    {
        QVERIFY2(run.exitCode == expected,
                 qPrintable(u"exit %1, expected %2: %3"_s.arg(run.exitCode).arg(expected).arg(QString::fromUtf8(run.err))));
        if (!fragment.isEmpty())
            QVERIFY2(run.err.contains(fragment), run.err.constData());
    }

    QJsonArray agendaItems() const
    {
        const Run run = cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--format"_s, u"json"_s});
        if (run.exitCode != 0)
            qWarning("agenda failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object()[u"items"_s].toArray();
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"meetings.db"_s);
        expect(cli(u"root"_s, {u"demo"_s, u"--systems"_s, u"8"_s, u"--seed"_s, u"3"_s, u"--no-history"_s}), 0);
        for (const auto &[login, role] : {std::pair{u"bea"_s, u"board"_s}, {u"bob"_s, u"board"_s},
                                           {u"ivan"_s, u"it_reviewer"_s}, {u"carl"_s, u"contributor"_s}})
            expect(cli(u"root"_s, {u"users"_s, u"add"_s, login, u"--role"_s, role}), 0);
    }

    void everyCommandHasHelp()
    {
        for (const QStringList &args : {QStringList{u"meeting"_s, u"--help"_s},
                                        {u"meeting"_s, u"create"_s, u"--help"_s},
                                        {u"meeting"_s, u"agenda"_s, u"--help"_s},
                                        {u"meeting"_s, u"decide"_s, u"--help"_s},
                                        {u"meeting"_s, u"minutes"_s, u"--help"_s},
                                        {u"meeting"_s, u"list"_s, u"--help"_s},
                                        {u"meeting"_s, u"close"_s, u"--help"_s},
                                        {u"decisions"_s, u"--help"_s},
                                        {u"calendar"_s, u"--help"_s}}) {
            const Run run = cli(u"bea"_s, args);
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ')));
            QVERIFY2(run.out.contains("Usage: charter-cli"), run.out.constData());
        }
        QVERIFY(cli(u"bea"_s, {u"meeting"_s, u"decide"_s, u"--help"_s}).out.contains("--outcome"));
        expect(cli(u"bea"_s, {u"meeting"_s, u"adjourn"_s}), 1, "Unknown meeting command");
        expect(cli(u"bea"_s, {u"--help"_s}), 0);
        QVERIFY(cli(u"bea"_s, {u"--help"_s}).out.contains("calendar"));
    }

    void createBuildsAnAgenda()
    {
        expect(cli(u"carl"_s, {u"meeting"_s, u"create"_s, u"--date"_s, u"2026-12-01"_s, u"--board"_s, u"AI board"_s,
                               u"--attendee"_s, u"bea"_s}),
               4, "board or it_reviewer");
        expect(cli(u"ivan"_s, {u"meeting"_s, u"create"_s, u"--date"_s, u"1st of December"_s, u"--board"_s, u"AI board"_s,
                               u"--attendee"_s, u"bea"_s}),
               1, "YYYY-MM-DD");
        expect(cli(u"ivan"_s, {u"meeting"_s, u"create"_s, u"--date"_s, u"2026-12-01"_s, u"--board"_s, u"AI board"_s,
                               u"--attendee"_s, u"ghost"_s}),
               2, "ghost");
        const Run created = cli(u"ivan"_s, {u"meeting"_s, u"create"_s, u"--date"_s, u"2026-12-01"_s, u"--board"_s,
                                            u"AI board"_s, u"--attendee"_s, u"bea,bob"_s, u"--attendee"_s, u"ivan"_s});
        expect(created, 0);
        const QRegularExpressionMatch match =
            QRegularExpression(u"Meeting (\\d+) created"_s).match(QString::fromUtf8(created.out));
        QVERIFY2(match.hasMatch(), created.out.constData());
        m_meeting = match.captured(1);

        const Run list = cli(u"carl"_s, {u"meeting"_s, u"list"_s, u"--format"_s, u"json"_s});
        expect(list, 0);
        const QJsonArray meetings = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings[0].toObject()[u"attendees"_s].toArray(), QJsonArray({u"bea"_s, u"bob"_s, u"ivan"_s}));
        QCOMPARE(meetings[0].toObject()[u"status"_s].toString(), u"open"_s);
        for (const QJsonValue &item : agendaItems())
            QVERIFY(!item.toObject()[u"reason"_s].toString().isEmpty());
    }

    void agendaItemsCanBeAddedMovedAndRemoved()
    {
        const int before = int(agendaItems().size());
        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--add"_s, u"Vendor strategy 2027"_s,
                              u"--reason"_s, u"Asked for by the CFO"_s, u"--at"_s, u"1"_s}), 0);
        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--system"_s, u"1"_s}), 0);
        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--add"_s, u"Scratch"_s}), 0);
        QJsonArray items = agendaItems();
        QCOMPARE(items.size(), before + 3);
        QCOMPARE(items[0].toObject()[u"title"_s].toString(), u"Vendor strategy 2027"_s);
        QCOMPARE(items[0].toObject()[u"manual"_s].toBool(), true);
        QCOMPARE(items[before + 1].toObject()[u"systemId"_s].toInt(), 1);

        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--move"_s, QString::number(before + 2),
                              u"--to"_s, u"1"_s}), 0);
        items = agendaItems();
        QCOMPARE(items[0].toObject()[u"systemId"_s].toInt(), 1);
        QCOMPARE(items[1].toObject()[u"title"_s].toString(), u"Vendor strategy 2027"_s);
        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--remove"_s, QString::number(before + 3)}), 0);
        QCOMPARE(agendaItems().size(), before + 2);
        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--remove"_s, u"99"_s}), 2, "no agenda item 99");
        expect(cli(u"carl"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--remove"_s, u"1"_s}), 4);
        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--move"_s, u"1"_s}), 1, "--to");

        const Run table = cli(u"carl"_s, {u"meeting"_s, u"agenda"_s, m_meeting});
        expect(table, 0);
        QVERIFY2(table.out.contains(" 2. Vendor strategy 2027 [manual]"), table.out.constData());
        QVERIFY(table.out.contains("Asked for by the CFO"));
    }

    void decisionsReachTheWorkflow()
    {
        // System 1 (item 1) goes into review; the board rejects it in the meeting.
        expect(cli(u"carl"_s, {u"submit"_s, u"1"_s}), 0);
        const QStringList reject = {u"meeting"_s, u"decide"_s, m_meeting, u"--item"_s, u"1"_s, u"--outcome"_s,
                                    u"reject"_s, u"--reason"_s, u"No exit plan, \"none\" at all"_s};
        expect(cli(u"carl"_s, reject), 4, "board role");
        expect(cli(u"ivan"_s, reject), 4, "board role");
        expect(cli(u"bea"_s, {u"meeting"_s, u"decide"_s, m_meeting, u"--item"_s, u"1"_s, u"--outcome"_s, u"maybe"_s,
                              u"--reason"_s, u"x"_s}), 1, "approve_with_conditions");
        expect(cli(u"bea"_s, {u"meeting"_s, u"decide"_s, m_meeting, u"--item"_s, u"1"_s, u"--outcome"_s, u"reject"_s}),
               2, "rationale");
        expect(cli(u"bea"_s, reject), 0, "attributed to bea, bob");
        expect(cli(u"bea"_s, reject), 5, "already has a decision");
        const QJsonObject shown = QJsonDocument::fromJson(
            cli(u"bea"_s, {u"show"_s, u"1"_s, u"--format"_s, u"json"_s}).out).object();
        QCOMPARE(shown[u"workflow"_s].toObject()[u"state"_s].toString(), u"rejected"_s);

        expect(cli(u"bob"_s, {u"meeting"_s, u"decide"_s, m_meeting, u"--item"_s, u"2"_s, u"--outcome"_s, u"defer"_s,
                              u"--reason"_s, u"Next quarter"_s, u"--present"_s, u"bob"_s}), 0, "attributed to bob");
        expect(cli(u"bea"_s, {u"meeting"_s, u"agenda"_s, m_meeting, u"--remove"_s, u"1"_s}), 5, "recorded decision");
    }

    void minutesAndClosing()
    {
        expect(cli(u"carl"_s, {u"meeting"_s, u"minutes"_s, m_meeting, u"--out"_s, m_dir.filePath(u"minutes.md"_s)}), 0);
        const QByteArray minutes = readFile(u"minutes.md"_s);
        QVERIFY2(minutes.startsWith("# Minutes: AI board, 2026-12-01"), minutes.constData());
        for (const char *expected : {"**Decision:** Reject", "No exit plan, \"none\" at all", "**Workflow:** now rejected",
                                     "**Decision:** Defer", "Vendor strategy 2027", "provisional"})
            QVERIFY2(minutes.contains(expected), expected);

        expect(cli(u"ivan"_s, {u"meeting"_s, u"close"_s, m_meeting}), 4);
        expect(cli(u"bea"_s, {u"meeting"_s, u"close"_s, m_meeting}), 0);
        expect(cli(u"bea"_s, {u"meeting"_s, u"close"_s, m_meeting}), 5, "closed");
        const Run text = cli(u"carl"_s, {u"meeting"_s, u"minutes"_s, m_meeting, u"--format"_s, u"text"_s});
        expect(text, 0);
        QVERIFY(text.out.contains("Decision: Reject"));
        QVERIFY(!text.out.contains("provisional"));
        expect(cli(u"bea"_s, {u"meeting"_s, u"minutes"_s, u"42"_s}), 2, "no meeting 42");
    }

    void decisionRegisterExports()
    {
        const QString csv = m_dir.filePath(u"decisions.csv"_s);
        expect(cli(u"carl"_s, {u"decisions"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--bom"_s}), 0, "2 decisions");
        const QByteArray bytes = readFile(u"decisions.csv"_s);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "meetingId,meetingDate,board"));
        QCOMPARE(bytes.count("\r\n"), 3);
        QVERIFY(bytes.contains("\"No exit plan, \"\"none\"\" at all\""));

        const Run json = cli(u"carl"_s, {u"decisions"_s, u"--format"_s, u"json"_s});
        expect(json, 0);
        const QJsonArray decisions = QJsonDocument::fromJson(json.out).object()[u"decisions"_s].toArray();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions[0].toObject()[u"outcome"_s].toString(), u"reject"_s);
        expect(cli(u"carl"_s, {u"decisions"_s, u"--format"_s, u"xlsx"_s}), 1);
        expect(cli(u"carl"_s, {u"decisions"_s, u"--format"_s, u"json"_s, u"--bom"_s}), 1);
    }

    void calendarHasOneEventPerScheduledReview()
    {
        expect(cli(u"carl"_s, {u"calendar"_s}), 1, "--out");
        const QString path = m_dir.filePath(u"reviews.ics"_s);
        expect(cli(u"carl"_s, {u"calendar"_s, u"--out"_s, path}), 0);
        const QByteArray ics = readFile(u"reviews.ics"_s);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        // Without approvals, every system with a next-review date in the register is scheduled.
        const QJsonArray rows = QJsonDocument::fromJson(
            cli(u"carl"_s, {u"list"_s, u"--format"_s, u"json"_s}).out).array();
        int scheduled = 0;
        for (const QJsonValue &row : rows)
            if (!row.toObject()[u"next_review"_s].isNull() && row.toObject()[u"lifecycle"_s].toString() != u"retired"_s)
                ++scheduled;
        QCOMPARE(rows.size(), 8);
        QVERIFY(scheduled > 0);
        QCOMPARE(int(ics.count("BEGIN:VEVENT")), scheduled);
        QCOMPARE(int(ics.count("\r\nUID:system-")), scheduled);
    }
};

QTEST_GUILESS_MAIN(TestCliMeeting)
#include "tst_cli_meeting.moc"
