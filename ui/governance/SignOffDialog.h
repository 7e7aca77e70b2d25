#pragma once

#include "domain/SignOff.h"
#include "governance/SignOff.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace charter {

class MessageBar;
class RegisterService;

// Shows exactly what a sign-off binds to before it is given: the system's canonical
// content as it is stored now and its SHA-256. When the acting account's earlier
// sign-off of this kind went stale, it says "re-sign required" and lists what changed
// since that signature (material changes marked). Sign passes the hash shown to
// WorkflowService::sign, so content changed meanwhile is refused, not signed; a refusal
// (role, separation of duties, state) shows inline and the dialog stays open.
class SignOffDialog : public QDialog
{
    Q_OBJECT

public:
    SignOffDialog(RegisterService &session, qint64 systemId, SignOffKind kind, QWidget *parent = nullptr);

    // False when the system could not be read (the message bar says why).
    bool isLoaded() const { return !m_sha256.isEmpty(); }
    QString contentSha256() const { return m_sha256; }
    QString contentText() const;
    // The earlier sign-off this one replaces because it went stale, if any.
    const std::optional<SignOffStatus> &staleSignOff() const { return m_stale; }
    QString changesText() const;
    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *signButton() const { return m_sign; }
    QLineEdit *reasonEdit() const { return m_reason; }

    // Signs (what the Sign button does); true when it was recorded.
    bool sign();

signals:
    void signedOff(qint64 systemId);

private:
    void load();

    RegisterService &m_session;
    qint64 m_systemId;
    SignOffKind m_kind;
    QString m_sha256;
    std::optional<SignOffStatus> m_stale;

    MessageBar *m_messageBar;
    QLabel *m_summary;
    QLabel *m_hash;
    QLabel *m_staleLabel;
    QPlainTextEdit *m_changes;
    QPlainTextEdit *m_content;
    QLineEdit *m_reason;
    QPushButton *m_sign;
};

} // namespace charter
