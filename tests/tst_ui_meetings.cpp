// The Meetings window on a demo register: a meeting is created through its dialog,
// its agenda reordered (buttons and drag), a decision recorded through the decision
// dialog shows in the minutes, and a refused decision (an account without the board
// role) shows the rule's message in the dialog and writes nothing. Writes run on a
// worker: the tests wait for them to end (signals), and check that the window's edit
// actions are off meanwhile and that a refused dialog keeps what the user typed.
#include "DemoSession.h"
#include "meetings/AddItemDialog.h"
#include "meetings/AgendaModel.h"
#include "meetings/DecisionDialog.h"
#include "meetings/MeetingListModel.h"
#include "meetings/MeetingService.h"
#include "meetings/MeetingsWindow.h"
#include "meetings/NewMeetingDialog.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {
const QDate Today(2026, 11, 26);
constexpr int Systems = 40;
} // namespace

class TestUiMeetings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoSession m_demo;
    QString m_board;    // a board member of the demo
    QString m_outsider; // an active account without the board role
    qint64 m_meetingId = 0;


    QList<qint64> agendaIds(RegisterService &session, qint64 meetingId = 0) const
    {
        QList<qint64> ids;
        const QList<AgendaItem> agenda = MeetingService(session).agenda(meetingId ? meetingId : m_meetingId).value();
        for (const AgendaItem &item : agenda)
            ids << item.id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (Status opened = m_demo.open(m_dir.filePath(u"demo.db"_s), Today, Systems); !opened)
            QFAIL(qPrintable(opened.error().message));
        const QList<User> users = UserRepository(m_demo.db()).all().value();
        for (const User &user : users) {
            if (!user.active)
                continue;
            if (user.roles.has(Role::Board) && m_board.isEmpty())
                m_board = user.login;
            if (!user.roles.has(Role::Board) && !user.roles.has(Role::Admin) && user.roles.has(Role::Contributor)
                && m_outsider.isEmpty())
                m_outsider = user.login;
        }
        QVERIFY(!m_board.isEmpty());
        QVERIFY(!m_outsider.isEmpty());
    }

    void createsMeetingThroughDialog()
    {
        RegisterService session = m_demo.as(m_board);
        MeetingsWindow window;
        QAbstractItemModelTester meetingsTester(window.meetingModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agendaTester(window.agendaModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.attach(&session);
        const int before = window.meetingModel()->rowCount();
        QVERIFY(before >= 1); // the demo's past meeting

        QSignalSpy created(&window, &MeetingsWindow::meetingCreated);
        NewMeetingDialog *dialog = window.newMeeting();
        QVERIFY(dialog);
        dialog->setBoard(u"AI governance board"_s);
        const QStringList ticked = dialog->request().attendees; // board members are ticked by default
        QVERIFY(ticked.contains(m_board));
        dialog->accept();
        // The meeting is stored on a worker: the window stays responsive, takes no
        // second write meanwhile and says it is saving.
        QVERIFY(window.isSaving());
        QVERIFY(!window.newMeeting());
        QVERIFY(window.findChild<QWidget *>(u"savingLabel"_s)->isVisibleTo(&window));
        QTRY_COMPARE(created.count(), 1);
        QVERIFY(!window.isSaving());
        m_meetingId = created.first().first().toLongLong();
        QVERIFY2(m_meetingId > 0, qPrintable(window.messageBar()->text()));
        QCOMPARE(window.meetingModel()->rowCount(), before + 1);
        QCOMPARE(window.currentMeeting(), m_meetingId);

        const QList<AgendaItem> agenda = MeetingService(session).agenda(m_meetingId).value();
        QVERIFY2(agenda.size() >= 3, "the demo has systems that need the board");
        QCOMPARE(window.agendaModel()->rowCount(), agenda.size());
        for (int row = 0; row < agenda.size(); ++row) {
            QCOMPARE(window.agendaModel()->index(row, AgendaModel::TitleColumn).data().toString(),
                     agenda.at(row).title);
            QCOMPARE(window.agendaModel()->index(row, AgendaModel::KindColumn).data().toString(),
                     enumLabel(agenda.at(row).kind));
            QCOMPARE(window.agendaModel()->index(row, AgendaModel::ReasonColumn).data().toString(),
                     agenda.at(row).reason);
        }
    }

    void reordersAgenda()
    {
        RegisterService session = m_demo.as(m_board);
        MeetingsWindow window;
        QAbstractItemModelTester agendaTester(window.agendaModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.attach(&session);
        window.selectMeeting(m_meetingId);
        QList<qint64> ids = agendaIds(session);

        // Move Down on the first item: it becomes second.
        window.agendaView()->setCurrentIndex(window.agendaModel()->index(0, AgendaModel::TitleColumn));
        QVERIFY(window.moveDownAction()->isEnabled());
        QVERIFY(!window.moveUpAction()->isEnabled());
        QSignalSpy written(&window, &MeetingsWindow::writeFinished);
        window.moveDownAction()->trigger();
        QVERIFY(!window.moveDownAction()->isEnabled()); // off while the move is stored
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.takeFirst().first().toBool(), true);
        ids.swapItemsAt(0, 1);
        QCOMPARE(agendaIds(session), ids);
        QCOMPARE(window.agendaModel()->index(1, 0).data(AgendaModel::ItemIdRole).toLongLong(),
                 ids.at(1));
        QCOMPARE(window.agendaView()->currentIndex().row(), 1); // the moved item stays selected

        // Dragging the first row below the third moves it to third place.
        QAbstractItemModel *model = window.agendaModel();
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0)}));
        QVERIFY(mime);
        QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.takeFirst().first().toBool(), true);
        ids.move(0, 2);
        QCOMPARE(agendaIds(session), ids);
        QCOMPARE(window.agendaModel()->index(2, 0).data(AgendaModel::ItemIdRole).toLongLong(), ids.at(2));
    }

    void recordsDecisionIntoMinutes()
    {
        RegisterService session = m_demo.as(m_board);
        MeetingsWindow window;
        window.attach(&session);
        window.selectMeeting(m_meetingId);
        window.showTab(MeetingsWindow::MeetingModeTab);
        window.setCurrentPosition(1);
        window.nextAction()->trigger();
        QCOMPARE(window.currentPosition(), 2);
        window.previousAction()->trigger();
        QCOMPARE(window.currentPosition(), 1);
        const AgendaItem first = MeetingService(session).agenda(m_meetingId).value().constFirst();
        if (first.systemId != 0) // the brief is the system's detail page
            QVERIFY(window.briefView()->toPlainText().contains(first.title));

        QVERIFY(window.decideAction()->isEnabled());
        DecisionDialog *dialog = window.recordDecision();
        QVERIFY(dialog);
        QVERIFY(!dialog->recordButton()->isEnabled()); // the rationale is required
        dialog->setOutcome(MeetingOutcome::Defer);
        const QString rationale = u"Waiting for the vendor's audit report"_s;
        dialog->setRationale(rationale);
        QVERIFY(dialog->recordButton()->isEnabled());
        QPointer<DecisionDialog> guard(dialog);
        QSignalSpy written(&window, &MeetingsWindow::writeFinished);
        dialog->accept();
        QVERIFY(!dialog->recordButton()->isEnabled()); // no second submission meanwhile
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toBool(), true);
        QTRY_VERIFY(!guard || !guard->isVisible());

        const QList<MeetingDecision> decisions = MeetingService(session).decisions(m_meetingId).value();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().itemId, first.id);
        QCOMPARE(decisions.first().outcome, MeetingOutcome::Defer);
        QCOMPARE(decisions.first().rationale, rationale);
        QCOMPARE(window.agendaModel()->index(0, AgendaModel::DecisionColumn).data().toString(),
                 enumLabel(MeetingOutcome::Defer));
        QVERIFY(!window.decideAction()->isEnabled()); // decided already

        window.showTab(MeetingsWindow::MinutesTab);
        QVERIFY(window.minutesView()->toPlainText().contains(rationale));

        // Save As writes the minutes shown.
        const QString path = m_dir.filePath(u"minutes.md"_s);
        window.setMinutesFileChooser([path](QWidget *, const QString &) { return path; });
        QVERIFY(window.saveMinutesAs());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(saved.readAll()).contains(rationale));
    }

    void refusedDecisionShowsMessageAndWritesNothing()
    {
        RegisterService session = m_demo.as(m_outsider);
        MeetingsWindow window;
        window.attach(&session);
        window.selectMeeting(m_meetingId);
        window.setCurrentPosition(2);
        const int before = int(MeetingService(session).decisions(m_meetingId).value().size());

        DecisionDialog *dialog = window.recordDecision();
        QVERIFY(dialog);
        dialog->setOutcome(MeetingOutcome::Reject);
        dialog->setRationale(u"Not ours to decide"_s);
        QSignalSpy submitted(dialog, &SubmitDialog::submitted);
        dialog->accept();
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().first().toBool(), false);
        QVERIFY(dialog->isVisible()); // stays open with the refusal
        QVERIFY(!dialog->messageBar()->text().isEmpty());
        QCOMPARE(dialog->messageBar()->type(), MessageBar::Type::Error);
        QCOMPARE(dialog->request().rationale, u"Not ours to decide"_s); // the input is kept
        QCOMPARE(dialog->request().outcome, MeetingOutcome::Reject);
        QVERIFY(dialog->recordButton()->isEnabled()); // and can be sent again
        QCOMPARE(int(MeetingService(session).decisions(m_meetingId).value().size()), before);
        QCOMPARE(window.agendaModel()->index(1, AgendaModel::DecisionColumn).data().toString(),
                 AgendaModel::tr("Not decided"));
        dialog->reject();
    }

    void refusedAgendaChangeShowsInWindow()
    {
        RegisterService session = m_demo.as(m_outsider);
        MeetingsWindow window;
        window.attach(&session);
        window.selectMeeting(m_meetingId);
        const QList<qint64> ids = agendaIds(session);
        window.agendaView()->setCurrentIndex(window.agendaModel()->index(2, 0));
        QSignalSpy written(&window, &MeetingsWindow::writeFinished);
        window.moveUpAction()->trigger();
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toBool(), false);
        QCOMPARE(agendaIds(session), ids);
        QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(!window.messageBar()->text().isEmpty());
        QCOMPARE(window.agendaView()->currentIndex().row(), 2); // the selection stays
        QVERIFY(window.moveUpAction()->isEnabled());
    }

    void addedItemRefusalKeepsInput()
    {
        // The demo's meeting is closed: its agenda takes no more items.
        RegisterService session = m_demo.as(m_board);
        MeetingsWindow window;
        window.attach(&session);
        qint64 closed = 0;
        const QList<Meeting> meetings = MeetingService(session).meetings().value();
        for (const Meeting &meeting : meetings)
            if (!meeting.isOpen())
                closed = meeting.id;
        QVERIFY(closed > 0);
        window.selectMeeting(closed);
        const QList<qint64> ids = agendaIds(session, closed);

        AddItemDialog *dialog = window.addItem();
        QVERIFY(dialog);
        dialog->setTitle(u"Data retention policy"_s);
        dialog->setReason(u"Asked by the DPO"_s);
        QSignalSpy submitted(dialog, &SubmitDialog::submitted);
        dialog->accept();
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().first().toBool(), false);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageBar()->type(), MessageBar::Type::Error);
        QCOMPARE(dialog->item().title, u"Data retention policy"_s);
        QCOMPARE(dialog->item().reason, u"Asked by the DPO"_s);
        QCOMPARE(agendaIds(session, closed), ids);
        dialog->reject();

        // On the open meeting the same item is added after the selected one.
        window.selectMeeting(m_meetingId);
        window.agendaView()->setCurrentIndex(window.agendaModel()->index(0, 0));
        const int before = window.agendaModel()->rowCount();
        dialog = window.addItem();
        QVERIFY(dialog);
        dialog->setTitle(u"Data retention policy"_s);
        QSignalSpy written(&window, &MeetingsWindow::writeFinished);
        dialog->accept();
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toBool(), true);
        QCOMPARE(window.agendaModel()->rowCount(), before + 1);
        QCOMPARE(window.agendaModel()->index(1, AgendaModel::TitleColumn).data().toString(),
                 u"Data retention policy"_s);
        QCOMPARE(window.agendaView()->currentIndex().row(), 1);
    }
};

QTEST_MAIN(TestUiMeetings)
#include "tst_ui_meetings.moc"
