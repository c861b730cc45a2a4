#pragma once

#include "document.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace parapet {

/// A Kubernetes label selector with exactly the semantics of k8s.io/apimachinery's `labels`
/// package: `LabelSelectorAsSelector` for API objects (a missing selector matches nothing, an
/// empty one everything) and the string syntax of `kubectl -l`.
class LabelSelector
{
public:
    enum class Operator { In, NotIn, Exists, DoesNotExist, Equals, NotEquals, GreaterThan, LessThan };
    struct Requirement
    {
        QString key;
        Operator op = Operator::Exists;
        QStringList values; ///< sorted, unique
    };

    /// Matches every set of labels.
    static LabelSelector everything();
    /// Matches no set of labels.
    static LabelSelector nothing();

    /// From a metav1.LabelSelector object (`matchLabels`, `matchExpressions`); a missing or
    /// null node gives nothing(), as LabelSelectorAsSelector does for a nil selector.
    static Result<LabelSelector> fromNode(const Node &selector);
    /// From a plain map of labels (Service, ReplicationController `spec.selector`); an empty
    /// map selects everything, as labels.SelectorFromSet does.
    static Result<LabelSelector> fromMap(const Node &map);
    /// From `kubectl -l` syntax: `a=b,c!=d,e in (x,y),f notin (z),g,!h,n>3`.
    static Result<LabelSelector> parse(QStringView text);

    bool isEverything() const { return !m_nothing && m_requirements.empty(); }
    bool isNothing() const { return m_nothing; }
    const std::vector<Requirement> &requirements() const { return m_requirements; }

    /// Labels given as a mapping node (e.g. `metadata.labels`; missing means no labels).
    bool matches(const Node &labels) const;
    bool matches(const QHash<QString, QString> &labels) const;

    /// Canonical string form, as labels.Selector.String() prints it.
    QString toString() const;

private:
    template <typename Lookup>
    bool matchesWith(Lookup &&lookup) const;
    static QString validateRequirement(const Requirement &r);

    std::vector<Requirement> m_requirements; ///< sorted by key
    bool m_nothing = false;
};

/// Whether \a key is a valid label key (optional DNS subdomain prefix, then a name of at most
/// 63 characters); returns the reason when it is not.
QString validateLabelKey(QStringView key);
/// Whether \a value is a valid label value; returns the reason when it is not.
QString validateLabelValue(QStringView value);

} // namespace parapet
