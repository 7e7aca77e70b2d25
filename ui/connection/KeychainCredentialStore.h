#pragma once

#include "CredentialStore.h"

namespace charter {

// Passwords in the operating system's keychain through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows), under the service name
// "Charter". Never falls back to a plain-text file. When there is no keychain (no
// Secret Service running, access refused) every call fails with a message that says
// what to do instead (.pgpass, a service file, or typing the password each time).
// Each call waits for its QtKeychain job in a local event loop (the jobs are quick,
// but a keychain may ask the user to unlock it).
class KeychainCredentialStore : public CredentialStore {
public:
    Result<QString> password(const QString &account) override;
    Status storePassword(const QString &account, const QString &password) override;
    Status forgetPassword(const QString &account) override;
};

} // namespace charter
