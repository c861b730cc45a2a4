#include "namespacesummarymodel.h"

#include "formatting.h"
#include "theme.h"

#include <QFont>

namespace parapet::ui {

namespace {

// Pod Security levels from most to least permissive; unset is as permissive as privileged.
int psaRank(const NamespaceSummary &ns)
{
    if (ns.psaEnforce == u"restricted")
        return 3;
    if (ns.psaEnforce == u"baseline")
        return 2;
    if (ns.psaEnforce == u"privileged")
        return 1;
    return 0;
}

} // namespace

NamespaceSummaryModel::NamespaceSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NamespaceSummaryModel::setRows(std::vector<NamespaceSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const NamespaceSummary *NamespaceSummaryModel::row(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[std::size_t(row)];
}

int NamespaceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NamespaceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NamespaceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NamespaceSummary &ns = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const auto number = [&](int n) -> QVariant {
        return role == SortRole ? QVariant(n) : QVariant(Format::count(n));
    };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case Name:
            return ns.name;
        case Objects:
            return number(ns.objects);
        case Pods:
            return number(ns.pods);
        case Workloads:
            return number(ns.workloads);
        case NetworkPolicies:
            return number(ns.networkPolicies);
        case PodSecurity:
            if (role == SortRole)
                return psaRank(ns);
            if (!ns.declared)
                return tr("no Namespace object");
            return ns.psaEnforce.isEmpty() ? tr("not set") : ns.psaEnforce;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column != Name && column != PodSecurity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == PodSecurity && ns.psaEnforce.isEmpty())
            return Theme::current().colors().mutedText;
        if (column == NetworkPolicies && ns.networkPolicies == 0)
            return Theme::current().colors().mutedText;
        break;
    case Qt::FontRole:
        if (column == PodSecurity && ns.psaEnforce.isEmpty()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::DecorationRole:
        if (column == Name)
            return Theme::current().kindIcon(u"Namespace");
        break;
    case Qt::ToolTipRole:
        if (column == PodSecurity) {
            if (!ns.declared)
                return tr("The source has no Namespace object for \u201c%1\u201d, so its Pod "
                          "Security labels are unknown.")
                    .arg(ns.name);
            if (ns.psaEnforce.isEmpty())
                return tr("pod-security.kubernetes.io/enforce is not set: the cluster default "
                          "applies (privileged unless configured otherwise).");
            return tr("pod-security.kubernetes.io/enforce: %1").arg(ns.psaEnforce);
        }
        if (column == NetworkPolicies && ns.networkPolicies == 0)
            return tr("No NetworkPolicy in this namespace: every pod can reach every other.");
        break;
    case NamespaceRole:
        return ns.name;
    default:
        break;
    }
    return {};
}

QVariant NamespaceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Name || section == PodSecurity ? Qt::AlignLeft : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Namespace");
    case Objects:
        return tr("Objects");
    case Pods:
        return tr("Pods");
    case Workloads:
        return tr("Workloads");
    case NetworkPolicies:
        return tr("Network policies");
    case PodSecurity:
        return tr("Pod Security (enforce)");
    }
    return {};
}

NamespaceSummaryFilterModel::NamespaceSummaryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NamespaceSummaryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

} // namespace parapet::ui
