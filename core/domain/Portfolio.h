#pragma once

#include "AiSystem.h"
#include "Person.h"
#include "Vendor.h"

#include <QList>

namespace charter {

// A self-contained slice of the register: systems plus the people and vendors they
// refer to. Ids inside a Portfolio are only meaningful within it (systems point to
// people and vendors by those ids); storing it maps them to database ids.
struct Portfolio {
    QList<Person> people;
    QList<Vendor> vendors;
    QList<AiSystem> systems;

    bool operator==(const Portfolio &) const = default;
};

} // namespace charter
