#include "FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

FirstRunDialog::FirstRunDialog(const QString &location, int demoSystemCount, Purpose purpose,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(purpose == Purpose::FirstRun ? tr("Welcome to Charter") : tr("New Database"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(
        u"<p><b>%1</b></p><p>%2</p><p><code>%3</code></p>"_s.arg(
            (purpose == Purpose::FirstRun ? tr("Welcome to Charter.")
                                          : tr("Create a new Charter database."))
                .toHtmlEscaped(),
            tr("Charter keeps its register of AI systems in a database file. There is no "
               "database at this location yet:").toHtmlEscaped(),
            QDir::toNativeSeparators(location).toHtmlEscaped()));
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_withDemo = new QRadioButton(
        demoSystemCount == 1
            ? tr("Create it with the demo portfolio (1 fictional system to explore)")
            : tr("Create it with the demo portfolio (%n fictional systems to explore)", nullptr,
                 demoSystemCount),
        this);
    m_empty = new QRadioButton(tr("Create an empty register"), this);
    m_withDemo->setChecked(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, [this] {
        finish(m_withDemo->isChecked() ? Choice::CreateWithDemo : Choice::CreateEmpty);
    });
    if (purpose == Purpose::FirstRun) {
        QPushButton *open = buttons->addButton(tr("Open Another File…"), QDialogButtonBox::ActionRole);
        QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
        connect(open, &QPushButton::clicked, this, [this] { finish(Choice::OpenOther); });
        connect(quit, &QPushButton::clicked, this, [this] { finish(Choice::Quit); });
    } else {
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        connect(cancel, &QPushButton::clicked, this, [this] { finish(Choice::Dismissed); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_withDemo);
    layout->addWidget(m_empty);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void FirstRunDialog::finish(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit || choice == Choice::Dismissed)
        reject();
    else
        accept();
}

} // namespace charter
