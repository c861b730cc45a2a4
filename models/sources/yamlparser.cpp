// Manifest YAML → Document, on libyaml's event parser (measured ~10x faster than yaml-cpp).

#include "parselimits.h"

#include <QCoreApplication>

#include <yaml.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <optional>
#include <cmath>
#include <string>
#include <unordered_map>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::YamlParser", text);
}

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

bool isOneOf(std::string_view s, std::initializer_list<std::string_view> list)
{
    for (auto x : list)
        if (s == x)
            return true;
    return false;
}

struct Resolved
{
    NodeType type = NodeType::Null;
    std::string text;
};

std::string canonicalDouble(double v)
{
    if (std::isnan(v))
        return ".nan";
    if (std::isinf(v))
        return v > 0 ? ".inf" : "-.inf";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// Parses an integer the way Go's strconv.ParseInt(s, 0, 64) does after go-yaml v2 removed
// underscores: optional sign, then 0x/0o/0b prefixes or a leading 0 for octal.
bool parseGoInt(std::string_view s, long long &out)
{
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s.empty())
        return false;
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s.remove_prefix(2);
    } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8;
        s.remove_prefix(2);
    } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        s.remove_prefix(2);
    } else if (s.size() > 1 && s[0] == '0') {
        base = 8;
        s.remove_prefix(1);
    }
    unsigned long long mag = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), mag, base);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
        return false;
    constexpr unsigned long long limit = 9223372036854775807ULL;
    if (negative) {
        if (mag > limit + 1)
            return false;
        out = mag == limit + 1 ? std::numeric_limits<long long>::min() : -static_cast<long long>(mag);
    } else {
        if (mag > limit)
            return false;
        out = static_cast<long long>(mag);
    }
    return true;
}

// go-yaml v2's yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$. Only text
// of this shape is tried as a float; what else from_chars would take ("-inf", "+nan",
// "infinity", "+-1") stays a string, as kubectl reads it.
bool isYamlStyleFloat(std::string_view s)
{
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    } else {
        if (!digits())
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

bool parseGoFloat(std::string_view s, double &out)
{
    if (!isYamlStyleFloat(s))
        return false;
    // Go's ParseFloat accepts a leading '+', which from_chars does not.
    if (!s.empty() && s[0] == '+')
        s.remove_prefix(1);
    if (s.empty())
        return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Plain scalars resolve as go-yaml v2 does (the YAML library behind kubectl and
// sigs.k8s.io/yaml): YAML 1.1 booleans (yes/no/on/off), ints with base prefixes, floats.
Resolved resolvePlain(std::string_view s)
{
    if (isOneOf(s, {"", "~", "null", "Null", "NULL"}))
        return {NodeType::Null, {}};
    if (isOneOf(s, {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}))
        return {NodeType::Bool, "true"};
    if (isOneOf(s, {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}))
        return {NodeType::Bool, "false"};
    if (isOneOf(s, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}))
        return {NodeType::Float, ".inf"};
    if (isOneOf(s, {"-.inf", "-.Inf", "-.INF"}))
        return {NodeType::Float, "-.inf"};
    if (isOneOf(s, {".nan", ".NaN", ".NAN"}))
        return {NodeType::Float, ".nan"};
    const char c = s[0];
    if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        std::string plain;
        plain.reserve(s.size());
        for (char ch : s)
            if (ch != '_')
                plain.push_back(ch);
        long long i = 0;
        if (parseGoInt(plain, i))
            return {NodeType::Int, std::to_string(i)};
        double d = 0;
        if (parseGoFloat(plain, d))
            return {NodeType::Float, canonicalDouble(d)};
    }
    return {NodeType::String, std::string(s)};
}

class YamlDocumentReader
{
public:
    YamlDocumentReader(const ParseLimits &limits, std::uint32_t lineOffset,
                       const DocumentSink &onDocument, bool utf8 = true)
        : m_limits(limits)
        , m_lineOffset(lineOffset)
        , m_onDocument(onDocument)
        , m_utf8(utf8)
    {
    }

    // Returns an empty error when the chunk parsed; else the error (and the chunk is dropped
    // from the failing document on).
    std::optional<Error> run(const unsigned char *data, std::size_t size)
    {
        yaml_parser_t parser;
        if (!yaml_parser_initialize(&parser))
            return Error{Error::Code::Io, tr("out of memory"), {}};
        yaml_parser_set_input_string(&parser, data, size);
        std::optional<Error> result;
        bool done = false;
        while (!done) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                QString message = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
                // The context (what was being read) names where it began: for an unclosed
                // quote the problem is only found at the end of the document.
                if (parser.context)
                    message += QStringLiteral(" (") + QString::fromUtf8(parser.context)
                        + tr(" at line %1, column %2")
                              .arg(line(parser.context_mark))
                              .arg(parser.context_mark.column + 1)
                        + u')';
                SourceLocation where{QString(), line(parser.problem_mark),
                                     std::uint32_t(parser.problem_mark.column + 1)};
                // Reader errors (invalid UTF-8, control characters) carry a byte offset and
                // no mark.
                if (parser.error == YAML_READER_ERROR && m_utf8)
                    where = locateOffset(data, std::min(size, parser.problem_offset));
                result = Error{Error::Code::Syntax, message, where};
                break;
            }
            std::optional<Error> err = handle(event, done);
            yaml_event_delete(&event);
            if (err) {
                result = std::move(err);
                break;
            }
        }
        yaml_parser_delete(&parser);
        return result;
    }

private:
    struct Open
    {
        bool mapping;
        std::uint32_t children = 0;
        std::string anchor;
        std::uint32_t index = 0; // of the container in m_builder
    };

    // An anchored node: in the document being built, or (once a merge key rewrote the mapping
    // it lies in) a copy kept aside in m_detached.
    struct Anchor
    {
        std::uint32_t index = 0;
        bool detached = false;
    };

    SourceLocation locateOffset(const unsigned char *data, std::size_t offset) const
    {
        std::uint32_t lineNo = 0;
        std::uint32_t column = 1;
        std::size_t i = 0;
        if (offset >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
            i = 3;
        for (; i < offset; ++i) {
            if (data[i] == '\n') {
                ++lineNo;
                column = 1;
            } else if ((data[i] & 0xC0) != 0x80) {
                ++column; // count characters, not continuation bytes
            }
        }
        return SourceLocation{QString(), lineNo + m_lineOffset + 1, column};
    }

    bool hasMergeKey(std::uint32_t mapping) const
    {
        const Document &doc = m_builder.current();
        for (std::uint32_t pos = mapping + 1; pos < m_builder.size(); pos = doc.end(pos + 1)) {
            const Document::Entry &key = doc.entries()[pos];
            if (key.type == NodeType::String && !(key.flags & Document::Quoted)
                && doc.scalar(pos) == "<<")
                return true;
            if (pos + 1 >= m_builder.size())
                break;
        }
        return false;
    }

    // Merge keys rewrite the mapping they are in (merged pairs in, merge sources out), which
    // moves or removes what anchors inside it point to. Those anchored nodes are copied aside
    // first, so that later aliases still find them.
    std::optional<Error> detachAnchorsWithin(std::uint32_t mapping, const yaml_event_t &e)
    {
        std::vector<std::pair<std::uint32_t, Anchor *>> inside;
        for (auto &[name, anchor] : m_anchors)
            if (!anchor.detached && anchor.index > mapping)
                inside.emplace_back(anchor.index, &anchor);
        std::sort(inside.begin(), inside.end(),
                  [](const auto &x, const auto &y) { return x.first < y.first; });
        const Document &doc = m_builder.current();
        std::uint32_t copiedFrom = 0;
        std::uint32_t copiedEnd = 0;
        std::uint32_t copiedTo = 0;
        for (auto &[index, anchor] : inside) {
            if (index >= copiedEnd) {
                copiedFrom = index;
                copiedEnd = doc.end(index);
                copiedTo = m_detached.size();
                // Copies count against the alias budget: nested anchors in nested merges
                // could otherwise copy the same nodes over and over.
                m_aliasNodes += copiedEnd - copiedFrom;
                if (m_aliasNodes > m_limits.maxAliasNodes)
                    return fail(e, tr("aliases expand to more than %1 nodes (an alias bomb?)")
                                       .arg(m_limits.maxAliasNodes));
                m_detached.appendCopy(Node(&doc, index));
            }
            anchor->index = copiedTo + (index - copiedFrom);
            anchor->detached = true;
        }
        return std::nullopt;
    }

    std::uint32_t line(const yaml_mark_t &m) const { return std::uint32_t(m.line) + m_lineOffset + 1; }

    Error fail(const yaml_event_t &e, const QString &message) const
    {
        return Error{Error::Code::Invalid, message,
                     SourceLocation{QString(), line(e.start_mark), std::uint32_t(e.start_mark.column + 1)}};
    }

    bool expectingKey() const
    {
        return !m_open.empty() && m_open.back().mapping && m_open.back().children % 2 == 0;
    }

    void countChild()
    {
        if (!m_open.empty())
            ++m_open.back().children;
    }

    std::optional<Error> checkSize(const yaml_event_t &e)
    {
        if (m_builder.size() > m_limits.maxNodesPerDocument)
            return fail(e, tr("document has more than %1 nodes").arg(m_limits.maxNodesPerDocument));
        return std::nullopt;
    }

    std::optional<Error> handle(const yaml_event_t &e, bool &done)
    {
        switch (e.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            return std::nullopt;
        case YAML_DOCUMENT_START_EVENT:
            m_builder = DocumentBuilder();
            m_detached = DocumentBuilder();
            m_anchors.clear();
            m_aliasNodes = 0;
            m_rootLine = 0;
            return std::nullopt;
        case YAML_DOCUMENT_END_EVENT: {
            if (m_builder.size() == 0)
                return std::nullopt;
            auto doc = m_builder.take();
            if (doc->entries().front().type == NodeType::Null)
                return std::nullopt; // empty document
            m_onDocument(ParsedDocument{std::move(doc), m_rootLine, m_rootColumn});
            return std::nullopt;
        }
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT: {
            if (expectingKey())
                return fail(e, tr("a mapping key must be a scalar (complex keys are not supported)"));
            if (m_builder.depth() >= m_limits.maxDepth)
                return fail(e, tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
            noteRoot(e);
            countChild();
            const bool mapping = e.type == YAML_MAPPING_START_EVENT;
            const auto *anchor = mapping ? e.data.mapping_start.anchor : e.data.sequence_start.anchor;
            const std::uint32_t index = m_builder.size();
            if (mapping)
                m_builder.beginMapping(line(e.start_mark), std::uint32_t(e.start_mark.column + 1));
            else
                m_builder.beginSequence(line(e.start_mark), std::uint32_t(e.start_mark.column + 1));
            m_open.push_back({mapping, 0,
                              anchor ? std::string(reinterpret_cast<const char *>(anchor))
                                     : std::string(),
                              index});
            return checkSize(e);
        }
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT: {
            const std::string anchor = std::move(m_open.back().anchor);
            const std::uint32_t index = m_open.back().index;
            const bool mapping = m_open.back().mapping;
            m_open.pop_back();
            if (mapping && hasMergeKey(index)) {
                if (auto err = detachAnchorsWithin(index, e))
                    return err;
            }
            std::uint32_t errorEntry = 0;
            const QString err = m_builder.endContainer(&errorEntry);
            if (!err.isEmpty()) {
                // Point at the duplicate or merge key, not at the end of the mapping.
                const Document::Entry &at = m_builder.current().entries()[errorEntry];
                return Error{Error::Code::Invalid, err,
                             SourceLocation{QString(), at.line, at.column}};
            }
            if (!anchor.empty())
                m_anchors[anchor] = Anchor{m_builder.lastIndex(), false};
            return std::nullopt;
        }
        case YAML_SCALAR_EVENT:
            return scalar(e);
        case YAML_ALIAS_EVENT: {
            const std::string name(reinterpret_cast<const char *>(e.data.alias.anchor));
            const auto it = m_anchors.find(name);
            if (it == m_anchors.end())
                return fail(e, tr("unknown or recursive anchor \"*%1\"").arg(QString::fromStdString(name)));
            const std::uint32_t target = it->second.index;
            const bool detached = it->second.detached;
            const Document &source = detached ? m_detached.current() : m_builder.current();
            const std::uint32_t count = source.end(target) - target;
            if (expectingKey() && source.entries()[target].type != NodeType::String)
                return fail(e, tr("an alias used as a mapping key must refer to a string"));
            m_aliasNodes += count;
            if (m_aliasNodes > m_limits.maxAliasNodes)
                return fail(e, tr("aliases expand to more than %1 nodes (an alias bomb?)")
                                   .arg(m_limits.maxAliasNodes));
            noteRoot(e);
            countChild();
            if (detached)
                m_builder.appendCopy(Node(&source, target));
            else
                m_builder.appendOwnSubtree(target);
            return checkSize(e);
        }
        default:
            return std::nullopt;
        }
    }

    void noteRoot(const yaml_event_t &e)
    {
        if (m_builder.size() == 0) {
            m_rootLine = line(e.start_mark);
            m_rootColumn = std::uint32_t(e.start_mark.column + 1);
        }
    }

    std::optional<Error> scalar(const yaml_event_t &e)
    {
        const auto &s = e.data.scalar;
        const std::string_view value(reinterpret_cast<const char *>(s.value), s.length);
        const std::string_view tag = s.tag ? std::string_view(reinterpret_cast<const char *>(s.tag))
                                           : std::string_view();
        Resolved r;
        std::uint8_t flags = 0;
        if (!tag.empty() && tag != "!") {
            if (tag.substr(0, kTagPrefix.size()) == kTagPrefix) {
                const auto t = tag.substr(kTagPrefix.size());
                if (t == "str" || t == "binary" || t == "timestamp") {
                    r = {NodeType::String, std::string(value)};
                } else {
                    r = resolvePlain(value);
                    const bool fits = (t == "int" && r.type == NodeType::Int)
                        || (t == "float" && (r.type == NodeType::Float || r.type == NodeType::Int))
                        || (t == "bool" && r.type == NodeType::Bool)
                        || (t == "null" && r.type == NodeType::Null);
                    if (!fits && isOneOf(t, {"int", "float", "bool", "null"}))
                        // The value is not quoted in the message: it may be a Secret's, and
                        // diagnostics are printed and saved in snapshots.
                        return fail(e, tr("the value cannot be decoded as !!%1")
                                           .arg(QString::fromUtf8(t.data(), qsizetype(t.size()))));
                    if (t == "float" && r.type == NodeType::Int)
                        r.type = NodeType::Float;
                }
            } else {
                r = resolvePlain(value); // application tags: the value decides, as in go-yaml
            }
            if (r.type == NodeType::String)
                flags = Document::Quoted;
        } else if (s.style != YAML_PLAIN_SCALAR_STYLE || tag == "!") {
            r = {NodeType::String, std::string(value)};
            flags = Document::Quoted;
        } else {
            r = resolvePlain(value);
        }
        if (expectingKey() && r.type != NodeType::String) {
            // Non-string keys become their text, as sigs.k8s.io/yaml converts them for JSON.
            r.text = r.type == NodeType::Null ? std::string("null") : r.text;
            r.type = NodeType::String;
        }
        noteRoot(e);
        countChild();
        m_builder.addScalar(r.type, r.text, line(e.start_mark), std::uint32_t(e.start_mark.column + 1), flags);
        if (s.anchor)
            m_anchors[std::string(reinterpret_cast<const char *>(s.anchor))] =
                Anchor{m_builder.lastIndex(), false};
        return checkSize(e);
    }

    const ParseLimits &m_limits;
    std::uint32_t m_lineOffset;
    const DocumentSink &m_onDocument;
    DocumentBuilder m_builder;
    std::vector<Open> m_open;
    bool m_utf8;
    DocumentBuilder m_detached;
    std::unordered_map<std::string, Anchor> m_anchors;
    std::uint32_t m_aliasNodes = 0;
    std::uint32_t m_rootLine = 0;
    std::uint32_t m_rootColumn = 0;
};

bool isSeparatorLine(const char *p, const char *end)
{
    if (end - p < 3 || p[0] != '-' || p[1] != '-' || p[2] != '-')
        return false;
    return end - p == 3 || p[3] == ' ' || p[3] == '\t' || p[3] == '\n' || p[3] == '\r';
}

} // namespace

void parseYamlStream(QByteArrayView data, const ParseLimits &limits, const DocumentSink &onDocument,
                     const ErrorSink &onError)
{
    const char *begin = data.data();
    const char *end = begin + data.size();
    // A UTF-8 byte order mark is allowed (and dropped); libyaml detects UTF-16 by its BOM.
    const bool utf16 = data.size() >= 2
        && ((uchar(begin[0]) == 0xFF && uchar(begin[1]) == 0xFE)
            || (uchar(begin[0]) == 0xFE && uchar(begin[1]) == 0xFF));
    if (utf16) {
        YamlDocumentReader reader(limits, 0, onDocument, false);
        if (auto err = reader.run(reinterpret_cast<const unsigned char *>(begin), std::size_t(data.size())))
            onError(*err);
        return;
    }
    const char *chunk = begin;
    std::uint32_t chunkLine = 0;
    std::uint32_t lineNo = 0;
    auto flush = [&](const char *chunkEnd) {
        if (chunkEnd > chunk) {
            YamlDocumentReader reader(limits, chunkLine, onDocument);
            if (auto err = reader.run(reinterpret_cast<const unsigned char *>(chunk),
                                      std::size_t(chunkEnd - chunk)))
                onError(*err);
        }
    };
    for (const char *p = begin; p < end;) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        const char *lineEnd = nl ? nl + 1 : end;
        if (p != begin && isSeparatorLine(p, lineEnd)) {
            flush(p);
            chunk = p;
            chunkLine = lineNo;
        }
        ++lineNo;
        p = lineEnd;
    }
    flush(end);
}

} // namespace parapet
