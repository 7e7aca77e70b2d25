#include "SystemDetailPane.h"

#include "SystemDetailHtml.h"

#include <QEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace charter {

SystemDetailPane::SystemDetailPane(QWidget *parent)
    : QTextBrowser(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(u"systemDetailPane"_s);
    setOpenLinks(false);
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    showNote(tr("Select a system to see its owners, decision boundaries and risk explanation."));
}

void SystemDetailPane::showDetails(const SystemDetails &details)
{
    const bool sameSystem = m_details && m_details->system.id == details.system.id;
    const int scroll = verticalScrollBar()->value();
    m_details = details;
    m_note.clear();
    render();
    verticalScrollBar()->setValue(sameSystem ? scroll : 0);
}

void SystemDetailPane::showNote(const QString &text)
{
    m_details.reset();
    m_note = text;
    render();
}

void SystemDetailPane::setToday(const QDate &today)
{
    m_today = today;
    render();
}

void SystemDetailPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void SystemDetailPane::render()
{
    const SystemDetailHtml html(palette(), m_today);
    document()->setDefaultStyleSheet(html.styleSheet());
    setHtml(m_details ? html.render(*m_details) : html.message(m_note));
}

} // namespace charter
