#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QPalette>

namespace charter {

// Colours the UI derives from the system palette, so Charter follows light and dark
// themes. The only fixed colours are the risk-tier badges, which carry their own
// foreground and background and therefore read the same on any window colour.

// True when the palette draws light text on a dark window.
bool isDarkPalette(const QPalette &palette);

// Text colour for gaps and problems ("No owner", an overdue review): a red that keeps
// its contrast against the palette's base colour.
QColor warningColour(const QPalette &palette);

// Text colour for secondary information (labels, "In-house").
QColor mutedColour(const QPalette &palette);

// Mixes FOREGROUND into BACKGROUND; AMOUNT 0 gives BACKGROUND, 1 gives FOREGROUND.
QColor blend(const QColor &background, const QColor &foreground, qreal amount);

struct TierColours {
    QColor background;
    QColor foreground;
};

// Badge colours of a risk tier: a saturated background with the text colour that
// contrasts with it (readable in light and dark mode alike).
TierColours tierColours(RiskTier tier);

} // namespace charter
