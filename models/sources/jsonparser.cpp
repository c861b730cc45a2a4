// JSON → Document with line and column of every value. A hand-written scanner: QJsonDocument
// keeps no positions, and this one builds the tape directly without a DOM in between.

#include "parselimits.h"

#include <QCoreApplication>

#include <charconv>
#include <optional>
#include <string>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::JsonParser", text);
}

class JsonReader
{
public:
    JsonReader(QByteArrayView data, const ParseLimits &limits)
        : m_p(data.data())
        , m_begin(data.data())
        , m_end(data.data() + data.size())
        , m_limits(limits)
    {
    }

    void run(const DocumentSink &onDocument, const ErrorSink &onError)
    {
        // A UTF-8 byte order mark is tolerated, as Go's decoders in kubectl do.
        if (m_end - m_p >= 3 && uchar(m_p[0]) == 0xEF && uchar(m_p[1]) == 0xBB && uchar(m_p[2]) == 0xBF)
            m_p += 3, m_lineStart = m_p;
        for (;;) {
            skipSpace();
            if (m_p >= m_end)
                return;
            DocumentBuilder builder;
            const std::uint32_t line = m_line;
            const std::uint32_t column = col();
            m_builder = &builder;
            const bool parsed = value(0);
            m_builder = nullptr; // the builder lives in this loop iteration only
            if (!parsed) {
                onError(m_error);
                return;
            }
            auto doc = builder.take();
            onDocument(ParsedDocument{std::move(doc), line, column});
        }
    }

private:
    std::uint32_t col() const { return std::uint32_t(m_p - m_lineStart) + 1; }

    bool error(const QString &message)
    {
        m_error = Error{Error::Code::Syntax, tr("invalid JSON: %1").arg(message),
                        SourceLocation{QString(), m_line, col()}};
        return false;
    }

    QString found() const
    {
        if (m_p >= m_end)
            return tr("end of input");
        return u'\'' + QString::fromLatin1(m_p, 1) + u'\'';
    }

    void skipSpace()
    {
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '\n') {
                ++m_line;
                m_lineStart = ++m_p;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                ++m_p;
            } else {
                return;
            }
        }
    }

    bool value(int depth)
    {
        skipSpace();
        if (m_p >= m_end)
            return error(tr("unexpected end of input"));
        if (m_builder->size() > m_limits.maxNodesPerDocument)
            return error(tr("document has more than %1 nodes").arg(m_limits.maxNodesPerDocument));
        const std::uint32_t line = m_line;
        const std::uint32_t column = col();
        switch (*m_p) {
        case '{':
        case '[': {
            if (depth >= m_limits.maxDepth)
                return error(tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
            const bool object = *m_p == '{';
            ++m_p;
            if (object)
                m_builder->beginMapping(line, column);
            else
                m_builder->beginSequence(line, column);
            skipSpace();
            const char close = object ? '}' : ']';
            if (m_p < m_end && *m_p == close) {
                ++m_p;
                m_builder->endContainer();
                return true;
            }
            for (;;) {
                if (object) {
                    skipSpace();
                    if (m_p >= m_end || *m_p != '"')
                        return error(tr("expected a string key, found %1").arg(found()));
                    if (!string())
                        return false;
                    skipSpace();
                    if (m_p >= m_end || *m_p != ':')
                        return error(tr("expected ':' after an object key, found %1").arg(found()));
                    ++m_p;
                }
                if (!value(depth + 1))
                    return false;
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == close) {
                    ++m_p;
                    std::uint32_t errorEntry = 0;
                    const QString err = m_builder->endContainer(&errorEntry);
                    if (!err.isEmpty()) {
                        // Point at the duplicate key.
                        const Document::Entry &at = m_builder->current().entries()[errorEntry];
                        m_error = Error{Error::Code::Invalid, err,
                                        SourceLocation{QString(), at.line, at.column}};
                        return false;
                    }
                    return true;
                }
                return error(tr("expected ',' or '%1', found %2").arg(QChar::fromLatin1(close), found()));
            }
        }
        case '"':
            return string();
        case 't':
            return literal("true", NodeType::Bool, line, column);
        case 'f':
            return literal("false", NodeType::Bool, line, column);
        case 'n':
            return literal("null", NodeType::Null, line, column);
        default:
            return number(line, column);
        }
    }

    bool literal(std::string_view word, NodeType type, std::uint32_t line, std::uint32_t column)
    {
        if (std::size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return error(tr("unexpected %1").arg(found()));
        m_p += word.size();
        m_builder->addScalar(type, type == NodeType::Null ? std::string_view() : word, line, column);
        return true;
    }

    bool number(std::uint32_t line, std::uint32_t column)
    {
        const char *start = m_p;
        bool integral = true;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return error(tr("unexpected %1").arg(found()));
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            integral = false;
            ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return error(tr("expected a digit after '.'"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return error(tr("expected a digit in the exponent"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        std::string_view text(start, std::size_t(m_p - start));
        if (integral) {
            long long v = 0;
            const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
            if (r.ec != std::errc())
                integral = false; // out of int64 range: kept as a float, as Go's JSON does
        }
        m_builder->addScalar(integral ? NodeType::Int : NodeType::Float, text, line, column);
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(unsigned &out)
    {
        if (m_end - m_p < 4)
            return error(tr("truncated \\u escape"));
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return error(tr("invalid \\u escape"));
            out = out * 16 + unsigned(h);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(std::string &s, unsigned cp)
    {
        if (cp < 0x80) {
            s.push_back(char(cp));
        } else if (cp < 0x800) {
            s.push_back(char(0xC0 | (cp >> 6)));
            s.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            s.push_back(char(0xE0 | (cp >> 12)));
            s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            s.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            s.push_back(char(0xF0 | (cp >> 18)));
            s.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            s.push_back(char(0x80 | (cp & 0x3F)));
        }
    }

    bool string()
    {
        const std::uint32_t line = m_line;
        const std::uint32_t column = col();
        ++m_p; // opening quote
        const char *start = m_p;
        // Fast path: no escapes.
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20)
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            m_builder->addScalar(NodeType::String, std::string_view(start, std::size_t(m_p - start)),
                                 line, column, Document::Quoted);
            ++m_p;
            return true;
        }
        std::string s(start, std::size_t(m_p - start));
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                m_builder->addScalar(NodeType::String, s, line, column, Document::Quoted);
                return true;
            }
            if (uchar(c) < 0x20)
                return error(tr("control character in a string"));
            if (c != '\\') {
                s.push_back(c);
                ++m_p;
                continue;
            }
            const char *escape = m_p; // errors point at the backslash
            ++m_p;
            if (m_p >= m_end)
                break;
            const char esc = *m_p++;
            switch (esc) {
            case '"': s.push_back('"'); break;
            case '\\': s.push_back('\\'); break;
            case '/': s.push_back('/'); break;
            case 'b': s.push_back('\b'); break;
            case 'f': s.push_back('\f'); break;
            case 'n': s.push_back('\n'); break;
            case 'r': s.push_back('\r'); break;
            case 't': s.push_back('\t'); break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp)) {
                    m_p = escape;
                    m_error.location.column = col();
                    return false;
                }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                        m_p += 2;
                        if (!hex4(low))
                            return false;
                        if (low >= 0xDC00 && low <= 0xDFFF)
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        else
                            cp = 0xFFFD;
                    } else {
                        cp = 0xFFFD;
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                appendUtf8(s, cp);
                break;
            }
            default:
                m_p = escape;
                return error(tr("invalid escape '\\%1'").arg(QChar::fromLatin1(esc)));
            }
        }
        return error(tr("unterminated string"));
    }

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    const char *m_lineStart = m_p;
    std::uint32_t m_line = 1;
    const ParseLimits &m_limits;
    DocumentBuilder *m_builder = nullptr;
    Error m_error;
};

} // namespace

void parseJsonStream(QByteArrayView data, const ParseLimits &limits, const DocumentSink &onDocument,
                     const ErrorSink &onError)
{
    JsonReader(data, limits).run(onDocument, onError);
}

} // namespace parapet
