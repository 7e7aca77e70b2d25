#pragma once

#include <QWidget>

class QLineEdit;

namespace charter {

class FieldBinder;
class VendorDraft;

// The fields of a vendor risk profile, bound to a VendorDraft, in two columns: the
// name and the five ratings; attestations, data residency, contract end, model
// deprecation notice and notes. Every answer can be Unknown.
class VendorForm : public QWidget
{
    Q_OBJECT

public:
    explicit VendorForm(VendorDraft *draft, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }

private:
    FieldBinder *m_binder;
    QLineEdit *m_name;
};

} // namespace charter
