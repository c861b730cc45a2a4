#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <vector>

namespace parapet::ui {

/// Colours the text of a unified diff: the + and − signs in the Pass and Fail tones, hunk
/// headers in the link colour, file headers bold and muted. DiffView adds the full-width line
/// backgrounds. Colours come from the current Theme, so they work in light and dark.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class LineKind
    {
        Context,
        Added,
        Removed,
        Hunk,
        Header
    };
    explicit DiffHighlighter(QTextDocument *parent = nullptr);
    static LineKind classify(QStringView line);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_header;
};

/// A read-only unified diff with the old and new line numbers in a gutter, as a code review
/// tool shows them.
class DiffView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const QString &diff);
    /// Added and removed lines of the diff shown (headers not counted).
    int addedLines() const { return m_added; }
    int removedLines() const { return m_removed; }
    /// Old and new line numbers of a line of the text (0: none on that side).
    std::pair<int, int> lineNumbers(int block) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Gutter;
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

    Gutter *m_gutter;
    DiffHighlighter *m_highlighter;
    std::vector<std::pair<int, int>> m_numbers;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace parapet::ui
