#pragma once

#include "view.h"

#include <array>
#include <QHash>

class QLabel;
class QTableView;
class QTableWidget;

namespace parapet::ui {

class NamespaceSummaryFilterModel;
class NamespaceSummaryModel;
class ScoreRing;
class SectionBars;
class SeverityChip;
class StatCard;

/// The security dashboard an operator opens first: the overall score and one bar per section
/// of the guide, open findings by severity (each a link to them), the top risks and the
/// controls that cannot be verified from here (each opens its control in the Checklist), the
/// Kubernetes version and its support status, the inventory counts and the namespaces.
/// Until the scan arrives the scan's parts show placeholders, never the previous source's.
class OverviewView : public View
{
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    void setScan(const std::shared_ptr<const checks::ScanResult> &scan) override;
    Selection selection() const override;

    StatCard *card(const QString &id) const { return m_cards.value(id); }
    QTableView *namespaceTable() const { return m_table; }
    ScoreRing *scoreRing() const { return m_ring; }
    SectionBars *sectionBars() const { return m_sections; }
    SeverityChip *severityChip(checks::Severity severity) const
    {
        SeverityChip *chip = m_chips.at(std::size_t(severity) - 1);
        return chip;
    }
    /// Rows carry the control id in Qt::UserRole.
    QTableWidget *topRisks() const { return m_risks; }
    QTableWidget *notVerifiable() const { return m_notVerifiable; }
    /// The support status line of the Kubernetes version.
    QString supportText() const;

private:
    StatCard *addCard(const QString &id, const QString &icon, const QString &caption,
                      const QString &filter);
    void showScanPlaceholders();
    void updateSupport(const QDate &today);
    void fitListHeights();

    LoadResult m_result;
    std::shared_ptr<const checks::ScanResult> m_scan;
    QLabel *m_title;
    QLabel *m_facts;
    QWidget *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;
    ScoreRing *m_ring;
    QLabel *m_scoreDetail;
    SectionBars *m_sections;
    QLabel *m_version;
    QLabel *m_supportIcon;
    QLabel *m_support;
    std::array<QLabel *, 3> m_facts3{};      ///< nodes, namespaces, pods
    std::array<SeverityChip *, 4> m_chips{}; ///< by int(Severity) - 1
    QLabel *m_excepted;
    QLabel *m_risksHeading;
    QTableWidget *m_risks;
    QLabel *m_notVerifiableHeading;
    QTableWidget *m_notVerifiable;
    QHash<QString, StatCard *> m_cards;
    QList<StatCard *> m_cardOrder;
    QLabel *m_namespacesHeading;
    NamespaceSummaryModel *m_model;
    NamespaceSummaryFilterModel *m_filter;
    QTableView *m_table;
};

} // namespace parapet::ui
