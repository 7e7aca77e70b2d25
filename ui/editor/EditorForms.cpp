#include "EditorForms.h"

#include "theme/Colours.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace charter {

QString EditorForms::unknownPlaceholder()
{
    return tr("Unknown \u2014 a gap");
}

QLineEdit *EditorForms::lineEdit(QWidget *parent, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder.isEmpty() ? unknownPlaceholder() : placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QPlainTextEdit *EditorForms::textArea(QWidget *parent, const QString &accessibleName, int lines,
                                      const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder.isEmpty() ? unknownPlaceholder() : placeholder);
    edit->setTabChangesFocus(true);
    const QFontMetrics metrics = edit->fontMetrics();
    const int margins = int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2 + 4;
    edit->setFixedHeight(metrics.lineSpacing() * lines + margins);
    return edit;
}

QSpinBox *EditorForms::countSpin(QWidget *parent, const QString &accessibleName, int maximum,
                                 const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setAccessibleName(accessibleName);
    spin->setRange(-1, maximum);
    spin->setSpecialValueText(tr("Unknown"));
    spin->setSuffix(suffix);
    spin->setValue(-1);
    spin->setAccelerated(true);
    return spin;
}

QComboBox *EditorForms::choiceCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    // As wide as its longest choice, not the whole form: a short answer looks short.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    combo->setMinimumContentsLength(12);
    return combo;
}

void EditorForms::addChoice(QComboBox *combo, const QString &text, const QVariant &value, bool isGap)
{
    combo->addItem(text, value);
    if (isGap)
        combo->setItemData(combo->count() - 1, warningColour(combo->palette()), Qt::ForegroundRole);
}

QFormLayout *EditorForms::form()
{
    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(8);
    return layout;
}

QLabel *EditorForms::heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *EditorForms::hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, mutedColour(palette));
    label->setPalette(palette);
    return label;
}

EditorSection::EditorSection(const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_body(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(EditorForms::heading(title, this));
    layout->addWidget(EditorForms::hint(hint, this));
    layout->addSpacing(10);
    m_body->setSpacing(8);
    layout->addLayout(m_body, 1);
}

} // namespace charter
