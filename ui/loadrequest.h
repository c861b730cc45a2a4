#pragma once

#include "clustersummary.h"
#include "kube/inventory.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace parapet::ui {

/// What the user asked to look at: the demo cluster, or manifest files, folders and snapshots.
struct LoadRequest
{
    enum class Kind
    {
        Demo,
        Paths
    };
    Kind kind = Kind::Demo;
    QStringList paths;
    /// Namespace for namespaced objects that carry none (`-n`); empty means `default`.
    QString defaultNamespace;

    static LoadRequest demo();
    static LoadRequest fromPaths(const QStringList &paths, const QString &defaultNamespace = {});

    /// Short name for the source chip and messages: `Demo cluster`, `calico.yaml`,
    /// `corpus/`, `a.yaml, b.yaml +3 more`.
    QString shortName() const;

    bool operator==(const LoadRequest &) const = default;
};

/// Everything a load produced, handed whole to the views.
struct LoadResult
{
    LoadRequest request;
    Inventory inventory;
    ClusterSummary summary;
    qint64 elapsedMs = 0;
    /// Common folder of the objects' files (ends with `/`), cut from file names in tables.
    QString displayRoot;
};

/// Loads \a request (blocking: call it on a worker thread) and summarises the result.
LoadResult runLoad(const LoadRequest &request);

/// The longest folder prefix (with trailing `/`) shared by the files of \a inventory's objects
/// and diagnostics; empty when they share none.
QString commonFolder(const Inventory &inventory);

} // namespace parapet::ui
