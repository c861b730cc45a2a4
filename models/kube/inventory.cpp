#include "inventory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace parapet {

QString Diagnostic::toString() const
{
    const QString where = location.toString();
    const QString sev = severity == Severity::Error ? QStringLiteral("error")
                                                    : QStringLiteral("warning");
    if (where.isEmpty())
        return sev + QStringLiteral(": ") + message;
    return where + QStringLiteral(": ") + sev + QStringLiteral(": ") + message;
}

struct Inventory::Data
{
    std::vector<KubeObject> objects;
    QHash<QString, std::vector<qsizetype>> byKind;
    QHash<QString, std::vector<qsizetype>> byNamespace;
    QHash<QString, qsizetype> byIdentity; // kind \x1f ns \x1f name (first group wins)
    QHash<QString, qsizetype> byUid;
    std::vector<Diagnostic> diagnostics;
    SourceInfo source;
    ResourceRegistry registry;
};

namespace {

QString identityKey(QStringView kind, QStringView ns, QStringView name)
{
    return kind.toString() + QChar(0x1f) + ns.toString() + QChar(0x1f) + name.toString();
}

QString fullIdentityKey(const KubeObject &o)
{
    return o.group() + QChar(0x1f) + identityKey(o.kind(), o.ns(), o.name());
}

} // namespace

Inventory::Inventory()
    : d(std::make_shared<Data>())
{
}

qsizetype Inventory::size() const
{
    return qsizetype(d->objects.size());
}

std::span<const KubeObject> Inventory::objects() const
{
    return d->objects;
}

std::vector<const KubeObject *> Inventory::ofKind(QStringView kind) const
{
    std::vector<const KubeObject *> out;
    const auto it = d->byKind.constFind(kind.toString());
    if (it == d->byKind.constEnd())
        return out;
    out.reserve(it->size());
    for (qsizetype i : *it)
        out.push_back(&d->objects[std::size_t(i)]);
    return out;
}

std::vector<const KubeObject *> Inventory::ofKind(const GroupKind &gk) const
{
    std::vector<const KubeObject *> out = ofKind(gk.kind);
    std::erase_if(out, [&](const KubeObject *o) { return o->group() != gk.group; });
    return out;
}

std::vector<const KubeObject *> Inventory::inNamespace(QStringView ns) const
{
    std::vector<const KubeObject *> out;
    const auto it = d->byNamespace.constFind(ns.toString());
    if (it == d->byNamespace.constEnd())
        return out;
    for (qsizetype i : *it)
        out.push_back(&d->objects[std::size_t(i)]);
    return out;
}

const KubeObject *Inventory::find(QStringView kind, QStringView ns, QStringView name) const
{
    const auto it = d->byIdentity.constFind(identityKey(kind, ns, name));
    return it == d->byIdentity.constEnd() ? nullptr : &d->objects[std::size_t(*it)];
}

const KubeObject *Inventory::findByUid(QStringView uid) const
{
    const auto it = d->byUid.constFind(uid.toString());
    return it == d->byUid.constEnd() ? nullptr : &d->objects[std::size_t(*it)];
}

std::vector<const KubeObject *> Inventory::select(QStringView kind, QStringView ns,
                                                  const LabelSelector &selector) const
{
    std::vector<const KubeObject *> out;
    if (selector.isNothing())
        return out;
    for (const KubeObject *o : ofKind(kind)) {
        if (!ns.isEmpty() && o->ns() != ns)
            continue;
        if (selector.matches(o->labels()))
            out.push_back(o);
    }
    return out;
}

QStringList Inventory::namespaceNames() const
{
    QSet<QString> names;
    for (const KubeObject *o : ofKind(QStringLiteral("Namespace")))
        names.insert(o->name());
    for (auto it = d->byNamespace.constBegin(); it != d->byNamespace.constEnd(); ++it)
        if (!it.key().isEmpty())
            names.insert(it.key());
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

QHash<QString, int> Inventory::countsByKind() const
{
    QHash<QString, int> out;
    for (auto it = d->byKind.constBegin(); it != d->byKind.constEnd(); ++it)
        out.insert(it.key(), int(it->size()));
    return out;
}

const std::vector<Diagnostic> &Inventory::diagnostics() const
{
    return d->diagnostics;
}

bool Inventory::hasErrors() const
{
    return std::any_of(d->diagnostics.begin(), d->diagnostics.end(), [](const Diagnostic &x) {
        return x.severity == Diagnostic::Severity::Error;
    });
}

const SourceInfo &Inventory::source() const
{
    return d->source;
}

const ResourceRegistry &Inventory::registry() const
{
    return d->registry;
}

// ---------------------------------------------------------------------------------------------

struct InventoryBuilder::Pending
{
    QString defaultNamespace = QStringLiteral("default");
    SourceInfo source;
    std::vector<KubeObject> objects;
    std::vector<bool> scoped;
    std::vector<Diagnostic> diagnostics;
};

InventoryBuilder::InventoryBuilder()
    : p(std::make_unique<Pending>())
{
}

InventoryBuilder::~InventoryBuilder() = default;

void InventoryBuilder::setDefaultNamespace(const QString &ns)
{
    p->defaultNamespace = ns;
}

void InventoryBuilder::setSource(const SourceInfo &source)
{
    p->source = source;
}

void InventoryBuilder::add(KubeObject object)
{
    p->objects.push_back(std::move(object));
    p->scoped.push_back(false);
}

void InventoryBuilder::addScoped(KubeObject object)
{
    p->objects.push_back(std::move(object));
    p->scoped.push_back(true);
}

void InventoryBuilder::addDiagnostic(Diagnostic diagnostic)
{
    p->diagnostics.push_back(std::move(diagnostic));
}

Inventory InventoryBuilder::build()
{
    auto data = std::make_shared<Inventory::Data>();
    data->source = p->source;

    // Scopes of custom resources come from the CRDs of the same set.
    Inventory crdsOnly;
    {
        auto crdData = std::make_shared<Inventory::Data>();
        for (const KubeObject &o : p->objects) {
            if (o.kind() == u"CustomResourceDefinition") {
                crdData->byKind[o.kind()].push_back(qsizetype(crdData->objects.size()));
                crdData->objects.push_back(o);
            }
        }
        crdsOnly.d = crdData;
    }
    data->registry = ResourceRegistry::withCustomResources(crdsOnly);

    // Scope, then duplicates: the later definition wins, as a sequential `kubectl apply` would.
    QHash<QString, std::size_t> seen;
    std::vector<bool> keep(p->objects.size(), true);
    for (std::size_t i = 0; i < p->objects.size(); ++i) {
        KubeObject &o = p->objects[i];
        if (!p->scoped[i]) {
            const bool namespaced = data->registry.isNamespaced(o.groupKind());
            const bool defaulted = namespaced && o.ns().isEmpty();
            o.setScope(namespaced, defaulted ? p->defaultNamespace : o.ns(), defaulted);
        }
        const QString key = fullIdentityKey(o);
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            keep[*it] = false;
            const KubeObject &first = p->objects[*it];
            p->diagnostics.push_back(
                {Diagnostic::Severity::Warning, o.origin(),
                 QCoreApplication::translate("parapet::Inventory",
                                             "duplicate object %1 (also defined at %2); the "
                                             "later definition is used")
                     .arg(o.reference(), first.origin().toString())});
        }
        seen.insert(key, i);
    }

    data->objects.reserve(p->objects.size());
    for (std::size_t i = 0; i < p->objects.size(); ++i) {
        if (!keep[i])
            continue;
        const qsizetype idx = qsizetype(data->objects.size());
        data->objects.push_back(std::move(p->objects[i]));
        const KubeObject &o = data->objects.back();
        data->byKind[o.kind()].push_back(idx);
        data->byNamespace[o.ns()].push_back(idx);
        // Same kind and name in two groups (apps and extensions Deployments): find() returns
        // the first, as documented on byIdentity.
        const QString identity = identityKey(o.kind(), o.ns(), o.name());
        if (!data->byIdentity.contains(identity))
            data->byIdentity.insert(identity, idx);
        if (!o.uid().isEmpty())
            data->byUid.insert(o.uid(), idx);
    }

    // Offline sets: the Kubernetes version is the tag of a kube-apiserver static pod's image.
    if (data->source.serverVersion.isEmpty()) {
        static const QRegularExpression tag(QStringLiteral("kube-apiserver(?:-[a-z0-9]+)?:(v\\d+\\.\\d+\\.\\d+)"));
        for (qsizetype i : data->byKind.value(QStringLiteral("Pod"))) {
            const KubeObject &o = data->objects[std::size_t(i)];
            if (o.ns() != u"kube-system")
                continue;
            for (const auto &[k, c] : o.spec()["containers"].children()) {
                const auto m = tag.match(c["image"].toString());
                if (m.hasMatch()) {
                    data->source.serverVersion = m.captured(1);
                    break;
                }
            }
            if (!data->source.serverVersion.isEmpty())
                break;
        }
    }

    data->diagnostics = std::move(p->diagnostics);
    p = std::make_unique<Pending>();
    Inventory inv;
    inv.d = data;
    return inv;
}

} // namespace parapet
