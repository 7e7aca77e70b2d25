#include "VendorEditor.h"

#include "DirectoryStore.h"
#include "VendorDraft.h"
#include "VendorForm.h"
#include "editor/EditorForms.h"
#include "models/RegistryModel.h"
#include "theme/Colours.h"
#include "views/MessageBar.h"
#include "views/RiskTierDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

VendorEditor::VendorEditor(DirectoryStore *directory, QWidget *parent)
    : EntryEditor(parent)
    , m_directory(directory)
    , m_draft(new VendorDraft(this))
{
    setObjectName(u"vendorEditor"_s);
    m_form = new VendorForm(m_draft, this);

    m_risk = new QTextBrowser(this);
    m_risk->setObjectName(u"vendorRisk"_s);
    m_risk->setAccessibleName(tr("Risk this vendor adds to each of its systems"));
    m_risk->setOpenLinks(false);
    m_risk->setFocusPolicy(Qt::NoFocus);
    m_risk->setFrameShape(QFrame::StyledPanel);
    m_risk->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    // Room for every factor a vendor can add (about ten) before it scrolls.
    m_risk->setMaximumHeight(fontMetrics().lineSpacing() * 13);

    m_systemsTitle = EditorForms::heading(QString(), this);
    m_systems = new RegistryModel(this);
    m_systems->setToday(QDate::currentDate());
    m_systemsView = new QTableView(this);
    m_systemsView->setObjectName(u"vendorSystems"_s);
    m_systemsView->setAccessibleName(tr("Systems depending on this vendor"));
    m_systemsView->setModel(m_systems);
    m_systemsView->setItemDelegateForColumn(RegistryModel::TierColumn, new RiskTierDelegate(m_systemsView));
    m_systemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_systemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_systemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_systemsView->setAlternatingRowColors(true);
    m_systemsView->setShowGrid(false);
    m_systemsView->setWordWrap(false);
    m_systemsView->verticalHeader()->hide();
    m_systemsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_systemsView->horizontalHeader()->setHighlightSections(false);
    m_systemsView->horizontalHeader()->setStretchLastSection(true);
    for (int column : {RegistryModel::ScoreColumn, RegistryModel::CompletenessColumn,
                       RegistryModel::VendorColumn, RegistryModel::BusinessUnitColumn,
                       RegistryModel::ReferenceColumn})
        m_systemsView->setColumnHidden(column, true);
    const int n = fontMetrics().horizontalAdvance(u'n');
    m_systemsView->horizontalHeader()->resizeSection(RegistryModel::NameColumn, n * 26);
    m_systemsView->horizontalHeader()->resizeSection(RegistryModel::TierColumn, n * 10);
    m_systemsView->horizontalHeader()->resizeSection(RegistryModel::OwnerColumn, n * 16);
    m_systemsView->horizontalHeader()->resizeSection(RegistryModel::NextReviewColumn, n * 11);
    connect(m_systemsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit openSystemRequested(index.data(RegistryModel::SystemIdRole).toLongLong());
    });

    content()->addWidget(m_form);
    content()->addSpacing(6);
    content()->addWidget(EditorForms::heading(tr("Risk it adds to each of its systems"), this));
    content()->addWidget(m_risk, 1); // shares the free height with the systems, up to its maximum
    content()->addSpacing(6);
    content()->addWidget(m_systemsTitle);
    content()->addWidget(m_systemsView, 1);
    setDraft(m_draft);

    connect(m_draft, &RecordDraft::changed, this, &VendorEditor::updateRisk);
    setEditing(false);
    updateRisk();
}

qint64 VendorEditor::vendorId() const
{
    return m_draft->record().id;
}

bool VendorEditor::editVendor(const Vendor &vendor)
{
    if (isEditing() && vendor.id != 0 && vendor.id == vendorId())
        return true;
    if (!confirmLeave())
        return false;
    m_draft->load(vendor);
    setEditing(true);
    refreshSystems();
    updateRisk();
    return true;
}

bool VendorEditor::newVendor()
{
    if (!confirmLeave())
        return false;
    m_draft->load(Vendor());
    setEditing(true);
    refreshSystems();
    updateRisk();
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

void VendorEditor::clear()
{
    m_draft->load(Vendor());
    setEditing(false);
    refreshSystems();
    updateRisk();
}

void VendorEditor::refreshSystems()
{
    QList<RegistryRow> rows;
    if (isEditing() && vendorId() > 0) {
        Result<QList<RegistryRow>> loaded = m_directory->systemsOfVendor(vendorId());
        if (loaded) {
            rows = *loaded;
        } else {
            messageBar()->showMessage(tr("Cannot list the systems of this vendor. %1").arg(loaded.error().message),
                                      MessageBar::Type::Error);
        }
    }
    m_systems->setRows(rows);
    if (!isEditing())
        m_systemsTitle->setText(tr("Systems depending on this vendor"));
    else if (vendorId() == 0)
        m_systemsTitle->setText(tr("Systems depending on this vendor: none yet (not saved)"));
    else if (rows.isEmpty())
        m_systemsTitle->setText(tr("Systems depending on this vendor: none"));
    else if (rows.size() == 1)
        m_systemsTitle->setText(tr("1 system depends on this vendor"));
    else
        m_systemsTitle->setText(tr("%n systems depend on this vendor", nullptr, int(rows.size())));
}

QString VendorEditor::riskText() const
{
    return m_risk->toPlainText();
}

void VendorEditor::changeEvent(QEvent *event)
{
    EntryEditor::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateRisk();
}

void VendorEditor::updateRisk()
{
    if (!isEditing()) {
        m_risk->clear();
        return;
    }
    const QList<RiskFactor> factors = m_directory->vendorRiskFactors(m_draft->record());
    const QPalette palette = this->palette();
    const QString warning = warningColour(palette).name();
    QString html;
    if (factors.isEmpty()) {
        html = u"<p>"_s + tr("This profile adds no risk factor to its systems.").toHtmlEscaped() + u"</p>"_s;
    } else {
        int total = 0;
        html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
        for (const RiskFactor &factor : factors) {
            total += factor.points;
            const QString sentence = factor.fromUnknown
                ? u"<span style=\"color:%1\">\u26A0 %2</span>"_s.arg(warning, factor.sentence.toHtmlEscaped())
                : factor.sentence.toHtmlEscaped();
            html += u"<tr><td>"_s + sentence + u"</td><td align=\"right\"><b>"_s
                + tr("+%1").arg(factor.points).toHtmlEscaped() + u"</b></td></tr>"_s;
        }
        html += u"<tr><td><b>"_s + tr("Added to the score of each system").toHtmlEscaped()
            + u"</b></td><td align=\"right\"><b>"_s + tr("+%1").arg(total).toHtmlEscaped()
            + u"</b></td></tr></table>"_s;
    }
    m_risk->setHtml(html);
}

bool VendorEditor::isNewEntry() const
{
    return m_draft->isNew();
}

QString VendorEditor::entryName() const
{
    const QString name = m_draft->record().name.trimmed();
    if (!name.isEmpty())
        return name;
    return m_draft->isNew() ? tr("New vendor") : tr("Unnamed vendor");
}

Status VendorEditor::store(qint64 *id)
{
    Vendor vendor = m_draft->record();
    Status status = vendor.id == 0 ? m_directory->addVendor(vendor) : m_directory->updateVendor(vendor);
    if (status) {
        m_draft->markSaved(vendor);
        *id = vendor.id;
        refreshSystems();
    }
    return status;
}

void VendorEditor::discardEdits()
{
    m_draft->load(m_draft->stored());
}

void VendorEditor::revertEdits()
{
    m_draft->revert();
}

} // namespace charter
