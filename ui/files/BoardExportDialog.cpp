#include "BoardExportDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString formatLabel(BoardExportJobs::Format format)
{
    switch (format) {
    case BoardExportJobs::Format::Pdf:
        return BoardExportDialog::tr("&PDF (printed pack)");
    case BoardExportJobs::Format::Html:
        return BoardExportDialog::tr("&HTML (one self-contained file)");
    case BoardExportJobs::Format::Markdown:
        return BoardExportDialog::tr("&Markdown");
    case BoardExportJobs::Format::Csv:
        return BoardExportDialog::tr("&CSV (spreadsheets)");
    case BoardExportJobs::Format::Json:
        return BoardExportDialog::tr("&JSON");
    case BoardExportJobs::Format::ICalendar:
        return BoardExportDialog::tr("&iCalendar (.ics)");
    }
    return QString();
}

QString filterFor(BoardExportJobs::Format format)
{
    switch (format) {
    case BoardExportJobs::Format::Pdf:
        return BoardExportDialog::tr("PDF documents (*.pdf)");
    case BoardExportJobs::Format::Html:
        return BoardExportDialog::tr("HTML files (*.html *.htm)");
    case BoardExportJobs::Format::Markdown:
        return BoardExportDialog::tr("Markdown files (*.md)");
    case BoardExportJobs::Format::Csv:
        return BoardExportDialog::tr("CSV files (*.csv)");
    case BoardExportJobs::Format::Json:
        return BoardExportDialog::tr("JSON files (*.json)");
    case BoardExportJobs::Format::ICalendar:
        return BoardExportDialog::tr("iCalendar files (*.ics)");
    }
    return QString();
}

} // namespace

BoardExportDialog::BoardExportDialog(Kind kind, const QList<Meeting> &meetings, const QString &suggestedPath,
                                     QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(u"boardExportDialog"_s);
    QList<Format> formats;
    switch (kind) {
    case Kind::BoardPack:
        setWindowTitle(tr("Export Board Pack"));
        formats = {Format::Pdf, Format::Html, Format::Markdown};
        break;
    case Kind::DecisionRegister:
        setWindowTitle(tr("Export Decision Register"));
        formats = {Format::Csv, Format::Json};
        break;
    case Kind::ReviewCalendar:
        setWindowTitle(tr("Export Review Calendar"));
        formats = {Format::ICalendar};
        break;
    }

    auto *form = new QFormLayout;
    if (kind == Kind::BoardPack) {
        m_meeting = new QComboBox(this);
        m_meeting->setObjectName(u"packMeeting"_s);
        m_meeting->addItem(tr("Standing agenda (everything that needs the board today)"), qint64(0));
        for (const Meeting &meeting : meetings) {
            m_meeting->addItem(tr("%1 — %2 (%3)")
                                   .arg(QLocale().toString(meeting.date, QLocale::ShortFormat), meeting.board,
                                        enumLabel(meeting.status)),
                               meeting.id);
        }
        m_meeting->setCurrentIndex(m_meeting->count() - 1);
        form->addRow(tr("&Meeting:"), m_meeting);
    }
    m_formats = new QButtonGroup(this);
    auto *formatBox = new QVBoxLayout;
    for (Format format : formats) {
        auto *radio = new QRadioButton(formatLabel(format), this);
        m_formats->addButton(radio, int(format));
        formatBox->addWidget(radio);
    }
    m_formats->buttons().constFirst()->setChecked(true);
    if (kind == Kind::DecisionRegister) {
        m_bom = new QCheckBox(tr("Add a UTF-8 &byte-order mark (for Microsoft Excel)"), this);
        formatBox->addWidget(m_bom);
    }
    if (formats.size() > 1 || m_bom) {
        form->addRow(tr("Format:"), formatBox);
    } else {
        // One format, nothing to choose: the lone radio stays hidden and the unused
        // layout is freed (it has no parent to do it).
        m_formats->buttons().constFirst()->hide();
        delete formatBox;
    }

    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(u"exportPath"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&File:"), pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &BoardExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_formats, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            formatChanged();
    });
    connect(m_path, &QLineEdit::textChanged, this, &BoardExportDialog::updateButtons);
    m_chooseFile = [](QWidget *parent, const QString &current, Format format) {
        return QFileDialog::getSaveFileName(parent, tr("Export To"), current, filterFor(format));
    };
    resize(520, sizeHint().height());
    formatChanged();
}

BoardExportDialog::Format BoardExportDialog::format() const
{
    return Format(m_formats->checkedId());
}

void BoardExportDialog::setFormat(Format format)
{
    if (QAbstractButton *button = m_formats->button(int(format)))
        button->setChecked(true);
}

qint64 BoardExportDialog::meetingId() const
{
    return m_meeting ? m_meeting->currentData().toLongLong() : 0;
}

void BoardExportDialog::setMeetingId(qint64 id)
{
    if (m_meeting)
        m_meeting->setCurrentIndex(qMax(0, m_meeting->findData(id)));
}

bool BoardExportDialog::utf8Bom() const
{
    return m_bom && m_bom->isEnabled() && m_bom->isChecked();
}

void BoardExportDialog::setUtf8Bom(bool bom)
{
    if (m_bom)
        m_bom->setChecked(bom);
}

QString BoardExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void BoardExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void BoardExportDialog::browse()
{
    const QString chosen = m_chooseFile ? m_chooseFile(this, filePath(), format()) : QString();
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void BoardExportDialog::formatChanged()
{
    if (m_bom)
        m_bom->setEnabled(format() == Format::Csv);
    // Keep the file name, change its suffix to the format's.
    const QString path = filePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString renamed = info.dir().filePath(info.completeBaseName() + u'.' + BoardExportJobs::suffix(format()));
        if (renamed != path)
            m_path->setText(QDir::toNativeSeparators(renamed));
    }
    updateButtons();
}

void BoardExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!filePath().isEmpty());
}

} // namespace charter
