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

using parapet::remediation::fileStem;

/// The EncryptionConfiguration (apiserver.config.k8s.io/v1) for Secrets with \a provider
/// (`aescbc` or `secretbox`) and the 32-byte \a key (base64 in the file), identity last.
QString encryptionConfigurationYaml(const QString &provider, const QByteArray &key);

/// Deep equality (types, text, order).
bool sameTree(const MutableNode &a, const MutableNode &b);

/// The strategic-merge patch that turns \a original into \a fixed: identity (apiVersion, kind,
/// metadata.name and namespace), changed and new keys, null for removed keys; lists with a
/// patchMergeKey in k8s.io/api (containers, volumes, env by name, volumeMounts by mountPath,
/// container ports by containerPort, ...) patched per element (new ones appended, removed ones
/// `$patch: delete`), every other list replaced whole.
MutableNode strategicMergePatch(const MutableNode &original, const MutableNode &fixed);

} // namespace parapet::remediation::detail
