#pragma once

#include "checks/scanresult.h"
#include "kube/inventory.h"
#include "theme.h"

#include <optional>
#include <QHash>
#include <QString>

namespace parapet::ui {

/// The worst severity of the findings (not excepted) of each object, keyed by objectKey(); a
/// Pod's findings count for its owning workload too, and every finding for its namespace
/// (keyed `Namespace//NAME`).
class RiskIndex
{
public:
    RiskIndex() = default;
    explicit RiskIndex(const checks::ScanResult &scan);

    static QString objectKey(const QString &kind, const QString &ns, const QString &name);
    std::optional<checks::Severity> object(const QString &kind, const QString &ns,
                                           const QString &name) const;
    std::optional<checks::Severity> ns(const QString &name) const;
    /// How many findings an object has.
    int findings(const QString &kind, const QString &ns, const QString &name) const;
    bool isEmpty() const { return m_worst.isEmpty(); }

private:
    void note(const QString &key, checks::Severity s);
    QHash<QString, checks::Severity> m_worst;
    QHash<QString, int> m_count;
};

std::optional<Tone> riskTone(std::optional<checks::Severity> severity);

/// Index of an object in \a inventory, or -1.
qsizetype objectIndex(const Inventory &inventory, const QString &kind, const QString &ns,
                      const QString &name);

} // namespace parapet::ui
