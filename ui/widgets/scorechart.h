#pragma once

#include "theme.h"

#include <QAbstractButton>
#include <QWidget>
#include <vector>

namespace parapet::ui {

/// The tone of a 0–100 score: Pass from 80, Partial from 50, Fail below, NotVerifiable when
/// not scored (negative). The report's scoreColor() uses the same thresholds.
Tone scoreTone(double score);
/// `62` in the user's locale, `–` when not scored.
QString scoreText(double score);

/// The overall score as a ring: the arc shows the share of 100 in the score's tone, the
/// number sits in the middle. Painted, so it stays crisp at any device pixel ratio.
class ScoreRing : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreRing(QWidget *parent = nullptr);

    /// \a score 0–100, or negative when not scored; \a placeholder is shown instead of the
    /// number when not empty (e.g. `…` while the checks run).
    void setScore(double score, const QString &placeholder = QString());
    double score() const { return m_score; }
    /// What the ring shows in its middle (`62`, `–`, `…`).
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    double m_score = -1;
    QString m_placeholder;
};

/// One horizontal bar per section: the title and the score on one line, the bar under it
/// (long, translated titles never push the bars out of line). Each bar's tooltip gives the
/// numbers behind it.
class SectionBars : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = -1; ///< 0–100; negative: not scored
        QString detail;    ///< tooltip
    };

    explicit SectionBars(QWidget *parent = nullptr);

    void setBars(std::vector<Bar> bars);
    const std::vector<Bar> &bars() const { return m_bars; }
    /// While the checks run: the titles with `…` in place of the scores.
    void setPending(bool pending);
    bool isPending() const { return m_pending; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    void updateDescription();
    int barAt(const QPoint &pos) const;

    std::vector<Bar> m_bars;
    bool m_pending = false;
};

/// A severity with its count of open findings: the tone's icon, the number and the word,
/// with a stripe in the tone's colour. A button: click, Enter or Space shows the findings.
class SeverityChip : public QAbstractButton
{
    Q_OBJECT
public:
    SeverityChip(Tone tone, QWidget *parent = nullptr);

    /// \a count negative: unknown yet (shown as `–`).
    void setCount(qint64 count, const QString &detail);
    qint64 count() const { return m_count; }
    Tone tone() const { return m_tone; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont countFont() const;

    Tone m_tone;
    qint64 m_count = -1;
    bool m_hover = false;
};

} // namespace parapet::ui
