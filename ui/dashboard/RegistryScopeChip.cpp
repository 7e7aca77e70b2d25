#include "RegistryScopeChip.h"

#include "theme/Colours.h"

#include <QPainter>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace charter {

RegistryScopeChip::RegistryScopeChip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(u"registryScopeChip"_s);
    m_label->setObjectName(u"registryScopeLabel"_s);
    m_remove->setObjectName(u"registryScopeRemove"_s);
    m_remove->setText(u"\u00d7"_s);
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Show every system again"));
    m_remove->setAccessibleName(tr("Remove the dashboard scope"));
    connect(m_remove, &QToolButton::clicked, this, &RegistryScopeChip::removeRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    hide();
}

void RegistryScopeChip::setScope(const QString &label, int count)
{
    if (label.isEmpty() || count <= 0) {
        hide();
        m_label->clear();
        return;
    }
    m_label->setText(tr("%1 \u2014 %n system(s)", nullptr, count).arg(label));
    show();
}

QString RegistryScopeChip::text() const
{
    return m_label->text();
}

void RegistryScopeChip::paintEvent(QPaintEvent *)
{
    // A tint of the highlight colour, so it reads as "a filter is on" in light and dark.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor fill = blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.18);
    painter.setPen(QPen(blend(fill, pal.color(QPalette::Highlight), 0.5), 1));
    painter.setBrush(fill);
    const qreal radius = height() / 2.0 - 1;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace charter
