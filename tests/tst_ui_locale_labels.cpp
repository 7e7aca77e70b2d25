// The GUI in German on the demo history, offscreen: status labels keep their capital
// (German nouns are never lower-cased, neither in a column nor inside a sentence), and
// dates inside sentences use the German short date, never ISO.
#include "DemoSession.h"
#include "domain/EnumWords.h"
#include "governance/InboxDialog.h"
#include "governance/InboxModel.h"
#include "governance/SignOffDialog.h"
#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"
#include "util/Translations.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
constexpr int Systems = 40;
const QRegularExpression IsoDate(u"\\b\\d{4}-\\d{2}-\\d{2}\\b"_s);
const QRegularExpression GermanDate(u"\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b"_s);

} // namespace

class TestUiLocaleLabels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoSession m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (Status opened = m_demo.open(m_dir.filePath(u"demo.db"_s), Today, Systems); !opened)
            QFAIL(qPrintable(opened.error().message));

        // As charter_main does for a German user.
        const QLocale german(QLocale::German, QLocale::Germany);
        installTranslations(german);
        QLocale::setDefault(german);
        QCOMPARE(enumLabel(WorkflowState::InReview), u"In Prüfung"_s);
    }

    // The inbox's state column shows the label as it is; the re-review reasons give
    // their dates the German way.
    void inboxStatesAndDatesInGerman()
    {
        // A year on, every approval's review is due: each re-review reason names its date.
        m_demo.root().setToday(Today.addYears(1));
        const auto restore = qScopeGuard([this] { m_demo.root().setToday(Today); });
        const QString login = m_demo.loginWith(InboxItem::Task::ReReview);
        QVERIFY2(!login.isEmpty(), "the demo history has an account with a re-review");
        RegisterService session = m_demo.as(login);
        InboxDialog dialog;
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.attach(&session);
        QVERIFY(dialog.model()->rowCount() > 0);
        bool dated = false;
        QStringList texts;
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            const InboxItem &item = dialog.model()->item(row);
            const QString state = dialog.model()->index(row, InboxModel::StateColumn).data().toString();
            QCOMPARE(state, enumLabel(item.state));
            QVERIFY2(state.at(0).isUpper(), qPrintable(state));
            const QString text = dialog.model()->index(row, InboxModel::TaskColumn).data().toString();
            QVERIFY2(!IsoDate.match(text).hasMatch(), qPrintable(text));
            dated = dated || GermanDate.match(text).hasMatch();
            texts << text;
        }
        QVERIFY2(dated, qPrintable(u"a re-review reason names its date:\n"_s + texts.join(u'\n')));
    }

    // "Cannot sign: it is <state>" inside a sentence keeps the German noun's capital.
    void refusalKeepsTheStateCapitalised()
    {
        WorkflowService workflow(m_demo.root());
        qint64 draft = 0;
        for (qint64 id = 1; id <= Systems && !draft; ++id) {
            if (workflow.status(id).value().record.state == WorkflowState::Draft)
                draft = id;
        }
        QVERIFY2(draft, "the demo history has a draft");
        QString reviewer;
        const QList<User> users = UserRepository(m_demo.db()).all().value();
        for (const User &user : users) {
            if (user.active && user.roles.has(Role::ItReviewer)) {
                reviewer = user.login;
                break;
            }
        }
        QVERIFY(!reviewer.isEmpty());

        RegisterService it = m_demo.as(reviewer);
        SignOffDialog dialog(it, draft, SignOffKind::ItReview);
        QVERIFY(!dialog.sign());
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Error);
        const QString message = dialog.messageBar()->text();
        QVERIFY2(message.contains(enumInSentence(WorkflowState::Draft)), qPrintable(message));
        QVERIFY2(message.contains(u"Entwurf"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"entwurf"_s), qPrintable(message));
    }
};

QTEST_MAIN(TestUiLocaleLabels)
#include "tst_ui_locale_labels.moc"
