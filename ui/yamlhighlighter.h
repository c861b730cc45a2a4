#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace parapet::ui {

/// Highlights block-style YAML (what toYaml() writes and what users paste): keys, quoted and
/// plain strings, numbers, booleans and null, comments, anchors, tags, and literal or folded
/// block scalars over several lines. Colours come from the current Theme.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// What a character was taken for (exposed for tests).
    enum class Kind
    {
        Plain,
        Key,
        String,
        Number,
        Keyword,
        Comment,
        Punctuation
    };

    explicit YamlHighlighter(QTextDocument *parent = nullptr);

    /// Re-reads the theme's colours and highlights again.
    void updateTheme();

    /// Classifies a scalar written without quotes.
    static Kind classifyPlain(QStringView value);

protected:
    void highlightBlock(const QString &text) override;

private:
    void value(const QString &text, qsizetype from, int parentIndent);
    void commentFrom(const QString &text, qsizetype from);

    QTextCharFormat m_formats[7];
};

} // namespace parapet::ui
