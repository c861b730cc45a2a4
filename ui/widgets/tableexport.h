#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QWidget;

namespace parapet::ui {

/// The rows of a table as shown (filtered and sorted, display texts), as CSV (RFC 4180: fields
/// with commas, quotes or line breaks quoted, quotes doubled, CRLF line ends, a header row) or
/// JSON (an array of objects keyed by stable names).
struct TableExport
{
    Q_DECLARE_TR_FUNCTIONS(parapet::ui::TableExport)
public:
    const QAbstractItemModel *model = nullptr;
    QList<int> columns;
    QStringList headers; ///< CSV header row (translated)
    QStringList keys;    ///< JSON keys (stable, English)

    QByteArray toCsv() const;
    QByteArray toJson() const;
    /// Writes CSV or JSON by \a path's extension (.json, else CSV); an error message or empty.
    QString writeFile(const QString &path) const;
    /// Asks for a file (CSV or JSON) and writes it; reports errors in a dialog. False when the
    /// user cancelled or writing failed.
    bool exportWithDialog(QWidget *parent, const QString &baseName) const;

    static QString csvField(const QString &text);
};

} // namespace parapet::ui
