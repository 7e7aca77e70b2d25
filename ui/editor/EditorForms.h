#pragma once

#include "domain/Enums.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;
class QWidget;

namespace charter {

// Building blocks shared by the editor sections and the directory editors, so every
// form looks and behaves the same: unknown text is an empty field with the placeholder
// "Unknown — a gap", every choice list starts with its Unknown entry (in the warning
// colour), numbers use -1 and show "Unknown", and every input has an accessible name.
class EditorForms
{
    Q_DECLARE_TR_FUNCTIONS(EditorForms)

public:
    static QString unknownPlaceholder();

    static QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName,
                               const QString &placeholder = QString());
    static QPlainTextEdit *textArea(QWidget *parent, const QString &accessibleName,
                                    int lines = 3, const QString &placeholder = QString());
    // A count (minutes, days) where -1 means unknown.
    static QSpinBox *countSpin(QWidget *parent, const QString &accessibleName, int maximum,
                               const QString &suffix);
    static QComboBox *choiceCombo(QWidget *parent, const QString &accessibleName);
    // Adds an item whose Qt::UserRole data is VALUE; gaps show in the warning colour.
    static void addChoice(QComboBox *combo, const QString &text, const QVariant &value, bool isGap);

    template <typename E>
    static QComboBox *enumCombo(QWidget *parent, const QString &accessibleName,
                                const QString &unknownText = QString())
    {
        QComboBox *combo = choiceCombo(parent, accessibleName);
        for (const auto &entry : enumEntries<E>()) {
            const bool unknown = QLatin1String(entry.key) == QLatin1String("unknown");
            const QString text = unknown && !unknownText.isEmpty() ? unknownText
                                                                   : enumLabel(entry.value);
            addChoice(combo, text, int(entry.value), unknown);
        }
        return combo;
    }

    // A form layout with the spacing all editor forms use.
    static QFormLayout *form();
    // Section heading and its one-line explanation.
    static QLabel *heading(const QString &text, QWidget *parent);
    static QLabel *hint(const QString &text, QWidget *parent);
};

// One page of an editor: a heading, a short explanation, then the page's content.
class EditorSection : public QWidget
{
    Q_OBJECT

public:
    EditorSection(const QString &title, const QString &hint, QWidget *parent = nullptr);

    QString title() const { return m_title; }

protected:
    QVBoxLayout *body() const { return m_body; }

private:
    QString m_title;
    QVBoxLayout *m_body;
};

} // namespace charter
