#pragma once

#include "SubmitDialog.h"
#include "domain/RegistryRow.h"
#include "meetings/MeetingService.h"

#include <QList>

class QComboBox;
class QLineEdit;

namespace charter {

// "Add agenda item": a system (optional), a title and a reason. Only collects them;
// MeetingsWindow adds the item through MeetingService (on a worker): a refusal shows
// in the dialog, which stays open with the input as it was.
class AddItemDialog : public SubmitDialog
{
    Q_OBJECT

public:
    // SYSTEMS: the register's systems to choose from. POSITION: where the item goes
    // (1-based; 0 = at the end).
    AddItemDialog(const QList<RegistryRow> &systems, int position, QWidget *parent = nullptr);

    ManualItem item() const;
    void setTitle(const QString &title);
    void setReason(const QString &reason);
    void setSystem(qint64 systemId);

protected:
    bool canSubmit() const override;

private:
    int m_position = 0;
    QComboBox *m_system = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace charter
