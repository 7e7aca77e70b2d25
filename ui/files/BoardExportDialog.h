#pragma once

#include "BoardExportJobs.h"
#include "meetings/Meeting.h"

#include <QDialog>
#include <QList>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace charter {

// File > Export > Board Pack… / Decision Register… / Review Calendar…: what to write
// (the meeting of a board pack, the format, the UTF-8 byte-order mark of a CSV) and
// where. Only collects the choice; MeetingsWorkspace runs the export on a worker.
class BoardExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Kind = BoardExportJobs::Kind;
    using Format = BoardExportJobs::Format;

    // MEETINGS: offered for a board pack (the newest chosen), after "Standing agenda".
    BoardExportDialog(Kind kind, const QList<Meeting> &meetings, const QString &suggestedPath,
                      QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    Format format() const;
    void setFormat(Format format);
    qint64 meetingId() const;
    void setMeetingId(qint64 id);
    bool utf8Bom() const;
    void setUtf8Bom(bool bom);
    QString filePath() const;
    void setFilePath(const QString &path);

    using FileChooser = std::function<QString(QWidget *parent, const QString &current, Format format)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

private:
    void browse();
    void formatChanged();
    void updateButtons();

    Kind m_kind;
    QComboBox *m_meeting = nullptr;
    QButtonGroup *m_formats = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_path = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FileChooser m_chooseFile;
};

} // namespace charter
