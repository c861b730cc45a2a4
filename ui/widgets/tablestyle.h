#pragma once

class QTableView;

namespace parapet::ui {

/// Gives a table Parapet's dense, calm look: whole-row single selection, alternating rows,
/// no grid, fixed compact rows, left-aligned headers, text elided in the middle (paths and
/// long names keep both ends).
void applyTableStyle(QTableView *table);

} // namespace parapet::ui
