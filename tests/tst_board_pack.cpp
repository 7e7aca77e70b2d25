// The board pack: built from the demo portfolio and its history, checked by content in
// all three formats (pdftotext finds every agenda system and the tree head, pdftoppm
// pages are not blank, HTML and Markdown hold the same systems), hostile names escaped,
// cancelled packs leave the previous file alone, and charter-cli pack end to end.
#include "audit/MerkleHash.h"
#include "governance/Roles.h"
#include "interchange/DemoPortfolio.h"
#include "meetings/MeetingService.h"
#include "register/DemoHistory.h"
#include "register/RegisterService.h"
#include "reporting/BoardPackBuilder.h"
#include "reporting/BoardPackHtml.h"
#include "reporting/BoardPackMarkdown.h"
#include "reporting/BoardPackMeeting.h"
#include "reporting/BoardPackPdf.h"
#include "reporting/ChartPainter.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
const QString Hostile = u"<script>alert(\"x\")</script> & | *bold* [link](http://evil) `tick` #1"_s;

// Runs PROGRAM; its standard output, or a failure naming what went wrong.
QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return QByteArray();
    }
    return process.readAllStandardOutput();
}

// Whitespace runs as one space, so a name wrapped across lines still matches.
QString squeezed(const QString &text)
{
    return text.simplified();
}

// Standard deviation of the grey levels of IMAGE: 0 for a blank page.
double greySpread(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    double squares = 0;
    const qint64 n = qint64(grey.width()) * grey.height();
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            sum += line[x];
            squares += double(line[x]) * line[x];
        }
    }
    const double mean = sum / double(n);
    return std::sqrt(std::max(0.0, squares / double(n) - mean * mean));
}

} // namespace

class TestBoardPack : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_service;
    BoardPack m_pack;

    QString boardLogin()
    {
        const QList<User> users = UserRepository(*m_db).all().value();
        for (const User &user : users)
            if (user.roles.has(Role::Board))
                return user.login;
        return QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"demo.charter"_s);
        auto db = Database::open(m_dbPath);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_service = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
        m_service->setToday(Today);
        m_service->setNow(QDateTime(Today, QTime(17, 0), Qt::UTC));
        QVERIFY(m_service->initialise().ok());
        PortfolioImportOptions options;
        options.keepIds = true;
        QVERIFY(m_service->importPortfolio(generateDemoPortfolio(60, 1, Today), options).ok());
        QList<qint64> ids;
        for (int i = 1; i <= 60; ++i)
            ids << i;
        Result<DemoHistorySummary> history = DemoHistory::generate(*m_service, ids, 1);
        QVERIFY2(history.ok(), history.ok() ? "" : qPrintable(history.error().message));

        Result<BoardPack> pack = BoardPackBuilder(*m_service).build({});
        QVERIFY2(pack.ok(), pack.ok() ? "" : qPrintable(pack.error().message));
        m_pack = *pack;
    }

    // The standing agenda: what needs the board, each with a reason, one brief each,
    // and the tree head the database records now.
    void standingAgenda()
    {
        QVERIFY(m_pack.agenda.size() >= 5);
        QCOMPARE(m_pack.briefs.size(), m_pack.agenda.size());
        bool inReview = false;
        for (int i = 0; i < m_pack.agenda.size(); ++i) {
            const PackAgendaItem &item = m_pack.agenda[i];
            QVERIFY2(!item.reasons.isEmpty(), qPrintable(item.systemName));
            QVERIFY(item.state != WorkflowState::Retired);
            inReview = inReview || item.state == WorkflowState::InReview;
            QCOMPARE(m_pack.briefs[i].systemId, item.systemId);
            QCOMPARE(m_pack.briefs[i].name, item.systemName);
            QCOMPARE(m_pack.briefs[i].owners.size(), 5);
            if (i > 0)
                QVERIFY(m_pack.agenda[i - 1].tier >= item.tier);
        }
        QVERIFY(inReview);
        const AuditTreeState state = AuditStore(*m_db).treeState().value().value();
        QCOMPARE(m_pack.treeHead.size, state.head.size);
        QCOMPARE(m_pack.treeHead.rootHex, merkleHashToHex(state.head.root));
        QCOMPARE(m_pack.tiles.first().value, 60);
        QCOMPARE(m_pack.charts.size(), 7);
        // A system in review shows what its sign-offs still miss, and its history.
        for (const PackBrief &brief : std::as_const(m_pack.briefs)) {
            if (brief.state == enumLabel(WorkflowState::InReview) && !brief.openSignOffs.isEmpty()) {
                QVERIFY(!brief.history.isEmpty());
                QVERIFY(brief.history.size() <= BoardPackBuilder::MaxHistoryEntries);
                return;
            }
        }
        QFAIL("no brief of a system in review with open sign-offs");
    }

    // Long agendas read each table once; short ones system by system through the
    // services. Both must give the same briefs, on the standing agenda and on one
    // holding every system (drafts, retired, in review, approved).
    void bulkAndPerSystemReadsAgree()
    {
        BoardPackMeeting everything;
        for (qint64 id = 1; id <= 60; ++id)
            everything.agenda.append(PackAgendaItem{id, QString(), RiskTier::Low, WorkflowState::Draft, {u"Review"_s}});
        for (const BoardPackMeeting &meeting : {BoardPackMeeting(), everything}) {
            BoardPackBuilder perSystem(*m_service);
            perSystem.setLoading(BoardPackBuilder::Loading::PerSystem);
            BoardPackBuilder bulk(*m_service);
            bulk.setLoading(BoardPackBuilder::Loading::Bulk);
            Result<BoardPack> one = perSystem.build(meeting);
            Result<BoardPack> all = bulk.build(meeting);
            QVERIFY(one.ok() && all.ok());
            QCOMPARE(all->briefs.size(), one->briefs.size());
            QVERIFY(!one->briefs.isEmpty());
            const QString a = QString::fromUtf8(BoardPackMarkdown::render(*one));
            const QString b = QString::fromUtf8(BoardPackMarkdown::render(*all));
            QCOMPARE(b, a);
        }
    }

    void pdfHoldsEveryAgendaSystemAndTheTreeHead()
    {
        const QString path = m_dir.filePath(u"pack.pdf"_s);
        QVERIFY(BoardPackPdf::write(m_pack, path).ok());
        const QString text = squeezed(QString::fromUtf8(runTool(u"pdftotext"_s, {path, u"-"_s})));
        QVERIFY(!text.isEmpty());
        for (const PackAgendaItem &item : std::as_const(m_pack.agenda))
            QVERIFY2(text.contains(squeezed(item.systemName)), qPrintable(item.systemName));
        QVERIFY(text.contains(m_pack.treeHead.rootHex));
        QVERIFY(text.contains(u"Page 1 of "_s));
        // Cover, summary (two pages of charts at most), agenda, one page per brief at least.
        const QString info = QString::fromUtf8(runTool(u"pdfinfo"_s, {path}));
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() >= 3 + int(m_pack.briefs.size()));
    }

    // Cover, summary, charts, agenda and a brief rendered to images are not blank.
    void pdfPagesAreNotBlank()
    {
        const QString path = m_dir.filePath(u"pages.pdf"_s);
        QVERIFY(BoardPackPdf::write(m_pack, path).ok());
        const QString prefix = m_dir.filePath(u"page"_s);
        runTool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"30"_s, u"-f"_s, u"1"_s, u"-l"_s, u"6"_s, path, prefix});
        const QStringList images = QDir(m_dir.path()).entryList({u"page-*.png"_s}, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), 6);
        for (const QString &name : images) {
            const QImage image(m_dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(greySpread(image) > 8.0, qPrintable(name + u": "_s + QString::number(greySpread(image))));
        }
    }

    void htmlAndMarkdownHoldTheSameContent()
    {
        const QString html = QString::fromUtf8(BoardPackHtml::render(m_pack));
        const QString markdown = QString::fromUtf8(BoardPackMarkdown::render(m_pack));
        for (const PackAgendaItem &item : std::as_const(m_pack.agenda)) {
            QVERIFY2(html.contains(item.systemName.toHtmlEscaped()), qPrintable(item.systemName));
            QString escaped = item.systemName;
            escaped.replace(QRegularExpression(u"([\\\\`*_\\[\\]<>|~&])"_s), u"\\\\1"_s);
            QVERIFY2(markdown.contains(escaped), qPrintable(item.systemName));
        }
        QVERIFY(html.contains(m_pack.treeHead.rootHex));
        QVERIFY(markdown.contains(m_pack.treeHead.rootHex));
        // The charts are embedded: the HTML needs no other file.
        QCOMPARE(html.count(u"data:image/png;base64,"_s), m_pack.charts.size());
        QVERIFY(!html.contains(u"src=\"http"_s));
        QCOMPARE(markdown.count(u"\n## "_s), 3 + m_pack.briefs.size()); // tree head, summary, agenda, briefs
    }

    void hostileNamesAreEscaped()
    {
        BoardPack pack = m_pack;
        pack.title = Hostile;
        pack.agenda = {m_pack.agenda.first()};
        pack.agenda.first().systemName = Hostile;
        pack.briefs = {m_pack.briefs.first()};
        pack.briefs.first().name = Hostile;
        pack.briefs.first().purpose = u"# not a heading\n- not a list"_s;
        const QString html = QString::fromUtf8(BoardPackHtml::render(pack));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; | *bold*"_s));
        const QString markdown = QString::fromUtf8(BoardPackMarkdown::render(pack));
        QVERIFY(!markdown.contains(u"<script>"_s));
        QVERIFY(markdown.contains(u"\\<script\\>alert(\"x\")\\</script\\> \\& \\| \\*bold\\* \\[link\\](http://evil) \\`tick\\` #1"_s));
        QVERIFY(markdown.contains(u"\\# not a heading - not a list"_s));
        // The PDF shows the name as it is.
        const QString path = m_dir.filePath(u"hostile.pdf"_s);
        QVERIFY(BoardPackPdf::write(pack, path).ok());
        const QString text = squeezed(QString::fromUtf8(runTool(u"pdftotext"_s, {path, u"-"_s})));
        QVERIFY2(text.contains(u"<script>alert(\"x\")</script> & | *bold*"_s), qPrintable(text.left(400)));
    }

    // A cancelled pack changes nothing: the earlier file stays as it was.
    void cancelledPackKeepsThePreviousFile()
    {
        const QString path = m_dir.filePath(u"kept.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier pack");
        file.close();
        int calls = 0;
        const ProgressCallback cancelSoon = [&](int, int) { return ++calls < 3; };
        const Status pdf = BoardPackPdf::write(m_pack, path, cancelSoon);
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().message.contains(u"cancelled"_s));
        calls = 0;
        QVERIFY(!BoardPackHtml::write(m_pack, path, cancelSoon).ok());
        calls = 0;
        QVERIFY(!BoardPackMarkdown::write(m_pack, path, cancelSoon).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier pack"));
        QVERIFY(!BoardPackPdf::write(m_pack, m_dir.filePath(u"no/such/dir/pack.pdf"_s)).ok());
    }

    // A meeting's pack: its agenda in its order, its board and attendees, history
    // since the previous meeting.
    void meetingPack()
    {
        const QString login = boardLogin();
        QVERIFY(!login.isEmpty());
        RegisterService board = m_service->actingAs(login);
        MeetingService meetings(board);
        Result<Meeting> meeting = meetings.create(NewMeeting{Today, u"AI governance board"_s, {login}, true});
        QVERIFY2(meeting.ok(), meeting.ok() ? "" : qPrintable(meeting.error().message));
        const QList<AgendaItem> agenda = meetings.agenda(meeting->id).value();
        QVERIFY(!agenda.isEmpty());

        Result<BoardPackMeeting> source = loadBoardPackMeeting(board, meeting->id);
        QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
        Result<BoardPack> pack = BoardPackBuilder(board).build(*source);
        QVERIFY(pack.ok());
        QCOMPARE(pack->board, u"AI governance board"_s);
        QCOMPARE(pack->meetingDate, Today);
        QCOMPARE(pack->attendees.size(), 1);
        QVERIFY(pack->meetingReference.contains(QString::number(meeting->id)));
        // Same systems in the same order as the meeting's agenda.
        QList<qint64> expected;
        for (const AgendaItem &item : agenda)
            if (item.systemId != 0 && !expected.contains(item.systemId))
                expected.append(item.systemId);
        QList<qint64> shown;
        for (const PackBrief &brief : pack->briefs)
            shown.append(brief.systemId);
        QCOMPARE(shown, expected);

        QVERIFY(!loadBoardPackMeeting(board, 9999).ok());
    }

    void chartAxisSteps()
    {
        double max = 0;
        QCOMPARE(niceAxisStep(37, 5, &max), 10.0);
        QCOMPARE(max, 40.0);
        QCOMPARE(niceAxisStep(4, 5, &max), 1.0);
        QCOMPARE(max, 4.0);
        QCOMPARE(niceAxisStep(0, 5, &max), 1.0);
        QCOMPARE(niceAxisStep(1800, 5, &max), 500.0);
        QCOMPARE(max, 2000.0);
    }

    // Every chart draws something inside its rectangle and nothing outside it.
    void chartsStayInsideTheirRectangle()
    {
        for (const PackChart &chart : std::as_const(m_pack.charts)) {
            QImage image(600, 300, QImage::Format_RGB32);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                ChartPainter(painter).paint(chart, QRectF(50, 40, 495, 218));
            }
            QVERIFY2(greySpread(image.copy(50, 40, 495, 218)) > 10, qPrintable(chart.title));
            const QImage outside = image.copy(0, 0, 600, 38);
            QCOMPARE(greySpread(outside), 0.0);
            QCOMPARE(greySpread(image.copy(0, 262, 600, 38)), 0.0);
        }
    }

    void cliWritesEachFormat()
    {
        const QString cli = QStringLiteral(CHARTER_CLI_PATH);
        QVERIFY2(QFile::exists(cli), qPrintable(cli));
        for (const QString &format : {u"pdf"_s, u"html"_s, u"md"_s}) {
            const QString out = m_dir.filePath(u"cli."_s + format);
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"CHARTER_ALLOW_ACTOR_OVERRIDE"_s, u"1"_s);
            env.insert(u"CHARTER_ACTOR"_s, u"root"_s);
            process.setProcessEnvironment(env);
            process.start(cli, {u"--db"_s, m_dbPath, u"pack"_s, u"--format"_s, format, u"--out"_s, out});
            QVERIFY(process.waitForFinished(120'000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QVERIFY(QFile(out).size() > 1000);
            QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"tree head size"_s));
        }
        QProcess bad;
        bad.start(cli, {u"--db"_s, m_dbPath, u"pack"_s, u"--format"_s, u"docx"_s, u"--out"_s, m_dir.filePath(u"x.docx"_s)});
        QVERIFY(bad.waitForFinished(60'000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.docx"_s)));
    }
};

QTEST_MAIN(TestBoardPack)
#include "tst_board_pack.moc"
