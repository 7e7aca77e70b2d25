#include "ColumnChooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace charter {

ColumnChooser::ColumnChooser(QHeaderView *header, int alwaysShown, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_alwaysShown(alwaysShown)
    , m_menu(new QMenu(tr("&Columns"), header))
{
    m_menu->setObjectName(u"columnsMenu"_s);
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::rebuild);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_menu->popup(m_header->viewport()->mapToGlobal(pos));
    });
    rebuild();
}

void ColumnChooser::setColumnShown(int logicalIndex, bool shown)
{
    if (logicalIndex == m_alwaysShown || logicalIndex < 0 || logicalIndex >= m_header->count())
        return;
    if (m_header->isSectionHidden(logicalIndex) == !shown)
        return;
    m_header->setSectionHidden(logicalIndex, !shown);
    if (shown && m_header->sectionSize(logicalIndex) < m_header->minimumSectionSize() * 2)
        m_header->resizeSection(logicalIndex, m_header->defaultSectionSize());
    emit columnsChanged();
}

void ColumnChooser::rebuild()
{
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString title = model->headerData(logical, m_header->orientation()).toString();
        QAction *action = m_menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setEnabled(logical != m_alwaysShown);
        action->setData(logical);
        connect(action, &QAction::toggled, this, [this, logical](bool on) { setColumnShown(logical, on); });
    }
    m_menu->addSeparator();
    QAction *reset = m_menu->addAction(tr("&Reset Columns"));
    reset->setObjectName(u"resetColumns"_s);
    connect(reset, &QAction::triggered, this, &ColumnChooser::resetRequested);
}

} // namespace charter
