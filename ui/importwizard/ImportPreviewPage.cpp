#include "ImportPreviewPage.h"

#include "ImportWizard.h"
#include "PreviewTableModel.h"
#include "views/MessageBar.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString delimiterText(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportPreviewPage::tr("comma");
    case u';':
        return ImportPreviewPage::tr("semicolon");
    case u'\t':
        return ImportPreviewPage::tr("tab");
    case u'|':
        return ImportPreviewPage::tr("vertical bar");
    default:
        return u"\u201c%1\u201d"_s.arg(delimiter);
    }
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importPreviewPage"_s);
    setTitle(tr("Preview"));

    m_message = new MessageBar(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new PreviewTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 22);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(wizard, &ImportWizard::analysisStarted, this, &ImportPreviewPage::refresh);
    connect(wizard, &ImportWizard::analysisFinished, this, &ImportPreviewPage::refresh);
}

void ImportPreviewPage::initializePage()
{
    setSubTitle(tr("The first rows of %1 as Charter reads them. Check that the text and the "
                   "columns look right.")
                    .arg(QDir::toNativeSeparators(QFileInfo(m_wizard->filePath()).fileName())));
    m_wizard->analyse();
    refresh();
}

void ImportPreviewPage::refresh()
{
    const InterchangeJobs::Analysis &analysis = m_wizard->analysis();
    const bool current = m_wizard->analysisIsCurrent();
    if (m_wizard->isBusy() || !current || analysis.filePath != m_wizard->filePath()) {
        if (analysis.cancelled && !m_wizard->isBusy()) {
            m_message->showMessage(tr("Reading the file was cancelled. Go back to choose another "
                                      "file, or go back and forward to read it again."),
                                   MessageBar::Type::Warning);
        } else {
            m_message->hideMessage();
        }
        m_summary->setText(m_wizard->isBusy() ? tr("Reading the file…") : QString());
        if (analysis.filePath != m_wizard->filePath())
            m_model->clear();
        emit completeChanged();
        return;
    }

    if (analysis.readError) {
        m_message->showMessage(analysis.readError->message, MessageBar::Type::Error);
        m_summary->clear();
        m_model->clear();
        emit completeChanged();
        return;
    }

    const QLocale locale;
    if (analysis.isPortfolio) {
        m_model->clear();
        m_table->hide();
        if (analysis.importError) {
            m_message->showMessage(analysis.importError->message, MessageBar::Type::Error);
            m_summary->clear();
        } else {
            m_message->hideMessage();
            m_summary->setText(
                tr("A Charter portfolio: %1 systems, %2 people and %3 vendors with their risk "
                   "profiles. No column mapping is needed.")
                    .arg(locale.toString(analysis.portfolio.systems.size()),
                         locale.toString(analysis.portfolio.people.size()),
                         locale.toString(analysis.portfolio.vendors.size())));
        }
        emit completeChanged();
        return;
    }

    m_table->show();
    const SpreadsheetPreview &preview = *analysis.preview;
    const int headerLine = analysis.importError ? 0 : analysis.report.headerLine;
    m_model->setPreview(preview, headerLine);
    QStringList facts;
    facts << tr("Encoding: <b>%1</b>").arg(preview.encoding.toHtmlEscaped());
    facts << tr("Separated by: <b>%1</b>").arg(delimiterText(preview.delimiter).toHtmlEscaped());
    if (headerLine > 0) {
        facts << tr("Header row: <b>line %1</b>").arg(headerLine);
        facts << tr("Rows below it: <b>%1</b>").arg(locale.toString(analysis.report.records));
    }
    QString summary = facts.join(u" \u00b7 "_s);
    if (headerLine > 1)
        summary += u"<br>"_s + tr("Lines above the header row are shown in grey; they are not imported.");
    if (preview.truncated)
        summary += u"<br>"_s + tr("The first %1 rows are shown.").arg(preview.rows.size());
    m_summary->setText(summary);
    if (analysis.importError) {
        m_message->showMessage(tr("%1 On the next page, choose a profile or a mapping file that "
                                  "names the columns.").arg(analysis.importError->message),
                               MessageBar::Type::Warning);
    } else {
        m_message->hideMessage();
    }
    // Column widths fit the header and the first records (not the preamble), within reason.
    const QFontMetrics metrics = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int minWidth = metrics.averageCharWidth() * 6;
    const int maxWidth = metrics.averageCharWidth() * 36;
    const int padding = metrics.averageCharWidth() * 2;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = minWidth;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            if (index.data(PreviewTableModel::IsPreambleRole).toBool())
                continue;
            const QFontMetrics &used =
                index.data(PreviewTableModel::IsHeaderRowRole).toBool() ? boldMetrics : metrics;
            width = qMax(width, used.horizontalAdvance(index.data().toString()) + padding);
            if (width >= maxWidth)
                break;
        }
        m_table->setColumnWidth(column, qMin(width, maxWidth));
    }
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    if (m_wizard->isBusy() || !m_wizard->analysisIsCurrent())
        return false;
    const InterchangeJobs::Analysis &analysis = m_wizard->analysis();
    if (analysis.readError)
        return false;
    if (analysis.isPortfolio)
        return !analysis.importError;
    return analysis.preview.has_value();
}

int ImportPreviewPage::nextId() const
{
    return m_wizard->analysis().isPortfolio ? ImportWizard::ReportPageId : ImportWizard::MappingPageId;
}

} // namespace charter
