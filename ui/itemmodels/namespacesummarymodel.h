#pragma once

#include "clustersummary.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace parapet::ui {

/// One row per namespace: objects, pods, workloads, network policies, Pod Security level.
class NamespaceSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Objects,
        Pods,
        Workloads,
        NetworkPolicies,
        PodSecurity,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        NamespaceRole
    };

    explicit NamespaceSummaryModel(QObject *parent = nullptr);

    void setRows(std::vector<NamespaceSummary> rows);
    const NamespaceSummary *row(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<NamespaceSummary> m_rows;
};

/// Sorts namespace rows by raw counts (NamespaceSummaryModel::SortRole).
class NamespaceSummaryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit NamespaceSummaryFilterModel(QObject *parent = nullptr);
};

} // namespace parapet::ui
