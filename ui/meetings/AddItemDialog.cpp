#include "AddItemDialog.h"

#include "views/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace charter {

AddItemDialog::AddItemDialog(const QList<RegistryRow> &systems, int position, QWidget *parent)
    : SubmitDialog(parent)
    , m_position(position)
{
    setWindowTitle(tr("Add Agenda Item"));
    setObjectName(u"addItemDialog"_s);
    m_system = new QComboBox(this);
    m_system->setObjectName(u"itemSystem"_s);
    m_system->addItem(tr("(not about one system)"), qint64(0));
    for (const RegistryRow &row : systems)
        m_system->addItem(row.name, row.id);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"itemTitle"_s);
    m_title->setPlaceholderText(tr("The system's name when empty"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"itemReason"_s);

    auto *form = new QFormLayout(this);
    form->addRow(messageBar());
    form->addRow(tr("&System:"), m_system);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Item"));
    form->addRow(buttons);
    setSubmitButton(buttons->button(QDialogButtonBox::Ok));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddItemDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &AddItemDialog::updateSubmitButton);
    connect(m_system, &QComboBox::currentIndexChanged, this, &AddItemDialog::updateSubmitButton);
    resize(460, sizeHint().height());
    updateSubmitButton();
}

ManualItem AddItemDialog::item() const
{
    ManualItem item;
    item.title = m_title->text().trimmed();
    item.reason = m_reason->text().trimmed();
    item.systemId = m_system->currentData().toLongLong();
    item.position = m_position;
    return item;
}

void AddItemDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void AddItemDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void AddItemDialog::setSystem(qint64 systemId)
{
    const int index = m_system->findData(systemId);
    m_system->setCurrentIndex(index < 0 ? 0 : index);
}

bool AddItemDialog::canSubmit() const
{
    // A system gives the item its title; without one the title is required.
    return !m_title->text().trimmed().isEmpty() || m_system->currentData().toLongLong() != 0;
}

} // namespace charter
