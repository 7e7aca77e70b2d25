#pragma once

#include <QLabel>

namespace charter {

// Inline validation next to a field: what is wrong and what to do, in the warning
// colour with a warning sign; hidden while there is nothing to say.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    void setProblems(const QStringList &messages);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
};

} // namespace charter
