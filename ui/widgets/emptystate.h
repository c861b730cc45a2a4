#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace parapet::ui {

/// A teaching empty state: an icon, a title, a short explanation and optional actions.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    /// Adds a button; the caller connects to its clicked signal.
    QPushButton *addAction(const QString &text);
    void clearActions();

    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_actions;
};

} // namespace parapet::ui
