// The sign-off dialog on the demo history, offscreen: it shows the content a sign-off
// binds to and its SHA-256; for a stale sign-off it says "re-sign required" and lists
// what changed since signing; signing binds to the hash shown, so content changed
// meanwhile is refused inline instead of signed.
#include "DemoSession.h"
#include "governance/SignOffDialog.h"
#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"
#include "views/MessageBar.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
constexpr int Systems = 40;

} // namespace

class TestUiSignoff : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoSession m_demo;

    // A stale sign-off of the current cycle of a system in review.
    std::optional<std::pair<qint64, SignOffStatus>> staleInReview() const
    {
        WorkflowService workflow(m_demo.root());
        for (qint64 id = 1; id <= Systems; ++id) {
            const WorkflowStatus status = workflow.status(id).value();
            if (status.record.state != WorkflowState::InReview)
                continue;
            for (const SignOffStatus &given : status.signOffs.signOffs) {
                if (!given.current)
                    return std::pair(id, given);
            }
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (Status opened = m_demo.open(m_dir.filePath(u"demo.db"_s), Today, Systems); !opened)
            QFAIL(qPrintable(opened.error().message));
        QVERIFY(m_demo.demo().history->staleSignOffs > 0);
    }

    void staleSignOffShowsHashAndDiff()
    {
        const auto stale = staleInReview();
        QVERIFY2(stale, "the demo history has a stale sign-off on a system in review");
        const auto &[systemId, given] = *stale;
        const WorkflowStatus status = WorkflowService(m_demo.root()).status(systemId).value();
        RegisterService signer = m_demo.as(given.signOff.signer);

        SignOffDialog dialog(signer, systemId, given.signOff.kind);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isLoaded());
        // Exactly what is signed: the current content and its hash, not the old ones.
        QCOMPARE(dialog.contentSha256(), status.contentSha256);
        QVERIFY(dialog.contentSha256() != given.signOff.contentSha256);
        QCOMPARE(dialog.findChild<QLabel *>(u"contentHash"_s)->text(), status.contentSha256);
        QCOMPARE(QJsonDocument::fromJson(dialog.contentText().toUtf8()),
                 QJsonDocument::fromJson(status.content));
        // Re-sign required, with what changed since signing.
        QVERIFY(dialog.staleSignOff().has_value());
        QLabel *resign = dialog.findChild<QLabel *>(u"resignRequired"_s);
        QVERIFY(resign->isVisible());
        QVERIFY(resign->text().contains(u"Re-sign required"_s));
        QVERIFY(!given.changes.isEmpty());
        const QString changes = dialog.findChild<QPlainTextEdit *>(u"changesSinceSigning"_s)->toPlainText();
        bool material = false;
        for (const FieldChange &change : given.changes) {
            QVERIFY2(changes.contains(change.path), qPrintable(change.path));
            material = material || change.material;
        }
        QVERIFY(material);
        QVERIFY(changes.contains(u"(material)"_s));

        // Re-signing binds the sign-off to the content shown.
        QSignalSpy signedOff(&dialog, &SignOffDialog::signedOff);
        QVERIFY2(dialog.sign(), qPrintable(dialog.messageBar()->text()));
        QCOMPARE(signedOff.count(), 1);
        const WorkflowStatus after = WorkflowService(m_demo.root()).status(systemId).value();
        bool current = false;
        for (const SignOffStatus &s : after.signOffs.signOffs) {
            if (s.signOff.signer == given.signOff.signer && s.signOff.kind == given.signOff.kind && s.current) {
                QCOMPARE(s.signOff.contentSha256, status.contentSha256);
                current = true;
            }
        }
        QVERIFY(current);

        // Opened again: nothing stale any more.
        SignOffDialog again(signer, systemId, given.signOff.kind);
        QVERIFY(!again.staleSignOff().has_value());
        QVERIFY(again.findChild<QLabel *>(u"resignRequired"_s)->isHidden());
    }

    void contentChangedMeanwhileIsRefusedInline()
    {
        // A system in review; an IT reviewer who has not signed it yet.
        WorkflowService workflow(m_demo.root());
        qint64 systemId = 0;
        QString reviewer;
        for (qint64 id = 1; id <= Systems && !systemId; ++id) {
            const WorkflowStatus status = workflow.status(id).value();
            if (status.record.state != WorkflowState::InReview)
                continue;
            for (const SignOffRequirement &requirement : status.signOffs.requirements) {
                if (requirement.kind == SignOffKind::ItReview && !requirement.met()) {
                    systemId = id;
                    break;
                }
            }
        }
        QVERIFY(systemId);
        const WorkflowStatus before = workflow.status(systemId).value();
        const QList<User> users = UserRepository(m_demo.db()).all().value();
        for (const User &user : users) {
            if (user.roles.has(Role::ItReviewer) && user.active && !before.submitters.contains(user.login)) {
                reviewer = user.login;
                break;
            }
        }
        QVERIFY(!reviewer.isEmpty());

        // Admin manages accounts but never signs: refused by role, shown inline.
        RegisterService admin = m_demo.as(u"root"_s);
        SignOffDialog refused(admin, systemId, SignOffKind::ItReview);
        QVERIFY(!refused.sign());
        QCOMPARE(refused.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(!refused.messageBar()->text().isEmpty());

        // The record changes while the reviewer's dialog is open: the hash shown no
        // longer holds, so nothing is signed.
        RegisterService it = m_demo.as(reviewer);
        SignOffDialog dialog(it, systemId, SignOffKind::ItReview);
        const QString shown = dialog.contentSha256();
        Result<SystemDetails> details = m_demo.root().details(systemId);
        QVERIFY(details);
        AiSystem changed = details->system;
        changed.purpose += u" (revised)"_s;
        QVERIFY(m_demo.root().updateSystem(changed));
        QVERIFY(WorkflowService(m_demo.root()).status(systemId)->contentSha256 != shown);
        const int signOffsBefore = int(WorkflowService(m_demo.root()).signOffHistory(systemId)->size());
        QVERIFY(!dialog.sign());
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Error);
        QCOMPARE(int(WorkflowService(m_demo.root()).signOffHistory(systemId)->size()), signOffsBefore);

        // Shown the new content, the reviewer signs it.
        SignOffDialog fresh(it, systemId, SignOffKind::ItReview);
        QVERIFY2(fresh.sign(), qPrintable(fresh.messageBar()->text()));
        QCOMPARE(int(WorkflowService(m_demo.root()).signOffHistory(systemId)->size()), signOffsBefore + 1);
    }
};

QTEST_MAIN(TestUiSignoff)
#include "tst_ui_signoff.moc"
