#pragma once

#include <QString>
#include <QUtf8StringView>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parapet {

enum class NodeType : std::uint8_t { Null, Bool, Int, Float, String, Sequence, Mapping };

/// Flat, immutable tree of one Kubernetes object as parsed from YAML or JSON.
///
/// A tape (as simdjson does it): entries in document order, each container knowing where its
/// subtree ends, every entry keeping the line and column it was read from. One allocation for the
/// entries and one for the text keep loading fast and memory small at 10,000 pods. Mapping
/// children are stored as key, value, key, value...; keys are String entries.
class Document
{
public:
    struct Entry
    {
        NodeType type = NodeType::Null;
        std::uint8_t flags = 0;    ///< Entry::Quoted for scalars written quoted
        std::uint16_t reserved = 0;
        std::uint32_t line = 0;    ///< 1-based, 0 when unknown
        std::uint32_t column = 0;  ///< 1-based, 0 when unknown
        std::uint32_t a = 0;       ///< scalar: offset in text; container: number of children
        std::uint32_t b = 0;       ///< scalar: length; container: index one past the subtree
    };
    enum Flag : std::uint8_t { Quoted = 1 };

    const std::vector<Entry> &entries() const { return m_entries; }
    const std::string &text() const { return m_text; }
    bool isEmpty() const { return m_entries.empty(); }

    /// Index one past the subtree rooted at \a index.
    std::uint32_t end(std::uint32_t index) const
    {
        const Entry &e = m_entries[index];
        return (e.type == NodeType::Sequence || e.type == NodeType::Mapping) ? e.b : index + 1;
    }
    std::string_view scalar(std::uint32_t index) const
    {
        const Entry &e = m_entries[index];
        return std::string_view(m_text).substr(e.a, e.b);
    }

    /// Builds a document from raw parts after checking that they form a well-nested tree
    /// (used by the snapshot reader: the parts come from a file nobody vetted).
    static std::shared_ptr<Document> fromParts(std::vector<Entry> entries, std::string text,
                                               QString *error);

private:
    friend class DocumentBuilder;
    std::vector<Entry> m_entries;
    std::string m_text;
};

/// A read-only handle on one value inside a Document. Cheap to copy; valid while its Document
/// lives (an Inventory keeps its documents alive). A default-constructed Node is "missing":
/// every lookup on a missing node yields a missing node, so chains like
/// `obj["spec"]["template"]["spec"]` need no checks in between.
class Node
{
public:
    Node() = default;
    Node(const Document *doc, std::uint32_t index) : m_doc(doc), m_index(index) {}

    bool isValid() const { return m_doc != nullptr; }
    explicit operator bool() const { return isValid(); }
    NodeType type() const { return m_doc ? entry().type : NodeType::Null; }
    bool isNull() const { return !m_doc || entry().type == NodeType::Null; }
    bool isMap() const { return m_doc && entry().type == NodeType::Mapping; }
    bool isSequence() const { return m_doc && entry().type == NodeType::Sequence; }
    bool isScalar() const;
    bool isString() const { return m_doc && entry().type == NodeType::String; }
    bool isQuoted() const { return m_doc && (entry().flags & Document::Quoted); }

    std::uint32_t line() const { return m_doc ? entry().line : 0; }
    std::uint32_t column() const { return m_doc ? entry().column : 0; }

    /// Raw scalar text in UTF-8 (canonical form for numbers and booleans, empty for null).
    std::string_view text() const;
    QUtf8StringView view() const
    {
        const auto t = text();
        return QUtf8StringView(t.data(), qsizetype(t.size()));
    }
    QString toString() const;
    /// Scalar as string, or \a fallback when missing or not a scalar.
    QString toString(const QString &fallback) const;
    std::optional<std::int64_t> toInt() const;
    std::optional<double> toDouble() const;
    /// True/false for Bool entries; std::nullopt for anything else (strings are not coerced).
    std::optional<bool> toBool() const;

    /// Number of children of a sequence or mapping (pairs for a mapping), 0 otherwise.
    std::uint32_t size() const;
    /// Mapping lookup; missing node when absent or when this is not a mapping.
    Node operator[](std::string_view key) const;
    Node operator[](const char *key) const { return (*this)[std::string_view(key)]; }
    /// Sequence element; missing node when out of range.
    Node at(std::uint32_t i) const;
    /// Follows a field path such as `spec.containers[0].securityContext` or
    /// `metadata.labels["app.kubernetes.io/name"]`.
    Node path(std::string_view fieldPath) const;

    struct Pair;
    class Iterator;
    /// Children of a sequence (as Pair{missing, value}) or mapping (Pair{key, value}).
    class Range;
    Range children() const;

    const Document *document() const { return m_doc; }
    std::uint32_t index() const { return m_index; }

    /// Deep structural equality of two values (types, text and order of children).
    bool equals(const Node &other) const;

private:
    const Document::Entry &entry() const { return m_doc->entries()[m_index]; }

    const Document *m_doc = nullptr;
    std::uint32_t m_index = 0;
};

struct Node::Pair
{
    Node key;
    Node value;
};

class Node::Iterator
{
public:
    Iterator(const Document *doc, std::uint32_t pos, bool mapping)
        : m_doc(doc), m_pos(pos), m_mapping(mapping)
    {
    }
    Pair operator*() const
    {
        if (m_mapping)
            return {Node(m_doc, m_pos), Node(m_doc, m_pos + 1)};
        return {Node(), Node(m_doc, m_pos)};
    }
    Iterator &operator++()
    {
        m_pos = m_doc->end(m_mapping ? m_pos + 1 : m_pos);
        return *this;
    }
    bool operator!=(const Iterator &o) const { return m_pos != o.m_pos; }
    bool operator==(const Iterator &o) const { return m_pos == o.m_pos; }

private:
    const Document *m_doc;
    std::uint32_t m_pos;
    bool m_mapping;
};

class Node::Range
{
public:
    Range(const Document *doc, std::uint32_t begin, std::uint32_t end, bool mapping)
        : m_doc(doc), m_begin(begin), m_end(end), m_mapping(mapping)
    {
    }
    Iterator begin() const { return Iterator(m_doc, m_begin, m_mapping); }
    Iterator end() const { return Iterator(m_doc, m_end, m_mapping); }

private:
    const Document *m_doc;
    std::uint32_t m_begin;
    std::uint32_t m_end;
    bool m_mapping;
};

/// Builds a Document event by event (from a parser) or by copying parts of another Document.
class DocumentBuilder
{
public:
    DocumentBuilder() = default;

    void beginMapping(std::uint32_t line, std::uint32_t column);
    void beginSequence(std::uint32_t line, std::uint32_t column);
    /// Closes the innermost container. Returns an error message (duplicate key, bad merge key)
    /// or empty; on error, \a errorEntry (when given) receives the index of the entry the error
    /// is about (the second of two duplicate keys, the offending merge key), so that the caller
    /// can report its line and column.
    QString endContainer(std::uint32_t *errorEntry = nullptr);
    void addScalar(NodeType type, std::string_view text, std::uint32_t line, std::uint32_t column,
                   std::uint8_t flags = 0);
    /// Appends a copy of the subtree at \a index of the document being built (YAML aliases).
    void appendOwnSubtree(std::uint32_t index);
    /// Appends a copy of \a node (from any document). When \a skipKey is set and \a node is a
    /// mapping, its top-level pairs whose key \a skipKey accepts are left out.
    void appendCopy(const Node &node, const std::function<bool(std::string_view)> &skipKey = {});

    /// Expands YAML merge keys (`<<`) of the mapping at \a index; returns an error or empty
    /// (with \a errorEntry as for endContainer()).
    QString applyMergeKeys(std::uint32_t index, std::uint32_t *errorEntry = nullptr);

    std::uint32_t size() const { return std::uint32_t(m_doc.m_entries.size()); }
    int depth() const { return int(m_open.size()); }
    /// Index of the last container that was closed or scalar that was added.
    std::uint32_t lastIndex() const { return m_last; }
    const Document &current() const { return m_doc; }

    std::shared_ptr<Document> take();

private:
    void begin(NodeType type, std::uint32_t line, std::uint32_t column);
    void noteChild();
    QString checkDuplicateKeys(std::uint32_t index, std::uint32_t *errorEntry) const;

    Document m_doc;
    std::vector<std::uint32_t> m_open;
    std::uint32_t m_last = 0;
};

} // namespace parapet
