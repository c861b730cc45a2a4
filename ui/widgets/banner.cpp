#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace parapet::ui {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    m_icon->setFixedSize(20, 20);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_title);
    column->addWidget(m_text);
    layout->addLayout(column, 1);
    m_actions->setSpacing(6);
    layout->addLayout(m_actions);
    m_close->setAutoRaise(true);
    m_close->setIcon(Theme::current().icon(QStringLiteral("action-clear")));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setMessage(Tone::Info, QString(), QString());
}

void Banner::setMessage(Tone tone, const QString &title, const QString &text)
{
    m_tone = tone;
    const Theme &theme = Theme::current();
    const QColor accent = theme.tone(tone);
    QColor background = accent;
    // A faint wash of the tone over the window colour; the text keeps the normal colour, so
    // the contrast stays that of the palette.
    const QColor window = theme.colors().window;
    const double a = theme.scheme() == Theme::Scheme::Dark ? 0.18 : 0.10;
    background.setRgbF(window.redF() * (1 - a) + accent.redF() * a,
                       window.greenF() * (1 - a) + accent.greenF() * a,
                       window.blueF() * (1 - a) + accent.blueF() * a);
    // By class, not object name: users of the banner name it after its purpose.
    setStyleSheet(QStringLiteral("parapet--ui--Banner { background: %1; border: 1px solid %2;"
                                 " border-left: 4px solid %2; border-radius: 3px; }")
                      .arg(background.name(), accent.name()));
    m_icon->setPixmap(theme.toneIcon(tone).pixmap(20, 20));
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    setAccessibleDescription(title + u' ' + text);
}

QPushButton *Banner::addAction(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_actions->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void Banner::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
}

void Banner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString Banner::title() const
{
    return m_title->text();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace parapet::ui
