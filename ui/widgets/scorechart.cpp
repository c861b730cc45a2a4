#include "scorechart.h"

#include "formatting.h"

#include <QEnterEvent>
#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

namespace parapet::ui {

namespace {

constexpr int kBarThickness = 8;
constexpr int kRingThickness = 10;

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

Tone scoreTone(double score)
{
    if (score < 0)
        return Tone::NotVerifiable;
    if (score >= 80)
        return Tone::Pass;
    if (score >= 50)
        return Tone::Partial;
    return Tone::Fail;
}

QString scoreText(double score)
{
    return score < 0 ? QStringLiteral("\u2013") : QLocale().toString(score, 'f', 0);
}

// ---- ScoreRing

ScoreRing::ScoreRing(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Overall score"));
    setScore(-1);
}

void ScoreRing::setScore(double score, const QString &placeholder)
{
    m_score = score;
    m_placeholder = placeholder;
    setAccessibleDescription(!placeholder.isEmpty() ? placeholder
                             : score < 0            ? tr("not scored")
                                                    : tr("%1 of 100").arg(scoreText(score)));
    setToolTip(score < 0 ? QString() : tr("Overall score: %1 of 100").arg(scoreText(score)));
    update();
}

QString ScoreRing::text() const
{
    return m_placeholder.isEmpty() ? scoreText(m_score) : m_placeholder;
}

QSize ScoreRing::sizeHint() const
{
    // Room for the number at 2.4× the font and the caption under it.
    const int side = std::max(112, QFontMetrics(scaled(font(), 2.4, true)).height() * 3);
    return {side, side};
}

void ScoreRing::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ScoreRing::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const QRectF ring = QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side)
                            .adjusted(kRingThickness / 2.0, kRingThickness / 2.0,
                                      -kRingThickness / 2.0, -kRingThickness / 2.0);
    const bool scored = m_score >= 0 && m_placeholder.isEmpty();
    QPen track(c.border, kRingThickness);
    if (!scored) // not scored (yet): a dashed outline, as every "not verifiable" mark
        track.setStyle(Qt::DashLine);
    p.setPen(track);
    p.drawEllipse(ring);
    if (scored && m_score > 0) {
        QPen arc(theme.tone(scoreTone(m_score)), kRingThickness, Qt::SolidLine, Qt::FlatCap);
        p.setPen(arc);
        const int span = int(std::lround(std::min(m_score, 100.0) / 100.0 * 360.0 * 16.0));
        p.drawArc(ring, 90 * 16, -span);
    }

    const QFont big = scaled(font(), 2.4, true);
    const QFont small = scaled(font(), 0.9, false);
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(small);
    const int textHeight = bigMetrics.height() + smallMetrics.height();
    const QRectF inner =
        ring.adjusted(kRingThickness, kRingThickness, -kRingThickness, -kRingThickness);
    const qreal top = inner.center().y() - textHeight / 2.0;
    p.setFont(big);
    p.setPen(scored ? c.text : c.mutedText);
    p.drawText(QRectF(inner.left(), top, inner.width(), bigMetrics.height()), Qt::AlignCenter,
               text());
    p.setFont(small);
    p.setPen(c.mutedText);
    p.drawText(
        QRectF(inner.left(), top + bigMetrics.height(), inner.width(), smallMetrics.height()),
        Qt::AlignCenter,
        smallMetrics.elidedText(scored ? tr("of 100") : tr("not scored"), Qt::ElideRight,
                                int(inner.width())));
}

// ---- SectionBars

SectionBars::SectionBars(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Section scores"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SectionBars::setBars(std::vector<Bar> bars)
{
    m_bars = std::move(bars);
    updateDescription();
    updateGeometry();
    update();
}

void SectionBars::setPending(bool pending)
{
    m_pending = pending;
    updateDescription();
    update();
}

void SectionBars::updateDescription()
{
    QStringList parts;
    for (const Bar &b : m_bars) {
        const QString value = m_pending     ? tr("checking")
                              : b.value < 0 ? tr("not scored")
                                            : tr("%1 of 100").arg(scoreText(b.value));
        parts.append(tr("%1: %2").arg(b.label, value));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

int SectionBars::rowHeight() const
{
    return fontMetrics().height() + 3 + kBarThickness + 10;
}

QSize SectionBars::sizeHint() const
{
    return {320, rowHeight() * int(std::max<std::size_t>(m_bars.size(), 5)) - 10};
}

QSize SectionBars::minimumSizeHint() const
{
    return {180, sizeHint().height()};
}

int SectionBars::barAt(const QPoint &pos) const
{
    const int row = pos.y() / rowHeight();
    return pos.y() >= 0 && row < int(m_bars.size()) ? row : -1;
}

bool SectionBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = barAt(help->pos());
        if (row >= 0 && !m_bars[std::size_t(row)].detail.isEmpty())
            QToolTip::showText(help->globalPos(), m_bars[std::size_t(row)].detail, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SectionBars::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int w = width();
    int y = 0;
    for (const Bar &bar : m_bars) {
        const bool scored = bar.value >= 0 && !m_pending;
        const QString value = m_pending ? QStringLiteral("\u2026")
                              : scored  ? scoreText(bar.value)
                                        : tr("not scored");
        const int valueWidth = (scored ? boldMetrics : fm).horizontalAdvance(value);
        p.setFont(font());
        p.setPen(c.text);
        p.drawText(QRect(0, y, w - valueWidth - 12, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(bar.label, Qt::ElideRight, w - valueWidth - 12));
        p.setFont(scored ? bold : font());
        p.setPen(scored ? c.text : c.mutedText);
        p.drawText(QRect(w - valueWidth, y, valueWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, value);

        const QRectF track(0.5, y + fm.height() + 3 + 0.5, w - 1.0, kBarThickness - 1.0);
        const qreal radius = (kBarThickness - 1) / 2.0;
        if (scored) {
            p.setPen(Qt::NoPen);
            p.setBrush(c.chip);
            p.drawRoundedRect(track, radius, radius);
            QRectF fill = track;
            fill.setWidth(
                std::max(track.height(), track.width() * std::min(bar.value, 100.0) / 100.0));
            if (bar.value > 0) {
                p.setBrush(theme.tone(scoreTone(bar.value)));
                p.drawRoundedRect(fill, radius, radius);
            }
        } else {
            QPen dashed(c.border, 1, Qt::DashLine);
            p.setPen(dashed);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(track, radius, radius);
        }
        y += rowHeight();
    }
}

// ---- SeverityChip

SeverityChip::SeverityChip(Tone tone, QWidget *parent)
    : QAbstractButton(parent)
    , m_tone(tone)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCount(-1, QString());
}

QFont SeverityChip::countFont() const
{
    return scaled(font(), 1.5, true);
}

void SeverityChip::setCount(qint64 count, const QString &detail)
{
    m_count = count;
    // The button's text is what assistive technology reads; the chip paints its own.
    setText(count < 0
                ? tr("%1: not known yet").arg(Theme::toneWord(m_tone))
                : tr("%1: %2 open findings").arg(Theme::toneWord(m_tone), Format::count(count)));
    setToolTip(detail);
    setEnabled(count > 0);
    setCursor(count > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

QSize SeverityChip::sizeHint() const
{
    const QFontMetrics big(countFont());
    const int width = 12 + 4 + 10 + 16 + 8 + big.horizontalAdvance(QStringLiteral("000")) + 8 +
                      fontMetrics().horizontalAdvance(Theme::toneWord(m_tone)) + 12;
    return {width, big.height() + 14};
}

void SeverityChip::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void SeverityChip::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void SeverityChip::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool active = isEnabled() && (m_hover || hasFocus() || isDown());
    p.setPen(QPen(active ? c.link : c.border, hasFocus() ? 2 : 1));
    p.setBrush(c.card);
    p.drawRoundedRect(frame, 6, 6);
    // The stripe: the tone's colour, clipped to the chip's rounded left edge.
    const QColor toneColor = theme.tone(m_tone);
    QPainterPath clip;
    clip.addRoundedRect(frame, 6, 6);
    p.save();
    p.setClipPath(clip);
    p.fillRect(QRectF(0, 0, 4, height()), m_count > 0 ? toneColor : c.border);
    p.restore();

    int x = 4 + 10;
    const QSize iconSize(16, 16);
    const QIcon icon = theme.toneIcon(m_tone);
    icon.paint(&p, QRect(QPoint(x, (height() - iconSize.height()) / 2), iconSize), Qt::AlignCenter,
               m_count > 0 ? QIcon::Normal : QIcon::Disabled);
    x += iconSize.width() + 8;

    const QFont big = countFont();
    const QString number = m_count < 0 ? QStringLiteral("\u2013") : Format::count(m_count);
    const int numberWidth = QFontMetrics(big).horizontalAdvance(number);
    p.setFont(big);
    p.setPen(m_count > 0 ? c.text : c.mutedText);
    p.drawText(QRect(x, 0, numberWidth, height()), Qt::AlignLeft | Qt::AlignVCenter, number);
    x += numberWidth + 8;
    p.setFont(font());
    p.setPen(m_count > 0 ? toneColor : c.mutedText);
    p.drawText(QRect(x, 0, width() - x - 8, height()), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(Theme::toneWord(m_tone), Qt::ElideRight, width() - x - 8));
}

} // namespace parapet::ui
