#pragma once

#include "meetings/Meeting.h"
#include "meetings/MeetingService.h"

#include <QDialog>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace charter {

class AddItemDialog;
class AgendaModel;
class DecisionDialog;
class MeetingListModel;
class MeetingWriter;
class MessageBar;
class NewMeetingDialog;
class RegisterService;

// The Meetings window (docs/meetings.md): the review meetings on the left; on the
// right the chosen meeting's agenda (reorder by drag or Move Up/Down, remove, add an
// item by hand, rebuild), meeting mode (walk the agenda item by item with the system's
// brief and record the board's decision) and the minutes (Markdown or plain text,
// Save As). Every write goes through MeetingService as the window's account, on a
// worker (MeetingWriter), so the window never waits for the database: one write at a
// time, the window's edit actions are disabled and it says "Saving…" until the write
// has ended. Refusals (permission, workflow rules) show in the window's message bar, or
// in the dialog that asked (new meeting, added item, decision), which then stays open
// with the user's input. writeFinished() tells when a write has ended.
class MeetingsWindow : public QWidget
{
    Q_OBJECT

public:
    enum Tab { AgendaTab, MeetingModeTab, MinutesTab };

    explicit MeetingsWindow(QWidget *parent = nullptr);
    ~MeetingsWindow() override;

    // The register in use (null: none); reads the meetings again.
    void attach(RegisterService *session);
    void reload();

    // Shows meeting ID (0: none) and its agenda.
    void selectMeeting(qint64 meetingId);
    qint64 currentMeeting() const { return m_meetingId; }
    // 1-based agenda position shown in meeting mode (0: none).
    int currentPosition() const { return m_position; }
    void setCurrentPosition(int position);
    void showTab(Tab tab);

    // "New meeting": opens the dialog (window-modal, not blocking); OK creates the
    // meeting. Null when there is no register or a write runs.
    NewMeetingDialog *newMeeting();
    // Agenda changes; false when nothing started (no selection, a write runs).
    bool moveCurrentItem(int delta);
    bool removeCurrentItem();
    // Opens the add-item dialog (window-modal); OK adds the item after the selected one.
    AddItemDialog *addItem();
    bool rebuildAgenda();
    void nextItem();
    void previousItem();
    // Opens the decision dialog on the item shown in meeting mode (window-modal, not
    // blocking); null when there is nothing to decide.
    DecisionDialog *recordDecision();
    bool closeMeeting();
    // True while a write runs on the worker.
    bool isSaving() const;
    bool saveMinutesAs();

    MeetingListModel *meetingModel() const { return m_meetingModel; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    QTableView *agendaView() const { return m_agendaView; }
    QTextBrowser *briefView() const { return m_brief; }
    QTextBrowser *minutesView() const { return m_minutes; }
    MessageBar *messageBar() const { return m_messageBar; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *decideAction() const { return m_decide; }

    // Replaceable so tests never meet a modal dialog.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    void setMinutesFileChooser(FileChooser chooser) { m_chooseMinutesFile = std::move(chooser); }

signals:
    // A decision changed a system's workflow (the registry reads it again).
    void workflowChanged(qint64 systemId);
    // A write has ended (after the window shows its outcome); OK false: refused.
    void writeFinished(bool ok);
    // A meeting was created (after it is shown).
    void meetingCreated(qint64 meetingId);

private:
    void createActions();
    QWidget *createAgendaPage();
    QWidget *createMeetingModePage();
    QWidget *createMinutesPage();
    void meetingChosen();
    void loadAgenda();
    void showItem();
    void showMinutes();
    void updateActions();
    int selectedPosition() const;
    void selectPosition(int position);
    bool report(const Status &status);
    template <typename T>
    bool reportResult(const Result<T> &result)
    {
        return report(result.ok() ? Status() : Status(result.error()));
    }
    void savingChanged(bool saving);
    void agendaWritten(qint64 meetingId, bool ok, int selectAfter);
    bool moveItem(int from, int to);
    QList<std::pair<QString, QString>> boardMembersPresent() const;

    RegisterService *m_session = nullptr;
    qint64 m_meetingId = 0;
    Meeting m_meeting;
    int m_position = 0;
    FileChooser m_chooseMinutesFile;

    MessageBar *m_messageBar = nullptr;
    MeetingWriter *m_writer = nullptr;
    QLabel *m_saving = nullptr;
    MeetingListModel *m_meetingModel = nullptr;
    QTableView *m_meetingView = nullptr;
    QLabel *m_meetingTitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    QTableView *m_agendaView = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_itemReason = nullptr;
    QLabel *m_itemDecision = nullptr;
    QTextBrowser *m_brief = nullptr;
    QComboBox *m_minutesFormat = nullptr;
    QTextBrowser *m_minutes = nullptr;

    QAction *m_new = nullptr;
    QAction *m_close = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_add = nullptr;
    QAction *m_rebuild = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_decide = nullptr;
    QAction *m_saveMinutes = nullptr;
};

} // namespace charter
