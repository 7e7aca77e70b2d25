#include "SavedView.h"

namespace charter {

int indexOfView(const QList<SavedView> &views, const QString &name)
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < views.size(); ++i) {
        if (views.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace charter
