#include "yamlwriter.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace parapet {

namespace {

// Decodes one UTF-8 sequence at \a i; invalid bytes come back as U+FFFD, one byte consumed.
char32_t decodeUtf8(std::string_view s, std::size_t &i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + std::size_t(extra) >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        const unsigned char cc = byte(i + std::size_t(k));
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return 0xFFFD;
    }
    i += std::size_t(extra) + 1;
    return cp;
}

// Characters YAML can carry only escaped, in double quotes: C0 controls (tab and line feed
// are handled by the caller), DEL, C1 controls (NEL is a YAML 1.1 line break), the line and
// paragraph separators (line breaks too), the byte-order mark, surrogates and non-characters.
bool needsEscape(char32_t c)
{
    return (c < 0x20 && c != U'\t' && c != U'\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 ||
           c == 0x2029 || c == 0xFEFF || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF;
}

bool isOneOf(std::string_view s, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), s) != words.end();
}

// Plain words that a YAML 1.1 or 1.2 reader resolves to null, bool, a special float or a key
// with a meaning of its own (merge `<<`, YAML 1.1 value `=`).
bool isReservedWord(std::string_view s)
{
    return isOneOf(s, {"~",     "null",  "Null",  "NULL",  "y",    "Y",     "yes",   "Yes",
                       "YES",   "n",     "N",     "no",    "No",   "NO",    "true",  "True",
                       "TRUE",  "false", "False", "FALSE", "on",   "On",    "ON",    "off",
                       "Off",   "OFF",   ".inf",  ".Inf",  ".INF", "+.inf", "+.Inf", "+.INF",
                       "-.inf", "-.Inf", "-.INF", ".nan",  ".NaN", ".NAN",  "<<",    "="});
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True for anything a reader might take for a number or a timestamp. Deliberately wide: an int
// with base prefix or underscores (YAML 1.1), a float, sexagesimal `1:20`, a date. Quoting a
// string that did not need it costs two characters; missing one changes its type.
bool mayResolveToNumber(std::string_view s)
{
    const char c = s.front();
    if (!(isDigit(c) || c == '+' || c == '-' || c == '.'))
        return false;
    if (s.size() >= 5 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) &&
        s[4] == '-')
        return true; // timestamp (YAML 1.1), as kubectl quotes creationTimestamp
    bool anyDigit = false;
    for (const char ch : s) {
        anyDigit = anyDigit || isDigit(ch);
        const bool numeric = isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') ||
                             ch == 'x' || ch == 'X' || ch == 'o' || ch == 'O' || ch == '_' ||
                             ch == '+' || ch == '-' || ch == '.' || ch == ':';
        if (!numeric)
            return false;
    }
    return anyDigit;
}

struct Scan
{
    bool hasNewline = false;
    bool needsEscape = false;
    bool hasTab = false;
    bool onlyWhitespace = true;
    bool whitespaceOnlyLine = false; // a line (of several) made of spaces or tabs only
    bool tabIndentedLine = false;    // a line whose first non-space character is a tab
};

Scan scan(std::string_view s)
{
    Scan out;
    std::size_t i = 0;
    std::size_t lineStart = 0;
    bool lineBlank = true;
    bool lineIndent = true; // only spaces so far on this line
    while (i < s.size()) {
        const char32_t c = decodeUtf8(s, i);
        if (c == U'\n') {
            out.hasNewline = true;
            if (lineBlank && i - 1 > lineStart)
                out.whitespaceOnlyLine = true;
            lineStart = i;
            lineBlank = true;
            lineIndent = true;
            continue;
        }
        if (c == U'\t') {
            out.hasTab = true;
            // libyaml refuses a tab where block scalar indentation may still go on.
            out.tabIndentedLine = out.tabIndentedLine || lineIndent;
        }
        if (c != U' ')
            lineIndent = false;
        if (c != U' ' && c != U'\t') {
            out.onlyWhitespace = false;
            lineBlank = false;
        }
        if (needsEscape(c))
            out.needsEscape = true;
    }
    if (out.hasNewline && lineBlank && s.size() > lineStart)
        out.whitespaceOnlyLine = true;
    return out;
}

bool plainIsSafe(std::string_view s)
{
    if (s.empty() || isReservedWord(s) || mayResolveToNumber(s))
        return false;
    const char first = s.front();
    static constexpr std::string_view indicators = "?:,[]{}#&*!|>'\"%@`";
    if (indicators.find(first) != std::string_view::npos)
        return false;
    // `-` starts a sequence entry only when a space or nothing follows; `---` is a marker.
    if (first == '-' && (s.size() == 1 || s[1] == ' ' || s.starts_with("---")))
        return false;
    if (s.starts_with("...") || first == ' ' || s.back() == ' ')
        return false;
    if (s.back() == ':' || s.find(": ") != std::string_view::npos ||
        s.find(" #") != std::string_view::npos)
        return false;
    return true;
}

} // namespace

YamlScalarStyle yamlScalarStyle(std::string_view text, bool asKey)
{
    const Scan sc = scan(text);
    if (sc.needsEscape)
        return YamlScalarStyle::DoubleQuoted;
    if (sc.hasNewline) {
        const bool literalOk = !asKey && !sc.onlyWhitespace && !sc.whitespaceOnlyLine &&
                               !sc.tabIndentedLine && text.back() != ' ' && text.back() != '\t';
        return literalOk ? YamlScalarStyle::Literal : YamlScalarStyle::DoubleQuoted;
    }
    if (!sc.hasTab && plainIsSafe(text))
        return YamlScalarStyle::Plain;
    return YamlScalarStyle::SingleQuoted;
}

namespace {

class Writer
{
public:
    std::string out;

    void root(const Node &n)
    {
        if (isBlockContainer(n)) {
            if (n.isMap())
                mapping(n, 0, false);
            else
                sequence(n, 0, false);
            return;
        }
        scalar(n, 0);
    }

private:
    static bool isBlockContainer(const Node &n)
    {
        return (n.isMap() || n.isSequence()) && n.size() > 0;
    }

    void indent(int n) { out.append(std::size_t(n), ' '); }

    // Writes the pairs of a mapping whose keys sit at column \a level; when \a inlineFirst,
    // the first key follows a `- ` already written.
    void mapping(const Node &map, int level, bool inlineFirst)
    {
        bool first = true;
        for (const auto &[key, value] : map.children()) {
            if (!(first && inlineFirst))
                indent(level);
            first = false;
            const std::string_view k = key.text();
            // An implicit key must be one line and at most 1024 characters.
            if (k.size() > 1000) {
                out += "? ";
                quoted(k, yamlScalarStyle(k, true) == YamlScalarStyle::DoubleQuoted);
                out += '\n';
                indent(level);
                out += ':';
                entryValue(value, level);
                continue;
            }
            keyText(k);
            out += ':';
            if (value.isMap() && value.size() > 0) {
                out += '\n';
                mapping(value, level + 2, false);
            } else if (value.isSequence() && value.size() > 0) {
                out += '\n';
                sequence(value, level, false); // kubectl style: entries under the key's column
            } else {
                out += ' ';
                scalar(value, level);
            }
        }
    }

    void sequence(const Node &seq, int level, bool inlineFirst)
    {
        bool first = true;
        for (const auto &[unused, item] : seq.children()) {
            if (!(first && inlineFirst))
                indent(level);
            first = false;
            out += '-';
            entryValue(item, level);
        }
    }

    // The value after a `-` (or the `:` of an explicit key) at column \a level.
    void entryValue(const Node &value, int level)
    {
        out += ' ';
        if (value.isMap() && value.size() > 0)
            mapping(value, level + 2, true);
        else if (value.isSequence() && value.size() > 0)
            sequence(value, level + 2, true);
        else
            scalar(value, level);
    }

    void keyText(std::string_view k)
    {
        switch (yamlScalarStyle(k, true)) {
        case YamlScalarStyle::Plain:
            out += k;
            break;
        case YamlScalarStyle::SingleQuoted:
            quoted(k, false);
            break;
        default:
            quoted(k, true);
            break;
        }
    }

    // A scalar (or empty container) whose parent sits at column \a level; ends the line.
    void scalar(const Node &n, int level)
    {
        switch (n.type()) {
        case NodeType::Mapping:
            out += "{}\n";
            return;
        case NodeType::Sequence:
            out += "[]\n";
            return;
        case NodeType::Null:
            out += "null\n";
            return;
        case NodeType::Bool:
        case NodeType::Int:
            out += n.text();
            break;
        case NodeType::Float: {
            const std::string_view t = n.text();
            out += t;
            // A float printed without a dot or exponent would read back as an int.
            if (t.find_first_of(".eEni") == std::string_view::npos)
                out += ".0";
            break;
        }
        case NodeType::String: {
            const std::string_view t = n.text();
            switch (yamlScalarStyle(t, false)) {
            case YamlScalarStyle::Plain:
                out += t;
                break;
            case YamlScalarStyle::SingleQuoted:
                quoted(t, false);
                break;
            case YamlScalarStyle::DoubleQuoted:
                quoted(t, true);
                break;
            case YamlScalarStyle::Literal:
                literal(t, level);
                return;
            }
            break;
        }
        }
        out += '\n';
    }

    void quoted(std::string_view s, bool dbl)
    {
        if (!dbl) {
            out += '\'';
            for (const char c : s) {
                if (c == '\'')
                    out += '\'';
                out += c;
            }
            out += '\'';
            return;
        }
        out += '"';
        std::size_t i = 0;
        while (i < s.size()) {
            const std::size_t start = i;
            const char32_t c = decodeUtf8(s, i);
            switch (c) {
            case U'"':
                out += "\\\"";
                continue;
            case U'\\':
                out += "\\\\";
                continue;
            case U'\n':
                out += "\\n";
                continue;
            case U'\t':
                out += "\\t";
                continue;
            case U'\r':
                out += "\\r";
                continue;
            case U'\0':
                out += "\\0";
                continue;
            case 0x85:
                out += "\\N";
                continue;
            case 0x2028:
                out += "\\L";
                continue;
            case 0x2029:
                out += "\\P";
                continue;
            default:
                break;
            }
            if (needsEscape(c)) {
                static constexpr std::array<char, 16> hex = {
                    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
                const int digits = c <= 0xFF ? 2 : 4;
                out += digits == 2 ? "\\x" : "\\u";
                for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
                    out += hex[(c >> shift) & 0xF];
                continue;
            }
            out.append(s.substr(start, i - start));
        }
        out += '"';
    }

    void literal(std::string_view s, int level)
    {
        std::size_t trailing = 0;
        while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n')
            ++trailing;
        out += '|';
        // Content sits two columns in; say so when the first line would mislead detection.
        if (s.front() == ' ' || s.front() == '\n')
            out += '2';
        if (trailing == 0)
            out += '-';
        else if (trailing > 1)
            out += '+';
        out += '\n';
        const std::string_view body = s.substr(0, s.size() - trailing);
        std::size_t pos = 0;
        while (pos <= body.size()) {
            const std::size_t nl = body.find('\n', pos);
            const std::string_view line =
                body.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
            if (!line.empty()) {
                indent(level + 2);
                out += line;
            }
            out += '\n';
            if (nl == std::string_view::npos)
                break;
            pos = nl + 1;
        }
        // Keep chomping: the extra line breaks are written as empty lines.
        for (std::size_t k = 1; k < trailing; ++k)
            out += '\n';
    }
};

} // namespace

QString toYaml(const Node &node)
{
    if (!node.isValid())
        return {};
    Writer w;
    w.root(node);
    return QString::fromUtf8(w.out.data(), qsizetype(w.out.size()));
}

} // namespace parapet
