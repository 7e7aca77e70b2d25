#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QStandardItemModel;
class QToolButton;

namespace charter {

// Picks one entry of a directory (a person, a vendor) by id: a searchable combo box
// (type any part of a name) and a "New…" button beside it for an entry that is not in
// the directory yet. The choices start with fixed entries (e.g. "Unknown — nobody
// named"), followed by the directory model's rows; ID_ROLE holds the id in both.
//
// idChosen is emitted only for the user's choices, never when the directory changes
// or setCurrentId is called, so a binding never mistakes a refresh for an edit.
class DirectoryPicker : public QWidget
{
    Q_OBJECT

public:
    struct FixedChoice {
        QString text;
        qint64 id = 0;
        bool isGap = false; // shown in the warning colour
        QString toolTip;
    };

    DirectoryPicker(QAbstractItemModel *directory, int idRole, const QList<FixedChoice> &fixed,
                    const QString &newText, QWidget *parent = nullptr);

    qint64 currentId() const { return m_id; }
    void setCurrentId(qint64 id);
    void setAccessibleNames(const QString &comboName, const QString &newButtonName);

    QComboBox *comboBox() const { return m_combo; }
    QToolButton *newButton() const { return m_new; }
    QAbstractItemModel *choices() const { return m_choices; }

    // Text the user typed that matches no entry (offered as the new entry's name).
    QString unmatchedText() const { return m_unmatched; }

signals:
    void idChosen(qint64 id);
    void newRequested(const QString &typedText);

private:
    void chooseRow(int row);
    void resync();
    void restoreText();
    void updateTextColour();

    QStandardItemModel *m_fixed;
    QAbstractItemModel *m_choices;
    QComboBox *m_combo;
    QToolButton *m_new;
    int m_idRole;
    qint64 m_id = 0;
    QString m_unmatched;
};

} // namespace charter
