#pragma once

// Internal to the checks module: the context every check family writes into.

#include "kube/typedviews.h"
#include "scanner.h"

#include <QHash>
#include <vector>

namespace parapet::checks::detail {

/// A Pod or an object with a pod template, with what the pod checks need.
struct Workload
{
    const KubeObject *object = nullptr;
    PodTemplate pod;
    std::vector<ContainerRef> containers;
    ObjectRef owner;                         ///< top-level owner (Pods only)
    const KubeObject *ownerObject = nullptr; ///< when the owner is in the inventory
    bool isPod = false;
    bool windows = false;       ///< spec.os.name: windows
    bool namespaceKnown = true; ///< false when the namespace was defaulted at load
    QString labelsPath;         ///< field path of the pod labels
};

/// One static control-plane pod (kube-apiserver, etcd, …) and its flags.
struct StaticPod
{
    const KubeObject *object = nullptr;
    QString containerPath; ///< e.g. spec.containers[0]
    /// Flag name (without dashes) → value ("true" for a bare boolean flag); last one wins.
    QHash<QString, QString> flags;
    /// Flag name → field path of the element that set it (command[3], args[1]).
    QHash<QString, QString> flagPaths;

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &flag) const { return flags.value(flag); }
    QString pathOf(const QString &flag) const;
};

class Context
{
public:
    Context(const Inventory &inventory, const ScanOptions &options);

    const Inventory &inventory;
    const ScanOptions &options;

    /// Pods and pod-template owners in scope. Objects controlled by another object of the
    /// inventory (a ReplicaSet of a Deployment, a Job of a CronJob) are left out: their
    /// template is their owner's. Pods are always kept: they are what runs.
    const std::vector<Workload> &workloads() const { return m_workloads; }
    /// Namespaces in scope: Namespace objects plus the namespace of every object.
    const QStringList &namespaces() const { return m_namespaces; }
    bool inScope(const KubeObject &object) const;
    /// Objects of \a kind in scope.
    std::vector<const KubeObject *> objects(QStringView kind) const;
    /// The kube-apiserver, etcd, kube-controller-manager, kube-scheduler static pods (null
    /// when absent).
    const StaticPod *staticPod(QStringView component) const;
    /// All static pods of \a component (one per control-plane node).
    std::vector<const StaticPod *> staticPods(QStringView component) const;

    /// Top-level owner of \a object through controller ownerReferences.
    ObjectRef ownerOf(const KubeObject &object, const KubeObject **ownerObject = nullptr) const;

    static QString keyOf(const KubeObject &object);
    static QString keyOf(const ObjectRef &ref);

    // ---- recording ----
    /// \a object was checked for \a control (it passes unless it gets a finding).
    void check(int control, const KubeObject &object);
    void check(int control, const Workload &workload);
    void checkRef(int control, const ObjectRef &ref);
    void fail(int control, const KubeObject &object, const QString &field, const QString &value,
              const QString &message);
    void fail(int control, const Workload &workload, const QString &field, const QString &value,
              const QString &message);
    void failRef(int control, const ObjectRef &ref, const QString &field, const QString &value,
                 const QString &message, const SourceLocation &location = {});
    /// A part of the control that Parapet cannot see: without failures the control is "not
    /// verifiable" with this note.
    void incomplete(int control, const QString &note);
    /// A note for an informational control (what was detected).
    void note(int control, const QString &note);

    // ---- results (used by the engine) ----
    struct Subject
    {
        const KubeObject *object = nullptr;
        const KubeObject *ownerObject = nullptr;
        const ObjectRef *owner = nullptr; ///< into the Workload (stable once the context is built)
        ObjectRef ref;                    ///< for subjects known only by name (no object)
        int findings = 0;
        int excepted = 0;

        ObjectRef reference() const { return object ? ObjectRef::of(*object) : ref; }
    };
    struct RawFinding
    {
        Finding finding;
        int control = 0;
        int subject = 0; ///< index into subjects(control)
    };
    struct PerControl
    {
        QHash<const KubeObject *, int> byObject;
        QHash<QString, int> byName;
        std::vector<Subject> subjects;
        QStringList incomplete;
        QStringList notes;
    };
    std::vector<PerControl> &perControl() { return m_controls; }
    std::vector<RawFinding> &rawFindings() { return m_findings; }
    std::vector<PodSecurityLevel> podSecurityLevels;

private:
    int subject(int control, const KubeObject *object, const ObjectRef &ref, const ObjectRef *owner,
                const KubeObject *ownerObject);
    void addFinding(int control, int subject, const QString &field, const QString &value,
                    const QString &message, const SourceLocation &location);
    void buildWorkloads();
    void findStaticPods();

    std::vector<Workload> m_workloads;
    QStringList m_namespaces;
    std::vector<PerControl> m_controls;
    std::vector<RawFinding> m_findings;
    QHash<QString, std::vector<StaticPod>> m_staticPods;
};

/// Index of a catalogue control by id; asserts that it exists.
int ctl(const char *id);

/// "<unset>" for findings about missing fields.
QString unsetValue();
/// Field path helper: base + "." + field (base may be empty).
QString childPath(const QString &base, const char *field);

// Check families (one file each).
void checkPodSecurity(Context &ctx);          // podsecurity.cpp
void checkPodSecurityStandards(Context &ctx); // pss.cpp (NSA-POD-07, POD-17, POD-18)
void checkNetwork(Context &ctx);              // network.cpp
void checkSecrets(Context &ctx);              // secrets.cpp
void checkAccessControl(Context &ctx);        // authn.cpp
void checkControlPlane(Context &ctx);         // controlplane.cpp
void checkLogging(Context &ctx);              // logging.cpp
void checkUpgrades(Context &ctx);             // upgrades.cpp

/// Parses the flags of a control-plane container (command + args; `--f=v`, `--f v`, bare
/// booleans; a `sh -c "…"` command line is split on white space).
void parseFlags(const Node &container, const QString &containerPath, StaticPod &out);

} // namespace parapet::checks::detail
