#include "InboxDialog.h"

#include "InboxModel.h"
#include "register/RegisterService.h"
#include "views/MessageBar.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

InboxDialog::InboxDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new InboxModel(this))
    , m_messageBar(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"inboxDialog"_s);
    setWindowTitle(tr("Waiting for Me"));
    m_summary->setObjectName(u"inboxSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"inboxTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::TaskColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openSystemRequested(m_model->item(index.row()).systemId);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open System"), QDialogButtonBox::ActionRole);
    QPushButton *act = buttons->addButton(tr("&Act…"), QDialogButtonBox::ActionRole);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    act->setObjectName(u"inboxAct"_s);
    act->setToolTip(tr("Sign, decide or resubmit, as the selected item asks"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &InboxDialog::reload);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const InboxItem *item = currentItem())
            emit openSystemRequested(item->systemId);
    });
    connect(act, &QPushButton::clicked, this, [this] {
        if (const InboxItem *item = currentItem())
            emit actRequested(*item);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1120, 440);
}

void InboxDialog::attach(RegisterService *service)
{
    m_service = service;
    reload();
}

void InboxDialog::reload()
{
    if (!m_service) {
        m_model->setItems({});
        m_summary->setText(tr("No database is open."));
        return;
    }
    Result<QList<InboxItem>> items = WorkflowService(*m_service).inbox();
    if (!items) {
        m_messageBar->showMessage(items.error().message, MessageBar::Type::Error);
        m_model->setItems({});
        return;
    }
    m_messageBar->hideMessage();
    m_model->setItems(std::move(*items));
    const QString who = m_service->actor().displayName();
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("Nothing is waiting for %1.").arg(who)
                           : tr("%n item(s) waiting for %1, oldest first. Double-click to open the system.",
                                nullptr, m_model->rowCount())
                                 .arg(who));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::TaskColumn, QHeaderView::Stretch);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

const InboxItem *InboxDialog::currentItem() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? &m_model->item(index.row()) : nullptr;
}

} // namespace charter
