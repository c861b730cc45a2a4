#pragma once

// Shared by the remediation suites (tst_fixset, tst_remediation, tst_metadatafix): manifests
// from text, their diagnostics, the findings of a scan as comparable keys, and a canonical text
// form of an object.

#include "checks/scanresult.h"
#include "kube/document.h"
#include "sources/manifestloader.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace parapet::test {

/// \a yaml loaded as the file \a name, as a source of \a serverVersion (empty: unknown).
inline Inventory loadText(const QString &yaml, const QString &name = QStringLiteral("fix.yaml"),
                          const QString &serverVersion = {})
{
    ManifestLoader loader;
    loader.addData(name, yaml.toUtf8());
    SourceInfo info;
    info.name = name;
    info.serverVersion = serverVersion;
    return loader.load(info);
}

inline QString diagnosticsText(const Inventory &inv)
{
    QStringList out;
    for (const Diagnostic &d : inv.diagnostics())
        out.append(d.toString());
    return out.join(u'\n');
}

/// `CONTROL Kind ns/name` of every finding that is not excepted.
inline QSet<QString> findingKeys(const checks::ScanResult &scan)
{
    QSet<QString> out;
    for (const checks::Finding &f : scan.findings)
        if (!f.excepted)
            out.insert(f.control + u' ' + f.object.toString());
    return out;
}

/// Which sequences canonical() sorts; mapping keys are always sorted.
enum class ListOrder
{
    Kept,        ///< every list in order (kustomize keeps it)
    SortedKeyed, ///< lists the API keys by a merge key (volumes, volumeMounts, env, ports,
                 ///< containers, initContainers, imagePullSecrets): their order has no meaning
                 ///< and a strategic-merge patch puts new items first
    SortedAll,   ///< every list
};

/// A text form of \a node with mapping keys sorted and lists ordered as \a order says: equal
/// for two objects the API server would see as equal.
inline QString canonical(const Node &node, ListOrder order = ListOrder::Kept,
                         bool sortThisList = false)
{
    static const QStringList keyed{QStringLiteral("volumes"),
                                   QStringLiteral("volumeMounts"),
                                   QStringLiteral("env"),
                                   QStringLiteral("ports"),
                                   QStringLiteral("containers"),
                                   QStringLiteral("initContainers"),
                                   QStringLiteral("imagePullSecrets")};
    if (node.isMap()) {
        QStringList parts;
        for (const auto &[k, v] : node.children())
            parts.append(
                k.toString() + u'=' +
                canonical(v, order,
                          order == ListOrder::SortedKeyed && keyed.contains(k.toString())));
        parts.sort();
        return u'{' + parts.join(u',') + u'}';
    }
    if (node.isSequence()) {
        QStringList parts;
        for (const auto &[k, v] : node.children())
            parts.append(canonical(v, order));
        if (sortThisList || order == ListOrder::SortedAll)
            parts.sort();
        return u'[' + parts.join(u',') + u']';
    }
    return node.isNull() ? QStringLiteral("~") : node.toString();
}

} // namespace parapet::test
