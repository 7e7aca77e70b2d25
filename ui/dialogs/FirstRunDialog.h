#pragma once

#include <QDialog>

class QRadioButton;

namespace charter {

// Asked when there is no database at a location yet: create one there (empty or filled
// with the demo portfolio), open another file, or quit. Closing the dialog answers
// Dismissed. Only collects the choice; MainWindow does the work.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { CreateWithDemo, CreateEmpty, OpenOther, Quit, Dismissed };
    // FirstRun offers "Open Another File…" and "Quit"; NewFile only "Create" and "Cancel".
    enum class Purpose { FirstRun, NewFile };

    FirstRunDialog(const QString &location, int demoSystemCount, Purpose purpose,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void finish(Choice choice);

    QRadioButton *m_withDemo = nullptr;
    QRadioButton *m_empty = nullptr;
    Choice m_choice = Choice::Dismissed;
};

} // namespace charter
