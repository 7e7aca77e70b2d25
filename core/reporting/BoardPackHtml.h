#pragma once

#include "BoardPack.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace charter {

// The board pack as one self-contained HTML file (no external files: the charts are
// embedded PNG images drawn by ChartPainter, the style sheet is inline), with the same
// content as the PDF. Every text from the register is escaped. Prints one brief per
// page. Charts need a QGuiApplication; without one they are shown as tables.
class BoardPackHtml {
public:
    static QByteArray render(const BoardPack &pack, const ProgressCallback &progress = {}, bool *cancelled = nullptr);
    // Written atomically (QSaveFile).
    static Status write(const BoardPack &pack, const QString &path, const ProgressCallback &progress = {});
};

} // namespace charter
