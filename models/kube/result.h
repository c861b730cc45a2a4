#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace parapet {

/// Where something came from: a file (or pseudo-file such as `<stdin>`), 1-based line and column.
/// line == 0 means "not from a file" (live cluster objects).
struct SourceLocation
{
    QString file;
    quint32 line = 0;
    quint32 column = 0;

    bool isValid() const { return line > 0; }
    /// `file:line:column`, or `file` alone when the position is unknown.
    QString toString() const;
};

/// An error a user can act on: what went wrong and where.
struct Error
{
    enum class Code {
        Usage,
        Io,
        Syntax,
        Invalid,
        Limit,
        Unsupported,
        NotFound,
    };

    Code code = Code::Invalid;
    QString message;
    SourceLocation location;

    /// `file:line:column: message`, or the bare message without a location.
    QString toString() const;
};

/// A value or an Error; errors are values in Parapet's core (STYLE.md §4).
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}   // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace parapet
