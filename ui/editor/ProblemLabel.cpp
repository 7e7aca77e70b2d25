#include "ProblemLabel.h"

#include "theme/Colours.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace charter {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setObjectName(u"problemLabel"_s);
    applyColour();
    hide();
}

void ProblemLabel::setProblems(const QStringList &messages)
{
    if (messages.isEmpty()) {
        clear();
        hide();
        return;
    }
    setText(QChar(0x26A0) + u' ' + messages.join(u"\n\u26A0 "_s));
    setAccessibleName(tr("Problem: %1").arg(messages.join(u' ')));
    show();
}

void ProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void ProblemLabel::applyColour()
{
    QPalette palette = this->palette();
    const QColor colour = warningColour(palette);
    if (palette.color(QPalette::WindowText) == colour)
        return;
    palette.setColor(QPalette::WindowText, colour);
    setPalette(palette);
}

} // namespace charter
