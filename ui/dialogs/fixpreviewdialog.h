#pragma once

#include "checks/scanresult.h"
#include "kube/inventory.h"
#include "remediation/remediation.h"

#include <functional>
#include <memory>
#include <optional>
#include <QDialog>
#include <QSet>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QWidget;

namespace parapet::ui {

class DiffView;
class FixSet;
class FlowLayout;

/// UI.md "Fix preview": the fix for one object, generated from the scan's findings on it, as
/// highlighted YAML (one tab per manifest), the strategic-merge patch with its `kubectl patch`
/// line, and the diff against the object as it was loaded (with line numbers); what may break,
/// prominently; the parts of the fix as check boxes (the fix is made again when one is
/// switched); Copy, Save… and Add to fix set.
class FixPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// The fix for \a objectRef (`Deployment shop/cart`, ObjectRef::toString()); \a control is
    /// the control the user came from (its fix is preferred when the object needs several).
    /// \a fixSet (may be null: no Add to fix set) receives the fix.
    FixPreviewDialog(const Inventory &inventory, std::shared_ptr<const checks::ScanResult> scan,
                     const QString &objectRef, const QString &control, FixSet *fixSet,
                     QWidget *parent = nullptr);
    ~FixPreviewDialog() override;

    /// Parts switched off (by name); makes the fix again.
    void setWithout(const QSet<QString> &parts);
    QSet<QString> without() const { return m_without; }

    bool hasFix() const { return m_fix.has_value(); }
    const remediation::Remediation *fix() const { return m_fix ? &*m_fix : nullptr; }
    /// Every manifest of the fix as one multi-document YAML text; empty without a fix.
    QString yamlText() const;
    QString diffText() const { return m_diff; }
    /// Why there is no fix (nothing to change with these parts, a Pod managed by a workload…).
    QString errorText() const;

    /// Replaces the save dialog (tests): returns the file to write, empty to cancel.
    using SavePathChooser = std::function<QString()>;
    void setSavePathChooser(SavePathChooser chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    /// The fix was added to the fix set, at \a row.
    void addedToFixSet(int row);

private:
    void generate();
    void rebuildParts();
    void showFix();
    void copyCurrent();
    void save();
    void addToFixSet();
    QWidget *yamlPage(const QString &text, const QString &objectName, const QString &note = {});

    Inventory m_inventory;
    std::shared_ptr<const checks::ScanResult> m_scan;
    QString m_objectRef;
    QString m_control;
    FixSet *m_fixSet;
    QSet<QString> m_without;
    std::optional<remediation::Remediation> m_fix;
    std::optional<checks::ObjectRef> m_target;
    QString m_diff;
    QString m_error;
    SavePathChooser m_chooser;

    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_warnings;
    QLabel *m_warningsText;
    QWidget *m_partsBox;
    FlowLayout *m_partsLayout;
    QLabel *m_errorLabel;
    QTabWidget *m_tabs;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_add;
    QLabel *m_status;
};

} // namespace parapet::ui
