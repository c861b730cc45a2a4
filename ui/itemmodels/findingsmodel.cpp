#include "findingsmodel.h"

#include "formatting.h"

namespace parapet::ui {

namespace {

QString locationKey(const SourceLocation &location)
{
    return QString(location.file + QChar(0x1f) +
                   QString::number(location.line).rightJustified(10, u'0'));
}

} // namespace

Tone severityTone(checks::Severity severity)
{
    switch (severity) {
    case checks::Severity::Critical:
        return Tone::Critical;
    case checks::Severity::High:
        return Tone::High;
    case checks::Severity::Medium:
        return Tone::Medium;
    case checks::Severity::Low:
        break;
    }
    return Tone::Low;
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setScan(std::shared_ptr<const checks::ScanResult> scan,
                            const QString &displayRoot)
{
    beginResetModel();
    m_scan = std::move(scan);
    m_displayRoot = displayRoot;
    m_failing = 0;
    if (m_scan) {
        for (const checks::Finding &f : m_scan->findings)
            m_failing += f.excepted ? 0 : 1;
    }
    endResetModel();
}

const checks::Finding *FindingsModel::finding(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_scan->findings[std::size_t(row)];
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scan ? 0 : int(m_scan->findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const checks::Finding &f = m_scan->findings[std::size_t(index.row())];
    const int column = index.column();
    const Tone statusTone = f.excepted ? Tone::Excepted : Tone::Fail;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Severity:
            return Theme::toneWord(severityTone(f.severity));
        case Control:
            return f.control;
        case Status:
            return Theme::toneWord(statusTone);
        case Object:
            return f.object.toString();
        case Field:
            return f.field;
        case Location:
            return f.location.isValid() ? Format::location(f.location, m_displayRoot) : QString();
        case Message:
            return f.message;
        }
        break;
    case SortRole:
        switch (column) {
        case Severity:
            return int(f.severity);
        case Control:
            return checks::controlIndex(f.control);
        case Status:
            return f.excepted ? 1 : 0;
        case Object:
            return f.object.toString();
        case Field:
            return f.field;
        case Location:
            return locationKey(f.location);
        case Message:
            return f.message;
        }
        break;
    case Qt::DecorationRole:
        if (column == Severity)
            return Theme::current().toneIcon(severityTone(f.severity));
        if (column == Status)
            return Theme::current().toneIcon(statusTone);
        if (column == Object)
            return Theme::current().kindIcon(f.object.kind);
        break;
    case Qt::ForegroundRole:
        if (column == Severity)
            return Theme::current().tone(severityTone(f.severity));
        if (column == Status)
            return Theme::current().tone(statusTone);
        break;
    case Qt::FontRole:
        if (column == Control || column == Field || column == Location)
            return Theme::monospaceFont();
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Control:
            if (const checks::Control *c = checks::findControl(f.control))
                return c->title();
            break;
        case Status:
            if (f.excepted)
                return tr("Accepted risk: %1").arg(f.exceptionReason);
            break;
        case Field:
            return f.value.isEmpty() ? f.field : tr("%1 = %2").arg(f.field, f.value);
        case Location:
            return f.location.toString();
        case Message:
            return f.message;
        }
        break;
    case FindingIndexRole:
        return index.row();
    case SeverityRole:
        return int(f.severity);
    case ExceptedRole:
        return f.excepted;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Control:
        return tr("Control");
    case Status:
        return tr("Status");
    case Object:
        return tr("Object");
    case Field:
        return tr("Field");
    case Location:
        return tr("Source");
    case Message:
        return tr("Message");
    }
    return {};
}

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterModel::setSeverityFilter(int severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void FindingsFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
    const checks::Finding *f = model ? model->finding(sourceRow) : nullptr;
    if (sourceParent.isValid() || !f)
        return false;
    if (m_severity >= 0 && int(f->severity) != m_severity)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    return has(f->control) || has(f->object.toString()) || has(f->field) || has(f->message) ||
           has(f->location.file);
}

} // namespace parapet::ui
