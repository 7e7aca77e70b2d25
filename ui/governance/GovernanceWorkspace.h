#pragma once

#include "domain/SignOff.h"
#include "governance/WorkflowService.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace charter {

class AuditViewer;
class InboxDialog;
class MessageBar;
class RegisterService;
class UsersDialog;

// The governance side of the main window, kept out of MainWindow: the inbox, the
// workflow steps on the selected system, its history and the audit trail, and the
// "Governance" menu that drives them:
//   Waiting for Me (Ctrl+Shift+I), Submit for Review…, Review…, Sign as <kind>…
//   (Ctrl+Shift+S: the first kind the account may sign), Suspend…, Reinstate…, Retire…,
//   History (Ctrl+Shift+Y), Audit Trail (Ctrl+Shift+A), Users and Roles… (RolesService
//   refuses changes by non-admins).
// Steps are enabled when the state allows them and the account has a role that may
// make them; WorkflowService checks again (separation of duties too) and a refusal
// shows in the window's message bar with the rule's message.
class GovernanceWorkspace : public QObject
{
    Q_OBJECT

public:
    GovernanceWorkspace(QWidget *window, MessageBar *messageBar);
    ~GovernanceWorkspace() override;

    // The register in use; nullptr when no database is open.
    void attach(RegisterService *service);
    // The system selected in the registry (0: none).
    void setCurrentSystem(qint64 systemId);
    qint64 currentSystem() const { return m_systemId; }

    QMenu *createMenu(QWidget *parent);

    InboxDialog *showInbox();
    AuditViewer *showAuditTrail();
    AuditViewer *showHistory();
    // Users and Roles: open to everyone to read; RolesService refuses changes by non-admins.
    UsersDialog *showUsers();
    // Opens the dialog for a step; the dialogs are window-modal.
    void sign(SignOffKind kind);
    void review();
    void submit();

    QAction *inboxAction() const { return m_inbox; }
    QAction *submitAction() const { return m_submit; }
    QAction *reviewAction() const { return m_review; }
    QAction *signAction(SignOffKind kind) const;
    QAction *suspendAction() const { return m_suspend; }
    QAction *reinstateAction() const { return m_reinstate; }
    QAction *retireAction() const { return m_retire; }
    QAction *historyAction() const { return m_history; }
    QAction *auditAction() const { return m_audit; }
    QAction *usersAction() const { return m_users; }

    // Documentation screenshots (ScreenshotRunner): the inbox of the account with most
    // waiting, a stale sign-off being re-signed, the audit trail after Verify. Returns
    // the window to grab (null when the database has nothing to show);
    // screenshotBusy() is true while it still works (Verify). closeScreenshot() closes it.
    enum class Shot { Inbox, SignOff, Audit };
    static QList<Shot> screenshotShots();
    static QString screenshotFileName(Shot shot); // "inbox.png"
    QWidget *prepareScreenshot(Shot shot);
    bool screenshotBusy() const;
    void closeScreenshot();

signals:
    // A workflow step was recorded: the registry and the detail pane read it again.
    void workflowChanged(qint64 systemId);
    void openSystemRequested(qint64 systemId);

private:
    void createActions();
    void updateActions();
    void act(const InboxItem &item);
    void runStep(int mode);
    void stepDone(qint64 systemId, const QString &message);

    QWidget *m_window;
    MessageBar *m_messageBar;
    RegisterService *m_service = nullptr;
    qint64 m_systemId = 0;
    QPointer<InboxDialog> m_inboxDialog;
    QPointer<AuditViewer> m_auditViewer;
    QPointer<UsersDialog> m_usersDialog;
    QList<QPointer<AuditViewer>> m_histories; // they read the session: closed with it
    std::unique_ptr<RegisterService> m_shotSession; // the account a screenshot acts as
    QPointer<QWidget> m_shotWidget;

    QAction *m_inbox = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_review = nullptr;
    QList<QAction *> m_sign; // in SignOffKind order
    QAction *m_suspend = nullptr;
    QAction *m_reinstate = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_history = nullptr;
    QAction *m_audit = nullptr;
    QAction *m_users = nullptr;
};

} // namespace charter
