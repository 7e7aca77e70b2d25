#pragma once

#include "RowListModel.h"
#include "domain/AiSystem.h"

#include <QPointer>

namespace charter {

class PeopleModel;

// A system's escalation path as an editable table, one row per step: severity
// (EditRole: int(Severity)), the step's position within its severity (read-only),
// the person called (EditRole: person id, 0 = nobody), the channel and the
// response-time target in minutes (EditRole: int, -1 = unknown). Rows keep the order
// the user gives them; the step number counts within each severity. Every edit is an
// undo step (see RowListModel). Person names come from the people directory model.
class EscalationTableModel : public RowListModel<EscalationStep>
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        StepColumn,
        PersonColumn,
        ChannelColumn,
        ResponseColumn,
        ColumnCount
    };
    enum Role { IsGapRole = Qt::UserRole + 1 };

    EscalationTableModel(QList<EscalationStep> *rows, QUndoStack *undoStack, QObject *parent = nullptr);

    // Where person names come from; the column refreshes when the directory changes.
    void setPeople(PeopleModel *people);

    // Position of the step at ROW within its severity, from 1.
    int stepNumber(int row) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    // A new step takes the severity of the step before it (or High).
    EscalationStep newItem(int row) const override;
    bool applyEdit(EscalationStep &item, int column, const QVariant &value) const override;
    QString editText(int column) const override;
    QString addText() const override;
    QString removeText() const override;
    QString moveText() const override;

private:
    void peopleChanged();
    QString personText(qint64 personId) const;

    QPointer<PeopleModel> m_people;
};

} // namespace charter
