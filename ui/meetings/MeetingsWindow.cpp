#include "MeetingsWindow.h"

#include "AddItemDialog.h"
#include "AgendaModel.h"
#include "DecisionDialog.h"
#include "MeetingListModel.h"
#include "MeetingWriter.h"
#include "NewMeetingDialog.h"
#include "register/RegisterService.h"
#include "storage/SystemRepository.h"
#include "storage/UserRepository.h"
#include "views/MessageBar.h"
#include "views/SystemDetailHtml.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QAction *scopedAction(const QString &text, const QKeySequence &key, QWidget *scope, const QString &name)
{
    auto *action = new QAction(text, scope);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!key.isEmpty())
        action->setToolTip(MeetingsWindow::tr("%1 (%2)").arg(QString(text).remove(u'&'),
                                                                  key.toString(QKeySequence::NativeText)));
    scope->addAction(action);
    return action;
}

} // namespace

MeetingsWindow::MeetingsWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"meetingsWindow"_s);
    setWindowTitle(tr("Review Meetings"));
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"meetingsMessageBar"_s);
    m_messageBar->hide();
    m_writer = new MeetingWriter(this);
    connect(m_writer, &MeetingWriter::busyChanged, this, &MeetingsWindow::savingChanged);

    createActions();

    m_meetingModel = new MeetingListModel(this);
    m_meetingView = new QTableView(this);
    m_meetingView->setObjectName(u"meetingList"_s);
    m_meetingView->setModel(m_meetingModel);
    m_meetingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetingView->verticalHeader()->hide();
    m_meetingView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_meetingView->setWordWrap(false);
    m_meetingView->setTextElideMode(Qt::ElideRight);
    m_meetingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_meetingView->horizontalHeader()->setSectionResizeMode(MeetingListModel::BoardColumn, QHeaderView::Stretch);
    m_meetingView->setColumnHidden(MeetingListModel::AttendeesColumn, true);
    connect(m_meetingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsWindow::meetingChosen);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Meetings</b>"), left));
    leftLayout->addWidget(m_meetingView, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(buttonFor(m_new, left));
    leftButtons->addWidget(buttonFor(m_close, left));
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);

    m_meetingTitle = new QLabel(this);
    m_meetingTitle->setObjectName(u"meetingTitle"_s);
    m_meetingTitle->setTextFormat(Qt::RichText);
    m_saving = new QLabel(tr("<i>Saving…</i>"), this);
    m_saving->setObjectName(u"savingLabel"_s);
    m_saving->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createAgendaPage(), tr("&Agenda"));
    m_tabs->addTab(createMeetingModePage(), tr("Meeting &Mode"));
    m_tabs->addTab(createMinutesPage(), tr("M&inutes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == MinutesTab)
            showMinutes();
        else if (tab == MeetingModeTab)
            showItem();
        updateActions();
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_meetingTitle, 1);
    titleRow->addWidget(m_saving);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    resize(1180, 760);
    updateActions();
}

MeetingsWindow::~MeetingsWindow() = default;

void MeetingsWindow::createActions()
{
    m_new = scopedAction(tr("&New Meeting…"), QKeySequence::New, this, u"newMeetingAction"_s);
    connect(m_new, &QAction::triggered, this, &MeetingsWindow::newMeeting);
    m_close = scopedAction(tr("&Close Meeting…"), {}, this, u"closeMeetingAction"_s);
    connect(m_close, &QAction::triggered, this, &MeetingsWindow::closeMeeting);
}

QWidget *MeetingsWindow::createAgendaPage()
{
    auto *page = new QWidget(this);
    m_agendaModel = new AgendaModel(this);
    connect(m_agendaModel, &AgendaModel::moveRequested, this, &MeetingsWindow::moveItem);
    m_agendaView = new QTableView(page);
    m_agendaView->setObjectName(u"agendaView"_s);
    m_agendaView->setModel(m_agendaModel);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setDragEnabled(true);
    m_agendaView->setAcceptDrops(true);
    m_agendaView->setDropIndicatorShown(true);
    m_agendaView->setDragDropMode(QAbstractItemView::InternalMove);
    m_agendaView->setDefaultDropAction(Qt::MoveAction);
    m_agendaView->setWordWrap(true);
    m_agendaView->verticalHeader()->hide();
    // Rows follow the column widths, so a long reason wraps onto a second line.
    m_agendaView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agendaView->horizontalHeader()->setSectionResizeMode(AgendaModel::KindColumn, QHeaderView::ResizeToContents);
    m_agendaView->horizontalHeader()->setSectionResizeMode(AgendaModel::ReasonColumn, QHeaderView::Stretch);
    m_agendaView->horizontalHeader()->setSectionResizeMode(AgendaModel::PositionColumn,
                                                           QHeaderView::ResizeToContents);
    m_agendaView->setColumnWidth(AgendaModel::TitleColumn, 220);
    m_agendaView->setColumnWidth(AgendaModel::DecisionColumn, 150);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsWindow::updateActions);
    connect(m_agendaView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        setCurrentPosition(index.row() + 1);
        showTab(MeetingModeTab);
    });

    m_moveUp = scopedAction(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), page,
                            u"moveItemUpAction"_s);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrentItem(-1); });
    m_moveDown = scopedAction(tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), page,
                              u"moveItemDownAction"_s);
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrentItem(1); });
    m_remove = scopedAction(tr("&Remove"), QKeySequence::Delete, page, u"removeItemAction"_s);
    connect(m_remove, &QAction::triggered, this, &MeetingsWindow::removeCurrentItem);
    m_add = scopedAction(tr("&Add Item…"), QKeySequence(Qt::CTRL | Qt::Key_Plus), page, u"addItemAction"_s);
    connect(m_add, &QAction::triggered, this, &MeetingsWindow::addItem);
    m_rebuild = scopedAction(tr("Re&build"), QKeySequence(Qt::CTRL | Qt::Key_B), page, u"rebuildAgendaAction"_s);
    m_rebuild->setStatusTip(tr("Build the agenda again from what needs the board now; items added by "
                               "hand and decided items stay"));
    connect(m_rebuild, &QAction::triggered, this, &MeetingsWindow::rebuildAgenda);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_moveUp, m_moveDown, m_remove, m_add, m_rebuild})
        buttons->addWidget(buttonFor(action, page));
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_agendaView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *MeetingsWindow::createMeetingModePage()
{
    auto *page = new QWidget(this);
    m_itemTitle = new QLabel(page);
    m_itemTitle->setObjectName(u"itemTitle"_s);
    m_itemTitle->setTextFormat(Qt::RichText);
    m_itemReason = new QLabel(page);
    m_itemReason->setWordWrap(true);
    m_itemReason->setTextFormat(Qt::PlainText);
    m_itemDecision = new QLabel(page);
    m_itemDecision->setObjectName(u"itemDecision"_s);
    m_itemDecision->setWordWrap(true);
    m_itemDecision->setTextFormat(Qt::RichText);
    m_brief = new QTextBrowser(page);
    m_brief->setObjectName(u"briefView"_s);
    m_brief->setOpenLinks(false);

    m_previous = scopedAction(tr("&Previous Item"), QKeySequence(Qt::ALT | Qt::Key_Left), page,
                              u"previousItemAction"_s);
    connect(m_previous, &QAction::triggered, this, &MeetingsWindow::previousItem);
    m_next = scopedAction(tr("&Next Item"), QKeySequence(Qt::ALT | Qt::Key_Right), page, u"nextItemAction"_s);
    connect(m_next, &QAction::triggered, this, &MeetingsWindow::nextItem);
    m_decide = scopedAction(tr("&Record Decision…"), QKeySequence(Qt::CTRL | Qt::Key_Return), page,
                            u"recordDecisionAction"_s);
    connect(m_decide, &QAction::triggered, this, &MeetingsWindow::recordDecision);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_previous, page));
    buttons->addWidget(buttonFor(m_next, page));
    buttons->addStretch();
    auto *decide = new QPushButton(page);
    decide->setText(m_decide->text());
    decide->setToolTip(m_decide->toolTip());
    decide->setObjectName(u"recordDecisionButton"_s);
    connect(decide, &QPushButton::clicked, m_decide, &QAction::trigger);
    connect(m_decide, &QAction::changed, decide, [this, decide] { decide->setEnabled(m_decide->isEnabled()); });
    buttons->addWidget(decide);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_itemTitle);
    layout->addWidget(m_itemReason);
    layout->addWidget(m_itemDecision);
    layout->addWidget(m_brief, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *MeetingsWindow::createMinutesPage()
{
    auto *page = new QWidget(this);
    m_minutesFormat = new QComboBox(page);
    m_minutesFormat->setObjectName(u"minutesFormat"_s);
    m_minutesFormat->addItem(tr("Markdown"), int(MinutesFormat::Markdown));
    m_minutesFormat->addItem(tr("Plain text"), int(MinutesFormat::PlainText));
    connect(m_minutesFormat, &QComboBox::currentIndexChanged, this, &MeetingsWindow::showMinutes);
    m_minutes = new QTextBrowser(page);
    m_minutes->setObjectName(u"minutesView"_s);
    m_saveMinutes = scopedAction(tr("&Save Minutes As…"), QKeySequence::SaveAs, page, u"saveMinutesAction"_s);
    connect(m_saveMinutes, &QAction::triggered, this, &MeetingsWindow::saveMinutesAs);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Format:"), page));
    top->addWidget(m_minutesFormat);
    top->addStretch();
    top->addWidget(buttonFor(m_saveMinutes, page));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_minutes, 1);
    return page;
}

bool MeetingsWindow::isSaving() const
{
    return m_writer->isBusy();
}

void MeetingsWindow::savingChanged(bool saving)
{
    m_saving->setVisible(saving);
    m_agendaModel->setMovable(!saving && m_meetingId != 0 && m_meeting.isOpen());
    updateActions();
}

void MeetingsWindow::agendaWritten(qint64 meetingId, bool ok, int selectAfter)
{
    // The user may have chosen another meeting meanwhile: that one stays shown.
    if (meetingId == m_meetingId) {
        loadAgenda();
        if (ok && selectAfter > 0)
            selectPosition(qMin(selectAfter, m_agendaModel->rowCount()));
    }
    emit writeFinished(ok);
}

void MeetingsWindow::attach(RegisterService *session)
{
    m_session = session;
    m_meetingId = 0;
    m_messageBar->hideMessage();
    reload();
}

void MeetingsWindow::reload()
{
    const qint64 keep = m_meetingId;
    QList<Meeting> meetings;
    if (m_session) {
        Result<QList<Meeting>> loaded = MeetingService(*m_session).meetings();
        if (!report(loaded.ok() ? Status() : Status(loaded.error())))
            return;
        meetings = *loaded;
    }
    m_meetingModel->setMeetings(meetings);
    // The newest meeting is the one a board works on.
    selectMeeting(keep != 0 && m_meetingModel->rowOf(keep) >= 0 ? keep
                  : meetings.isEmpty()                          ? 0
                                                                : meetings.constLast().id);
}

void MeetingsWindow::selectMeeting(qint64 meetingId)
{
    const int row = m_meetingModel->rowOf(meetingId);
    if (row >= 0) {
        m_meetingView->setCurrentIndex(m_meetingModel->index(row, 0));
        if (m_meetingId == meetingId)
            meetingChosen(); // the same row: read it again
    } else {
        m_meetingView->setCurrentIndex({});
        meetingChosen();
    }
}

void MeetingsWindow::meetingChosen()
{
    const QModelIndex current = m_meetingView->currentIndex();
    const qint64 chosen = current.isValid() ? current.data(MeetingListModel::MeetingIdRole).toLongLong() : 0;
    if (chosen != m_meetingId)
        m_position = 0;
    m_meetingId = chosen;
    m_meeting = chosen ? m_meetingModel->meetings().at(current.row()) : Meeting();
    if (m_meetingId == 0) {
        m_meetingTitle->setText(tr("<i>No meeting chosen. Create one with New Meeting.</i>"));
    } else {
        m_meetingTitle->setText(tr("<b>%1</b> — %2 — %3")
                                    .arg(m_meeting.board.toHtmlEscaped(),
                                         QLocale().toString(m_meeting.date, QLocale::LongFormat),
                                         enumLabel(m_meeting.status)));
    }
    loadAgenda();
}

void MeetingsWindow::loadAgenda()
{
    const int keep = selectedPosition();
    QList<AgendaItem> items;
    QList<MeetingDecision> decisions;
    if (m_session && m_meetingId != 0) {
        MeetingService service(*m_session);
        Result<QList<AgendaItem>> agenda = service.agenda(m_meetingId);
        Result<QList<MeetingDecision>> decided = service.decisions(m_meetingId);
        if (!agenda || !decided) {
            report(!agenda ? Status(agenda.error()) : Status(decided.error()));
        } else {
            items = *agenda;
            decisions = *decided;
        }
    }
    m_agendaModel->setMovable(m_meeting.isOpen() && m_meetingId != 0 && !isSaving());
    m_agendaModel->setAgenda(items, decisions);
    if (keep > 0)
        selectPosition(qMin(keep, int(items.size())));
    if (m_position > items.size() || (m_position == 0 && !items.isEmpty()))
        m_position = items.isEmpty() ? 0 : 1;
    showItem();
    if (m_tabs->currentIndex() == MinutesTab)
        showMinutes();
    updateActions();
}

int MeetingsWindow::selectedPosition() const
{
    const QModelIndex current = m_agendaView->currentIndex();
    return current.isValid() ? current.row() + 1 : 0;
}

void MeetingsWindow::selectPosition(int position)
{
    if (position < 1 || position > m_agendaModel->rowCount())
        return;
    m_agendaView->setCurrentIndex(m_agendaModel->index(position - 1, AgendaModel::TitleColumn));
}

void MeetingsWindow::setCurrentPosition(int position)
{
    if (position < 1 || position > m_agendaModel->rowCount())
        return;
    m_position = position;
    selectPosition(position);
    showItem();
    updateActions();
}

void MeetingsWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

bool MeetingsWindow::report(const Status &status)
{
    if (status) {
        m_messageBar->hideMessage();
        return true;
    }
    m_messageBar->showMessage(status.error().message, MessageBar::Type::Error);
    m_messageBar->show();
    return false;
}

NewMeetingDialog *MeetingsWindow::newMeeting()
{
    if (!m_session || isSaving())
        return nullptr;
    Result<QList<User>> users = UserRepository(m_session->database()).all();
    if (!reportResult(users))
        return nullptr;
    auto *dialog = new NewMeetingDialog(*users, m_session->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setSubmitter([this, dialog](const SubmitDialog::Done &done) {
        const NewMeeting request = dialog->request();
        return m_writer->run<Meeting>(
            *m_session, [request](MeetingService &service) { return service.create(request); },
            [this, done](Result<Meeting> created) {
                done(created ? QString() : created.error().message);
                if (!created) {
                    emit writeFinished(false);
                    return;
                }
                m_meetingId = created->id;
                reload();
                showTab(AgendaTab);
                m_messageBar->showMessage(
                    tr("Meeting created with %n agenda item(s).", nullptr, m_agendaModel->rowCount()),
                    MessageBar::Type::Positive);
                emit meetingCreated(created->id);
                emit writeFinished(true);
            });
    });
    dialog->open();
    return dialog;
}

bool MeetingsWindow::moveCurrentItem(int delta)
{
    const int from = selectedPosition();
    const int to = from + delta;
    if (from < 1 || to < 1 || to > m_agendaModel->rowCount())
        return false;
    return moveItem(from, to);
}

bool MeetingsWindow::moveItem(int from, int to)
{
    if (!m_session || m_meetingId == 0)
        return false;
    const qint64 meetingId = m_meetingId;
    return m_writer->run<bool>(
        *m_session,
        MeetingWriter::status([meetingId, from, to](MeetingService &service) {
            return service.moveItem(meetingId, from, to);
        }),
        [this, meetingId, to](Result<bool> moved) { agendaWritten(meetingId, reportResult(moved), to); });
}

bool MeetingsWindow::removeCurrentItem()
{
    const int position = selectedPosition();
    if (!m_session || m_meetingId == 0 || position < 1)
        return false;
    const qint64 meetingId = m_meetingId;
    return m_writer->run<bool>(
        *m_session,
        MeetingWriter::status([meetingId, position](MeetingService &service) {
            return service.removeItem(meetingId, position);
        }),
        [this, meetingId, position](Result<bool> removed) {
            agendaWritten(meetingId, reportResult(removed), position);
        });
}

AddItemDialog *MeetingsWindow::addItem()
{
    if (!m_session || m_meetingId == 0 || isSaving())
        return nullptr;
    QList<RegistryRow> systems;
    if (Result<QList<RegistryRow>> rows = SystemRepository(m_session->database()).registryRows(); rows)
        systems = *rows;
    auto *dialog = new AddItemDialog(systems, selectedPosition() > 0 ? selectedPosition() + 1 : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const qint64 meetingId = m_meetingId;
    dialog->setSubmitter([this, dialog, meetingId](const SubmitDialog::Done &done) {
        const ManualItem item = dialog->item();
        return m_writer->run<AgendaItem>(
            *m_session, [meetingId, item](MeetingService &service) { return service.addItem(meetingId, item); },
            [this, meetingId, done](Result<AgendaItem> added) {
                done(added ? QString() : added.error().message); // a refusal shows in the dialog
                agendaWritten(meetingId, added.ok(), added ? added->position : 0);
            });
    });
    dialog->open();
    return dialog;
}

bool MeetingsWindow::rebuildAgenda()
{
    if (!m_session || m_meetingId == 0)
        return false;
    const qint64 meetingId = m_meetingId;
    return m_writer->run<QList<AgendaItem>>(
        *m_session, [meetingId](MeetingService &service) { return service.rebuildAgenda(meetingId); },
        [this, meetingId](Result<QList<AgendaItem>> rebuilt) {
            agendaWritten(meetingId, reportResult(rebuilt), 0);
        });
}

void MeetingsWindow::nextItem()
{
    setCurrentPosition(m_position + 1);
}

void MeetingsWindow::previousItem()
{
    setCurrentPosition(m_position - 1);
}

void MeetingsWindow::showItem()
{
    const QList<AgendaItem> &items = m_agendaModel->items();
    if (m_position < 1 || m_position > items.size()) {
        m_itemTitle->setText(m_meetingId ? tr("<i>The agenda is empty.</i>") : QString());
        m_itemReason->clear();
        m_itemDecision->clear();
        m_brief->clear();
        return;
    }
    const AgendaItem &item = items.at(m_position - 1);
    m_itemTitle->setText(tr("<span style='font-size:large'><b>Item %1 of %2: %3</b></span> &nbsp; %4")
                             .arg(m_position)
                             .arg(items.size())
                             .arg(item.title.toHtmlEscaped(), enumLabel(item.kind).toHtmlEscaped()));
    m_itemReason->setText(item.reason);
    if (const MeetingDecision *decision = m_agendaModel->decisionFor(item.id)) {
        QString text = tr("<b>Decided: %1.</b> %2").arg(enumLabel(decision->outcome).toHtmlEscaped(),
                                                         decision->rationale.toHtmlEscaped());
        if (!decision->conditions.isEmpty())
            text += tr(" <b>Conditions:</b> %1").arg(decision->conditions.toHtmlEscaped());
        m_itemDecision->setText(text);
    } else {
        m_itemDecision->setText(tr("<i>No decision recorded yet.</i>"));
    }
    const SystemDetailHtml html(palette(), m_session ? m_session->today() : QDate::currentDate());
    m_brief->document()->setDefaultStyleSheet(html.styleSheet());
    if (item.systemId == 0 || !m_session) {
        m_brief->setHtml(html.message(tr("This item is not about one system.")));
        return;
    }
    Result<SystemDetails> details = m_session->details(item.systemId);
    m_brief->setHtml(details ? html.render(*details) : html.message(details.error().message));
}

QList<std::pair<QString, QString>> MeetingsWindow::boardMembersPresent() const
{
    QList<std::pair<QString, QString>> members;
    if (!m_session)
        return members;
    Result<QList<User>> users = UserRepository(m_session->database()).all();
    if (!users)
        return members;
    for (const User &user : *users) {
        if (user.active && user.roles.has(Role::Board) && m_meeting.attendees.contains(user.login))
            members.append({user.login, user.displayName.isEmpty() ? user.login : user.displayName});
    }
    return members;
}

DecisionDialog *MeetingsWindow::recordDecision()
{
    const QList<AgendaItem> &items = m_agendaModel->items();
    if (!m_session || m_position < 1 || m_position > items.size())
        return nullptr;
    const AgendaItem item = items.at(m_position - 1);
    auto *dialog = new DecisionDialog(m_position, item.title, boardMembersPresent(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const qint64 meetingId = m_meetingId;
    dialog->setSubmitter([this, dialog, meetingId, item](const SubmitDialog::Done &done) {
        const DecisionRequest request = dialog->request();
        return m_writer->run<MeetingDecision>(
            *m_session, [meetingId, request](MeetingService &service) { return service.decide(meetingId, request); },
            [this, meetingId, item, done](Result<MeetingDecision> decided) {
                done(decided ? QString() : decided.error().message); // a refusal shows in the dialog
                if (decided) {
                    if (meetingId == m_meetingId)
                        loadAgenda();
                    m_messageBar->showMessage(tr("Decision recorded on item %1: %2.")
                                                  .arg(item.position)
                                                  .arg(enumLabel(decided->outcome)),
                                              MessageBar::Type::Positive);
                    if (!decided->workflowState.isEmpty() && item.systemId != 0)
                        emit workflowChanged(item.systemId);
                }
                emit writeFinished(decided.ok());
            });
    });
    dialog->open();
    return dialog;
}

bool MeetingsWindow::closeMeeting()
{
    if (!m_session || m_meetingId == 0)
        return false;
    const qint64 meetingId = m_meetingId;
    return m_writer->run<Meeting>(
        *m_session, [meetingId](MeetingService &service) { return service.close(meetingId); },
        [this](Result<Meeting> closed) {
            const bool ok = reportResult(closed);
            reload(); // the list shows the status
            emit writeFinished(ok);
        });
}

void MeetingsWindow::showMinutes()
{
    if (!m_session || m_meetingId == 0) {
        m_minutes->clear();
        return;
    }
    const auto format = MinutesFormat(m_minutesFormat->currentData().toInt());
    Result<QString> minutes = MeetingService(*m_session).minutes(m_meetingId, format);
    if (!minutes) {
        report(Status(minutes.error()));
        m_minutes->clear();
        return;
    }
    if (format == MinutesFormat::Markdown)
        m_minutes->setMarkdown(*minutes);
    else
        m_minutes->setPlainText(*minutes);
}

bool MeetingsWindow::saveMinutesAs()
{
    if (!m_session || m_meetingId == 0)
        return false;
    const auto format = MinutesFormat(m_minutesFormat->currentData().toInt());
    const QString suggested = QDir::home().filePath(
        tr("minutes-%1").arg(m_meeting.date.toString(Qt::ISODate))
        + (format == MinutesFormat::Markdown ? u".md"_s : u".txt"_s));
    const QString path = m_chooseMinutesFile
                             ? m_chooseMinutesFile(this, suggested)
                             : QFileDialog::getSaveFileName(this, tr("Save Minutes"), suggested,
                                                            format == MinutesFormat::Markdown
                                                                ? tr("Markdown (*.md)")
                                                                : tr("Text files (*.txt)"));
    if (path.isEmpty())
        return false;
    Result<QString> minutes = MeetingService(*m_session).minutes(m_meetingId, format);
    if (!report(minutes.ok() ? Status() : Status(minutes.error())))
        return false;
    QSaveFile file(path);
    const QByteArray bytes = minutes->toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        report(makeError(ErrorCode::InvalidInput,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
        return false;
    }
    m_messageBar->showMessage(tr("Minutes saved to %1.").arg(QDir::toNativeSeparators(path)),
                              MessageBar::Type::Positive);
    m_messageBar->show();
    return true;
}

void MeetingsWindow::updateActions()
{
    const bool has = m_session && m_meetingId != 0;
    const bool idle = !isSaving(); // one write at a time
    const bool open = has && m_meeting.isOpen() && idle;
    const int selected = selectedPosition();
    const int count = m_agendaModel->rowCount();
    m_new->setEnabled(m_session != nullptr && idle);
    m_close->setEnabled(open);
    m_moveUp->setEnabled(open && selected > 1);
    m_moveDown->setEnabled(open && selected > 0 && selected < count);
    m_remove->setEnabled(open && selected > 0);
    m_add->setEnabled(open);
    m_rebuild->setEnabled(open);
    m_previous->setEnabled(has && m_position > 1);
    m_next->setEnabled(has && m_position < count);
    bool decided = false;
    if (m_position >= 1 && m_position <= count)
        decided = m_agendaModel->decisionFor(m_agendaModel->items().at(m_position - 1).id) != nullptr;
    m_decide->setEnabled(open && m_position >= 1 && !decided);
    m_saveMinutes->setEnabled(has);
}

} // namespace charter
