#pragma once

#include "EntryEditor.h"
#include "domain/Vendor.h"

class QLabel;
class QTableView;
class QTextBrowser;

namespace charter {

class DirectoryStore;
class RegistryModel;
class VendorDraft;
class VendorForm;

// Edits one vendor risk profile (or a new one) in the EntryEditor frame, and shows
// what it means for the register: the risk factors the profile adds to each system
// that depends on it (live while editing), and every such system with its tier and
// owner (double-click or Enter opens a system).
class VendorEditor : public EntryEditor
{
    Q_OBJECT

public:
    explicit VendorEditor(DirectoryStore *directory, QWidget *parent = nullptr);

    bool editVendor(const Vendor &vendor);
    bool newVendor();
    void clear() override;
    // Reads the dependent systems again (their risk changes with the profile).
    void refreshSystems();

    VendorDraft *draft() const { return m_draft; }
    VendorForm *form() const { return m_form; }
    qint64 vendorId() const;
    RegistryModel *systemsModel() const { return m_systems; }
    QTableView *systemsView() const { return m_systemsView; }
    QString riskText() const;

signals:
    void openSystemRequested(qint64 systemId);

protected:
    bool isNewEntry() const override;
    QString entryName() const override;
    Status store(qint64 *id) override;
    void discardEdits() override;
    void revertEdits() override;
    void changeEvent(QEvent *event) override;

private:
    void updateRisk();

    DirectoryStore *m_directory;
    VendorDraft *m_draft;
    VendorForm *m_form;
    QTextBrowser *m_risk;
    QLabel *m_systemsTitle;
    RegistryModel *m_systems;
    QTableView *m_systemsView;
};

} // namespace charter
