#include "mutablenode.h"

#include "kube/yamlwriter.h"

#include <charconv>

namespace parapet::remediation {

MutableNode MutableNode::fromNode(const Node &node)
{
    MutableNode out;
    if (!node.isValid())
        return out;
    out.m_type = node.type();
    switch (node.type()) {
    case NodeType::Mapping:
        for (const auto &[k, v] : node.children())
            out.m_pairs.push_back({std::string(k.text()), fromNode(v)});
        break;
    case NodeType::Sequence:
        for (const auto &[k, v] : node.children())
            out.m_items.push_back(fromNode(v));
        break;
    default:
        out.m_scalar = std::string(node.text());
        break;
    }
    return out;
}

MutableNode MutableNode::string(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return string(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

MutableNode MutableNode::string(std::string_view text)
{
    MutableNode out;
    out.m_type = NodeType::String;
    out.m_scalar = std::string(text);
    return out;
}

MutableNode MutableNode::integer(std::int64_t value)
{
    MutableNode out;
    out.m_type = NodeType::Int;
    out.m_scalar = std::to_string(value);
    return out;
}

MutableNode MutableNode::boolean(bool value)
{
    MutableNode out;
    out.m_type = NodeType::Bool;
    out.m_scalar = value ? "true" : "false";
    return out;
}

MutableNode MutableNode::null()
{
    return MutableNode();
}

MutableNode MutableNode::mapping()
{
    MutableNode out;
    out.m_type = NodeType::Mapping;
    return out;
}

MutableNode MutableNode::sequence()
{
    MutableNode out;
    out.m_type = NodeType::Sequence;
    return out;
}

MutableNode MutableNode::strings(std::initializer_list<const char *> items)
{
    MutableNode out = sequence();
    for (const char *i : items)
        out.m_items.push_back(string(std::string_view(i)));
    return out;
}

std::int64_t MutableNode::toInt(std::int64_t fallback) const
{
    if (m_type != NodeType::Int)
        return fallback;
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(m_scalar.data(), m_scalar.data() + m_scalar.size(), v);
    return ec == std::errc() && ptr == m_scalar.data() + m_scalar.size() ? v : fallback;
}

MutableNode *MutableNode::find(std::string_view key)
{
    if (m_type != NodeType::Mapping)
        return nullptr;
    for (Pair &p : m_pairs)
        if (p.key == key)
            return &p.value;
    return nullptr;
}

const MutableNode *MutableNode::find(std::string_view key) const
{
    return const_cast<MutableNode *>(this)->find(key);
}

MutableNode &MutableNode::operator[](std::string_view key)
{
    if (m_type == NodeType::Null)
        *this = mapping();
    if (MutableNode *v = find(key)) {
        if (v->m_type == NodeType::Null)
            *v = mapping();
        return *v;
    }
    m_pairs.push_back({std::string(key), mapping()});
    return m_pairs.back().value;
}

void MutableNode::set(std::string_view key, MutableNode value)
{
    if (m_type != NodeType::Mapping)
        *this = mapping();
    if (MutableNode *v = find(key)) {
        *v = std::move(value);
        return;
    }
    m_pairs.push_back({std::string(key), std::move(value)});
}

bool MutableNode::remove(std::string_view key)
{
    for (auto it = m_pairs.begin(); it != m_pairs.end(); ++it) {
        if (it->key == key) {
            m_pairs.erase(it);
            return true;
        }
    }
    return false;
}

void MutableNode::append(MutableNode item)
{
    if (m_type != NodeType::Sequence)
        *this = sequence();
    m_items.push_back(std::move(item));
}

void MutableNode::write(DocumentBuilder &b) const
{
    switch (m_type) {
    case NodeType::Mapping:
        b.beginMapping(0, 0);
        for (const Pair &p : m_pairs) {
            b.addScalar(NodeType::String, p.key, 0, 0);
            p.value.write(b);
        }
        b.endContainer();
        break;
    case NodeType::Sequence:
        b.beginSequence(0, 0);
        for (const MutableNode &i : m_items)
            i.write(b);
        b.endContainer();
        break;
    default:
        b.addScalar(m_type, m_scalar, 0, 0);
        break;
    }
}

std::shared_ptr<Document> MutableNode::toDocument() const
{
    DocumentBuilder b;
    write(b);
    return b.take();
}

QString MutableNode::toYaml() const
{
    const auto doc = toDocument();
    return parapet::toYaml(Node(doc.get(), 0));
}

} // namespace parapet::remediation
