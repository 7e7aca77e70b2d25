// Passwords of shared databases in the connection dialog: a remembered password goes
// to the credential store and never to the settings file, it is filled in again when
// the database is chosen, a keychain that cannot be reached is reported inline (and
// connecting still works), and with nothing stored libpq's .pgpass and service files
// still supply the password. The tests use the in-memory store: there is no Secret
// Service here. The libpq test runs on PostgreSQL only (in the *_pg twin).
#include "MainWindow.h"
#include "TestBackend.h"
#include "connection/ConnectDialog.h"
#include "connection/ConnectionHistory.h"
#include "connection/CredentialStore.h"
#include "files/RecentDatabasesMenu.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "views/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QString Server = u"postgresql://ana@db.example.org:5433/charter?sslmode=verify-full"_s;
const QString Secret = u"S3cret-Pa55"_s;

// Everything Charter wrote to its settings file, as bytes.
QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void fillIn(ConnectDialog &dialog, const QString &location, const QString &password, bool remember)
{
    dialog.locationBox()->setEditText(location);
    emit dialog.locationBox()->lineEdit()->editingFinished();
    dialog.passwordEdit()->setText(password);
    dialog.rememberBox()->setChecked(remember);
}

// The shared databases File > Open Recent offers, after it was opened.
QList<QAction *> sharedEntries(QMenu &menu)
{
    emit menu.aboutToShow();
    QList<QAction *> list;
    for (QAction *action : menu.actions()) {
        if (Database::isServerLocation(action->data().toString()))
            list << action;
    }
    return list;
}

} // namespace

class TestUiCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        // A settings file of this process's own: the SQLite and PostgreSQL twins run at once.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void rememberedPasswordGoesToTheStoreAndNeverToTheSettings()
    {
        MemoryCredentialStore store;
        ConnectDialog dialog(store);
        fillIn(dialog, Server, Secret, true);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // What is opened carries the password; what is remembered does not.
        const ConnectionString opened = ConnectionString::parse(dialog.location()).value();
        QCOMPARE(opened.value(u"password"_s), Secret);
        QCOMPARE(opened.user(), u"ana"_s);
        QCOMPARE(opened.value(u"sslmode"_s), u"verify-full"_s);
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(store.entries().value(Server), Secret);
        QCOMPARE(ConnectionHistory::recent(), QStringList{Server});

        const QByteArray file = settingsFileBytes();
        QVERIFY2(file.contains("db.example.org"), file.constData()); // the history is in there...
        QVERIFY(!file.contains(Secret.toUtf8()));                    // ...the password is not
    }

    void aPasswordTypedIntoTheLocationIsNotStoredInTheSettingsEither()
    {
        MemoryCredentialStore store;
        ConnectDialog dialog(store);
        fillIn(dialog, u"postgresql://ana:Inline-Pa55@db.example.org/charter"_s, QString(), false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ConnectionString::parse(dialog.location())->value(u"password"_s), u"Inline-Pa55"_s);
        QVERIFY(store.entries().isEmpty()); // not asked to remember it
        QCOMPARE(ConnectionHistory::recent(), QStringList{u"postgresql://ana@db.example.org/charter"_s});
        QVERIFY(!settingsFileBytes().contains("Inline-Pa55"));
    }

    void reopeningFillsThePasswordInFromTheStore()
    {
        MemoryCredentialStore store;
        {
            ConnectDialog first(store);
            fillIn(first, Server, Secret, true);
            first.accept();
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        ConnectDialog again(store);
        QCOMPARE(again.locationBox()->currentText(), Server); // the most recent one first
        QCOMPARE(again.passwordEdit()->text(), Secret);
        QVERIFY(again.rememberBox()->isChecked());
        QCOMPARE(again.messageBar()->type(), MessageBar::Type::Information);
        again.accept();
        QCOMPARE(ConnectionString::parse(again.location())->value(u"password"_s), Secret);

        // Another database: the remembered password is not offered for it.
        ConnectDialog other(store);
        fillIn(other, u"postgresql://ben@db.example.org/finance"_s, QString(), false);
        QVERIFY(other.passwordEdit()->text().isEmpty());
        QVERIFY(!other.rememberBox()->isChecked());

        // Unticking "remember" removes it.
        ConnectDialog forget(store);
        forget.rememberBox()->setChecked(false);
        forget.accept();
        QVERIFY(store.entries().isEmpty());
        QCOMPARE(ConnectionString::parse(forget.location())->value(u"password"_s), Secret); // still used once
    }

    void anUnavailableKeychainIsReportedInlineAndConnectingStillWorks()
    {
        MemoryCredentialStore store;
        store.setUnavailable(true);
        ConnectDialog dialog(store);
        fillIn(dialog, Server, Secret, true);
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted)); // the user reads why first
        QVERIFY(!dialog.messageBar()->isHidden());
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Warning);
        QVERIFY2(dialog.messageBar()->text().contains(u"keychain is not available"_s),
                 qPrintable(dialog.messageBar()->text()));
        QVERIFY(dialog.messageBar()->text().contains(u"Connect again"_s));
        QVERIFY(!dialog.rememberBox()->isChecked());

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ConnectionString::parse(dialog.location())->value(u"password"_s), Secret);
        QVERIFY(store.entries().isEmpty());
        QVERIFY(!settingsFileBytes().contains(Secret.toUtf8()));
    }

    void aFileIsRefusedInline()
    {
        MemoryCredentialStore store;
        ConnectDialog dialog(store);
        fillIn(dialog, u"/tmp/charter.db"_s, QString(), false);
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(dialog.messageBar()->text().contains(u"Open Database"_s));
    }

    void openRecentListsSharedDatabasesWithoutTheirPasswords()
    {
        ConnectionHistory::add(u"postgresql://ana:Inline-Pa55@db.example.org/charter"_s);
        ConnectionHistory::add(u"service=finance"_s);
        RecentDatabasesMenu menu;
        const QList<QAction *> shared = sharedEntries(menu);
        QCOMPARE(shared.size(), 2);
        QCOMPARE(shared.at(0)->text(), u"&1 finance – shared database"_s);
        QCOMPARE(shared.at(1)->text(), u"&2 charter – shared database on db.example.org"_s);
        QCOMPARE(shared.at(1)->toolTip(), u"postgresql://ana@db.example.org/charter"_s);
        for (const QAction *action : menu.actions())
            QVERIFY(!action->data().toString().contains(u"Inline-Pa55"_s));

        QSignalSpy open(&menu, &RecentDatabasesMenu::openSharedRequested);
        shared.at(1)->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().toString(), u"postgresql://ana@db.example.org/charter"_s);

        const QList<QAction *> actions = menu.actions();
        const auto clear = std::find_if(actions.begin(), actions.end(), [](const QAction *action) {
            return action->objectName() == u"clearRecent"_s;
        });
        QVERIFY(clear != actions.end());
        (*clear)->trigger();
        QVERIFY(ConnectionHistory::recent().isEmpty());
        QVERIFY(sharedEntries(menu).isEmpty());
    }

    void openRecentConnectsWithThePasswordFromTheKeychain()
    {
        CHARTER_ONLY_ON_POSTGRES();
        QString login;
        checkOpenRecentWithStoredPassword(&login);
        QVERIFY(test::runOnMaintenance(u"DROP ROLE IF EXISTS %1"_s.arg(login)));
    }

    void libpqConventionsWorkWithNoPasswordStored()
    {
        CHARTER_ONLY_ON_POSTGRES();
        QString login;
        checkLibpqConventions(&login);
        QVERIFY(test::runOnMaintenance(u"DROP ROLE IF EXISTS %1"_s.arg(login)));
    }

private:
    // A login that must give the password R1ght-Pa55 (the test cluster asks members of
    // charter_password_auth for one) and owns the scratch database; empty on failure.
    static QString createPasswordLogin(test::ScratchDatabase &scratch)
    {
        const QString login = u"pw_"_s + scratch.databaseName();
        QSqlQuery query(scratch.rawConnection());
        const bool created =
            query.exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                       "'charter_password_auth') THEN CREATE ROLE charter_password_auth NOLOGIN; "
                       "END IF; END $$"_s)
            && query.exec(u"CREATE ROLE %1 LOGIN PASSWORD 'R1ght-Pa55' IN ROLE charter_password_auth"_s.arg(login))
            && query.exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(scratch.databaseName(), login));
        return created ? login : QString();
    }

    void checkOpenRecentWithStoredPassword(QString *createdLogin)
    {
        test::ScratchDatabase scratch(u"recent_shared"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString login = createPasswordLogin(scratch);
        QVERIFY(!login.isEmpty());
        *createdLogin = login;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("PGPASSFILE", dir.filePath(u"none"_s).toLocal8Bit());
        qunsetenv("PGPASSWORD");
        const QString location = ConnectionString::parse(scratch.location())->with(u"user"_s, login).toKeywordValue(false);

        QVERIFY(Database::open(ConnectionString::parse(location)->with(u"password"_s, u"R1ght-Pa55"_s)
                                   .toKeywordValue(true))
                    .ok()); // a Charter database to open

        auto store = std::make_unique<MemoryCredentialStore>();
        QVERIFY(store->storePassword(CredentialStore::accountFor(location), u"R1ght-Pa55"_s).ok());
        ConnectionHistory::add(location);
        {
            MainWindow window;
            window.setCredentialStore(std::move(store));
            const QList<QAction *> shared = sharedEntries(*window.recentMenu());
            QCOMPARE(shared.size(), 1);
            shared.constFirst()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(Database::isServerLocation(window.databaseLocation()), 30000);
            QCOMPARE(ConnectionString::parse(window.databaseLocation())->user(), login);
            QCOMPARE(ConnectionHistory::recent(), QStringList{location});
            QVERIFY(!settingsFileBytes().contains("R1ght-Pa55"));
            QVERIFY(!window.databaseLocation().contains(u"R1ght-Pa55"_s)); // shown without it

            // Later connections (a refresh on a worker) still have the password.
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
            QSignalSpy loaded(&window, &MainWindow::registryLoaded);
            window.refresh();
            QVERIFY(loaded.wait(30000));
            QVERIFY(!window.messageBar()->isVisible() || window.messageBar()->type() != MessageBar::Type::Error);
        }
        qunsetenv("PGPASSFILE");
    }

    void checkLibpqConventions(QString *createdLogin)
    {
        test::ScratchDatabase scratch(u"credentials"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString login = createPasswordLogin(scratch);
        QVERIFY(!login.isEmpty());
        *createdLogin = login;
        const ConnectionString asLogin = ConnectionString::parse(scratch.location())->with(u"user"_s, login);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("PGPASSFILE", dir.filePath(u"none"_s).toLocal8Bit());
        qunsetenv("PGPASSWORD");
        MemoryCredentialStore store;
        {
            ConnectDialog dialog(store);
            fillIn(dialog, asLogin.toKeywordValue(false), QString(), false);
            dialog.accept();
            QVERIFY(!Database::open(dialog.location()).ok()); // the server does ask for one
        }

        // ~/.pgpass (here PGPASSFILE): nothing typed, nothing stored.
        const QString pgpass = dir.filePath(u"pgpass"_s);
        {
            QFile file(pgpass);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"*:*:*:%1:R1ght-Pa55\n"_s.arg(login).toUtf8());
        }
        QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        {
            ConnectDialog dialog(store);
            fillIn(dialog, asLogin.toKeywordValue(false), QString(), true); // remember, but nothing to remember
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!ConnectionString::parse(dialog.location())->contains(u"password"_s));
            auto db = Database::open(dialog.location());
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE((*db)->serverLogin(), login);
        }

        // A service file: "service=NAME" is enough.
        const QString services = dir.filePath(u"pg_service.conf"_s);
        {
            QString service = u"[charter_credentials]\n"_s;
            for (const auto &[keyword, value] : asLogin.settings())
                service += keyword + u'=' + value + u'\n';
            QFile file(services);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(service.toUtf8());
        }
        qputenv("PGSERVICEFILE", services.toLocal8Bit());
        {
            ConnectDialog dialog(store);
            fillIn(dialog, u"service=charter_credentials"_s, QString(), false);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            auto db = Database::open(dialog.location());
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE((*db)->serverLogin(), login);
        }
        QVERIFY(store.entries().isEmpty());
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGPASSFILE");
    }
};

QTEST_MAIN(TestUiCredentials)
#include "tst_ui_credentials.moc"
