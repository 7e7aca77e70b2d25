#include "Colours.h"

namespace charter {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::WindowText).lightness()
        > palette.color(QPalette::Active, QPalette::Window).lightness();
}

QColor warningColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor mutedColour(const QPalette &palette)
{
    return blend(palette.color(QPalette::Active, QPalette::Base),
                 palette.color(QPalette::Active, QPalette::Text), 0.62);
}

QColor blend(const QColor &background, const QColor &foreground, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(background.redF() * keep + foreground.redF() * amount),
                            float(background.greenF() * keep + foreground.greenF() * amount),
                            float(background.blueF() * keep + foreground.blueF() * amount));
}

TierColours tierColours(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Low:
        return {QColor(0x2e, 0x7d, 0x32), QColor(Qt::white)};
    case RiskTier::Medium:
        return {QColor(0xf9, 0xc7, 0x4f), QColor(0x21, 0x21, 0x21)};
    case RiskTier::High:
        return {QColor(0xe6, 0x51, 0x00), QColor(Qt::white)};
    case RiskTier::Critical:
        return {QColor(0xb7, 0x1c, 0x1c), QColor(Qt::white)};
    }
    return {QColor(Qt::gray), QColor(Qt::black)};
}

} // namespace charter
