#include "ConnectDialog.h"

#include "ConnectionHistory.h"
#include "CredentialStore.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "views/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

ConnectDialog::ConnectDialog(CredentialStore &store, const Options &options, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_options(options)
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to Shared Database"));

    m_message = new MessageBar(this);
    m_message->hide();

    m_location = new QComboBox(this);
    m_location->setObjectName(u"connectionLocation"_s);
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->addItems(ConnectionHistory::recent());
    m_location->lineEdit()->setPlaceholderText(tr("postgresql://user@host/database or service=NAME"));
    m_location->setMinimumContentsLength(48);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_password = new QLineEdit(this);
    m_password->setObjectName(u"connectionPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass or the service file"));

    m_remember = new QCheckBox(tr("Remember password in the system keychain"), this);
    m_remember->setObjectName(u"rememberPassword"_s);

    auto *hint = new QLabel(tr("A libpq connection string or URI, for example "
                               "postgresql://ana@db.example.org/charter?sslmode=verify-full or "
                               "service=charter. Leave the password empty when libpq finds it in "
                               "~/.pgpass or the service file. Charter never writes passwords to its "
                               "settings or logs."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Database:"), m_location);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Looked up when a database is chosen or typed in full, not on every keystroke:
    // a keychain lookup may ask the user to unlock it.
    connect(m_location, &QComboBox::currentIndexChanged, this, &ConnectDialog::lookUpPassword);
    connect(m_location->lineEdit(), &QLineEdit::editingFinished, this, &ConnectDialog::lookUpPassword);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_filledFromStore = false; });
    lookUpPassword();
}

void ConnectDialog::showMessage(const QString &text, MessageBar::Type type)
{
    m_message->showMessage(text, type);
    // Grow to fit the message (wrapped text) instead of squeezing the form.
    const int width = this->width();
    layout()->activate();
    adjustSize();
    resize(std::max(width, this->width()), std::max(height(), sizeHint().height()));
}

void ConnectDialog::lookUpPassword()
{
    const QString text = m_location->currentText().trimmed();
    const QString account = Database::isServerLocation(text) ? CredentialStore::accountFor(text) : QString();
    if (account == m_lookedUp)
        return;
    m_lookedUp = account;
    if (m_filledFromStore) { // another database: its password does not apply
        m_password->clear();
        m_remember->setChecked(false);
        m_filledFromStore = false;
    }
    if (account.isEmpty())
        return;
    Result<QString> stored = m_store.password(account);
    if (!stored) {
        showMessage(stored.error().message, MessageBar::Type::Warning);
        return;
    }
    if (stored->isEmpty())
        return;
    m_password->setText(*stored);
    m_remember->setChecked(true);
    m_filledFromStore = true;
    showMessage(tr("The password was filled in from the system keychain."),
                           MessageBar::Type::Information);
}

void ConnectDialog::accept()
{
    const QString text = m_location->currentText().trimmed();
    if (text.isEmpty() || !Database::isServerLocation(text)) {
        showMessage(tr("Enter a PostgreSQL connection string or URI, such as "
                                  "postgresql://user@host/database or service=NAME. To open a file, "
                                  "use File > Open Database."),
                               MessageBar::Type::Error);
        m_location->setFocus();
        return;
    }
    Result<ConnectionString> parsed = ConnectionString::parse(text);
    if (!parsed) {
        showMessage(tr("The connection string is not valid: %1").arg(parsed.error().message),
                               MessageBar::Type::Error);
        m_location->setFocus();
        return;
    }
    // A password typed into the location itself is treated like one typed below.
    if (m_password->text().isEmpty() && parsed->contains(u"password"_s))
        m_password->setText(parsed->value(u"password"_s));
    const QString account = CredentialStore::accountFor(text);
    const QString password = m_password->text();

    if (m_remember->isChecked() && !password.isEmpty() && !m_filledFromStore) {
        if (Status stored = m_store.storePassword(account, password); !stored) {
            m_storeFailed = true;
            m_remember->setChecked(false);
            showMessage(tr("%1 The password was not saved; press Connect again to connect "
                                      "without remembering it.").arg(stored.error().message),
                                   MessageBar::Type::Warning);
            return;
        }
    } else if (!m_remember->isChecked() && !m_storeFailed) {
        // Unticked: nothing is left behind. A keychain that cannot be reached holds nothing.
        (void)m_store.forgetPassword(account);
    }

    const ConnectionString withoutPassword = parsed->with(u"password"_s, QString());
    m_result = password.isEmpty() ? withoutPassword.toKeywordValue(true)
                                  : withoutPassword.with(u"password"_s, password).toKeywordValue(true);
    if (m_options.rememberHistory)
        ConnectionHistory::add(account);
    QDialog::accept();
}

} // namespace charter
