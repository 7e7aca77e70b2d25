#pragma once

#include "audit/AuditVerifier.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace charter {

class AuditModel;
class MessageBar;
class RegisterService;
class TaskRunner;

// The audit trail as a table (seq, time, actor, action, entity, reason) with a filter,
// the selected entry's before/after as a diff, and:
// - Verify: runs AuditVerifier on a worker (its own connection, through TaskRunner),
//   then lists every finding; choosing one with an entry selects that entry;
// - Export Tree Head: writes the stored tree head as JSON (QSaveFile), the file that
//   `charter-cli verify --since FILE` checks later.
// With setSystem() it is a system's history: the system's own entries and its workflow
// steps only, without Verify.
class AuditViewer : public QDialog
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(QWidget *parent)>;

    AuditViewer(RegisterService &session, QWidget *parent = nullptr);

    // Shows only SYSTEMID's history (its record and workflow entries).
    void setSystem(qint64 systemId, const QString &name);
    // Reads the trail again.
    void reload();

    AuditModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *changeView() const { return m_change; }
    QListWidget *findingsList() const { return m_findings; }
    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *verifyButton() const { return m_verify; }
    TaskRunner *runner() const { return m_runner; }
    const std::optional<AuditVerifyReport> &lastReport() const { return m_report; }

    // Starts verification on a worker; verified() follows.
    void verify();
    // Writes the stored tree head to PATH; false (message shown) when it cannot.
    bool exportTreeHead(const QString &path);
    void setSaveFileChooser(FileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

signals:
    void verified(bool ok);

private:
    void showSelected();
    void showReport(const AuditVerifyReport &report);
    void selectFinding();

    RegisterService &m_session;
    qint64 m_systemId = 0;
    AuditModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_messageBar;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_change;
    QListWidget *m_findings;
    QPushButton *m_verify;
    QPushButton *m_export;
    TaskRunner *m_runner;
    FileChooser m_chooseSaveFile;
    std::optional<AuditVerifyReport> m_report;
};

} // namespace charter
