#pragma once

#include "theme.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace parapet::ui {

/// A message strip above the views or inside a page: a tone icon, a bold title, a text that
/// says what to do, optional action buttons and a close button. Used for partial inventories,
/// TLS warnings and inline errors (a broken kubeconfig).
class Banner : public QFrame
{
    Q_OBJECT
public:
    explicit Banner(QWidget *parent = nullptr);

    /// Shows \a title and \a text (plain text, word-wrapped) in \a tone.
    void setMessage(Tone tone, const QString &title, const QString &text);
    /// Adds a button; the caller connects its clicked signal. clearActions() removes them.
    QPushButton *addAction(const QString &text);
    void clearActions();
    void setClosable(bool closable);

    Tone tone() const { return m_tone; }
    QString title() const;
    QString text() const;

private:
    Tone m_tone = Tone::Info;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
};

} // namespace parapet::ui
