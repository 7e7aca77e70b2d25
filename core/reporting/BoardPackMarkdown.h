#pragma once

#include "BoardPack.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace charter {

// The board pack as Markdown (CommonMark with GitHub tables): the same content, charts
// as tables of their numbers. Register text is escaped so a name cannot add markup.
class BoardPackMarkdown {
public:
    static QByteArray render(const BoardPack &pack, const ProgressCallback &progress = {}, bool *cancelled = nullptr);
    static Status write(const BoardPack &pack, const QString &path, const ProgressCallback &progress = {});
};

} // namespace charter
