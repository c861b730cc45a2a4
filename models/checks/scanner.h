#pragma once

#include "exceptions.h"
#include "kube/inventory.h"
#include "scanresult.h"

#include <QDate>

namespace parapet::checks {

/// What a scan takes besides the inventory.
struct ScanOptions
{
    /// The day exceptions expire against and release support is judged on.
    QDate today = QDate::currentDate();
    /// Accepted risks (from an exceptions file); `parapet.io/exempt` annotations are read from
    /// the objects themselves.
    ExceptionSet exceptions;
    /// When set, only objects of this namespace (and cluster-wide settings) are checked.
    QString namespaceFilter;
};

/// Evaluates every control of the catalogue against \a inventory. Pure: reads the inventory,
/// returns a value; safe to run off the GUI thread. Cost grows linearly with the inventory.
ScanResult scan(const Inventory &inventory, const ScanOptions &options = {});

} // namespace parapet::checks
