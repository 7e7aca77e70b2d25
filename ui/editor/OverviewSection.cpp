#include "OverviewSection.h"

#include "FieldBinder.h"
#include "OptionalDateEdit.h"
#include "ProblemLabel.h"
#include "SystemDraft.h"
#include "theme/Colours.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace charter {

OverviewSection::OverviewSection(SystemDraft *draft, FieldBinder *binder, QWidget *parent)
    : EditorSection(tr("Overview"),
                    tr("What the system is, who uses it, and where it stands. Only the name is "
                       "required; every empty answer is a visible gap."),
                    parent)
    , m_draft(draft)
{
    using F = SystemField;
    QFormLayout *form = EditorForms::form();

    m_name = EditorForms::lineEdit(this, tr("Name"), tr("Required: the name people know it by"));
    m_name->setObjectName(u"systemName"_s);
    binder->bind(m_name, int(F::Name));
    auto *nameProblem = new ProblemLabel(this);
    binder->bindProblems(nameProblem, fieldkey::Name);

    QPlainTextEdit *purpose = EditorForms::textArea(this, tr("Purpose"), 3);
    binder->bind(purpose, int(F::Purpose));
    QLineEdit *unit = EditorForms::lineEdit(this, tr("Business unit"));
    binder->bind(unit, int(F::BusinessUnit));
    QComboBox *lifecycle = EditorForms::enumCombo<Lifecycle>(this, tr("Lifecycle"));
    binder->bind(lifecycle, int(F::Lifecycle));
    QComboBox *deployment = EditorForms::enumCombo<DeploymentModel>(this, tr("Deployment model"));
    binder->bind(deployment, int(F::DeploymentModel));
    QLineEdit *reference = EditorForms::lineEdit(this, tr("Reference"),
                                                 tr("Optional: your own id, e.g. from a spreadsheet"));
    binder->bind(reference, int(F::ExternalReference));

    m_nextReview = new OptionalDateEdit(tr("Scheduled for"), tr("Not scheduled \u2014 a gap"), this);
    m_nextReview->setAccessibleNames(tr("Next review scheduled"), tr("Next review date"));
    binder->bind(m_nextReview, int(F::NextReview));

    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), nameProblem);
    form->addRow(tr("Purpose:"), purpose);
    form->addRow(tr("Business unit:"), unit);
    form->addRow(tr("Lifecycle:"), lifecycle);
    form->addRow(tr("Deployment:"), deployment);
    form->addRow(tr("Reference:"), reference);
    form->addRow(tr("Next review:"), m_nextReview);

    // Import notes: read-only problems an import found; resolving them is an edit.
    m_notesLabel = new QLabel(tr("Import notes:"), this);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_notes->palette();
    palette.setColor(QPalette::WindowText, warningColour(palette));
    m_notes->setPalette(palette);
    m_resolveNotes = new QPushButton(tr("Mark &Resolved"), this);
    m_resolveNotes->setToolTip(tr("The problems are fixed: remove the notes (counts as risk until then)"));
    connect(m_resolveNotes, &QPushButton::clicked, this, [this] {
        m_draft->edit(int(SystemField::ImportNotes), QStringList());
    });
    auto *notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notes, 1);
    notesRow->addWidget(m_resolveNotes, 0, Qt::AlignTop);
    form->addRow(m_notesLabel, notesRow);

    body()->addLayout(form);
    body()->addStretch(1);

    connect(draft, &RecordDraft::valueChanged, this, [this](int field) {
        if (field == int(SystemField::ImportNotes))
            updateImportNotes();
        else if (field == int(SystemField::NextReview))
            updateReviewWarning();
    });
    connect(draft, &RecordDraft::reloaded, this, [this] {
        updateImportNotes();
        updateReviewWarning();
    });
    updateImportNotes();
    setToday(QDate::currentDate());
}

void OverviewSection::setToday(const QDate &today)
{
    m_today = today;
    m_nextReview->setProposedDate(today.addYears(1));
    updateReviewWarning();
}

void OverviewSection::updateReviewWarning()
{
    const QDate next = m_draft->system().nextReview;
    if (!next.isValid() || !m_today.isValid() || next >= m_today) {
        m_nextReview->setWarning(QString());
        return;
    }
    const int days = int(next.daysTo(m_today));
    m_nextReview->setWarning(days == 1 ? tr("Overdue by 1 day") : tr("Overdue by %n days", nullptr, days));
}

void OverviewSection::updateImportNotes()
{
    const QStringList notes = m_draft->system().importNotes;
    const bool any = !notes.isEmpty();
    m_notesLabel->setVisible(any);
    m_notes->setVisible(any);
    m_resolveNotes->setVisible(any);
    m_notes->setText(notes.join(u'\n'));
}

} // namespace charter
