#include "kubeobject.h"

namespace parapet {

KubeObject::KubeObject(std::shared_ptr<const Document> doc, SourceLocation origin)
    : m_doc(std::move(doc))
    , m_origin(std::move(origin))
{
    const Node r = root();
    m_apiVersion = r["apiVersion"].toString(QString());
    m_kind = r["kind"].toString(QString());
    m_group = groupOfApiVersion(m_apiVersion);
    const Node md = r["metadata"];
    m_namespace = md["namespace"].toString(QString());
    m_name = md["name"].toString(QString());
    m_uid = md["uid"].toString(QString());
}

SourceLocation KubeObject::locate(std::string_view fieldPath) const
{
    SourceLocation loc = m_origin;
    if (!m_origin.isValid())
        return loc;
    // Walk the path while it exists; the deepest existing field gives the position.
    std::string_view p = fieldPath;
    for (;;) {
        const Node n = root().path(p);
        if (n.isValid() && n.line() > 0) {
            loc.line = n.line();
            loc.column = n.column();
            return loc;
        }
        const std::size_t cut = p.find_last_of(".[");
        if (cut == std::string_view::npos || cut == 0)
            return loc;
        p = p.substr(0, cut);
    }
}

QString KubeObject::reference() const
{
    if (m_namespace.isEmpty())
        return m_kind + u' ' + m_name;
    return m_kind + u' ' + m_namespace + u'/' + m_name;
}

void KubeObject::setScope(bool namespaced, const QString &effectiveNamespace, bool defaulted)
{
    m_namespaced = namespaced;
    m_namespace = namespaced ? effectiveNamespace : QString();
    m_namespaceDefaulted = namespaced && defaulted;
}

} // namespace parapet
