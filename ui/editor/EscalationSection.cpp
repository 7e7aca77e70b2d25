#include "EscalationSection.h"

#include "FieldBinder.h"
#include "ProblemLabel.h"
#include "RowDelegates.h"
#include "RowTableEditor.h"
#include "SystemDraft.h"
#include "models/EscalationTableModel.h"
#include "models/PeopleModel.h"

#include <QConcatenateTablesProxyModel>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace charter {

EscalationSection::EscalationSection(SystemDraft *draft, FieldBinder *binder, PeopleModel *people,
                                     QWidget *parent)
    : EditorSection(tr("Escalation path"),
                    tr("Who is called when the system fails, in order, per severity: the person, "
                       "the channel and how soon they must respond."),
                    parent)
{
    EscalationTableModel *model = draft->escalation();
    model->setPeople(people);
    m_table = new RowTableEditor(model, model, tr("Escalation steps"),
                                 tr("No escalation path yet: nobody would be called.\nAdd the "
                                    "first step."),
                                 this);
    m_table->setFirstEditColumn(EscalationTableModel::PersonColumn);
    QTableView *view = m_table->tableView();

    ChoiceDelegate::Choices severities;
    const auto entries = enumEntries<Severity>();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) // most severe first
        severities.append({enumLabel(it->value), int(it->value)});
    view->setItemDelegateForColumn(EscalationTableModel::SeverityColumn,
                                   new ChoiceDelegate(severities, view));

    // People: "nobody" first, then the directory.
    auto *nobody = new QStandardItemModel(this);
    auto *item = new QStandardItem(tr("Unknown \u2014 nobody named"));
    item->setData(qint64(0), PeopleModel::PersonIdRole);
    nobody->appendRow(item);
    auto *choices = new QConcatenateTablesProxyModel(this);
    choices->addSourceModel(nobody);
    choices->addSourceModel(people);
    view->setItemDelegateForColumn(EscalationTableModel::PersonColumn,
                                   new PersonDelegate(choices, PeopleModel::PersonIdRole, view));
    view->setItemDelegateForColumn(EscalationTableModel::ResponseColumn,
                                   new CountDelegate(7 * 24 * 60, tr(" min"), tr("Response target in minutes"), view));

    const QFontMetrics metrics = view->fontMetrics();
    const auto chars = [&metrics](int count) { return metrics.horizontalAdvance(u'n') * count + 16; };
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(EscalationTableModel::SeverityColumn, chars(8));
    header->resizeSection(EscalationTableModel::StepColumn, chars(3));
    header->resizeSection(EscalationTableModel::PersonColumn, chars(18));
    header->resizeSection(EscalationTableModel::ChannelColumn, chars(11));

    auto *problems = new ProblemLabel(this);
    binder->bindProblems(problems, fieldkey::EscalationResponseMinutes);
    body()->addWidget(m_table, 1);
    body()->addWidget(problems);
}

} // namespace charter
