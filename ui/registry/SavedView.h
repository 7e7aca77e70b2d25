#pragma once

#include "domain/RegistryFilter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace charter {

// A named way of looking at the register: the filter text, the quick filters, the
// sort and the columns (order, widths, which are shown). Stored in the settings
// (UiSettings::savedViews), so it belongs to the person, not to the database.
struct SavedView {
    QString name;
    RegistryFilter filter;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QByteArray headerState; // QHeaderView::saveState(): column order, widths, hidden

    bool operator==(const SavedView &) const = default;
};

// Views by name, case-insensitively; the list keeps the order they were saved in.
int indexOfView(const QList<SavedView> &views, const QString &name);

} // namespace charter
