#include "GovernanceWorkspace.h"

#include "AuditModel.h"
#include "AuditViewer.h"
#include "InboxDialog.h"
#include "SignOffDialog.h"
#include "UsersDialog.h"
#include "WorkflowActionDialog.h"
#include "domain/Enums.h"
#include "domain/EnumWords.h"
#include "governance/Workflow.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"
#include "tasks/TaskRunner.h"
#include "views/MessageBar.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// The roles that may make ACTION at all (WorkflowService checks the rest).
bool roleMayAct(const Actor &actor, WorkflowAction action)
{
    if (!actor.isActive())
        return false;
    switch (action) {
    case WorkflowAction::Submit:
        return actor.canEditRegister();
    case WorkflowAction::Approve:
    case WorkflowAction::RequestChanges:
    case WorkflowAction::Reject:
    case WorkflowAction::Suspend:
    case WorkflowAction::Reinstate:
    case WorkflowAction::Retire:
        return actor.has(Role::ItReviewer) || actor.has(Role::Board);
    case WorkflowAction::ReapprovalRequired:
        return false;
    }
    return false;
}

bool roleMaySign(const Actor &actor, SignOffKind kind)
{
    if (!actor.isActive())
        return false;
    switch (kind) {
    case SignOffKind::ItReview:
        return actor.has(Role::ItReviewer);
    case SignOffKind::Board:
        return actor.has(Role::Board);
    case SignOffKind::Ownership:
        return actor.personId() != 0; // the accountable owner's account; core checks which
    }
    return false;
}

} // namespace

GovernanceWorkspace::GovernanceWorkspace(QWidget *window, MessageBar *messageBar)
    : QObject(window)
    , m_window(window)
    , m_messageBar(messageBar)
{
    createActions();
    updateActions();
}

GovernanceWorkspace::~GovernanceWorkspace() = default;

void GovernanceWorkspace::createActions()
{
    m_inbox = new QAction(tr("&Waiting for Me…"), this);
    m_inbox->setObjectName(u"inboxAction"_s);
    m_inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_inbox->setStatusTip(tr("What you have to review, sign or acknowledge"));
    connect(m_inbox, &QAction::triggered, this, &GovernanceWorkspace::showInbox);

    m_submit = new QAction(tr("S&ubmit for Review…"), this);
    connect(m_submit, &QAction::triggered, this, &GovernanceWorkspace::submit);
    m_review = new QAction(tr("&Review…"), this);
    m_review->setStatusTip(tr("Approve, request changes or reject the selected system"));
    connect(m_review, &QAction::triggered, this, &GovernanceWorkspace::review);
    for (const EnumEntry<SignOffKind> &entry : enumEntries<SignOffKind>()) {
        const SignOffKind kind = entry.value;
        auto *action = new QAction(tr("Sign as %1…").arg(enumLabel(kind)), this);
        connect(action, &QAction::triggered, this, [this, kind] { sign(kind); });
        m_sign.append(action);
    }
    m_suspend = new QAction(tr("Sus&pend…"), this);
    connect(m_suspend, &QAction::triggered, this, [this] { runStep(int(WorkflowActionDialog::Mode::Suspend)); });
    m_reinstate = new QAction(tr("Rei&nstate…"), this);
    connect(m_reinstate, &QAction::triggered, this, [this] { runStep(int(WorkflowActionDialog::Mode::Reinstate)); });
    m_retire = new QAction(tr("Re&tire…"), this);
    connect(m_retire, &QAction::triggered, this, [this] { runStep(int(WorkflowActionDialog::Mode::Retire)); });

    m_history = new QAction(tr("&History of System…"), this);
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_history->setStatusTip(tr("Every recorded change and workflow step of the selected system, with diffs"));
    connect(m_history, &QAction::triggered, this, &GovernanceWorkspace::showHistory);
    m_audit = new QAction(tr("&Audit Trail…"), this);
    m_audit->setObjectName(u"auditTrailAction"_s);
    m_audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_audit->setStatusTip(tr("The tamper-evident audit trail; verify it and export its tree head"));
    connect(m_audit, &QAction::triggered, this, &GovernanceWorkspace::showAuditTrail);
    m_users = new QAction(tr("Users and R&oles…"), this);
    m_users->setObjectName(u"usersAction"_s);
    m_users->setStatusTip(tr("The accounts of this database and their roles; changes need the admin role"));
    connect(m_users, &QAction::triggered, this, &GovernanceWorkspace::showUsers);
}

QAction *GovernanceWorkspace::signAction(SignOffKind kind) const
{
    return m_sign.value(int(kind));
}

QMenu *GovernanceWorkspace::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Governance"), parent);
    menu->setObjectName(u"governanceMenu"_s);
    menu->addAction(m_inbox);
    menu->addSeparator();
    menu->addAction(m_submit);
    for (QAction *action : std::as_const(m_sign))
        menu->addAction(action);
    menu->addAction(m_review);
    menu->addSeparator();
    menu->addAction(m_suspend);
    menu->addAction(m_reinstate);
    menu->addAction(m_retire);
    menu->addSeparator();
    menu->addAction(m_history);
    menu->addAction(m_audit);
    menu->addSeparator();
    menu->addAction(m_users);
    return menu;
}

void GovernanceWorkspace::attach(RegisterService *service)
{
    m_service = service;
    // The viewers read the session that goes: close them now, not when they next read.
    delete m_auditViewer.data();
    delete m_usersDialog.data();
    for (const QPointer<AuditViewer> &history : std::as_const(m_histories))
        delete history.data();
    m_histories.clear();
    if (m_inboxDialog)
        m_inboxDialog->attach(service);
    m_systemId = 0;
    updateActions();
}

void GovernanceWorkspace::setCurrentSystem(qint64 systemId)
{
    m_systemId = systemId;
    updateActions();
}

void GovernanceWorkspace::updateActions()
{
    m_inbox->setEnabled(m_service != nullptr);
    m_audit->setEnabled(m_service != nullptr);
    m_users->setEnabled(m_service != nullptr);
    const bool system = m_service && m_systemId != 0;
    m_history->setEnabled(system);
    QList<WorkflowAction> allowed;
    WorkflowState state = WorkflowState::Draft;
    if (system) {
        if (Result<WorkflowStatus> status = WorkflowService(*m_service).status(m_systemId); status) {
            state = status->record.state;
            allowed = Workflow::actionsFrom(state);
        }
    }
    const Actor actor = m_service ? m_service->actor() : Actor{};
    const auto enable = [&](QAction *action, WorkflowAction step) {
        action->setEnabled(system && allowed.contains(step) && roleMayAct(actor, step));
    };
    enable(m_submit, WorkflowAction::Submit);
    m_review->setEnabled(system
                         && (allowed.contains(WorkflowAction::Approve) || allowed.contains(WorkflowAction::Reject))
                         && roleMayAct(actor, WorkflowAction::Approve));
    enable(m_suspend, WorkflowAction::Suspend);
    enable(m_reinstate, WorkflowAction::Reinstate);
    enable(m_retire, WorkflowAction::Retire);
    QAction *firstSign = nullptr;
    for (qsizetype i = 0; i < m_sign.size(); ++i) {
        const bool may = system && state == WorkflowState::InReview && roleMaySign(actor, SignOffKind(i));
        m_sign[i]->setEnabled(may);
        m_sign[i]->setShortcut({});
        if (may && !firstSign)
            firstSign = m_sign[i];
    }
    if (firstSign)
        firstSign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

InboxDialog *GovernanceWorkspace::showInbox()
{
    if (!m_service)
        return nullptr;
    if (!m_inboxDialog) {
        m_inboxDialog = new InboxDialog(m_window);
        m_inboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_inboxDialog, &InboxDialog::openSystemRequested, this, &GovernanceWorkspace::openSystemRequested);
        connect(m_inboxDialog, &InboxDialog::actRequested, this, &GovernanceWorkspace::act);
    }
    m_inboxDialog->attach(m_service);
    m_inboxDialog->show();
    m_inboxDialog->raise();
    m_inboxDialog->activateWindow();
    return m_inboxDialog;
}

AuditViewer *GovernanceWorkspace::showAuditTrail()
{
    if (!m_service)
        return nullptr;
    if (!m_auditViewer) {
        m_auditViewer = new AuditViewer(*m_service, m_window);
        m_auditViewer->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditViewer->reload();
    }
    m_auditViewer->show();
    m_auditViewer->raise();
    m_auditViewer->activateWindow();
    return m_auditViewer;
}

UsersDialog *GovernanceWorkspace::showUsers()
{
    if (!m_service)
        return nullptr;
    if (!m_usersDialog) {
        m_usersDialog = new UsersDialog(*m_service, m_window);
        m_usersDialog->setAttribute(Qt::WA_DeleteOnClose);
        // The acting account's roles decide which steps the menu offers.
        connect(m_usersDialog, &UsersDialog::usersChanged, this, [this] {
            if (m_service) {
                if (Status refreshed = m_service->refreshActor(); !refreshed)
                    m_messageBar->showMessage(refreshed.error().message, MessageBar::Type::Error);
            }
            updateActions();
        });
    } else {
        m_usersDialog->reload();
    }
    m_usersDialog->show();
    m_usersDialog->raise();
    m_usersDialog->activateWindow();
    return m_usersDialog;
}

AuditViewer *GovernanceWorkspace::showHistory()
{
    if (!m_service || m_systemId == 0)
        return nullptr;
    Result<WorkflowStatus> status = WorkflowService(*m_service).status(m_systemId);
    auto *viewer = new AuditViewer(*m_service, m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setSystem(m_systemId, status ? status->systemName : QString::number(m_systemId));
    m_histories.removeAll(nullptr);
    m_histories.append(viewer);
    viewer->show();
    return viewer;
}

void GovernanceWorkspace::act(const InboxItem &item)
{
    emit openSystemRequested(item.systemId);
    m_systemId = item.systemId;
    updateActions();
    switch (item.task) {
    case InboxItem::Task::Sign:
    case InboxItem::Task::Resign:
        sign(item.kind);
        break;
    case InboxItem::Task::Decide:
        review();
        break;
    case InboxItem::Task::ReReview:
        if (item.state == WorkflowState::InReview)
            review();
        else
            submit();
        break;
    case InboxItem::Task::AddressChanges:
        m_messageBar->showMessage(tr("Edit the system to address the requested changes, then submit it again."),
                                  MessageBar::Type::Information, {m_submit});
        break;
    }
}

void GovernanceWorkspace::sign(SignOffKind kind)
{
    if (!m_service || m_systemId == 0)
        return;
    SignOffDialog dialog(*m_service, m_systemId, kind, m_window);
    connect(&dialog, &SignOffDialog::signedOff, this, [this](qint64 id) {
        stepDone(id, tr("Sign-off recorded, bound to the content you were shown."));
    });
    dialog.exec();
}

void GovernanceWorkspace::review()
{
    runStep(int(WorkflowActionDialog::Mode::Review));
}

void GovernanceWorkspace::submit()
{
    runStep(int(WorkflowActionDialog::Mode::Submit));
}

void GovernanceWorkspace::runStep(int mode)
{
    if (!m_service || m_systemId == 0)
        return;
    WorkflowActionDialog dialog(*m_service, m_systemId, WorkflowActionDialog::Mode(mode), m_window);
    connect(&dialog, &WorkflowActionDialog::applied, this, [this](qint64 id) {
        Result<WorkflowStatus> status = WorkflowService(*m_service).status(id);
        stepDone(id, status ? tr("%1 is now %2.").arg(status->systemName, enumInSentence(status->record.state))
                            : tr("Recorded."));
    });
    dialog.exec();
}

void GovernanceWorkspace::stepDone(qint64 systemId, const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Type::Positive);
    if (m_inboxDialog)
        m_inboxDialog->reload();
    updateActions();
    emit workflowChanged(systemId);
}

QList<GovernanceWorkspace::Shot> GovernanceWorkspace::screenshotShots()
{
    return {Shot::Inbox, Shot::SignOff, Shot::Audit};
}

QString GovernanceWorkspace::screenshotFileName(Shot shot)
{
    switch (shot) {
    case Shot::Inbox:
        return u"inbox.png"_s;
    case Shot::SignOff:
        return u"signoff.png"_s;
    case Shot::Audit:
        return u"audit.png"_s;
    }
    return QString();
}

QWidget *GovernanceWorkspace::prepareScreenshot(Shot shot)
{
    closeScreenshot();
    if (!m_service)
        return nullptr;
    Result<QList<User>> users = UserRepository(m_service->database()).all();
    if (!users)
        return nullptr;
    WorkflowService workflow(*m_service);
    switch (shot) {
    case Shot::Inbox: {
        QString busiest;
        qsizetype most = 0;
        for (const User &user : *users) {
            RegisterService session = m_service->actingAs(user.login);
            Result<QList<InboxItem>> items = WorkflowService(session).inbox();
            if (items && items->size() > most) {
                most = items->size();
                busiest = user.login;
            }
        }
        if (busiest.isEmpty())
            return nullptr;
        m_shotSession = std::make_unique<RegisterService>(m_service->actingAs(busiest));
        auto *inbox = new InboxDialog(m_window);
        inbox->attach(m_shotSession.get());
        m_shotWidget = inbox;
        break;
    }
    case Shot::SignOff: {
        Result<QHash<qint64, WorkflowState>> states = workflow.states();
        if (!states)
            return nullptr;
        QList<qint64> ids = states->keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            if (states->value(id) != WorkflowState::InReview)
                continue;
            Result<WorkflowStatus> status = workflow.status(id);
            if (!status)
                continue;
            for (const SignOffStatus &given : std::as_const(status->signOffs.signOffs)) {
                if (given.current || m_shotWidget)
                    continue;
                m_shotSession = std::make_unique<RegisterService>(m_service->actingAs(given.signOff.signer));
                m_shotWidget = new SignOffDialog(*m_shotSession, id, given.signOff.kind, m_window);
            }
            if (m_shotWidget)
                break;
        }
        if (!m_shotWidget)
            return nullptr;
        break;
    }
    case Shot::Audit: {
        auto *viewer = new AuditViewer(*m_service, m_window);
        viewer->resize(1180, 720);
        for (int row = 0; row < viewer->model()->rowCount(); ++row) {
            const AuditRecord &record = viewer->model()->record(row);
            if (record.action == u"update"_s && record.entityType == u"system"_s) {
                viewer->table()->selectRow(row);
                break;
            }
        }
        viewer->verify();
        m_shotWidget = viewer;
        break;
    }
    }
    m_shotWidget->show();
    return m_shotWidget;
}

bool GovernanceWorkspace::screenshotBusy() const
{
    auto *viewer = qobject_cast<AuditViewer *>(m_shotWidget.data());
    return viewer && viewer->runner()->isRunning();
}

void GovernanceWorkspace::closeScreenshot()
{
    delete m_shotWidget.data();
    m_shotSession.reset();
}

} // namespace charter
