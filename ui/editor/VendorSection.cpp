#include "VendorSection.h"

#include "DirectoryPicker.h"
#include "FieldBinder.h"
#include "SystemDraft.h"
#include "models/VendorModel.h"
#include "theme/Colours.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace charter {

VendorSection::VendorSection(SystemDraft *draft, FieldBinder *binder, VendorModel *vendors,
                             QWidget *parent)
    : EditorSection(tr("Vendor"),
                    tr("Whose model or service the system depends on. The vendor's risk profile is "
                       "shared by all its systems and counts in each one's risk."),
                    parent)
    , m_draft(draft)
    , m_vendors(vendors)
{
    const QList<DirectoryPicker::FixedChoice> fixed = {
        {tr("Unknown \u2014 not known whether a vendor is involved"), SystemDraft::VendorUnknown, true,
         tr("A gap that counts as risk.")},
        {tr("None \u2014 built in-house"), SystemDraft::VendorNone, false, QString()},
    };
    m_picker = new DirectoryPicker(vendors, VendorModel::VendorIdRole, fixed, tr("New Vendor\u2026"), this);
    m_picker->setAccessibleNames(tr("Vendor"), tr("New vendor profile"));
    binder->bind(m_picker, int(SystemField::Vendor));
    connect(m_picker, &DirectoryPicker::newRequested, this, &VendorSection::newVendorRequested);

    m_profile = new QTextBrowser(this);
    m_profile->setAccessibleName(tr("Vendor risk profile"));
    m_profile->setFrameShape(QFrame::StyledPanel);
    m_profile->setOpenLinks(false);
    m_profile->setFocusPolicy(Qt::NoFocus);
    m_profile->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profile->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_open = new QPushButton(tr("Open in Vendor Directory"), this);
    m_open->setToolTip(tr("Edit this vendor's shared profile"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const qint64 id = m_draft->system().vendorId;
        if (id > 0)
            emit openVendorRequested(id);
    });

    QFormLayout *form = EditorForms::form();
    form->addRow(tr("Vendor:"), m_picker);
    body()->addLayout(form);
    body()->addWidget(m_profile);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    body()->addLayout(buttons);
    body()->addStretch(1);

    connect(draft, &RecordDraft::valueChanged, this, [this](int field) {
        if (field == int(SystemField::Vendor))
            updateProfile();
    });
    connect(draft, &RecordDraft::reloaded, this, &VendorSection::updateProfile);
    connect(vendors, &QAbstractItemModel::dataChanged, this, &VendorSection::updateProfile);
    connect(vendors, &QAbstractItemModel::modelReset, this, &VendorSection::updateProfile);
    connect(vendors, &QAbstractItemModel::rowsInserted, this, &VendorSection::updateProfile);
    updateProfile();
}

QString VendorSection::profileText() const
{
    return m_profile->toPlainText();
}

void VendorSection::changeEvent(QEvent *event)
{
    EditorSection::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateProfile();
}

void VendorSection::resizeEvent(QResizeEvent *event)
{
    EditorSection::resizeEvent(event);
    fitProfile();
}

// The profile box is as tall as its text: no scroll bar, no empty space.
void VendorSection::fitProfile()
{
    QTextDocument *document = m_profile->document();
    document->setTextWidth(m_profile->viewport()->width());
    const int height = int(std::ceil(document->size().height())) + 2 * m_profile->frameWidth();
    if (m_profile->height() != height)
        m_profile->setFixedHeight(height);
}

void VendorSection::updateProfile()
{
    updateProfileText();
    fitProfile();
}

void VendorSection::updateProfileText()
{
    const AiSystem &system = m_draft->system();
    const QPalette palette = this->palette();
    const QString gapColour = warningColour(palette).name();
    const QString mutedColourName = mutedColour(palette).name();
    const auto gap = [&](const QString &text)-> QString {
        return u"<span style=\"color:%1\">\u26A0&nbsp;%2</span>"_s.arg(gapColour, text.toHtmlEscaped());
    };
    const auto note = [&](const QString &text)-> QString {
        return u"<p style=\"color:%1\">%2</p>"_s.arg(mutedColourName, text.toHtmlEscaped());
    };

    m_open->setEnabled(system.vendorId > 0);
    if (system.vendorId <= 0) {
        m_profile->setHtml(system.vendorUnknown
                               ? u"<p>"_s + gap(tr("It is not known whether a vendor is involved.")) + u"</p>"_s
                                     + note(tr("Choose the vendor, or \"None\" when the system is built in-house."))
                               : note(tr("Built in-house: no vendor profile applies.")));
        return;
    }
    const Vendor *vendor = m_vendors->vendorById(system.vendorId);
    if (!vendor) {
        m_profile->setHtml(u"<p>"_s + gap(tr("The vendor profile #%1 is missing.").arg(system.vendorId)) + u"</p>"_s);
        return;
    }
    const auto rating = [&](Rating value)-> QString {
        if (value == Rating::Unknown)
            return gap(tr("Unknown"));
        if (value == Rating::Weak)
            return u"<span style=\"color:%1\">%2</span>"_s.arg(gapColour, enumLabel(value).toHtmlEscaped());
        return enumLabel(value).toHtmlEscaped();
    };
    const auto text = [&](const QString &value)-> QString {
        return value.trimmed().isEmpty() ? gap(tr("Unknown")) : value.toHtmlEscaped();
    };
    const auto row = [](const QString &label, const QString &valueHtml)-> QString {
        return u"<tr><td style=\"padding-right:16px\">"_s + label.toHtmlEscaped() + u"</td><td>"_s
            + valueHtml + u"</td></tr>"_s;
    };
    QString contract = vendor->contractEnd.isValid()
        ? QLocale().toString(vendor->contractEnd, QLocale::ShortFormat).toHtmlEscaped()
        : gap(tr("Unknown"));
    const QString notice = vendor->deprecationNoticeDays < 0
        ? gap(tr("Unknown"))
        : (vendor->deprecationNoticeDays == 1 ? tr("1 day")
                                              : tr("%n days", nullptr, vendor->deprecationNoticeDays))
              .toHtmlEscaped();
    QString html = u"<p><b>"_s + vendor->name.toHtmlEscaped() + u"</b></p><table cellspacing=\"0\" cellpadding=\"2\">"_s;
    html += row(tr("Viability"), rating(vendor->viability));
    html += row(tr("Roadmap stability"), rating(vendor->roadmapStability));
    html += row(tr("Support maturity"), rating(vendor->supportMaturity));
    html += row(tr("Exit options"), rating(vendor->exitOptions));
    html += row(tr("Data portability"), rating(vendor->dataPortability));
    html += row(tr("Security attestations"), text(vendor->securityAttestations));
    html += row(tr("Data residency"), text(vendor->dataResidency));
    html += row(tr("Contract end"), contract);
    html += row(tr("Deprecation notice"), notice);
    html += u"</table>"_s;
    html += note(tr("Shared by every system of this vendor; edit it in the vendor directory."));
    m_profile->setHtml(html);
}

} // namespace charter
