#include "ImportMappingPage.h"

#include "ColumnMappingModel.h"
#include "ImportIssuesModel.h"
#include "ImportWizard.h"
#include "interchange/ImportProfile.h"
#include "views/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString profileLabel(const QString &name)
{
    if (name == u"omb-2025"_s)
        return ImportMappingPage::tr("US federal AI use-case inventory (omb-2025)");
    if (name == u"charter"_s)
        return ImportMappingPage::tr("Charter register export (charter)");
    return name;
}

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(parent->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Columns and Values"));
    setSubTitle(tr("Which column fills which register field, and the values Charter could not "
                   "place. A mapping file can name other columns and values "
                   "(see docs/mapping-file.md)."));

    m_message = new MessageBar(this);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"importProfile"_s);
    m_profile->setAccessibleName(tr("Import profile"));
    m_profile->addItem(tr("Detect from the header row"), QString());
    for (const QString &name : ImportProfile::builtinNames())
        m_profile->addItem(profileLabel(name), name);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportMappingPage::optionsChanged);

    m_mapping = new QLineEdit(this);
    m_mapping->setObjectName(u"importMapping"_s);
    m_mapping->setAccessibleName(tr("Mapping file"));
    m_mapping->setPlaceholderText(tr("None: the profile alone"));
    m_mapping->setClearButtonEnabled(true);
    connect(m_mapping, &QLineEdit::editingFinished, this, &ImportMappingPage::optionsChanged);
    connect(m_mapping, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            optionsChanged(); // the clear button
    });
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(u"importMappingBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ImportMappingPage::browseMapping);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(browse);

    m_strict = new QCheckBox(tr("&Strict: import nothing when any row has a problem"), this);
    m_strict->setObjectName(u"importStrict"_s);
    connect(m_strict, &QCheckBox::toggled, this, &ImportMappingPage::optionsChanged);

    auto *profileLabelWidget = new QLabel(tr("&Profile:"), this);
    profileLabelWidget->setBuddy(m_profile);
    auto *mappingLabel = new QLabel(tr("&Mapping file:"), this);
    mappingLabel->setBuddy(m_mapping);
    auto *form = new QFormLayout;
    form->addRow(profileLabelWidget, m_profile);
    form->addRow(mappingLabel, mappingRow);
    form->addRow(QString(), m_strict);

    m_columnsSummary = new QLabel(this);
    m_columnsSummary->setWordWrap(true);
    m_columnsModel = new ColumnMappingModel(this);
    m_columns = makeTable(this, u"mappingTable"_s, tr("Columns and the fields they fill"));
    m_columns->setModel(m_columnsModel);
    const int em = fontMetrics().averageCharWidth();
    m_columns->horizontalHeader()->resizeSection(ColumnMappingModel::FileColumn, em * 48);
    m_columns->horizontalHeader()->resizeSection(ColumnMappingModel::FieldColumn, em * 32);

    m_valuesSummary = new QLabel(this);
    m_valuesSummary->setWordWrap(true);
    m_valuesModel = new ImportIssuesModel(ImportIssuesModel::Mode::ByValue, this);
    m_values = makeTable(this, u"unmappedValuesTable"_s, tr("Values that need attention"));
    m_values->setModel(m_valuesModel);
    m_values->horizontalHeader()->resizeSection(0, em * 22);
    m_values->horizontalHeader()->resizeSection(1, em * 30);
    m_values->horizontalHeader()->resizeSection(2, em * 7);

    auto *columnsBox = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(m_columnsSummary);
    columnsLayout->addWidget(m_columns, 1);
    auto *valuesBox = new QWidget(this);
    m_valuesBox = valuesBox;
    auto *valuesLayout = new QVBoxLayout(valuesBox);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    valuesLayout->addWidget(m_valuesSummary);
    valuesLayout->addWidget(m_values, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(columnsBox, 3);
    layout->addWidget(valuesBox, 2);

    connect(wizard, &ImportWizard::analysisStarted, this, &ImportMappingPage::refresh);
    connect(wizard, &ImportWizard::analysisFinished, this, &ImportMappingPage::refresh);
}

void ImportMappingPage::initializePage()
{
    const ImportOptions options = m_wizard->importOptions();
    m_updating = true;
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(options.profile)));
    m_mapping->setText(QDir::toNativeSeparators(options.mappingFile));
    m_strict->setChecked(options.strict);
    m_updating = false;
    m_wizard->analyse();
    refresh();
}

void ImportMappingPage::setMappingFile(const QString &path)
{
    m_mapping->setText(QDir::toNativeSeparators(path));
    optionsChanged();
}

void ImportMappingPage::browseMapping()
{
    QString start = QDir::fromNativeSeparators(m_mapping->text().trimmed());
    if (start.isEmpty())
        start = QFileInfo(m_wizard->filePath()).absolutePath();
    const QString chosen = m_wizard->chooseMappingFile(this, start);
    if (!chosen.isEmpty())
        setMappingFile(chosen);
}

void ImportMappingPage::optionsChanged()
{
    if (m_updating)
        return;
    ImportOptions options;
    options.profile = m_profile->currentData().toString();
    options.mappingFile = QDir::fromNativeSeparators(m_mapping->text().trimmed());
    options.strict = m_strict->isChecked();
    m_wizard->setImportOptions(options);
    m_wizard->analyse();
    refresh();
}

void ImportMappingPage::refresh()
{
    const InterchangeJobs::Analysis &analysis = m_wizard->analysis();
    if (m_wizard->isBusy()) {
        m_columnsSummary->setText(tr("Trying the import with these settings…"));
        emit completeChanged();
        return;
    }
    if (!m_wizard->analysisIsCurrent()) {
        if (analysis.cancelled)
            m_message->showMessage(tr("The dry run was cancelled; change a setting to try again."),
                                   MessageBar::Type::Warning);
        emit completeChanged();
        return;
    }
    if (analysis.importError) {
        m_message->showMessage(analysis.importError->message, MessageBar::Type::Error);
        m_columnsModel->clear();
        m_valuesModel->setIssues({});
        m_columnsSummary->setText(tr("No column mapping: the dry run failed."));
        m_valuesSummary->clear();
        emit completeChanged();
        return;
    }
    m_message->hideMessage();
    if (analysis.preview)
        m_columnsModel->setMapping(*analysis.preview, analysis.report);
    m_valuesModel->setIssues(analysis.report.issues);
    m_columnsSummary->setText(tr("Profile %1: %2 of %3 columns fill a register field; the others "
                                 "are not imported.")
                                  .arg(profileLabel(analysis.report.profile))
                                  .arg(m_columnsModel->mappedCount())
                                  .arg(m_columnsModel->rowCount()));
    // No values to show: the columns take the room.
    const bool anyValues = m_valuesModel->rowCount() > 0;
    m_values->setVisible(anyValues);
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_valuesBox, anyValues ? 2 : 0);
    if (m_valuesModel->rowCount() == 0) {
        m_valuesSummary->setText(tr("Every value in the mapped columns was understood."));
    } else {
        m_valuesSummary->setText(
            tr("%1 values need attention; each line says what happens to it (a value that is "
               "not understood is imported as unknown, a visible gap). A mapping file can give "
               "such values their meaning.")
                .arg(m_valuesModel->rowCount()));
    }
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    if (m_wizard->isBusy() || !m_wizard->analysisIsCurrent())
        return false;
    return m_wizard->analysis().canImport();
}

} // namespace charter
