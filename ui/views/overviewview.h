#pragma once

#include "view.h"

#include <QHash>

class QLabel;
class QTableView;

namespace parapet::ui {

class NamespaceSummaryFilterModel;
class NamespaceSummaryModel;
class StatCard;

/// Where the source stands at a glance: what it is, the Kubernetes version, counts of what
/// matters for hardening (each a link to the objects behind it) and a table of namespaces
/// with their pods, network policies and Pod Security level. Factual for now: the score
/// dashboard replaces the counts when the checks arrive.
class OverviewView : public View
{
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    Selection selection() const override;

    StatCard *card(const QString &id) const { return m_cards.value(id); }
    QTableView *namespaceTable() const { return m_table; }

private:
    StatCard *addCard(const QString &id, const QString &icon, const QString &caption,
                      const QString &filter);

    LoadResult m_result;
    QLabel *m_title;
    QLabel *m_facts;
    QWidget *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;
    QHash<QString, StatCard *> m_cards;
    QList<StatCard *> m_cardOrder;
    QLabel *m_namespacesHeading;
    NamespaceSummaryModel *m_model;
    NamespaceSummaryFilterModel *m_filter;
    QTableView *m_table;
};

} // namespace parapet::ui
