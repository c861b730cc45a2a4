#pragma once

class QHBoxLayout;
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

/// A bar for a view's filter controls, added at the top of \a layout; returns the bar's layout.
QHBoxLayout *addFilterBar(QVBoxLayout *layout, QWidget *owner);

} // namespace parapet::ui
