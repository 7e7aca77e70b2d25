#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace charter {

// Help > User Guide: docs/user-guide.md, compiled into the application (ui/help/help.qrc)
// so it works offline, rendered as Markdown. A contents tree built from the guide's
// headings on the left, the text on the right, and a find field (Enter: next match,
// Shift+Enter: previous). Links to web pages open in the browser. Non-modal; one
// instance per window is enough (show() and raise() it again).
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The guide's Markdown text as shipped (empty only if the resource is missing).
    static QString markdown();

    // The headings of the guide, in order, as the contents tree shows them.
    QStringList headings() const { return m_headings; }
    // Scrolls to the section titled HEADING; false when there is none.
    bool showSection(const QString &heading);
    // Selects the next (or previous) occurrence of TEXT, wrapping around; false when
    // the guide does not contain it.
    bool find(const QString &text, bool backwards = false);

    QTextBrowser *browser() const { return m_browser; }

private:
    void buildContents();
    void contentsItemActivated(QTreeWidgetItem *item);
    void findFromField(bool backwards);

    QTextBrowser *m_browser = nullptr;
    QTreeWidget *m_contents = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QStringList m_headings;
};

} // namespace charter
