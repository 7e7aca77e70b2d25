#pragma once

#include <QListWidget>

namespace charter {

// The list of an editor's sections on its left. Each entry shows the section's title
// and, right-aligned in the warning colour, how many of its questions are unanswered.
class SectionList : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionList(QWidget *parent = nullptr);

    void addSection(const QString &title);
    void setGapCount(int row, int count);
    int gapCount(int row) const;

    QSize sizeHint() const override;
};

} // namespace charter
