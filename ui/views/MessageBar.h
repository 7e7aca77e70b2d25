#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace charter {

// An inline message above the content (KeePassXC's MessageWidget, KDE's
// KMessageWidget): errors and notices that the user can read, act on through the
// buttons of the given actions, and close, without a modal dialog in the way.
// Colours are derived from the palette, so it follows light and dark themes.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Positive, Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows TEXT (plain text) with one button per action (triggered by a click). The
    // actions stay owned by the caller. Replaces any message shown before.
    void showMessage(const QString &text, Type type, const QList<QAction *> &actions = {});
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }
    QList<QAction *> messageActions() const { return m_actions; }

signals:
    void hidden();

protected:
    void paintEvent(QPaintEvent *event) override;

private:

    Type m_type = Type::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
    QList<QAction *> m_actions;
};

} // namespace charter
