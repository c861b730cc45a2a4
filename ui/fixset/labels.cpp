#include "labels.h"

#include "checks/scanresult.h"

#include <QLabel>
#include <QWidget>

namespace parapet::ui::labels {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::current().colors().mutedText);
    label->setPalette(p);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = caption(text.toUpper(), parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setBold(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 105);
    label->setFont(f);
    return label;
}

QLabel *paragraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void styleCallout(QWidget *frame, Tone tone)
{
    const Theme &theme = Theme::current();
    const QColor stripe = theme.tone(tone);
    const QColor base = theme.colors().base;
    const double a = theme.scheme() == Theme::Scheme::Dark ? 0.14 : 0.08;
    const QColor fill =
        QColor::fromRgbF(float(base.redF() + (stripe.redF() - base.redF()) * a),
                         float(base.greenF() + (stripe.greenF() - base.greenF()) * a),
                         float(base.blueF() + (stripe.blueF() - base.blueF()) * a));
    frame->setAttribute(Qt::WA_StyledBackground, true);
    frame->setStyleSheet(
        QStringLiteral("#%1 { background: %2; border: 1px solid %3;"
                       " border-left: 4px solid %4; border-radius: 3px; }")
            .arg(frame->objectName(), fill.name(), theme.colors().border.name(), stripe.name()));
}

Tone controlTone(int status, int failed, int excepted)
{
    switch (checks::Status(status)) {
    case checks::Status::Pass:
        return failed == 0 && excepted > 0 ? Tone::Excepted : Tone::Pass;
    case checks::Status::Fail:
        return Tone::Fail;
    case checks::Status::Partial:
        return Tone::Partial;
    case checks::Status::NotVerifiable:
        return Tone::NotVerifiable;
    case checks::Status::Info:
        return Tone::Info;
    }
    return Tone::Info;
}

} // namespace parapet::ui::labels
