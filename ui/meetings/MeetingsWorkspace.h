#pragma once

#include "files/BoardExportJobs.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace charter {

class BoardExportDialog;
class MeetingsWindow;
class MessageBar;
class RegisterService;
class TaskRunner;

// The review meetings and the board's exports, kept out of MainWindow: the Meetings
// window (Governance > Review Meetings…, Ctrl+Shift+M) and File > Export > Board
// Pack…, Decision Register…, Review Calendar…. Exports run on a worker (TaskRunner)
// with progress and Cancel; the result shows in the main window's message bar.
class MeetingsWorkspace : public QObject
{
    Q_OBJECT

public:
    MeetingsWorkspace(QWidget *window, MessageBar *messageBar);
    ~MeetingsWorkspace() override;

    // The register in use and its location (null / empty: none open).
    void attach(RegisterService *service, const QString &location);
    void setToday(const QDate &today) { m_today = today; }

    QAction *meetingsAction() const { return m_meetings; }
    QAction *boardPackAction() const { return m_pack; }
    QAction *decisionRegisterAction() const { return m_register; }
    QAction *calendarAction() const { return m_calendar; }
    // Adds the three export actions to MENU (File > Export).
    void addExportActions(QMenu *menu) const;

    MeetingsWindow *showMeetings();
    // Documentation screenshot (ScreenshotRunner, meeting.png): the Meetings window in
    // meeting mode on the newest meeting's first item. Null when there is no meeting.
    MeetingsWindow *prepareScreenshot();
    // Opens the export dialog of KIND (window-modal; the export starts on OK).
    BoardExportDialog *showExportDialog(BoardExportJobs::Kind kind);
    // Runs REQUEST (its location is filled in) on the worker.
    bool startExport(BoardExportJobs::Request request);
    TaskRunner *runner() const { return m_runner; }

signals:
    void workflowChanged(qint64 systemId);
    void exportFinished(const charter::BoardExportJobs::Outcome &outcome);

private:
    void updateActions();
    void finishExport(const BoardExportJobs::Outcome &outcome);

    QWidget *m_window;
    MessageBar *m_messageBar;
    RegisterService *m_service = nullptr;
    QString m_location;
    QDate m_today = QDate::currentDate();
    QPointer<MeetingsWindow> m_meetingsWindow;
    TaskRunner *m_runner = nullptr;

    QAction *m_meetings = nullptr;
    QAction *m_pack = nullptr;
    QAction *m_register = nullptr;
    QAction *m_calendar = nullptr;
};

} // namespace charter
