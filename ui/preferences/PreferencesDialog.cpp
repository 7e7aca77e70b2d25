#include "PreferencesDialog.h"

#include "UiSettings.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// A language is offered under its own name ("Deutsch", "Français"), as people look
// for it in a language they may not read.
QString autonym(const QString &language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (language == u"en"_s)
        name = QLocale(QLocale::English, QLocale::UnitedKingdom).nativeLanguageName().section(u' ', -1);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System (%1)").arg(autonym(QLocale::system().name().section(u'_', 0, 0))), QString());
    for (const QString &language : shippedLanguages())
        m_language->addItem(autonym(language), language);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    m_stored = UiSettings::language();
    setLanguage(m_stored);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
    setMinimumWidth(420);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

bool PreferencesDialog::apply()
{
    const QString chosen = language();
    if (chosen == m_stored)
        return false;
    UiSettings::setLanguage(chosen);
    m_stored = chosen;
    updateRestartNote();
    return true;
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setText(language() == m_stored
                               ? tr("The language, and with it the format of dates and numbers, "
                                    "is chosen when Charter starts.")
                               : tr("The new language takes effect when Charter is started again."));
}

} // namespace charter
