#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parapet {

class Inventory;

/// A kind within an API group ("" is the core group).
struct GroupKind
{
    QString group;
    QString kind;

    bool operator==(const GroupKind &o) const = default;
    /// `Deployment.apps`, or `Pod` for the core group.
    QString toString() const { return group.isEmpty() ? kind : kind + u'.' + group; }
};

inline size_t qHash(const GroupKind &gk, size_t seed = 0)
{
    return qHashMulti(seed, gk.group, gk.kind);
}

/// What Parapet knows about one resource type, as `kubectl api-resources` lists it.
struct ResourceType
{
    QString group;
    QString version; ///< preferred version
    QString kind;
    QString plural;
    QString singular;
    QStringList shortNames;
    bool namespaced = true;

    GroupKind groupKind() const { return {group, kind}; }
};

/// Resource types by every name kubectl accepts: kind, plural, singular or short name, in any
/// case, optionally qualified by group (`deployments.apps`, `deploy.apps`). Built-in types are
/// known; CustomResourceDefinitions found in an inventory add theirs.
class ResourceRegistry
{
public:
    /// The built-in Kubernetes types (as of 1.30), plus `np` as an alias for networkpolicies.
    static const ResourceRegistry &builtin();

    /// Built-ins plus the types defined by the CRDs of \a inventory.
    static ResourceRegistry withCustomResources(const Inventory &inventory);

    /// Every type that \a name may mean (several when a bare name exists in several groups,
    /// e.g. `events`); empty when nothing matches.
    QList<ResourceType> resolve(QStringView name) const;
    std::optional<ResourceType> find(const GroupKind &gk) const;
    /// Whether objects of this kind live in a namespace. Unknown kinds are assumed namespaced,
    /// as most custom resources are.
    bool isNamespaced(const GroupKind &gk) const;

    const QList<ResourceType> &types() const { return m_types; }
    void add(const ResourceType &type);

private:
    QList<ResourceType> m_types;
};

/// `apps/v1` → `apps`; `v1` → `` (core).
QString groupOfApiVersion(QStringView apiVersion);

} // namespace parapet
