// Edit > Preferences: the language of the user interface. Offered are the system's
// language and every shipped catalogue under its own name; the choice is stored in the
// settings (QSettings in test mode) and read at the next start, which the dialog says.
#include "MainWindow.h"
#include "UiSettings.h"
#include "preferences/PreferencesDialog.h"
#include "util/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

class TestUiPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void offersSystemAndEveryShippedLanguage();
    void storesTheChoice();
    void systemChoiceClearsTheSetting();
    void saysTheChangeNeedsARestart();
    void choiceSelectsTheLocale();
    void reachableFromTheEditMenu();
};

void TestUiPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiPreferences::init()
{
    QSettings().clear();
}

void TestUiPreferences::offersSystemAndEveryShippedLanguage()
{
    QCOMPARE(shippedLanguages(), (QStringList{u"en"_s, u"de"_s, u"fr"_s}));
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QVERIFY(combo->itemText(0).startsWith(u"System"_s));
    QCOMPARE(combo->itemText(1), u"English"_s);
    QCOMPARE(combo->itemText(2), u"Deutsch"_s);
    QCOMPARE(combo->itemText(3), u"Français"_s);
    QCOMPARE(dialog.language(), QString()); // nothing stored: the system's language
}

void TestUiPreferences::storesTheChoice()
{
    {
        PreferencesDialog dialog;
        dialog.setLanguage(u"de"_s);
        QVERIFY(dialog.apply());
        QVERIFY(!dialog.apply()); // unchanged now
    }
    QCOMPARE(UiSettings::language(), u"de"_s);
    PreferencesDialog reopened;
    QCOMPARE(reopened.language(), u"de"_s);
}

void TestUiPreferences::systemChoiceClearsTheSetting()
{
    UiSettings::setLanguage(u"fr"_s);
    PreferencesDialog dialog;
    QCOMPARE(dialog.language(), u"fr"_s);
    dialog.setLanguage(QString());
    QVERIFY(dialog.apply());
    QVERIFY(!QSettings().contains(u"ui/language"_s));
    QCOMPARE(UiSettings::language(), QString());
}

void TestUiPreferences::saysTheChangeNeedsARestart()
{
    PreferencesDialog dialog;
    auto *note = dialog.findChild<QLabel *>(u"restartNote"_s);
    QVERIFY(note);
    const QString unchanged = note->text();
    dialog.setLanguage(u"fr"_s);
    QVERIFY(note->text() != unchanged);
    QVERIFY(note->text().contains(u"started again"_s));
}

void TestUiPreferences::choiceSelectsTheLocale()
{
    QCOMPARE(localeForLanguage(u"de"_s).language(), QLocale::German);
    QCOMPARE(localeForLanguage(u"fr"_s).language(), QLocale::French);
    QCOMPARE(localeForLanguage(QString()), QLocale::system());
    // Dates follow the chosen locale, not a fixed format.
    const QDate date(2026, 3, 1);
    QCOMPARE(localeForLanguage(u"de"_s).toString(date, QLocale::ShortFormat), u"01.03.26"_s);
    QCOMPARE(localeForLanguage(u"fr"_s).toString(date, QLocale::ShortFormat), u"01/03/2026"_s);
}

void TestUiPreferences::reachableFromTheEditMenu()
{
    MainWindow::Options options;
    options.persistState = false;
    MainWindow window(options);
    QMenu *edit = window.findChild<QMenu *>(u"editMenu"_s);
    QVERIFY(edit);
    QAction *preferences = nullptr;
    for (QAction *action : edit->actions()) {
        if (action->objectName() == u"preferencesAction"_s)
            preferences = action;
    }
    QVERIFY(preferences);
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
}

QTEST_MAIN(TestUiPreferences)
#include "tst_ui_preferences.moc"
