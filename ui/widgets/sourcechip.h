#pragma once

#include "loadrequest.h"

#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace parapet::ui {

/// The top bar's statement of what is being looked at: `Demo cluster`, file or folder names,
/// or a snapshot with its capture date; while loading, what is being read. A badge carries
/// the number of load problems (icon, word and colour), with the first ones in its tooltip.
class SourceChip : public QWidget
{
    Q_OBJECT
public:
    explicit SourceChip(QWidget *parent = nullptr);

    void setLoading(const LoadRequest &request);
    void setResult(const LoadResult &result);
    /// The menu that the chip opens (open, reload, ...); the main window fills it.
    QMenu *menu() const { return m_menu; }

    QString text() const;
    QString badgeText() const;

Q_SIGNALS:
    void badgeClicked();

private:
    void setName(const QString &name);

    QString m_name;
    QToolButton *m_button;
    QLabel *m_detail;
    QToolButton *m_badge;
    QMenu *m_menu;
};

} // namespace parapet::ui
