#include "diagnosticsmodel.h"

#include "formatting.h"
#include "theme.h"

namespace parapet::ui {

namespace {

Tone toneOf(const Diagnostic &d)
{
    return d.severity == Diagnostic::Severity::Error ? Tone::Error : Tone::Warning;
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiagnosticsModel::setDiagnostics(const std::vector<Diagnostic> &diagnostics,
                                      const QString &displayRoot)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    m_displayRoot = displayRoot;
    endResetModel();
}

const Diagnostic *DiagnosticsModel::diagnostic(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_diagnostics[std::size_t(row)];
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Severity:
            return Theme::toneWord(toneOf(d));
        case Location:
            return Format::location(d.location, m_displayRoot, true);
        case Message:
            return d.message;
        }
        break;
    case SortRole:
        switch (column) {
        // Errors first when ascending: the raw value is the negated severity.
        case Severity:
            return -int(d.severity);
        case Location:
            return QString(d.location.file + QChar(0x1f) +
                           QString::number(d.location.line).rightJustified(10, u'0') + QChar(0x1f) +
                           QString::number(d.location.column).rightJustified(10, u'0'));
        case Message:
            return d.message;
        }
        break;
    case Qt::DecorationRole:
        if (column == Severity)
            return Theme::current().toneIcon(toneOf(d));
        break;
    case Qt::ForegroundRole:
        if (column == Severity)
            return Theme::current().tone(toneOf(d));
        break;
    case Qt::FontRole:
        if (column == Location)
            return Theme::monospaceFont();
        break;
    case Qt::ToolTipRole:
        if (column == Location)
            return d.location.toString();
        if (column == Message)
            return d.message;
        break;
    case DiagnosticIndexRole:
        return index.row();
    case SeverityRole:
        return int(d.severity);
    default:
        break;
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Location:
        return tr("Location");
    case Message:
        return tr("Message");
    }
    return {};
}

DiagnosticsFilterModel::DiagnosticsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiagnosticsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DiagnosticsFilterModel::setSeverityFilter(int severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void DiagnosticsFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool DiagnosticsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const DiagnosticsModel *>(sourceModel());
    const Diagnostic *d = model ? model->diagnostic(sourceRow) : nullptr;
    if (sourceParent.isValid() || !d)
        return false;
    if (m_severity >= 0 && int(d->severity) != m_severity)
        return false;
    return m_text.isEmpty() || d->message.contains(m_text, Qt::CaseInsensitive) ||
           d->location.file.contains(m_text, Qt::CaseInsensitive);
}

} // namespace parapet::ui
