#pragma once

#include "governance/WorkflowService.h"
#include "register/DemoRegister.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

#include <memory>

namespace charter::test {

// The register the GUI tests start from: a scratch SQLite database whose first account
// is root (admin), today fixed, and optionally the demo register with its workflow
// history (DemoRegister, seed 1, ids kept).
class DemoSession {
public:
    // Opens PATH, initialises it with TODAY as the session's today and, when SYSTEMS > 0,
    // adds that many demo systems with their history.
    Status open(const QString &path, const QDate &today, int systems = 0);

    Database &db() const { return *m_db; }
    RegisterService &root() const { return *m_root; }
    RegisterService as(const QString &login) const { return m_root->actingAs(login); }
    // What open() added (empty without demo systems).
    const DemoRegisterSummary &demo() const { return m_demo; }

    // A login of the demo whose inbox holds an item of TASK, or empty.
    QString loginWith(InboxItem::Task task) const;

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_root;
    DemoRegisterSummary m_demo;
};

} // namespace charter::test
