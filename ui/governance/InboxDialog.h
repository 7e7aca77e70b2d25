#pragma once

#include "governance/WorkflowService.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace charter {

class InboxModel;
class MessageBar;
class RegisterService;

// "Waiting for me": what the acting account has to do (sign, re-sign a stale sign-off,
// decide, address requested changes, re-review), with the reason and since when.
// Double-click (or Open) shows the system; Act… starts the step the item asks for.
class InboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InboxDialog(QWidget *parent = nullptr);

    // The register in use; nullptr when no database is open. Reloads.
    void attach(RegisterService *service);
    void reload();

    InboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messageBar; }

signals:
    void openSystemRequested(qint64 systemId);
    void actRequested(const charter::InboxItem &item);

private:
    const InboxItem *currentItem() const;

    RegisterService *m_service = nullptr;
    InboxModel *m_model;
    MessageBar *m_messageBar;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace charter
