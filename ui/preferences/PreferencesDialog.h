#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;

namespace charter {

// Edit > Preferences: the language of the user interface (System, English, Deutsch,
// Français). Stored in UiSettings on OK; Charter reads it at start, so a change takes
// effect when Charter is started again (the dialog says so).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen language name ("de"), empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    // Stores the choice; true when it differs from what was stored before.
    bool apply();

private:
    void updateRestartNote();

    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QString m_stored;
};

} // namespace charter
