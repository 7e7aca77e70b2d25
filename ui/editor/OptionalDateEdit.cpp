#include "OptionalDateEdit.h"

#include "theme/Colours.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace charter {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, const QString &unsetText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateEdit(this))
    , m_unset(new QLabel(unsetText, this))
    , m_warning(new QLabel(this))
    , m_proposed(QDate::currentDate().addYears(1))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_edit->setDate(m_proposed);
    QPalette palette = m_unset->palette();
    palette.setColor(QPalette::WindowText, warningColour(palette));
    m_unset->setPalette(palette);
    m_warning->setPalette(palette);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addWidget(m_unset);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    setFocusProxy(m_check);

    connect(m_check, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked && !m_edit->date().isValid()) {
            const QSignalBlocker blocker(m_edit);
            m_edit->setDate(m_proposed);
        }
        updateState();
        emit dateEdited(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_check->isChecked())
            emit dateEdited(date());
    });
    updateState();
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker checkBlocker(m_check);
    const QSignalBlocker editBlocker(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_proposed);
    updateState();
}

void OptionalDateEdit::setAccessibleNames(const QString &checkName, const QString &dateName)
{
    m_check->setAccessibleName(checkName);
    m_edit->setAccessibleName(dateName);
}

void OptionalDateEdit::setWarning(const QString &text)
{
    m_warning->setText(text);
    updateState();
}

void OptionalDateEdit::updateState()
{
    const bool checked = m_check->isChecked();
    m_edit->setVisible(checked);
    m_unset->setVisible(!checked);
    m_warning->setVisible(checked && !m_warning->text().isEmpty());
}

} // namespace charter
