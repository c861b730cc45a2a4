#include "diffview.h"

#include "theme.h"

#include <QPainter>
#include <QPaintEvent>
#include <QRegularExpression>
#include <QTextBlock>

namespace parapet::ui {

namespace {

QColor tint(const QColor &tone, const QColor &base, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (tone.redF() - base.redF()) * amount),
                            float(base.greenF() + (tone.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (tone.blueF() - base.blueF()) * amount));
}

} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
{
    const Theme &theme = Theme::current();
    const QColor base = theme.colors().base;
    Q_UNUSED(base)
    // Line backgrounds are DiffView's (full width); the sign column carries the tone.
    m_added.setForeground(theme.tone(Tone::Pass));
    m_added.setFontWeight(QFont::Bold);
    m_removed.setForeground(theme.tone(Tone::Fail));
    m_removed.setFontWeight(QFont::Bold);
    m_hunk.setForeground(theme.colors().link);
    m_header.setForeground(theme.colors().mutedText);
    m_header.setFontWeight(QFont::Bold);
}

DiffHighlighter::LineKind DiffHighlighter::classify(QStringView line)
{
    if (line.startsWith(u"+++") || line.startsWith(u"---"))
        return LineKind::Header;
    if (line.startsWith(u"@@"))
        return LineKind::Hunk;
    if (line.startsWith(u'+'))
        return LineKind::Added;
    if (line.startsWith(u'-'))
        return LineKind::Removed;
    return LineKind::Context;
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    switch (classify(text)) {
    case LineKind::Added:
        setFormat(0, 1, m_added);
        break;
    case LineKind::Removed:
        setFormat(0, 1, m_removed);
        break;
    case LineKind::Hunk:
        setFormat(0, int(text.size()), m_hunk);
        break;
    case LineKind::Header:
        setFormat(0, int(text.size()), m_header);
        break;
    case LineKind::Context:
        break;
    }
}

class DiffView::Gutter : public QWidget
{
public:
    explicit Gutter(DiffView *view)
        : QWidget(view)
        , m_view(view)
    {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    DiffView *m_view;
};

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new DiffHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(Theme::monospaceFont());
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void DiffView::setDiff(const QString &diff)
{
    // Old and new line numbers from the hunk headers: `@@ -12,7 +12,9 @@`.
    static const QRegularExpression hunk(QStringLiteral("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)"));
    m_numbers.clear();
    m_added = m_removed = 0;
    int oldLine = 0;
    int newLine = 0;
    QString text = diff;
    if (text.endsWith(u'\n'))
        text.chop(1);
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        switch (DiffHighlighter::classify(line)) {
        case DiffHighlighter::LineKind::Hunk: {
            const auto m = hunk.match(line);
            oldLine = m.hasMatch() ? m.captured(1).toInt() : 0;
            newLine = m.hasMatch() ? m.captured(2).toInt() : 0;
            m_numbers.emplace_back(0, 0);
            break;
        }
        case DiffHighlighter::LineKind::Header:
            m_numbers.emplace_back(0, 0);
            break;
        case DiffHighlighter::LineKind::Added:
            ++m_added;
            m_numbers.emplace_back(0, newLine++);
            break;
        case DiffHighlighter::LineKind::Removed:
            ++m_removed;
            m_numbers.emplace_back(oldLine++, 0);
            break;
        case DiffHighlighter::LineKind::Context:
            if (line.startsWith(u'\\')) // "\ No newline at end of file"
                m_numbers.emplace_back(0, 0);
            else
                m_numbers.emplace_back(oldLine++, newLine++);
            break;
        }
    }
    setPlainText(text);
    setViewportMargins(gutterWidth(), 0, 0, 0);

    // Added and removed lines are tinted across the whole width, as review tools do; the
    // highlighter alone would tint only the characters.
    const Theme &theme = Theme::current();
    const QColor base = theme.colors().base;
    const double amount = theme.scheme() == Theme::Scheme::Dark ? 0.22 : 0.16;
    QTextCharFormat added;
    added.setBackground(tint(theme.tone(Tone::Pass), base, amount));
    added.setProperty(QTextFormat::FullWidthSelection, true);
    QTextCharFormat removed;
    removed.setBackground(tint(theme.tone(Tone::Fail), base, amount));
    removed.setProperty(QTextFormat::FullWidthSelection, true);
    QTextCharFormat hunkLine;
    hunkLine.setBackground(tint(theme.colors().link, base, 0.08));
    hunkLine.setProperty(QTextFormat::FullWidthSelection, true);
    QList<QTextEdit::ExtraSelection> selections;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QTextCharFormat *format = nullptr;
        switch (DiffHighlighter::classify(block.text())) {
        case DiffHighlighter::LineKind::Added:
            format = &added;
            break;
        case DiffHighlighter::LineKind::Removed:
            format = &removed;
            break;
        case DiffHighlighter::LineKind::Hunk:
            format = &hunkLine;
            break;
        default:
            break;
        }
        if (!format)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format = *format;
        selections.append(selection);
    }
    setExtraSelections(selections);
}

std::pair<int, int> DiffView::lineNumbers(int block) const
{
    if (block < 0 || std::size_t(block) >= m_numbers.size())
        return {0, 0};
    return m_numbers[std::size_t(block)];
}

int DiffView::gutterWidth() const
{
    int largest = 99;
    for (const auto &[a, b] : m_numbers)
        largest = std::max({largest, a, b});
    const int digits = int(QString::number(largest).size());
    return 2 * (fontMetrics().horizontalAdvance(u'9') * digits + 10) + 1;
}

void DiffView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void DiffView::paintGutter(QPaintEvent *event)
{
    const Theme &theme = Theme::current();
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), theme.colors().window);
    painter.setPen(theme.colors().border);
    const int column = (m_gutter->width() - 1) / 2;
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1,
                     event->rect().bottom());
    painter.setFont(font());
    painter.setPen(theme.colors().mutedText);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const auto [oldLine, newLine] = lineNumbers(block.blockNumber());
            if (oldLine > 0)
                painter.drawText(QRect(0, top, column - 5, height), Qt::AlignRight,
                                 QString::number(oldLine));
            if (newLine > 0)
                painter.drawText(QRect(column, top, column - 5, height), Qt::AlignRight,
                                 QString::number(newLine));
        }
        block = block.next();
        top += height;
    }
}

} // namespace parapet::ui
