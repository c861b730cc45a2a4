#include "document.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace parapet {

namespace {

bool isContainer(NodeType t)
{
    return t == NodeType::Sequence || t == NodeType::Mapping;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Document

std::shared_ptr<Document> Document::fromParts(std::vector<Entry> entries, std::string text,
                                              QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::shared_ptr<Document>();
    };
    const std::uint64_t n = entries.size();
    if (n == 0)
        return fail(QStringLiteral("empty document"));
    struct Open
    {
        std::uint32_t index;
        std::uint32_t end;
        std::uint32_t children;
        bool mapping;
    };
    std::vector<Open> stack;
    auto closeTop = [&]() -> bool {
        const Open &top = stack.back();
        const auto expected = top.mapping ? std::uint64_t(entries[top.index].a) * 2
                                          : std::uint64_t(entries[top.index].a);
        if (expected != top.children)
            return false;
        stack.pop_back();
        return true;
    };
    for (std::uint64_t i = 0; i < n; ++i) {
        const Entry &e = entries[i];
        if (e.type > NodeType::Mapping)
            return fail(QStringLiteral("entry %1 has an unknown type").arg(i));
        while (!stack.empty() && stack.back().end == i) {
            if (!closeTop())
                return fail(QStringLiteral("container %1 has a wrong child count").arg(i));
        }
        if (i > 0) {
            if (stack.empty())
                return fail(QStringLiteral("entry %1 lies outside the root").arg(i));
            Open &top = stack.back();
            ++top.children;
            if (top.mapping && (top.children % 2 == 1) && e.type != NodeType::String)
                return fail(QStringLiteral("mapping key %1 is not a string").arg(i));
        }
        if (isContainer(e.type)) {
            const std::uint64_t limit = stack.empty() ? n : stack.back().end;
            if (e.b <= i || e.b > limit)
                return fail(QStringLiteral("container %1 has a bad extent").arg(i));
            stack.push_back({std::uint32_t(i), e.b, 0, e.type == NodeType::Mapping});
        } else if (std::uint64_t(e.a) + e.b > text.size()) {
            return fail(QStringLiteral("scalar %1 points outside the text").arg(i));
        }
    }
    while (!stack.empty()) {
        if (stack.back().end != n || !closeTop())
            return fail(QStringLiteral("document structure is not well nested"));
    }
    if (isContainer(entries[0].type) ? entries[0].b != n : n != 1)
        return fail(QStringLiteral("document has more than one root"));
    auto doc = std::make_shared<Document>();
    doc->m_entries = std::move(entries);
    doc->m_text = std::move(text);
    return doc;
}

// ---------------------------------------------------------------------------------------------
// Node

bool Node::isScalar() const
{
    return m_doc && !isContainer(entry().type);
}

std::string_view Node::text() const
{
    if (!m_doc || isContainer(entry().type))
        return {};
    return m_doc->scalar(m_index);
}

QString Node::toString() const
{
    const auto t = text();
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

QString Node::toString(const QString &fallback) const
{
    if (!isScalar() || isNull())
        return fallback;
    return toString();
}

std::optional<std::int64_t> Node::toInt() const
{
    if (!m_doc || entry().type != NodeType::Int)
        return std::nullopt;
    const auto t = text();
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || ptr != t.data() + t.size())
        return std::nullopt;
    return v;
}

std::optional<double> Node::toDouble() const
{
    if (!m_doc || (entry().type != NodeType::Int && entry().type != NodeType::Float))
        return std::nullopt;
    const std::string t(text());
    char *end = nullptr;
    const double v = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size())
        return std::nullopt;
    return v;
}

std::optional<bool> Node::toBool() const
{
    if (!m_doc || entry().type != NodeType::Bool)
        return std::nullopt;
    return text() == "true";
}

std::uint32_t Node::size() const
{
    if (!m_doc || !isContainer(entry().type))
        return 0;
    return entry().a;
}

Node Node::operator[](std::string_view key) const
{
    if (!isMap())
        return {};
    const std::uint32_t end = entry().b;
    std::uint32_t pos = m_index + 1;
    while (pos < end) {
        if (m_doc->scalar(pos) == key)
            return Node(m_doc, pos + 1);
        pos = m_doc->end(pos + 1);
    }
    return {};
}

Node Node::at(std::uint32_t i) const
{
    if (!isSequence() || i >= entry().a)
        return {};
    std::uint32_t pos = m_index + 1;
    for (std::uint32_t k = 0; k < i; ++k)
        pos = m_doc->end(pos);
    return Node(m_doc, pos);
}

Node Node::path(std::string_view p) const
{
    Node cur = *this;
    std::size_t i = 0;
    while (i < p.size() && cur.isValid()) {
        if (p[i] == '.') {
            ++i;
            continue;
        }
        if (p[i] == '[') {
            const std::size_t close = p.find(']', i);
            if (close == std::string_view::npos)
                return {};
            std::string_view inner = p.substr(i + 1, close - i - 1);
            if (inner.size() >= 2 && (inner.front() == '"' || inner.front() == '\'')
                && inner.back() == inner.front()) {
                // A quoted key may itself contain ']' only if it is the last bracket; keep
                // it simple: keys with ']' are not used in Kubernetes field paths.
                cur = cur[inner.substr(1, inner.size() - 2)];
            } else {
                std::uint32_t idx = 0;
                const auto [ptr, ec] = std::from_chars(inner.data(), inner.data() + inner.size(), idx);
                if (ec != std::errc() || ptr != inner.data() + inner.size())
                    return {};
                cur = cur.at(idx);
            }
            i = close + 1;
            continue;
        }
        std::size_t j = i;
        while (j < p.size() && p[j] != '.' && p[j] != '[')
            ++j;
        cur = cur[p.substr(i, j - i)];
        i = j;
    }
    return cur;
}

Node::Range Node::children() const
{
    if (!m_doc || !isContainer(entry().type))
        return Range(nullptr, 0, 0, false);
    return Range(m_doc, m_index + 1, entry().b, entry().type == NodeType::Mapping);
}

bool Node::equals(const Node &other) const
{
    if (!m_doc || !other.m_doc)
        return m_doc == other.m_doc;
    const std::uint32_t len = m_doc->end(m_index) - m_index;
    if (other.m_doc->end(other.m_index) - other.m_index != len)
        return false;
    for (std::uint32_t k = 0; k < len; ++k) {
        const auto &a = m_doc->entries()[m_index + k];
        const auto &b = other.m_doc->entries()[other.m_index + k];
        if (a.type != b.type)
            return false;
        if (isContainer(a.type)) {
            if (a.a != b.a)
                return false;
        } else if (m_doc->scalar(m_index + k) != other.m_doc->scalar(other.m_index + k)) {
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// DocumentBuilder

void DocumentBuilder::noteChild()
{
    if (!m_open.empty())
        ++m_doc.m_entries[m_open.back()].a;
}

void DocumentBuilder::begin(NodeType type, std::uint32_t line, std::uint32_t column)
{
    noteChild();
    Document::Entry e;
    e.type = type;
    e.line = line;
    e.column = column;
    m_open.push_back(std::uint32_t(m_doc.m_entries.size()));
    m_doc.m_entries.push_back(e);
}

void DocumentBuilder::beginMapping(std::uint32_t line, std::uint32_t column)
{
    begin(NodeType::Mapping, line, column);
}

void DocumentBuilder::beginSequence(std::uint32_t line, std::uint32_t column)
{
    begin(NodeType::Sequence, line, column);
}

QString DocumentBuilder::endContainer(std::uint32_t *errorEntry)
{
    const std::uint32_t index = m_open.back();
    m_open.pop_back();
    Document::Entry &e = m_doc.m_entries[index];
    e.b = std::uint32_t(m_doc.m_entries.size());
    m_last = index;
    if (e.type != NodeType::Mapping)
        return {};
    e.a /= 2;
    QString error = applyMergeKeys(index, errorEntry);
    if (error.isEmpty())
        error = checkDuplicateKeys(index, errorEntry);
    return error;
}

void DocumentBuilder::addScalar(NodeType type, std::string_view text, std::uint32_t line,
                                std::uint32_t column, std::uint8_t flags)
{
    noteChild();
    Document::Entry e;
    e.type = type;
    e.flags = flags;
    e.line = line;
    e.column = column;
    e.a = std::uint32_t(m_doc.m_text.size());
    e.b = std::uint32_t(text.size());
    m_doc.m_text.append(text);
    m_last = std::uint32_t(m_doc.m_entries.size());
    m_doc.m_entries.push_back(e);
}

void DocumentBuilder::appendOwnSubtree(std::uint32_t index)
{
    noteChild();
    const std::uint32_t end = m_doc.end(index);
    const std::uint32_t start = std::uint32_t(m_doc.m_entries.size());
    const std::int64_t delta = std::int64_t(start) - std::int64_t(index);
    m_doc.m_entries.reserve(m_doc.m_entries.size() + (end - index));
    for (std::uint32_t k = index; k < end; ++k) {
        Document::Entry e = m_doc.m_entries[k];
        if (isContainer(e.type))
            e.b = std::uint32_t(std::int64_t(e.b) + delta);
        m_doc.m_entries.push_back(e);
    }
    m_last = start;
}

void DocumentBuilder::appendCopy(const Node &node,
                                 const std::function<bool(std::string_view)> &skipKey)
{
    if (!node.isValid()) {
        addScalar(NodeType::Null, {}, 0, 0);
        return;
    }
    const Document &src = *node.document();
    if (node.isMap() && skipKey) {
        beginMapping(node.line(), node.column());
        for (const auto &[key, value] : node.children()) {
            if (skipKey(key.text()))
                continue;
            appendCopy(key);
            appendCopy(value);
        }
        endContainer();
        return;
    }
    noteChild();
    const std::uint32_t index = node.index();
    const std::uint32_t end = src.end(index);
    const std::uint32_t start = std::uint32_t(m_doc.m_entries.size());
    const std::int64_t delta = std::int64_t(start) - std::int64_t(index);
    for (std::uint32_t k = index; k < end; ++k) {
        Document::Entry e = src.entries()[k];
        if (isContainer(e.type)) {
            e.b = std::uint32_t(std::int64_t(e.b) + delta);
        } else {
            const auto t = src.scalar(k);
            e.a = std::uint32_t(m_doc.m_text.size());
            m_doc.m_text.append(t);
        }
        m_doc.m_entries.push_back(e);
    }
    m_last = start;
}

QString DocumentBuilder::applyMergeKeys(std::uint32_t index, std::uint32_t *errorEntry)
{
    auto &entries = m_doc.m_entries;
    const std::uint32_t end = entries[index].b;
    auto isMergeKey = [&](std::uint32_t k) {
        return entries[k].type == NodeType::String && !(entries[k].flags & Document::Quoted)
            && m_doc.scalar(k) == "<<";
    };
    bool any = false;
    for (std::uint32_t pos = index + 1; pos < end; pos = m_doc.end(pos + 1)) {
        if (isMergeKey(pos)) {
            any = true;
            break;
        }
    }
    if (!any)
        return {};

    // Explicit keys first, then merged ones not already present (earlier sources win).
    struct Span
    {
        std::uint32_t key;
        std::uint32_t end;
    };
    std::vector<Span> pairs;
    std::vector<std::uint32_t> sources;
    for (std::uint32_t pos = index + 1; pos < end; pos = m_doc.end(pos + 1)) {
        if (!isMergeKey(pos)) {
            pairs.push_back({pos, m_doc.end(pos + 1)});
            continue;
        }
        const std::uint32_t value = pos + 1;
        if (entries[value].type == NodeType::Mapping) {
            sources.push_back(value);
        } else if (entries[value].type == NodeType::Sequence) {
            for (std::uint32_t item = value + 1; item < entries[value].b; item = m_doc.end(item)) {
                if (entries[item].type != NodeType::Mapping) {
                    if (errorEntry)
                        *errorEntry = item;
                    return QCoreApplication::translate(
                        "parapet", "a merge key (<<) must refer to mappings only");
                }
                sources.push_back(item);
            }
        } else {
            if (errorEntry)
                *errorEntry = pos;
            return QCoreApplication::translate("parapet",
                                               "a merge key (<<) must refer to a mapping");
        }
    }
    auto present = [&](std::string_view key) {
        return std::any_of(pairs.begin(), pairs.end(),
                           [&](const Span &s) { return m_doc.scalar(s.key) == key; });
    };
    for (const std::uint32_t src : sources) {
        for (std::uint32_t pos = src + 1; pos < entries[src].b; pos = m_doc.end(pos + 1)) {
            if (!present(m_doc.scalar(pos)))
                pairs.push_back({pos, m_doc.end(pos + 1)});
        }
    }
    std::vector<Document::Entry> rebuilt;
    rebuilt.reserve(end - index);
    for (const Span &s : pairs) {
        const std::int64_t delta = std::int64_t(index + 1 + rebuilt.size()) - std::int64_t(s.key);
        for (std::uint32_t k = s.key; k < s.end; ++k) {
            Document::Entry e = entries[k];
            if (isContainer(e.type))
                e.b = std::uint32_t(std::int64_t(e.b) + delta);
            rebuilt.push_back(e);
        }
    }
    entries.resize(index + 1);
    entries.insert(entries.end(), rebuilt.begin(), rebuilt.end());
    entries[index].a = std::uint32_t(pairs.size());
    entries[index].b = std::uint32_t(entries.size());
    return {};
}

QString DocumentBuilder::checkDuplicateKeys(std::uint32_t index, std::uint32_t *errorEntry) const
{
    const auto &entries = m_doc.m_entries;
    std::vector<std::uint32_t> keys;
    keys.reserve(entries[index].a);
    for (std::uint32_t pos = index + 1; pos < entries[index].b; pos = m_doc.end(pos + 1))
        keys.push_back(pos);
    auto duplicate = [&](std::uint32_t first, std::uint32_t second) {
        if (errorEntry)
            *errorEntry = second;
        const auto key = m_doc.scalar(second);
        return QCoreApplication::translate("parapet",
                                           "duplicate key \"%1\" at line %2 (first at line %3)")
            .arg(QString::fromUtf8(key.data(), qsizetype(key.size())))
            .arg(entries[second].line)
            .arg(entries[first].line);
    };
    if (keys.size() <= 16) {
        for (std::size_t i = 1; i < keys.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (m_doc.scalar(keys[i]) == m_doc.scalar(keys[j]))
                    return duplicate(keys[j], keys[i]);
        return {};
    }
    std::stable_sort(keys.begin(), keys.end(), [&](std::uint32_t x, std::uint32_t y) {
        return m_doc.scalar(x) < m_doc.scalar(y);
    });
    for (std::size_t i = 1; i < keys.size(); ++i) {
        if (m_doc.scalar(keys[i]) == m_doc.scalar(keys[i - 1]))
            return duplicate(std::min(keys[i - 1], keys[i]), std::max(keys[i - 1], keys[i]));
    }
    return {};
}

std::shared_ptr<Document> DocumentBuilder::take()
{
    auto doc = std::make_shared<Document>(std::move(m_doc));
    m_doc = Document();
    m_open.clear();
    m_last = 0;
    return doc;
}

} // namespace parapet
