#pragma once

#include "EditorForms.h"

namespace charter {

class FieldBinder;
class PeopleModel;
class RowTableEditor;
class SystemDraft;

// The escalation path: ordered steps, each with a severity, the person called, the
// channel and a response-time target in minutes (or unknown). Steps count within their
// severity ("Critical, step 2"). Validation (response minutes) shows below the table.
class EscalationSection : public EditorSection
{
    Q_OBJECT

public:
    EscalationSection(SystemDraft *draft, FieldBinder *binder, PeopleModel *people,
                      QWidget *parent = nullptr);

    RowTableEditor *table() const { return m_table; }

private:
    RowTableEditor *m_table;
};

} // namespace charter
