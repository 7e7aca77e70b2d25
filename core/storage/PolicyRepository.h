#pragma once

#include "WriteContext.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace charter {

class Database;

// Stored risk-policy versions. The policy itself is data (JSON); the highest version
// is the active one. Versions are never overwritten, so every stored risk score can
// name the policy that produced it.
class PolicyRepository {
public:
    explicit PolicyRepository(Database &db) : m_db(db) {}

    struct StoredPolicy {
        int version = 0;
        QString name;
        QByteArray body;
    };

    // The active (highest) version, or nullopt when none is stored yet.
    Result<std::optional<StoredPolicy>> active() const;
    // Stores a new version; InvalidInput when that version already exists.
    Status store(const StoredPolicy &policy, const WriteContext &context);

private:
    Database &m_db;
};

} // namespace charter
