#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

class QAbstractItemModel;

namespace charter {

// Cell editors of the editor's list tables. Each writes the model's EditRole value
// (and thereby one undo step) as soon as the user picks, not only when the cell closes.

// A fixed list of choices: (label, value) pairs, e.g. influence levels or severities.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QVariant>>;
    ChoiceDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Choices m_choices;
};

// A person from the directory (searchable), or nobody: CHOICES is a person choice model
// whose ID_ROLE holds person ids (0 = nobody).
class PersonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PersonDelegate(QAbstractItemModel *choices, int idRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QAbstractItemModel *m_choices;
    int m_idRole;
};

// A count of minutes (or days) where -1 means unknown.
class CountDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CountDelegate(int maximum, QString suffix, QString accessibleName, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_maximum;
    QString m_suffix;
    QString m_accessibleName;
};

} // namespace charter
