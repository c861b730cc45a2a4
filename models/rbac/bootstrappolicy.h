#pragma once

#include "rbacrule.h"

#include <QHash>
#include <QString>
#include <vector>

namespace parapet::rbac {

/// A role the API server creates at start-up (plugin/pkg/auth/authorizer/rbac/bootstrappolicy).
struct BuiltinRole
{
    bool cluster = true;
    QString ns; ///< for Roles
    QString name;
    QHash<QString, QString> labels;
    /// matchLabels of the aggregationRule's clusterRoleSelectors (admin, edit, view).
    std::vector<QHash<QString, QString>> aggregationSelectors;
    bool aggregated = false;
    std::vector<Rule> rules;
};

struct BuiltinSubject
{
    QString kind; ///< User, Group, ServiceAccount
    QString name;
    QString ns;
};

struct BuiltinBinding
{
    bool cluster = true;
    QString ns;
    QString name;
    QString roleKind;
    QString roleName;
    std::vector<BuiltinSubject> subjects;
};

/// The default roles and bindings of a current Kubernetes API server (cluster roles, controller
/// roles and their bindings, the kube-system/kube-public roles), as Parapet assumes them for
/// manifests. Parsed once from Parapet's own table.
struct BootstrapPolicy
{
    std::vector<BuiltinRole> roles;
    std::vector<BuiltinBinding> bindings;
    /// Which upstream release the table follows.
    QString release;
};

const BootstrapPolicy &bootstrapPolicy();

} // namespace parapet::rbac
