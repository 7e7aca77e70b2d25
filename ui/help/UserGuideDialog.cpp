#include "UserGuideDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// help.qrc lives in the static charter_ui library: pull it in explicitly (outside any
// namespace, as Q_INIT_RESOURCE requires).
static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace charter {

namespace {

constexpr char GuideResource[] = ":/charter/help/user-guide.md";
constexpr int BlockNumberRole = Qt::UserRole;

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Charter User Guide"));
    setObjectName(u"userGuideDialog"_s);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"userGuideText"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    QString text = markdown();
    if (text.isEmpty())
        text = tr("# User guide missing\n\nThis build of Charter has no user guide. See "
                  "`docs/user-guide.md` in the source or `/usr/share/doc/charter/`.");
    m_browser->document()->setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
    // The import leaves the cursor at the end; the guide opens at its beginning.
    m_browser->moveCursor(QTextCursor::Start);

    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(u"userGuideContents"_s);
    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setRootIsDecorated(true);
    connect(m_contents, &QTreeWidget::itemActivated, this, &UserGuideDialog::contentsItemActivated);
    connect(m_contents, &QTreeWidget::itemClicked, this, &UserGuideDialog::contentsItemActivated);
    buildContents();

    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(u"userGuideFind"_s);
    m_findEdit->setPlaceholderText(tr("Find in the guide (Enter: next, Shift+Enter: previous)"));
    m_findEdit->setAccessibleName(tr("Find in the guide"));
    m_findEdit->setClearButtonEnabled(true);
    m_findStatus = new QLabel(this);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findFromField(false); });
    connect(m_findEdit, &QLineEdit::textChanged, m_findStatus, &QLabel::clear);

    auto *findPrevious = new QAction(tr("Find Previous"), this);
    findPrevious->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence::FindPrevious});
    connect(findPrevious, &QAction::triggered, this, [this] { findFromField(true); });
    addAction(findPrevious);
    auto *findNext = new QAction(tr("Find Next"), this);
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { findFromField(false); });
    addAction(findNext);
    auto *focusFind = new QAction(tr("Find"), this);
    focusFind->setShortcut(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    addAction(focusFind);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 670});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    // Enter belongs to the find field, not to the Close button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(m_findStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 680);
}

QString UserGuideDialog::markdown()
{
    initHelpResources();
    QFile file(QString::fromLatin1(GuideResource));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

void UserGuideDialog::buildContents()
{
    m_contents->clear();
    m_headings.clear();
    QTreeWidgetItem *section = nullptr;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        const QString title = block.text().trimmed();
        m_headings.append(title);
        QTreeWidgetItem *item = nullptr;
        if (level <= 2 || !section) {
            item = new QTreeWidgetItem(m_contents, {title});
            section = level == 1 ? nullptr : item;
        } else {
            item = new QTreeWidgetItem(section, {title});
        }
        item->setData(0, BlockNumberRole, block.blockNumber());
    }
    m_contents->expandAll();
}

bool UserGuideDialog::showSection(const QString &heading)
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == heading) {
            m_browser->setTextCursor(QTextCursor(block));
            const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
            m_browser->verticalScrollBar()->setValue(qRound(rect.top()));
            return true;
        }
    }
    return false;
}

void UserGuideDialog::contentsItemActivated(QTreeWidgetItem *item)
{
    if (item)
        showSection(item->text(0));
}

bool UserGuideDialog::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward
                                                     : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Wrap around: start again from the other end.
    QTextCursor cursor(m_browser->document());
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    return m_browser->find(text, flags);
}

void UserGuideDialog::findFromField(bool backwards)
{
    const QString text = m_findEdit->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return;
    }
    m_findStatus->setText(find(text, backwards) ? QString() : tr("Not found"));
}

} // namespace charter
