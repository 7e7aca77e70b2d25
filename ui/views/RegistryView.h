#pragma once

#include "domain/RegistryFilter.h"
#include "domain/RegistryRow.h"
#include "registry/SavedView.h"

#include <QWidget>

class QLineEdit;
class QMenu;
class QTableView;
class QPushButton;

namespace charter {

class ColumnChooser;
class QuickFilterBar;
class RegistryScopeChip;
class RegistryFilterModel;
class RegistryModel;

// The register as a sortable table, with a filter-as-you-type field and the quick
// filters above it (they combine), a column chooser on the header and a "Views" button
// for saved views (its menu is given by the window). Emits currentSystemChanged when
// the selected system changes (0: none) and countsChanged with the number of rows
// shown and in total.
class RegistryView : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryView(QWidget *parent = nullptr);

    // Replaces the rows. The selected system stays selected when it is still there, and
    // the row at the top of the table stays at the top (a refresh does not jump).
    void setRows(QList<RegistryRow> rows);

    RegistryModel *model() const { return m_model; }
    RegistryFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QuickFilterBar *quickFilterBar() const { return m_quickBar; }
    ColumnChooser *columnChooser() const { return m_columns; }
    QPushButton *viewsButton() const { return m_viewsButton; }
    void setViewsMenu(QMenu *menu);

    qint64 selectedSystemId() const { return m_selectedId; }
    // Selects and scrolls to the system with ID; false when it is not shown.
    bool selectSystem(qint64 id);
    // Selects the system DELTA rows below (negative: above) the selected one, or the
    // first (last) when none is selected; false when there is no such row.
    bool selectNext(int delta);
    // The system in the top row of the table, 0 when the table is empty.
    qint64 topSystemId() const;

    int shownCount() const;
    int totalCount() const;

    // Text and quick filters together.
    RegistryFilter filter() const;
    void setFilter(const RegistryFilter &filter);
    void clearFilters();
    // Shows only the systems with IDS (a dashboard click-through), under LABEL in a
    // removable chip; the text and quick filters still apply. Empty IDS: no scope.
    void setScope(const QSet<qint64> &ids, const QString &label);
    void clearScope() { setScope({}, QString()); }
    RegistryScopeChip *scopeChip() const { return m_scopeChip; }

    // The view as shown now, under NAME; and back.
    SavedView currentView(const QString &name) const;
    void applyView(const SavedView &view);

    void focusFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    void resetColumns();

signals:
    void currentSystemChanged(qint64 systemId);
    void countsChanged(int shown, int total);
    void filterChanged(const RegistryFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyDefaultColumnWidths();
    void updateSelectedSystem();
    void emitCounts();
    void applyTextFilter();
    void onQuickFiltersChanged(const RegistryFilter &quick);

    RegistryModel *m_model = nullptr;
    RegistryFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QuickFilterBar *m_quickBar = nullptr;
    QPushButton *m_viewsButton = nullptr;
    QTableView *m_table = nullptr;
    ColumnChooser *m_columns = nullptr;
    RegistryScopeChip *m_scopeChip = nullptr;
    QByteArray m_defaultHeaderState;
    qint64 m_selectedId = 0;
    bool m_restoring = false; // setRows() puts the selection back: no signal meanwhile
};

} // namespace charter
