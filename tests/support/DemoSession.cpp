#include "DemoSession.h"

#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;

namespace charter::test {

Status DemoSession::open(const QString &path, const QDate &today, int systems)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    m_root = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
    m_root->setToday(today);
    if (Status initialised = m_root->initialise(); !initialised)
        return initialised;
    if (systems <= 0)
        return {};
    PortfolioImportOptions options;
    options.keepIds = true;
    Result<DemoRegisterSummary> demo = DemoRegister::add(*m_root, systems, 1, options, true);
    if (!demo)
        return demo.error();
    m_demo = *demo;
    return {};
}

QString DemoSession::loginWith(InboxItem::Task task) const
{
    const QList<User> users = UserRepository(*m_db).all().value();
    for (const User &user : users) {
        RegisterService session = as(user.login);
        Result<QList<InboxItem>> items = WorkflowService(session).inbox();
        if (!items)
            continue;
        for (const InboxItem &item : *items) {
            if (item.task == task)
                return user.login;
        }
    }
    return QString();
}

} // namespace charter::test
