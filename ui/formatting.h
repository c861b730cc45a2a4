#pragma once

#include "kube/inventory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace parapet::ui {

/// Small text helpers shared by views, so that numbers, ages and places read the same
/// everywhere.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(parapet::ui::Format)
public:
    /// `36,512` in the user's locale; grouped even in the C locale.
    static QString count(qint64 n);
    /// kubectl-style age: `45s`, `12m`, `5h`, `3d`, `2y`; empty when \a from is invalid.
    static QString age(const QDateTime &from, const QDateTime &now);
    /// Seconds between \a from and \a now, or -1 when \a from is invalid.
    static qint64 ageSeconds(const QDateTime &from, const QDateTime &now);
    /// A date and time for people (local time, minutes).
    static QString dateTime(const QDateTime &when);
    /// `v1.30.4` → `Kubernetes v1.30.4`; `Kubernetes version unknown` when empty.
    static QString kubernetesVersion(const QString &version);
    /// `file:line` with \a root cut from the front of the file name when it starts with it.
    static QString location(const SourceLocation &location, const QString &root,
                            bool withColumn = false);
    /// Parses metadata.creationTimestamp (RFC 3339).
    static QDateTime timestamp(const QString &text);
};

} // namespace parapet::ui
