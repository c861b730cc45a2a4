#pragma once

#include "kube/inventory.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace parapet {

/// An inventory saved to one versioned file, to review a cluster later or elsewhere.
///
/// Binary and little-endian: a magic, the format version, the source description, the file
/// table, diagnostics, then each object's scope, origin and document tape as loaded (so field
/// positions survive the round trip). Reading validates every length and the structure of
/// every tape before use: a snapshot is outside input like any other. Secret values are never
/// written (and are dropped again when read, should a foreign file carry them).
class Snapshot
{
public:
    static constexpr int kFormatVersion = 1;

    static bool isSnapshot(QByteArrayView data);
    static QByteArray write(const Inventory &inventory);
    static Result<bool> writeFile(const Inventory &inventory, const QString &path);

    struct Loaded
    {
        Inventory inventory;
        int formatVersion = 0;
    };
    /// \a fileName names the file in errors and becomes the source name.
    static Result<Loaded> read(QByteArrayView data, const QString &fileName);
};

} // namespace parapet
