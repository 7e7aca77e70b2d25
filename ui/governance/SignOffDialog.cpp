#include "SignOffDialog.h"

#include "domain/Enums.h"
#include "domain/EnumWords.h"
#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "views/MessageBar.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return SignOffDialog::tr("(none)");
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

SignOffDialog::SignOffDialog(RegisterService &session, qint64 systemId, SignOffKind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_systemId(systemId)
    , m_kind(kind)
    , m_messageBar(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_hash(new QLabel(this))
    , m_staleLabel(new QLabel(this))
    , m_changes(new QPlainTextEdit(this))
    , m_content(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(u"signOffDialog"_s);
    setWindowTitle(tr("Sign Off"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_summary->setWordWrap(true);
    m_hash->setObjectName(u"contentHash"_s);
    m_hash->setFont(fixed);
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_staleLabel->setObjectName(u"resignRequired"_s);
    m_staleLabel->setWordWrap(true);
    m_changes->setObjectName(u"changesSinceSigning"_s);
    m_changes->setReadOnly(true);
    m_changes->setFont(fixed);
    m_changes->setMaximumHeight(140);
    m_content->setObjectName(u"signedContent"_s);
    m_content->setReadOnly(true);
    m_content->setFont(fixed);
    m_reason->setObjectName(u"signOffNote"_s);
    m_reason->setPlaceholderText(tr("Optional note recorded with the sign-off"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(u"signButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sign, &QPushButton::clicked, this, [this] {
        if (sign())
            accept();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Content SHA-256:"), m_hash);
    form->addRow(tr("Note:"), m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_staleLabel);
    layout->addWidget(m_changes);
    layout->addWidget(new QLabel(tr("What you sign (the record's canonical content):"), this));
    layout->addWidget(m_content, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    load();
}

void SignOffDialog::load()
{
    WorkflowService workflow(m_session);
    Result<WorkflowStatus> status = workflow.status(m_systemId);
    if (!status) {
        m_messageBar->showMessage(status.error().message, MessageBar::Type::Error);
        m_sign->setEnabled(false);
        return;
    }
    m_sha256 = status->contentSha256;
    m_summary->setText(tr("You sign <b>%1</b> as <b>%2</b> (%3 risk, review cycle %4). The signature is bound to "
                          "this exact content; a later material change makes it stale.")
                           .arg(status->systemName.toHtmlEscaped(), enumLabel(m_kind).toHtmlEscaped(),
                                enumInSentence(status->tier))
                           .arg(status->record.cycle));
    m_hash->setText(m_sha256);
    const QJsonDocument content = QJsonDocument::fromJson(status->content);
    m_content->setPlainText(content.isNull() ? QString::fromUtf8(status->content)
                                             : QString::fromUtf8(content.toJson(QJsonDocument::Indented)));

    const QString login = m_session.actor().login;
    for (const SignOffStatus &given : std::as_const(status->signOffs.signOffs)) {
        if (given.signOff.kind == m_kind && given.signOff.signer == login && !given.current)
            m_stale = given;
    }
    m_staleLabel->setVisible(m_stale.has_value());
    m_changes->setVisible(m_stale.has_value());
    if (m_stale) {
        m_staleLabel->setText(tr("<b>Re-sign required.</b> Your sign-off of %1 (content %2…) went stale: the "
                                 "record changed since. What changed:")
                                  .arg(QLocale().toString(m_stale->signOff.signedAt.toLocalTime(), QLocale::ShortFormat),
                                       m_stale->signOff.contentSha256.left(12)));
        m_changes->setPlainText(changesText());
        m_sign->setText(tr("Re-&sign"));
    }
}

QString SignOffDialog::contentText() const
{
    return m_content->toPlainText();
}

QString SignOffDialog::changesText() const
{
    if (!m_stale)
        return QString();
    QStringList lines;
    for (const FieldChange &change : m_stale->changes) {
        lines << (change.material ? tr("%1 (material): %2 → %3") : tr("%1: %2 → %3"))
                     .arg(change.path, valueText(change.before), valueText(change.after));
    }
    return lines.join(u'\n');
}

bool SignOffDialog::sign()
{
    WorkflowService workflow(m_session);
    Result<SignOff> signOff = workflow.sign(m_systemId, m_kind, SignRequest{m_reason->text(), m_sha256});
    if (!signOff) {
        m_messageBar->showMessage(signOff.error().message, MessageBar::Type::Error);
        return false;
    }
    emit signedOff(m_systemId);
    return true;
}

} // namespace charter
