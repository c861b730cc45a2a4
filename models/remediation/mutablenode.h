#pragma once

// Internal to the remediation module: an editable copy of a Node tree.

#include "kube/document.h"

#include <cstdint>
#include <memory>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace parapet::remediation {

/// An editable YAML value. Fixes copy the user's object into one (keeping key order and every
/// field), change what they must, and write it out through a Document and toYaml(), so that
/// generated manifests are always built from typed data, never from pasted text.
class MutableNode
{
public:
    struct Pair;

    MutableNode() = default;
    static MutableNode fromNode(const Node &node);
    static MutableNode string(const QString &text);
    static MutableNode string(std::string_view text);
    static MutableNode integer(std::int64_t value);
    static MutableNode boolean(bool value);
    static MutableNode null();
    static MutableNode mapping();
    static MutableNode sequence();
    /// A sequence of strings.
    static MutableNode strings(std::initializer_list<const char *> items);

    NodeType type() const { return m_type; }
    bool isMap() const { return m_type == NodeType::Mapping; }
    bool isSequence() const { return m_type == NodeType::Sequence; }
    bool isNull() const { return m_type == NodeType::Null; }
    const std::string &scalar() const { return m_scalar; }
    QString toString() const { return QString::fromStdString(m_scalar); }
    /// Integer value of an Int scalar, else \a fallback.
    std::int64_t toInt(std::int64_t fallback) const;

    /// Mapping lookup; nullptr when absent or not a mapping.
    MutableNode *find(std::string_view key);
    const MutableNode *find(std::string_view key) const;
    /// Mapping entry, created (appended, as null) when absent; a null value becomes a mapping.
    MutableNode &operator[](std::string_view key);
    /// Replaces the value of \a key in place, or appends the pair.
    void set(std::string_view key, MutableNode value);
    /// Removes \a key; true when it was there.
    bool remove(std::string_view key);
    std::vector<Pair> &pairs() { return m_pairs; }
    const std::vector<Pair> &pairs() const { return m_pairs; }
    std::vector<MutableNode> &items() { return m_items; }
    const std::vector<MutableNode> &items() const { return m_items; }
    void append(MutableNode item);

    /// Writes the tree as a Document (line and column 0).
    std::shared_ptr<Document> toDocument() const;
    /// Block-style YAML through toYaml().
    QString toYaml() const;

private:
    void write(DocumentBuilder &b) const;

    NodeType m_type = NodeType::Null;
    std::string m_scalar;
    std::vector<Pair> m_pairs;
    std::vector<MutableNode> m_items;
};

struct MutableNode::Pair
{
    std::string key;
    MutableNode value;
};

} // namespace parapet::remediation
