#pragma once

#include "BoardPack.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QIODevice>
#include <QString>

namespace charter {

// The board pack as a printed document: A4 PDF through QPdfWriter and QPainter. Cover
// with the meeting and the audit tree head, summary tiles and charts, the agenda, one
// brief per agenda system (starting on its own page), minutes. Every page but the cover
// has a header (pack title, board, date) and a footer (tree head, "Page N of M").
// Needs a QGuiApplication (fonts). PROGRESS counts pages drawn; false cancels.
class BoardPackPdf {
public:
    // Writes atomically (QSaveFile): PATH is replaced only when the whole pack is written.
    static Status write(const BoardPack &pack, const QString &path, const ProgressCallback &progress = {});
    // Renders into DEVICE (open for writing).
    static Status render(const BoardPack &pack, QIODevice *device, const ProgressCallback &progress = {});
};

} // namespace charter
