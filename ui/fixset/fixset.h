#pragma once

#include "checks/scanresult.h"
#include "loadrequest.h"
#include "remediation/remediation.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

class QSettings;

namespace parapet::ui {

/// The fixes the user collected for the current source (UI.md "Fix set"), and what the
/// checklist remembers per source: the controls reviewed, the control last looked at and the
/// exceptions file that accepted risks go to. One per main window; the views share it.
///
/// Fixes stay while the same source is reloaded (F5) and are dropped when another source is
/// opened: they were made from that source's objects.
class FixSet : public QObject
{
    Q_OBJECT
public:
    /// \a settings (not owned, may be null: nothing is remembered) keeps the per-source state.
    explicit FixSet(QSettings *settings, QObject *parent = nullptr);

    /// The load the fixes are made from.
    void setSource(const LoadResult &result);
    const Inventory &inventory() const { return m_inventory; }
    const LoadRequest &request() const { return m_request; }
    bool hasSource() const { return m_hasSource; }
    /// Stable key of a source for settings: `demo`, the sorted absolute paths, or the
    /// kubeconfig and context of a live cluster.
    static QString sourceKey(const LoadRequest &request);

    const std::vector<remediation::Remediation> &fixes() const { return m_fixes; }
    int count() const { return int(m_fixes.size()); }
    /// Adds \a fix, or replaces the fix of the same kind for the same target; returns its row.
    int add(const remediation::Remediation &fix);
    void remove(int row);
    void clear();
    /// Row of the fix of \a kind for \a target, or -1.
    int indexOf(const checks::ObjectRef &target, remediation::RemediationKind kind) const;

    /// Where accepted risks of this source are written: the file chosen before for this
    /// source, else defaultExceptionsPath().
    QString exceptionsPath() const;
    /// Beside the manifests (`parapet-exceptions.yaml` in their common folder); for the demo
    /// and live clusters, under the application data folder.
    QString defaultExceptionsPath() const;
    void setExceptionsPath(const QString &path);
    /// The exceptions file the scan uses: exceptionsPath() when that file exists, else empty.
    QString activeExceptionsPath() const;

    QSet<QString> reviewedControls() const { return m_reviewed; }
    bool isReviewed(const QString &control) const { return m_reviewed.contains(control); }
    void setReviewed(const QString &control, bool reviewed);
    /// The control the checklist showed last for this source.
    QString lastControl() const;
    void setLastControl(const QString &control);

Q_SIGNALS:
    /// Fixes were added, replaced or removed.
    void changed();
    void reviewedChanged(const QString &control, bool reviewed);

private:
    QString settingsGroup() const;
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);

    QSettings *m_settings;
    LoadRequest m_request;
    Inventory m_inventory;
    QString m_key;
    bool m_hasSource = false;
    std::vector<remediation::Remediation> m_fixes;
    QSet<QString> m_reviewed;
    // Without settings, the per-source state lives here.
    QVariantMap m_memory;
};

/// Scans \a inventory with the exceptions of \a exceptionsPath (none when empty). A file that
/// cannot be read or parsed does not stop the scan: it shows as an invalid exception notice.
checks::ScanResult scanWithExceptions(const Inventory &inventory, const QString &exceptionsPath);

} // namespace parapet::ui
