#pragma once

#include <QStyledItemDelegate>

namespace parapet::ui {

/// Draws a navigation entry with its count right-aligned in tabular figures (the number of
/// objects, of problems, later of failing controls).
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Item data role holding the count (qint64; absent or negative: none).
    static constexpr int CountRole = Qt::UserRole + 10;
    /// Item data role holding a Tone (int) for the count, when it signals something.
    static constexpr int ToneRole = Qt::UserRole + 11;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parapet::ui
