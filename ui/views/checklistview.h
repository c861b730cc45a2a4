#pragma once

#include "view.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace parapet::ui {

class AcceptRiskDialog;
class CompactButtons;
class EmptyState;
class FixPreviewDialog;

/// UI.md "Checklist wizard": the five sections of the guide as a stepper on the left (each with
/// controls reviewed / total and its pass, fail and not-verifiable counts), the card of the
/// current control in the middle (what it is, why it matters, its status with the numbers
/// behind it, the affected objects with file:line, the manual check when Parapet cannot see
/// the answer, accepted risks), and Generate fix · Accept risk… · Mark reviewed · ‹ › at the
/// bottom. Reviewed controls and the position are remembered per source (FixSet).
class ChecklistView : public View
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    void setScan(const std::shared_ptr<const checks::ScanResult> &scan) override;
    void setFixSet(FixSet *fixSet) override;
    Selection selection() const override;
    /// Controls that fail (fully or partly); -1 while no scan is done.
    qint64 badgeCount() const override;
    /// A control id (`NSA-POD-08`) shows that control.
    void applyFilter(const QString &filter) override;

    /// Shows the control with \a id; false when there is no such control or no scan yet.
    bool showControl(const QString &id);
    QString currentControl() const { return m_current; }
    void next();
    void previous();
    void setCurrentReviewed(bool reviewed);
    /// Reviewed controls / all controls.
    int reviewedCount() const;

    /// Opens the fix preview for the selected affected object (or the first one that fails);
    /// null when the control has no generated fix or nothing fails.
    FixPreviewDialog *generateFix();
    /// Opens Accept risk… for the current control; null when nothing fails.
    AcceptRiskDialog *acceptRisk();

private:
    void rebuildSteps();
    void updateSteps();
    void showCard();
    void showEmpty();
    const checks::ControlResult *currentResult() const;
    /// The finding the fix or the exception is for: the selected row, else the first failing.
    const checks::Finding *targetFinding() const;
    QTreeWidgetItem *itemOf(const QString &control) const;

    LoadResult m_load;
    bool m_hasLoad = false;
    std::shared_ptr<const checks::ScanResult> m_scan;
    QPointer<FixSet> m_fixSet;
    QString m_current;
    QStringList m_fixable;

    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QTreeWidget *m_steps;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_page;
    QScrollArea *m_scroll;
    QLabel *m_crumb;
    QLabel *m_id;
    QLabel *m_severity;
    QLabel *m_reviewedBadge;
    QLabel *m_title;
    QWidget *m_statusBox;
    QLabel *m_statusIcon;
    QLabel *m_statusText;
    QLabel *m_rationale;
    QLabel *m_remediation;
    QWidget *m_manualBox;
    QLabel *m_manual;
    QWidget *m_exceptionBox;
    QLabel *m_exceptionText;
    QLabel *m_evidenceHeading;
    QTreeWidget *m_evidence;
    QLabel *m_evidenceNote;
    QLabel *m_scanners;
    QWidget *m_filler;
    QPushButton *m_generate;
    QPushButton *m_accept;
    QPushButton *m_reviewed;
    QPushButton *m_previous;
    QPushButton *m_next;
    CompactButtons *m_compact = nullptr;
};

} // namespace parapet::ui
