#pragma once

// Internal to the remediation module: helpers the generators share.

#include "mutablenode.h"
#include "remediation.h"

#include <QCoreApplication>

namespace parapet::remediation::detail {

struct FixText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::remediation)
};

/// A copy of \a object fit to apply again: fields the API server sets (status, uid,
/// resourceVersion, managedFields, creationTimestamp, generation, selfLink, the
/// last-applied annotation) are left out; everything else stays in its order.
MutableNode applicableCopy(const KubeObject &object);

/// `metadata` with name (and namespace when not empty), for new objects.
MutableNode newObject(const char *apiVersion, const char *kind, const QString &ns,
                      const QString &name);

GeneratedManifest manifestOf(const MutableNode &object, bool isNew);

/// Controls in catalogue order, without duplicates.
QStringList sortedControls(const QStringList &controls);

/// Field path `spec.template.spec` → keys.
std::vector<std::string> pathKeys(const QString &fieldPath);

/// `deployment-shop-cart`: a file name stem for the object (lower case, safe characters).
QString fileStem(const checks::ObjectRef &object);

} // namespace parapet::remediation::detail
