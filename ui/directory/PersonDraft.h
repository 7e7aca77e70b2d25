#pragma once

#include "ValueDraft.h"
#include "domain/Person.h"

namespace charter {

enum class PersonField { Name, Email, Title, Department, Phone };

// A directory entry being edited (see ValueDraft): name (required), e-mail (checked
// when given), title, department, phone.
class PersonDraft : public ValueDraft<Person>
{
    Q_OBJECT

public:
    explicit PersonDraft(QObject *parent = nullptr);

    QVariant value(int field) const override;
    QString fieldLabel(int field) const override;
    QList<FieldProblem> problems() const override;
    QString problemKey(int field) const override;

protected:
    void writeValue(int field, const QVariant &value) override;
};

} // namespace charter
