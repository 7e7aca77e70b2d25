#pragma once

#include <QString>

namespace charter {

// One entry of the people directory. Ownership roles and escalation steps point here.
struct Person {
    qint64 id = 0; // 0 until stored
    QString name;
    QString email;
    QString title;
    QString department;
    QString phone;

    bool operator==(const Person &) const = default;
};

} // namespace charter
