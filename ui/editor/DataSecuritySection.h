#pragma once

#include "EditorForms.h"

namespace charter {

class FieldBinder;

// Data and security: the data categories it touches (personal, production, safety-
// related), where data resides, who can access what, processing outside the
// organisation, cloud connectivity, how credentials are handled and what it integrates
// with.
class DataSecuritySection : public EditorSection
{
    Q_OBJECT

public:
    explicit DataSecuritySection(FieldBinder *binder, QWidget *parent = nullptr);
};

} // namespace charter
