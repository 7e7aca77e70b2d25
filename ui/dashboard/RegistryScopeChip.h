#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace charter {

// The removable label above the registry table while it is scoped to an explicit set
// of systems (a dashboard tile or chart element clicked through):
// "Dashboard: Stale sign-offs — 12 systems ×". Hidden without a scope.
class RegistryScopeChip : public QFrame
{
    Q_OBJECT

public:
    explicit RegistryScopeChip(QWidget *parent = nullptr);

    // LABEL empty or COUNT 0: hides the chip.
    void setScope(const QString &label, int count);
    QString text() const;
    QToolButton *removeButton() const { return m_remove; }

signals:
    void removeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_remove;
};

} // namespace charter
