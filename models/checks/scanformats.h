#pragma once

#include "scanresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace parapet::checks {

/// The scan as the documented JSON contract (`parapet-cli scan --format json`):
/// {"source", "scores", "controls": [...], "findings": [...], "exceptions": {...},
///  "podSecurity": {...}}.
QJsonObject scanToJson(const ScanResult &result);

/// SARIF 2.1.0: one rule per control, one result per finding (excepted findings carry a
/// suppression), file/line regions for objects read from files.
QByteArray scanToSarif(const ScanResult &result, const QString &toolVersion);

/// JUnit XML: one testsuite per guide section, one testcase per control; failed controls
/// carry a <failure> listing their findings, not verifiable and informational ones <skipped>.
QByteArray scanToJUnit(const ScanResult &result);

/// A finding's file:line, or the object when it did not come from a file.
QString findingWhere(const Finding &finding);

} // namespace parapet::checks
