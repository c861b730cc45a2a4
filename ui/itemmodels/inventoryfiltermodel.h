#pragma once

#include "kube/labelselector.h"

#include <optional>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <vector>

namespace parapet::ui {

class InventoryModel;

/// Filters and sorts an InventoryModel. The filter text is a list of tokens, all of which must
/// match (quotes or parentheses keep spaces inside one token):
///
/// - `kind:Deployment`, `kind:deploy,sts`, `k:np`: kinds by any name kubectl accepts;
/// - `ns:shop`, `namespace:shop,web`, `n:kube-*`: namespaces (`*` is a wildcard);
/// - `l:app=web`, `label:"env in (prod,staging)"`: label selectors in kubectl syntax;
/// - anything else: case-insensitive text in kind, namespace or name.
///
/// The namespace and kind filters of the view's combo boxes come on top. Sorting uses
/// InventoryModel::SortRole (raw values).
class InventoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    InventoryModel *inventoryModel() const { return m_inventoryModel; }

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    /// What is wrong with the filter text (a bad selector, an unknown kind); empty when fine.
    const QString &filterError() const { return m_error; }

    /// Only objects of namespace \a ns; empty for all, clusterScoped() for cluster-scoped ones.
    void setNamespaceFilter(const QString &ns);
    const QString &namespaceFilter() const { return m_namespace; }
    static QString clusterScoped();
    /// Only objects of \a kind (exact kind name); empty for all.
    void setKindFilter(const QString &kind);
    const QString &kindFilter() const { return m_kind; }

    /// Splits filter text into tokens (exposed for tests).
    static QStringList tokenize(const QString &text);

Q_SIGNALS:
    void filterErrorChanged(const QString &error);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void parse();

    struct Parsed
    {
        std::optional<QSet<QString>> kinds;
        QSet<QString> namespaces;
        std::vector<QRegularExpression> namespacePatterns; ///< from `*` wildcards
        std::vector<LabelSelector> selectors;
        QStringList words;
        bool impossible = false; ///< a token that can match nothing (unknown kind)
    };

    InventoryModel *m_inventoryModel = nullptr;
    QString m_text;
    QString m_error;
    QString m_namespace;
    QString m_kind;
    Parsed m_parsed;
};

} // namespace parapet::ui
