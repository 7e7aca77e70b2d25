#pragma once

#include "domain/RegistryRow.h"

#include <QWidget>

class QLineEdit;
class QTableView;

namespace charter {

class RegistryFilterModel;
class RegistryModel;

// The register as a sortable table with a filter-as-you-type field above it.
// Emits currentSystemChanged when the selected system changes (0: none) and
// countsChanged with the number of rows shown and in total.
class RegistryView : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryView(QWidget *parent = nullptr);

    // Replaces the rows, keeping the selected system selected when it is still there.
    void setRows(QList<RegistryRow> rows);

    RegistryModel *model() const { return m_model; }
    RegistryFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }

    qint64 selectedSystemId() const { return m_selectedId; }
    // Selects and scrolls to the system with ID; false when it is not shown.
    bool selectSystem(qint64 id);

    int shownCount() const;
    int totalCount() const;

    void focusFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void currentSystemChanged(qint64 systemId);
    void countsChanged(int shown, int total);

private:
    void applyDefaultColumnWidths();
    void updateSelectedSystem();
    void emitCounts();

    RegistryModel *m_model = nullptr;
    RegistryFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_table = nullptr;
    qint64 m_selectedId = 0;
};

} // namespace charter
