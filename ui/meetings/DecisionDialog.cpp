#include "DecisionDialog.h"

#include "views/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

DecisionDialog::DecisionDialog(int position, const QString &itemTitle,
                               const QList<std::pair<QString, QString>> &boardMembers, QWidget *parent)
    : SubmitDialog(parent)
    , m_position(position)
{
    setWindowTitle(tr("Record Decision"));
    setObjectName(u"decisionDialog"_s);

    messageBar()->setObjectName(u"decisionMessageBar"_s);
    auto *heading = new QLabel(tr("<b>%1. %2</b>").arg(position).arg(itemTitle.toHtmlEscaped()), this);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"decisionOutcome"_s);
    for (const auto &entry : enumEntries<MeetingOutcome>())
        m_outcome->addItem(enumLabel(entry.value), int(entry.value));
    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(u"decisionRationale"_s);
    m_rationale->setPlaceholderText(tr("Why the board decided this (required)"));
    m_conditions = new QPlainTextEdit(this);
    m_conditions->setObjectName(u"decisionConditions"_s);
    m_conditions->setPlaceholderText(tr("What the approval depends on"));
    m_hasExpiry = new QCheckBox(tr("Approval &expires on"), this);
    m_expires = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_expires->setCalendarPopup(true);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_hasExpiry);
    expiry->addWidget(m_expires, 1);
    m_present = new QListWidget(this);
    m_present->setObjectName(u"decisionPresent"_s);
    m_present->setMaximumHeight(110);
    for (const auto &[login, name] : boardMembers) {
        auto *item = new QListWidgetItem(name == login ? login : tr("%1 (%2)").arg(name, login), m_present);
        item->setData(Qt::UserRole, login);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sign = new QCheckBox(tr("Give my &board sign-off first (systems in review)"), this);
    m_sign->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("&Conditions:"), m_conditions);
    form->addRow(QString(), expiry);
    form->addRow(tr("Board members &present:"), m_present);
    form->addRow(QString(), m_sign);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Decision"));
    setSubmitButton(m_buttons->button(QDialogButtonBox::Ok));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateFields);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateFields);
    connect(m_conditions, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateFields);
    connect(m_hasExpiry, &QCheckBox::toggled, this, &DecisionDialog::updateFields);
    resize(520, 520);
    updateFields();
}

QPushButton *DecisionDialog::recordButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

DecisionRequest DecisionDialog::request() const
{
    DecisionRequest request;
    request.position = m_position;
    request.outcome = MeetingOutcome(m_outcome->currentData().toInt());
    request.rationale = m_rationale->toPlainText().trimmed();
    if (request.outcome == MeetingOutcome::ApproveWithConditions)
        request.conditions = m_conditions->toPlainText().trimmed();
    const bool approval = request.outcome == MeetingOutcome::Approve
                          || request.outcome == MeetingOutcome::ApproveWithConditions;
    if (approval && m_hasExpiry->isChecked())
        request.expires = m_expires->date();
    for (int row = 0; row < m_present->count(); ++row) {
        const QListWidgetItem *item = m_present->item(row);
        if (item->checkState() == Qt::Checked)
            request.present << item->data(Qt::UserRole).toString();
    }
    request.signAsBoard = approval && m_sign->isChecked();
    return request;
}

void DecisionDialog::setOutcome(MeetingOutcome outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(int(outcome)));
}

void DecisionDialog::setRationale(const QString &text)
{
    m_rationale->setPlainText(text);
}

void DecisionDialog::setConditions(const QString &text)
{
    m_conditions->setPlainText(text);
}

bool DecisionDialog::canSubmit() const
{
    const auto outcome = MeetingOutcome(m_outcome->currentData().toInt());
    return !m_rationale->toPlainText().trimmed().isEmpty()
           && (outcome != MeetingOutcome::ApproveWithConditions || !m_conditions->toPlainText().trimmed().isEmpty());
}

void DecisionDialog::updateFields()
{
    const auto outcome = MeetingOutcome(m_outcome->currentData().toInt());
    const bool conditional = outcome == MeetingOutcome::ApproveWithConditions;
    const bool approval = conditional || outcome == MeetingOutcome::Approve;
    m_conditions->setEnabled(conditional);
    m_hasExpiry->setEnabled(approval);
    m_expires->setEnabled(approval && m_hasExpiry->isChecked());
    m_sign->setEnabled(approval);
    updateSubmitButton();
}

} // namespace charter
