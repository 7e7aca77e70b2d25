#pragma once

#include "EditorForms.h"

namespace charter {

class FieldBinder;

// The support model: who maintains the system, how updates are handled and how issues
// are escalated.
class SupportSection : public EditorSection
{
    Q_OBJECT

public:
    explicit SupportSection(FieldBinder *binder, QWidget *parent = nullptr);
};

// Regulatory classification: EU AI Act category and role, US OMB high-impact flag.
class RegulatorySection : public EditorSection
{
    Q_OBJECT

public:
    explicit RegulatorySection(FieldBinder *binder, QWidget *parent = nullptr);
};

} // namespace charter
