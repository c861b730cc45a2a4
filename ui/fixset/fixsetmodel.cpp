#include "fixsetmodel.h"

#include "fixset.h"
#include "theme.h"

namespace parapet::ui {

namespace {

QString kindTitle(remediation::RemediationKind kind)
{
    // Not a switch: the generators grow new kinds, which get the generic title meanwhile.
    if (kind == remediation::RemediationKind::Workload)
        return FixSetModel::tr("Hardened workload");
    if (kind == remediation::RemediationKind::Namespace)
        return FixSetModel::tr("Namespace guard rails");
    if (kind == remediation::RemediationKind::CloudMetadata)
        return FixSetModel::tr("Block cloud metadata");
    return FixSetModel::tr("Fix");
}

} // namespace

FixSetModel::FixSetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FixSetModel::setFixSet(FixSet *fixSet)
{
    beginResetModel();
    if (m_fixSet)
        disconnect(m_fixSet, nullptr, this, nullptr);
    m_fixSet = fixSet;
    if (m_fixSet)
        connect(m_fixSet, &FixSet::changed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    endResetModel();
}

int FixSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_fixSet ? 0 : m_fixSet->count();
}

int FixSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FixSetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_fixSet || index.row() >= m_fixSet->count())
        return {};
    const remediation::Remediation &fix = m_fixSet->fixes()[std::size_t(index.row())];
    const Theme &theme = Theme::current();
    const int warnings = int(fix.warnings().size());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Target:
            return fix.target().toString();
        case Kind:
            return kindTitle(fix.kind());
        case Controls:
            return fix.controls().join(QStringLiteral(", "));
        case Warnings:
            return warnings == 0 ? tr("none") : QString::number(warnings);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Warnings:
            return warnings;
        case Kind:
            return int(fix.kind());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == Target)
            return theme.kindIcon(fix.target().kind);
        if (index.column() == Warnings && warnings > 0)
            return theme.toneIcon(Tone::Warning);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Warnings && warnings > 0)
            return fix.warnings().join(QStringLiteral("\n\n"));
        if (index.column() == Controls)
            return fix.controls().join(QStringLiteral("\n"));
        break;
    case Qt::FontRole:
        if (index.column() == Controls)
            return Theme::monospaceFont();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Warnings)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant FixSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Target:
        return tr("Target");
    case Kind:
        return tr("Fix");
    case Controls:
        return tr("Controls");
    case Warnings:
        return tr("Warnings");
    }
    return {};
}

} // namespace parapet::ui
