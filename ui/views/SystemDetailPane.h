#pragma once

#include "register/RegisterService.h"

#include <QDate>
#include <QTextBrowser>

#include <optional>

namespace charter {

// The read-only detail pane: one system's owners, boundaries, escalation, data,
// vendor, support, regulatory answers and its explained risk (rendered by
// SystemDetailHtml). Re-renders itself when the palette changes.
class SystemDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SystemDetailPane(QWidget *parent = nullptr);

    void showDetails(const SystemDetails &details);
    // Shows a note instead of a system ("Select a system…", an error text).
    void showNote(const QString &text);

    // Id of the system shown, 0 when none.
    qint64 systemId() const { return m_details ? m_details->system.id : 0; }

    // The date reviews and contracts are compared with; defaults to today.
    void setToday(const QDate &today);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<SystemDetails> m_details;
    QString m_note;
    QDate m_today;
};

} // namespace charter
