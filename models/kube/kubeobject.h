#pragma once

#include "document.h"
#include "resourceregistry.h"
#include "result.h"

#include <QString>

#include <memory>

namespace parapet {

/// One Kubernetes object of any kind (custom resources included) with its identity read out
/// and the document it came from. Immutable once it is part of an Inventory.
class KubeObject
{
public:
    KubeObject() = default;
    /// Reads identity from \a doc; does not validate (see ManifestLoader for that).
    KubeObject(std::shared_ptr<const Document> doc, SourceLocation origin);

    Node root() const { return m_doc ? Node(m_doc.get(), 0) : Node(); }
    Node metadata() const { return root()["metadata"]; }
    Node spec() const { return root()["spec"]; }
    Node labels() const { return metadata()["labels"]; }
    Node annotations() const { return metadata()["annotations"]; }
    QString label(std::string_view key) const { return labels()[key].toString(); }
    QString annotation(std::string_view key) const { return annotations()[key].toString(); }

    const QString &apiVersion() const { return m_apiVersion; }
    const QString &kind() const { return m_kind; }
    const QString &group() const { return m_group; }
    GroupKind groupKind() const { return {m_group, m_kind}; }
    /// Effective namespace: as written, else the default namespace of the load (for namespaced
    /// kinds); empty for cluster-scoped kinds.
    const QString &ns() const { return m_namespace; }
    const QString &name() const { return m_name; }
    const QString &uid() const { return m_uid; }
    bool isNamespaced() const { return m_namespaced; }
    /// True when the namespace was not written in the object but defaulted at load.
    bool namespaceDefaulted() const { return m_namespaceDefaulted; }

    /// Where the object starts (file, line, column); line 0 for live objects.
    const SourceLocation &origin() const { return m_origin; }
    /// Where a field is written, e.g. `spec.template.spec.containers[0].image`; falls back to
    /// the nearest ancestor that exists, then to the object itself.
    SourceLocation locate(std::string_view fieldPath) const;

    /// `Deployment shop/cart`, or `ClusterRole admin` for cluster-scoped objects.
    QString reference() const;

    const std::shared_ptr<const Document> &document() const { return m_doc; }

    /// Used while an inventory is built.
    void setScope(bool namespaced, const QString &effectiveNamespace, bool defaulted);

private:
    std::shared_ptr<const Document> m_doc;
    SourceLocation m_origin;
    QString m_apiVersion;
    QString m_kind;
    QString m_group;
    QString m_namespace;
    QString m_name;
    QString m_uid;
    bool m_namespaced = true;
    bool m_namespaceDefaulted = false;
};

} // namespace parapet
