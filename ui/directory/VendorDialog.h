#pragma once

#include "domain/Vendor.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;

namespace charter {

class VendorDraft;
class VendorForm;

// Creates a vendor profile from where it is needed (the system editor's "New
// Vendor…"): the vendor form in a dialog, Add enabled once the profile is valid. The
// caller stores the result.
class VendorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VendorDialog(const Vendor &proposal, QWidget *parent = nullptr);

    Vendor vendor() const;

    // Runs the dialog; the vendor to add, or nullopt when cancelled.
    static std::optional<Vendor> ask(QWidget *parent, const Vendor &proposal);

private:
    void updateButtons();

    VendorDraft *m_draft;
    VendorForm *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace charter
