#include "ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString extensionOf(ExportDialog::Format format)
{
    return format == ExportDialog::Format::JsonPortfolio ? u"json"_s : u"csv"_s;
}

} // namespace

ExportDialog::ExportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Register"));

    m_json = new QRadioButton(tr("&JSON portfolio"), this);
    m_json->setObjectName(u"exportJson"_s);
    auto *jsonNote = new QLabel(tr("Everything: systems, people, vendors with their risk profiles. "
                                   "Charter can import it again."), this);
    m_csv = new QRadioButton(tr("&CSV register extract"), this);
    m_csv->setObjectName(u"exportCsv"_s);
    auto *csvNote = new QLabel(tr("One row per system with its risk, for spreadsheets. Vendor "
                                  "profiles and people's details are left out."), this);
    for (QLabel *note : {jsonNote, csvNote}) {
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setIndent(fontMetrics().averageCharWidth() * 3);
    }
    m_bom = new QCheckBox(tr("Start with a UTF-8 &byte-order mark (for Excel)"), this);
    m_bom->setObjectName(u"exportBom"_s);
    m_bom->setToolTip(tr("Excel reads a CSV file as UTF-8 only when it starts with this mark; "
                         "other programs do not need it."));
    m_bom->setChecked(true);
    m_json->setChecked(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setAccessibleName(tr("File to write"));
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"exportBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);

    m_chooseFile = [](QWidget *parentWidget, const QString &current, Format format) {
        const QString filter = format == Format::JsonPortfolio
            ? ExportDialog::tr("JSON portfolio (*.json)")
            : ExportDialog::tr("CSV files (*.csv)");
        return QFileDialog::getSaveFileName(parentWidget, ExportDialog::tr("Export Register"),
                                            current, filter);
    };

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_json, &QRadioButton::toggled, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_json);
    layout->addWidget(jsonNote);
    layout->addSpacing(6);
    layout->addWidget(m_csv);
    layout->addWidget(csvNote);
    auto *bomRow = new QHBoxLayout;
    bomRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    bomRow->addWidget(m_bom);
    layout->addLayout(bomRow);
    layout->addSpacing(10);
    auto *form = new QFormLayout;
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    formatChanged();
}

ExportDialog::Format ExportDialog::format() const
{
    return m_csv->isChecked() ? Format::CsvRegister : Format::JsonPortfolio;
}

void ExportDialog::setFormat(Format format)
{
    (format == Format::CsvRegister ? m_csv : m_json)->setChecked(true);
}

bool ExportDialog::utf8Bom() const
{
    return format() == Format::CsvRegister && m_bom->isChecked();
}

void ExportDialog::setUtf8Bom(bool bom)
{
    m_bom->setChecked(bom);
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const QString chosen = m_chooseFile ? m_chooseFile(this, filePath(), format()) : QString();
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

void ExportDialog::formatChanged()
{
    m_bom->setEnabled(format() == Format::CsvRegister);
    // The file name follows the format: register.json <-> register.csv.
    const QString path = filePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if (suffix == u"json"_s || suffix == u"csv"_s) {
            const QString wanted = extensionOf(format());
            if (suffix != wanted)
                setFilePath(path.left(path.size() - suffix.size()) + wanted);
        }
    }
    updateButtons();
}

void ExportDialog::updateButtons()
{
    const QString path = filePath();
    const bool ok = !path.isEmpty() && !QFileInfo(path).isDir();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ok);
    }
}

} // namespace charter
