#pragma once

#include "EditorForms.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace charter {

class DirectoryPicker;
class FieldBinder;
class SystemDraft;
class VendorModel;

// The system's vendor: "Unknown" (not known whether a vendor is involved, a gap),
// "None — built in-house", or a vendor profile from the directory (searchable), with
// "New Vendor…" for one that is not there yet. Below, the chosen profile, read-only:
// it is shared by every system of the vendor and edited in the vendor directory.
class VendorSection : public EditorSection
{
    Q_OBJECT

public:
    VendorSection(SystemDraft *draft, FieldBinder *binder, VendorModel *vendors,
                  QWidget *parent = nullptr);

    DirectoryPicker *picker() const { return m_picker; }
    QString profileText() const;

signals:
    void newVendorRequested(const QString &typedName);
    void openVendorRequested(qint64 vendorId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateProfile();
    void updateProfileText();
    void fitProfile();

    SystemDraft *m_draft;
    VendorModel *m_vendors;
    DirectoryPicker *m_picker;
    QTextBrowser *m_profile;
    QPushButton *m_open;
};

} // namespace charter
