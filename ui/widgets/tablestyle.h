#pragma once

#include <QStringList>

class QAbstractItemView;
class QHBoxLayout;
class QHeaderView;
class QLineEdit;
class QTableView;
class QVBoxLayout;
class QWidget;
class QString;

namespace parapet::ui {

/// Gives a table Parapet's dense, calm look: whole-row single selection, alternating rows,
/// no grid, fixed compact rows, left-aligned headers, text elided in the middle (paths and
/// long names keep both ends).
void applyTableStyle(QTableView *table);

/// The filter line above a table, as every view has it: named, with a placeholder, a clear
/// button and the search icon.
void setUpFilterEdit(QLineEdit *edit, const QString &objectName, const QString &placeholder);

/// The width column \a column of \a view needs to show its header (as translated, with the
/// sort arrow) and the widest of \a values (with an icon in front when \a withIcon) unclipped,
/// in the view's font and style: for columns of a few short words (severity, status) that are
/// sized once instead of by hand-picked pixels that clip longer translations.
int fittingColumnWidth(const QAbstractItemView *view, const QHeaderView *header, int column,
                       const QStringList &values, bool withIcon);

/// A bar for a view's filter controls, added at the top of \a layout; returns the bar's layout.
QHBoxLayout *addFilterBar(QVBoxLayout *layout, QWidget *owner);

} // namespace parapet::ui
