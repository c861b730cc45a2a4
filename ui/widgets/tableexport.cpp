#include "tableexport.h"

#include <QAbstractItemModel>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSaveFile>

namespace parapet::ui {

QString TableExport::csvField(const QString &text)
{
    const bool quote =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    QString out = text;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QByteArray TableExport::toCsv() const
{
    QString out;
    QStringList fields;
    for (const QString &h : headers)
        fields.append(csvField(h));
    out += fields.join(u',') + QStringLiteral("\r\n");
    const int rows = model ? model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (const int column : columns)
            fields.append(csvField(model->index(row, column).data(Qt::DisplayRole).toString()));
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray TableExport::toJson() const
{
    QJsonArray rows;
    const int n = model ? model->rowCount() : 0;
    for (int row = 0; row < n; ++row) {
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size() && i < keys.size(); ++i)
            o.insert(keys[i], model->index(row, columns[i]).data(Qt::DisplayRole).toString());
        rows.append(o);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QString TableExport::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    const QByteArray data =
        path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? toJson() : toCsv();
    if (file.write(data) != data.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

bool TableExport::exportWithDialog(QWidget *parent, const QString &baseName) const
{
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export rows"), baseName + QStringLiteral(".csv"),
                                     tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return false;
    if (!path.contains(u'.'))
        path += filter.contains(QStringLiteral("json")) ? QStringLiteral(".json")
                                                        : QStringLiteral(".csv");
    const QString error = writeFile(path);
    if (error.isEmpty())
        return true;
    QMessageBox::warning(parent, tr("Export failed"),
                         tr("%1\n\nChoose a folder you can write to.").arg(error));
    return false;
}

} // namespace parapet::ui
