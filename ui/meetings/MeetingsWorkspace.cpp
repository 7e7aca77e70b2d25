#include "MeetingsWorkspace.h"

#include "AgendaModel.h"
#include "MeetingListModel.h"
#include "MeetingsWindow.h"
#include "files/BoardExportDialog.h"
#include "meetings/MeetingService.h"
#include "register/RegisterService.h"
#include "tasks/TaskRunner.h"
#include "views/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charter {

MeetingsWorkspace::MeetingsWorkspace(QWidget *window, MessageBar *messageBar)
    : QObject(window)
    , m_window(window)
    , m_messageBar(messageBar)
    , m_runner(new TaskRunner(window))
{
    m_meetings = new QAction(tr("Review &Meetings…"), this);
    m_meetings->setObjectName(u"meetingsAction"_s);
    m_meetings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_meetings->setStatusTip(tr("Prepare and run the board's review meetings: agenda, decisions, minutes"));
    connect(m_meetings, &QAction::triggered, this, &MeetingsWorkspace::showMeetings);

    m_pack = new QAction(tr("&Board Pack…"), this);
    m_pack->setObjectName(u"exportBoardPackAction"_s);
    m_pack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_pack->setStatusTip(tr("Write a meeting's board pack as PDF, HTML or Markdown"));
    connect(m_pack, &QAction::triggered, this, [this] { showExportDialog(BoardExportJobs::Kind::BoardPack); });
    m_register = new QAction(tr("&Decision Register…"), this);
    m_register->setObjectName(u"exportDecisionRegisterAction"_s);
    m_register->setStatusTip(tr("Write every board decision as CSV or JSON"));
    connect(m_register, &QAction::triggered, this,
            [this] { showExportDialog(BoardExportJobs::Kind::DecisionRegister); });
    m_calendar = new QAction(tr("Review &Calendar (.ics)…"), this);
    m_calendar->setObjectName(u"exportCalendarAction"_s);
    m_calendar->setStatusTip(tr("Write the re-review schedule as a calendar file"));
    connect(m_calendar, &QAction::triggered, this,
            [this] { showExportDialog(BoardExportJobs::Kind::ReviewCalendar); });

    connect(m_runner, &TaskRunner::runningChanged, this, &MeetingsWorkspace::updateActions);
    updateActions();
}

MeetingsWorkspace::~MeetingsWorkspace() = default;

void MeetingsWorkspace::attach(RegisterService *service, const QString &location)
{
    m_service = service;
    m_location = service ? location : QString();
    if (m_meetingsWindow)
        m_meetingsWindow->attach(service);
    updateActions();
}

void MeetingsWorkspace::addExportActions(QMenu *menu) const
{
    menu->addAction(m_pack);
    menu->addAction(m_register);
    menu->addAction(m_calendar);
}

MeetingsWindow *MeetingsWorkspace::showMeetings()
{
    if (!m_service)
        return nullptr;
    if (!m_meetingsWindow) {
        m_meetingsWindow = new MeetingsWindow(m_window);
        m_meetingsWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_meetingsWindow, &MeetingsWindow::workflowChanged, this, &MeetingsWorkspace::workflowChanged);
        m_meetingsWindow->attach(m_service);
    } else {
        m_meetingsWindow->reload();
    }
    m_meetingsWindow->show();
    m_meetingsWindow->raise();
    m_meetingsWindow->activateWindow();
    return m_meetingsWindow;
}

MeetingsWindow *MeetingsWorkspace::prepareScreenshot()
{
    MeetingsWindow *window = showMeetings();
    if (!window || window->meetingModel()->rowCount() == 0)
        return nullptr;
    window->resize(1180, 760);
    window->showTab(MeetingsWindow::MeetingModeTab);
    // A decided item shows the whole walk: the brief and what the board decided.
    int position = 1;
    const QList<AgendaItem> &items = window->agendaModel()->items();
    for (int row = 0; row < items.size(); ++row) {
        if (window->agendaModel()->decisionFor(items.at(row).id)) {
            position = row + 1;
            break;
        }
    }
    window->setCurrentPosition(position);
    return window;
}

BoardExportDialog *MeetingsWorkspace::showExportDialog(BoardExportJobs::Kind kind)
{
    if (!m_service || m_runner->isRunning())
        return nullptr;
    QList<Meeting> meetings;
    if (kind == BoardExportJobs::Kind::BoardPack) {
        if (Result<QList<Meeting>> loaded = MeetingService(*m_service).meetings(); loaded)
            meetings = *loaded;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name;
    switch (kind) {
    case BoardExportJobs::Kind::BoardPack:
        name = tr("board-pack") + u".pdf"_s;
        break;
    case BoardExportJobs::Kind::DecisionRegister:
        name = tr("decision-register") + u".csv"_s;
        break;
    case BoardExportJobs::Kind::ReviewCalendar:
        name = tr("review-calendar") + u".ics"_s;
        break;
    }
    auto *dialog = new BoardExportDialog(kind, meetings, QDir::toNativeSeparators(QDir(dir).filePath(name)), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        BoardExportJobs::Request request;
        request.kind = dialog->kind();
        request.format = dialog->format();
        request.target = QDir::fromNativeSeparators(dialog->filePath());
        request.meetingId = dialog->meetingId();
        request.utf8Bom = dialog->utf8Bom();
        startExport(request);
    });
    dialog->open();
    return dialog;
}

bool MeetingsWorkspace::startExport(BoardExportJobs::Request request)
{
    if (m_location.isEmpty())
        return false;
    request.location = m_location;
    request.today = m_today;
    TaskRunner::Options options;
    options.title = tr("Export");
    options.label = tr("Exporting…");
    return m_runner->run<BoardExportJobs::Outcome>(
        options, [request](TaskControl &control) { return BoardExportJobs::run(request, control); },
        [this](BoardExportJobs::Outcome outcome) { finishExport(outcome); });
}

void MeetingsWorkspace::finishExport(const BoardExportJobs::Outcome &outcome)
{
    const QString file = QDir::toNativeSeparators(outcome.request.target);
    if (outcome.cancelled) {
        m_messageBar->showMessage(tr("Export cancelled; %1 was not written.").arg(file),
                                  MessageBar::Type::Information);
    } else if (outcome.error) {
        m_messageBar->showMessage(outcome.error->message, MessageBar::Type::Error);
    } else {
        QString text;
        switch (outcome.request.kind) {
        case BoardExportJobs::Kind::BoardPack:
            text = tr("Board pack with %n agenda item(s) written to %1.", nullptr, outcome.count).arg(file);
            break;
        case BoardExportJobs::Kind::DecisionRegister:
            text = tr("%n decision(s) written to %1.", nullptr, outcome.count).arg(file);
            break;
        case BoardExportJobs::Kind::ReviewCalendar:
            text = tr("%n scheduled review(s) written to %1.", nullptr, outcome.count).arg(file);
            break;
        }
        m_messageBar->showMessage(text, MessageBar::Type::Positive);
    }
    emit exportFinished(outcome);
}

void MeetingsWorkspace::updateActions()
{
    const bool open = m_service != nullptr;
    const bool idle = !m_runner->isRunning();
    m_meetings->setEnabled(open);
    m_pack->setEnabled(open && idle);
    m_register->setEnabled(open && idle);
    m_calendar->setEnabled(open && idle);
}

} // namespace charter
