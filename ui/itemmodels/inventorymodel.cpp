#include "inventorymodel.h"

#include "formatting.h"
#include "theme.h"

#include <QFont>

namespace parapet::ui {

namespace {

QString sortKey(const QString &a, const QString &b, const QString &c)
{
    return a + QChar(0x1f) + b + QChar(0x1f) + c;
}

} // namespace

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InventoryModel::setInventory(const Inventory &inventory, const QString &displayRoot)
{
    beginResetModel();
    m_inventory = inventory;
    m_displayRoot = displayRoot;
    m_rows.clear();
    m_rows.reserve(std::size_t(inventory.size()));
    m_hasCreationTimes = false;
    QDateTime now = inventory.source().capturedAt;
    if (!now.isValid())
        now = QDateTime::currentDateTimeUtc();
    for (const KubeObject &o : inventory.objects()) {
        Row row;
        row.source = Format::location(o.origin(), displayRoot);
        row.sourceKey = o.origin().file + QChar(0x1f) +
                        QString::number(o.origin().line).rightJustified(10, u'0');
        row.kindKey = sortKey(o.kind(), o.ns(), o.name());
        row.namespaceKey = sortKey(o.ns(), o.kind(), o.name());
        row.nameKey = sortKey(o.name(), o.ns(), o.kind());
        row.created = Format::timestamp(o.metadata()["creationTimestamp"].toString(QString()));
        row.ageSeconds = Format::ageSeconds(row.created, now);
        row.age = Format::age(row.created, now);
        m_hasCreationTimes = m_hasCreationTimes || row.created.isValid();
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

const KubeObject *InventoryModel::object(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_inventory.at(row);
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KubeObject &o = m_inventory.at(index.row());
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            return o.kind();
        case Namespace:
            return o.ns();
        case Name:
            return o.name();
        case Source:
            return row.source;
        case Age:
            return row.age;
        }
        break;
    case SortRole:
        switch (column) {
        case Kind:
            return row.kindKey;
        case Namespace:
            return row.namespaceKey;
        case Name:
            return row.nameKey;
        case Source:
            return row.sourceKey;
        case Age:
            return row.ageSeconds;
        }
        break;
    case Qt::DecorationRole:
        if (column == Kind)
            return Theme::current().kindIcon(o.kind());
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Kind:
            return QString(o.apiVersion() + u' ' + o.kind());
        case Namespace:
            if (!o.isNamespaced())
                return tr("Cluster-scoped: %1 objects live outside namespaces").arg(o.kind());
            if (o.namespaceDefaulted())
                return tr("Not written in the manifest: set to \u201c%1\u201d at load, as "
                          "kubectl apply -n would")
                    .arg(o.ns());
            break;
        case Name:
            return o.reference();
        case Source:
            return o.origin().toString();
        case Age:
            if (row.created.isValid())
                return tr("Created %1").arg(Format::dateTime(row.created));
            break;
        }
        break;
    case Qt::FontRole:
        if (column == Source)
            return Theme::monospaceFont();
        if (column == Namespace && o.namespaceDefaulted()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Source || (column == Namespace && o.namespaceDefaulted()))
            return Theme::current().colors().mutedText;
        break;
    case Qt::TextAlignmentRole:
        if (column == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ObjectIndexRole:
        return qsizetype(index.row());
    case KindRole:
        return o.kind();
    case NamespaceRole:
        return o.ns();
    case NameRole:
        return o.name();
    default:
        break;
    }
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Kind:
            return tr("Kind");
        case Namespace:
            return tr("Namespace");
        case Name:
            return tr("Name");
        case Source:
            return tr("Source");
        case Age:
            return tr("Age");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Age ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    return {};
}

} // namespace parapet::ui
