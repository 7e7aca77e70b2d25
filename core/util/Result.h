#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace charter {

// What kind of failure an operation met. The values are the charter-cli exit codes
// (see DESIGN.md), so the CLI can return error.code directly.
enum class ErrorCode {
    Usage = 1,
    InvalidInput = 2,
    VerificationFailed = 3,
    NotPermitted = 4,
    Conflict = 5,
    DatabaseUnavailable = 6,
};

// The one error contract of charter_core: every fallible operation returns a
// Result<T>. The message is user-facing: it says what failed, where (file, line,
// field when known) and, when there is one, what to do about it.
struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that yields nothing but success or an error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    template <typename T>
    static Status fromResult(const Result<T> &result)
    {
        return result.ok() ? Status() : Status(result.error());
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace charter
