// The Help menu's dialogs, offscreen: the user guide ships inside the application (same
// text as docs/user-guide.md), renders with a contents tree that finds every section,
// and searches; the shortcuts list is read from a window's real actions.
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

class TestUiHelp : public QObject {
    Q_OBJECT

private slots:
    void guideIsTheDocumentInTheRepository()
    {
        QFile source(QStringLiteral(CHARTER_TEST_DATA_DIR "/../../docs/user-guide.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString shipped = UserGuideDialog::markdown();
        QVERIFY(!shipped.isEmpty());
        QCOMPARE(shipped, QString::fromUtf8(source.readAll()));
    }

    void guideRendersWithContents()
    {
        UserGuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList headings = dialog.headings();
        // The sections users look for are there.
        for (const QString &expected : {u"Charter user guide"_s, u"Getting started"_s,
                                        u"The registry"_s, u"Risk scores"_s,
                                        u"Importing inventories"_s, u"Keyboard shortcuts"_s,
                                        u"Databases on network shares"_s}) {
            QVERIFY2(headings.contains(expected), qPrintable(expected));
        }
        const QString plain = dialog.browser()->toPlainText();
        QVERIFY(plain.contains(u"charter-cli"_s));
        QVERIFY2(!plain.contains(u"## "_s), "Markdown headings must render, not show as text");

        auto *contents = dialog.findChild<QTreeWidget *>(u"userGuideContents"_s);
        QVERIFY(contents);
        // Every heading but the title is an entry (sections, and subsections below them).
        int items = 0;
        for (QTreeWidgetItemIterator it(contents); *it; ++it)
            ++items;
        QCOMPARE(items, headings.size());
    }

    void contentsScrollToTheirSection()
    {
        UserGuideDialog dialog;
        dialog.resize(700, 400);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QScrollBar *scroll = dialog.browser()->verticalScrollBar();
        QCOMPARE(scroll->value(), 0);
        QVERIFY(dialog.showSection(u"When something goes wrong"_s));
        QVERIFY(scroll->value() > 0);
        QVERIFY(dialog.browser()->textCursor().block().text().contains(u"When something goes wrong"_s));
        QVERIFY(dialog.showSection(u"Getting started"_s));
        QVERIFY(!dialog.showSection(u"No such section"_s));
    }

    void findsTextAndWrapsAround()
    {
        UserGuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.find(u"network file system"_s));
        QCOMPARE(dialog.browser()->textCursor().selectedText().toLower(), u"network file system"_s);
        const int first = dialog.browser()->textCursor().position();
        // Searching on finds the next one, and wraps to the first in the end.
        QList<int> positions{first};
        for (int i = 0; i < 20; ++i) {
            QVERIFY(dialog.find(u"network file system"_s));
            const int position = dialog.browser()->textCursor().position();
            if (position == first)
                break;
            positions.append(position);
        }
        QVERIFY(positions.size() >= 2);
        QCOMPARE(dialog.browser()->textCursor().position(), first);
        QVERIFY(!dialog.find(u"zzz-not-in-the-guide"_s));

        // The find field works with Enter.
        auto *field = dialog.findChild<QLineEdit *>(u"userGuideFind"_s);
        QVERIFY(field);
        field->setFocus();
        QTest::keyClicks(field, u"rollback journal"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.browser()->textCursor().selectedText(), u"rollback journal"_s);
    }

    void shortcutsComeFromTheWindowsActions()
    {
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        auto *open = new QAction(u"&Open Database…"_s, &window);
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        file->addAction(open);
        auto *refresh = new QAction(u"&Refresh"_s, &window);
        refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
        window.addAction(refresh);
        auto *noShortcut = new QAction(u"&About"_s, &window);
        file->addAction(noShortcut);
        auto *field = new QLineEdit(&window);
        field->setAccessibleName(u"Filter systems"_s);
        window.setCentralWidget(field);
        auto *clear = new QAction(u"Clear Filter"_s, field);
        clear->setShortcut(QKeySequence(Qt::Key_Escape));
        clear->setShortcutContext(Qt::WidgetShortcut);
        field->addAction(clear);
        auto *textless = new QAction(field); // no text: cannot be described, left out
        textless->setShortcut(QKeySequence(Qt::Key_F9));
        // A dialog's own shortcuts do not belong to the window's list.
        UserGuideDialog guide(&window);

        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::shortcutsOf(&window);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].action, u"Open Database"_s);
        QCOMPARE(entries[0].keys, QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
        QVERIFY(entries[0].where.isEmpty());
        QCOMPARE(entries[1].action, u"Refresh"_s);
        QCOMPARE(entries[1].keys, u"F5, "_s + QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
        QCOMPARE(entries[2].action, u"Clear Filter"_s);
        QCOMPARE(entries[2].where, u"Filter systems"_s);

        ShortcutsDialog dialog(&window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QTreeWidget *>(u"shortcutsList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(0), u"Open Database"_s);
        QCOMPARE(list->topLevelItem(1)->text(2), u"Anywhere"_s);
        QCOMPARE(list->topLevelItem(2)->text(2), u"Filter systems"_s);
    }
};

QTEST_MAIN(TestUiHelp)
#include "tst_ui_help.moc"
