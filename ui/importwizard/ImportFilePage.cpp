#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "UiSettings.h"
#include "storage/Database.h"
#include "theme/Colours.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importFilePage"_s);
    setTitle(tr("Choose the File to Import"));
    const QString target = Database::isServerLocation(wizard->databaseLocation())
        ? wizard->databaseLocation()
        : QFileInfo(wizard->databaseLocation()).fileName();
    setSubTitle(tr("A spreadsheet inventory saved as CSV, or a Charter JSON portfolio. The "
                   "systems in it are added to %1; nothing is stored before the last step.")
                    .arg(target));

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"importPath"_s);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Path of a .csv or .json file"));
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"importBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);

    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"importFileProblem"_s);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, warningColour(palette));
    m_problem->setPalette(palette);

    auto *hints = new QLabel(
        tr("<p>Charter reads what spreadsheets write:</p><ul>"
           "<li>UTF-8 (with or without byte-order mark), UTF-16 and Windows-1252 text;</li>"
           "<li>values separated by commas, semicolons, tabs or bars;</li>"
           "<li>titles and notes above the header row, which are skipped;</li>"
           "<li>the US federal AI use-case inventory (OMB M-25-21) and Charter's own register "
           "export, recognised by their headers; other layouts through a mapping file.</li></ul>"),
        this);
    hints->setWordWrap(true);
    hints->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(label, row);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addWidget(hints);
    layout->addStretch(1);
}

void ImportFilePage::setFilePath(const QString &path)
{
    if (filePath() != path)
        m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportFilePage::isComplete() const
{
    const QString path = filePath();
    const QFileInfo info(path);
    QString problem;
    if (!path.isEmpty() && !info.exists())
        problem = tr("There is no file %1.").arg(QDir::toNativeSeparators(path));
    else if (!path.isEmpty() && !info.isFile())
        problem = tr("%1 is a folder; choose a file in it.").arg(QDir::toNativeSeparators(path));
    else if (!path.isEmpty() && !info.isReadable())
        problem = tr("%1 cannot be read (no permission).").arg(QDir::toNativeSeparators(path));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    return !path.isEmpty() && problem.isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = QFileInfo(filePath()).absoluteFilePath();
    m_wizard->setFilePath(path);
    UiSettings::setLastImportDirectory(QFileInfo(path).absolutePath());
    return true;
}

void ImportFilePage::browse()
{
    QString start = filePath();
    if (start.isEmpty())
        start = UiSettings::lastImportDirectory();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = m_wizard->chooseFile(this, start);
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

} // namespace charter
