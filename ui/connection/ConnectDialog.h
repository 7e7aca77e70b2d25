#pragma once

#include "views/MessageBar.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace charter {

class CredentialStore;

// File > Connect to Shared Database…: a PostgreSQL connection string or URI (recent ones
// offered again, without passwords), a password, and "Remember password in the system
// keychain". A remembered password goes to the CredentialStore only, never to QSettings
// or a log, and is filled in again when that database is chosen. With no password,
// libpq's conventions apply (.pgpass, the service file, PG* variables). When the
// keychain cannot be reached the dialog says so inline and connects without
// remembering. location() is what to open: the connection string with the password.
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    struct Options {
        bool rememberHistory = true; // record the database in ConnectionHistory on Connect
    };

    ConnectDialog(CredentialStore &store, const Options &options, QWidget *parent = nullptr);
    explicit ConnectDialog(CredentialStore &store, QWidget *parent = nullptr)
        : ConnectDialog(store, Options{}, parent)
    {
    }

    // After Connect: the location to open, password included when one was given.
    QString location() const { return m_result; }

    QComboBox *locationBox() const { return m_location; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    MessageBar *messageBar() const { return m_message; }
    QPushButton *connectButton() const { return m_connect; }

    void accept() override;

private:
    void lookUpPassword();
    void showMessage(const QString &text, MessageBar::Type type);

    CredentialStore &m_store;
    Options m_options;
    QComboBox *m_location = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_connect = nullptr;
    QString m_result;
    QString m_lookedUp;            // the account whose password was last looked up
    bool m_filledFromStore = false; // the password field holds the stored password
    bool m_storeFailed = false;     // remembering failed once: the next Connect goes without
};

} // namespace charter
