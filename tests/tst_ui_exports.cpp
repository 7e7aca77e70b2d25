// File > Export > Board Pack…, Decision Register… and Review Calendar… on a demo
// register with a recorded meeting: each writes a valid file through its dialog on a
// worker (the window keeps running), and a cancelled export leaves the old file alone.
#include "DemoSession.h"
#include "files/BoardExportDialog.h"
#include "files/BoardExportJobs.h"
#include "interchange/DecisionRegister.h"
#include "interchange/ReviewCalendar.h"
#include "meetings/MeetingService.h"
#include "meetings/MeetingsWorkspace.h"
#include "register/RegisterService.h"
#include "tasks/TaskRunner.h"
#include "views/MessageBar.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

Q_DECLARE_METATYPE(charter::BoardExportJobs::Outcome)

namespace {
const QDate Today(2026, 11, 26);
constexpr int Systems = 30;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestUiExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_location;
    test::DemoSession m_demo;
    std::unique_ptr<QWidget> m_window;
    MessageBar *m_bar = nullptr;
    MeetingsWorkspace *m_workspace = nullptr;
    qint64 m_meetingId = 0;

    // Runs the dialog of KIND as the user would: set it up, press Export, wait for the worker.
    BoardExportJobs::Outcome exportThroughDialog(BoardExportJobs::Kind kind,
                                                 const std::function<void(BoardExportDialog &)> &setUp)
    {
        QSignalSpy finished(m_workspace, &MeetingsWorkspace::exportFinished);
        BoardExportDialog *dialog = m_workspace->showExportDialog(kind);
        if (!dialog)
            return {};
        setUp(*dialog);
        dialog->accept();
        if (!finished.wait(60000))
            return {};
        return finished.constFirst().constFirst().value<BoardExportJobs::Outcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<BoardExportJobs::Outcome>();
        QVERIFY(m_dir.isValid());
        m_location = m_dir.filePath(u"demo.db"_s);
        if (Status opened = m_demo.open(m_location, Today, Systems); !opened)
            QFAIL(qPrintable(opened.error().message));
        const QList<Meeting> meetings = MeetingService(m_demo.root()).meetings().value();
        QVERIFY2(!meetings.isEmpty(), "the demo history records a meeting");
        m_meetingId = meetings.constLast().id;
        QVERIFY(!MeetingService(m_demo.root()).decisions(m_meetingId).value().isEmpty());

        m_window = std::make_unique<QWidget>();
        m_bar = new MessageBar(m_window.get());
        m_workspace = new MeetingsWorkspace(m_window.get(), m_bar);
        m_workspace->setToday(Today);
        QVERIFY(!m_workspace->boardPackAction()->isEnabled()); // no register yet
        m_workspace->attach(&m_demo.root(), m_location);
        QVERIFY(m_workspace->boardPackAction()->isEnabled());
        QVERIFY(m_workspace->decisionRegisterAction()->isEnabled());
        QVERIFY(m_workspace->calendarAction()->isEnabled());
    }

    void boardPack_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("pdf") << int(BoardExportJobs::Format::Pdf) << u"pack.pdf"_s;
        QTest::newRow("html") << int(BoardExportJobs::Format::Html) << u"pack.html"_s;
        QTest::newRow("md") << int(BoardExportJobs::Format::Markdown) << u"pack.md"_s;
    }

    void boardPack()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        const BoardExportJobs::Outcome outcome
            = exportThroughDialog(BoardExportJobs::Kind::BoardPack, [&](BoardExportDialog &dialog) {
                  QCOMPARE(dialog.meetingId(), m_meetingId); // the newest meeting is offered first
                  dialog.setFormat(BoardExportJobs::Format(format));
                  dialog.setFilePath(path);
              });
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.request.target, path);
        QVERIFY(outcome.count > 0);
        const QByteArray bytes = readAll(path);
        const QString agendaTitle = MeetingService(m_demo.root()).agenda(m_meetingId).value().constFirst().title;
        switch (BoardExportJobs::Format(format)) {
        case BoardExportJobs::Format::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            break;
        case BoardExportJobs::Format::Html:
            QVERIFY(bytes.contains("<html"));
            QVERIFY(QString::fromUtf8(bytes).contains(agendaTitle.toHtmlEscaped()));
            break;
        default:
            QVERIFY(QString::fromUtf8(bytes).contains(agendaTitle));
            break;
        }
        QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    }

    void decisionRegisterCsvWithBom()
    {
        const QString path = m_dir.filePath(u"decisions.csv"_s);
        const BoardExportJobs::Outcome outcome
            = exportThroughDialog(BoardExportJobs::Kind::DecisionRegister, [&](BoardExportDialog &dialog) {
                  dialog.setFormat(BoardExportJobs::Format::Csv);
                  dialog.setUtf8Bom(true);
                  dialog.setFilePath(path);
              });
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
        const int decisions = int(MeetingService(m_demo.root()).allDecisions().value().size());
        QCOMPARE(outcome.count, decisions);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
        QCOMPARE(QString::fromUtf8(lines.constFirst()).trimmed(), DecisionRegister::csvHeader().join(u','));
        QVERIFY(lines.size() >= decisions + 1);
    }

    void decisionRegisterJson()
    {
        const QString path = m_dir.filePath(u"decisions.json"_s);
        const BoardExportJobs::Outcome outcome
            = exportThroughDialog(BoardExportJobs::Kind::DecisionRegister, [&](BoardExportDialog &dialog) {
                  dialog.setFormat(BoardExportJobs::Format::Json);
                  dialog.setFilePath(path);
              });
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(u"decisions"_s).toArray().size(),
                 MeetingService(m_demo.root()).allDecisions().value().size());
    }

    void reviewCalendar()
    {
        const QString path = m_dir.filePath(u"reviews.ics"_s);
        const BoardExportJobs::Outcome outcome
            = exportThroughDialog(BoardExportJobs::Kind::ReviewCalendar,
                                  [&](BoardExportDialog &dialog) { dialog.setFilePath(path); });
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        const int events = int(ReviewCalendar::schedule(m_demo.root()).value().size());
        QVERIFY(events > 0);
        QCOMPARE(int(bytes.count("BEGIN:VEVENT")), events);
        QCOMPARE(outcome.count, events);
    }

    void cancelledPackLeavesOldFile()
    {
        const QString path = m_dir.filePath(u"kept.pdf"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old pack");
        }
        // Cancel as soon as the work reports progress, as the Cancel button would.
        m_workspace->runner()->setProbe([](TaskControl &control, int, int) { control.cancel(); });
        const BoardExportJobs::Outcome outcome
            = exportThroughDialog(BoardExportJobs::Kind::BoardPack, [&](BoardExportDialog &dialog) {
                  dialog.setFormat(BoardExportJobs::Format::Pdf);
                  dialog.setFilePath(path);
              });
        m_workspace->runner()->setProbe({});
        QVERIFY(outcome.cancelled);
        QCOMPARE(readAll(path), QByteArray("old pack"));
        QCOMPARE(m_bar->type(), MessageBar::Type::Information);
    }

    void cleanupTestCase()
    {
        m_workspace->attach(nullptr, QString());
        m_window.reset();
    }
};

QTEST_MAIN(TestUiExports)
#include "tst_ui_exports.moc"
