#pragma once

#include "kube/kubeobject.h"
#include "kube/labelselector.h"
#include "kube/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <span>
#include <vector>

namespace parapet::checks {

/// One accepted risk: controls that may fail on the objects it selects, why, and until when.
///
/// Exceptions file (YAML):
///
///     apiVersion: parapet.io/v1
///     kind: ExceptionList
///     exceptions:
///       - controls: [NSA-POD-08, NSA-POD-10]      # required
///         reason: calico-node programs the host network   # required
///         expires: 2027-06-30                     # optional; applies through that day
///         match:                                  # optional; all selectors must hold
///           namespaces: [kube-system]             # exact names or globs (*, ?)
///           kinds: [DaemonSet]                    # kind, plural or short name (ds)
///           names: [calico-*]                     # exact names or globs
///           labels: {k8s-app: calico-node}        # label selector (matchLabels form) or
///                                                 # "k8s-app=calico-node,tier in (a,b)"
///
/// An exception selects an object when the object or its owning workload matches.
struct Exception
{
    QStringList controls;
    QString reason;
    QDate expires; ///< invalid: never expires
    QStringList namespaces;
    QStringList kinds; ///< resolved kinds (Deployment), compared case-insensitively
    QStringList names;
    LabelSelector labels = LabelSelector::everything();
    bool hasLabels = false;
    SourceLocation location;

    bool isExpired(const QDate &today) const { return expires.isValid() && today > expires; }
    bool coversControl(QStringView id) const;
    /// Whether \a object is selected (labels from \a object's metadata).
    bool matches(const KubeObject &object) const;
    /// For objects that exist only by name (a namespace with no Namespace object).
    bool matches(const QString &kind, const QString &ns, const QString &name) const;
};

/// The exceptions of one file.
class ExceptionSet
{
public:
    /// Parses an exceptions file; errors name file, line and field.
    static Result<ExceptionSet> parse(const QByteArray &data, const QString &fileName);
    static Result<ExceptionSet> load(const QString &path);

    const std::vector<Exception> &items() const { return m_items; }
    void add(Exception exception) { m_items.push_back(std::move(exception)); }
    bool isEmpty() const { return m_items.empty(); }

private:
    std::vector<Exception> m_items;
};

/// The annotation that exempts one object: `parapet.io/exempt: "NSA-POD-08,NSA-POD-13"`, with
/// `parapet.io/exempt-reason` (required) and `parapet.io/exempt-until` (optional, YYYY-MM-DD).
inline constexpr const char *kExemptAnnotation = "parapet.io/exempt";
inline constexpr const char *kExemptReasonAnnotation = "parapet.io/exempt-reason";
inline constexpr const char *kExemptUntilAnnotation = "parapet.io/exempt-until";

/// Reads the exemption annotations of \a object; std::nullopt when there are none. An
/// annotation without a reason or with a bad date yields an Error (the exemption is not
/// applied).
std::optional<Result<Exception>> exceptionFromAnnotations(const KubeObject &object);

/// One exception as an item of the exceptions file's `exceptions:` list (`- controls: …`),
/// each line indented by \a indent spaces, ending with a newline. Strings are quoted where
/// YAML would read them differently; the reason is always double-quoted. Label selectors are
/// written in their string form.
QString exceptionToYaml(const Exception &exception, int indent = 2);

/// A whole exceptions file (`apiVersion: parapet.io/v1`, `kind: ExceptionList`) holding
/// \a exceptions; ExceptionSet::parse() reads it back to equal exceptions.
QByteArray exceptionsFileYaml(std::span<const Exception> exceptions);

/// Adds \a exception to the exceptions file at \a path, creating it (and its folder) when it
/// does not exist. An existing file must parse; the new item is appended to its text, so its
/// comments and layout stay, and the result is parsed again before it replaces the file
/// (atomically). Error when the file cannot be read, does not parse, or does not end with
/// its `exceptions:` list (then the item has to be added by hand).
Result<QString> appendException(const QString &path, const Exception &exception);

} // namespace parapet::checks
