#include "yamlhighlighter.h"

#include "theme.h"

#include <QRegularExpression>

namespace parapet::ui {

namespace {

// Block state: -1 normal; n >= 0 inside a block scalar whose parent is indented n columns.
constexpr int kNormal = -1;

qsizetype skipSpaces(const QString &text, qsizetype pos)
{
    while (pos < text.size() && text[pos] == u' ')
        ++pos;
    return pos;
}

// End (exclusive) of a quoted scalar starting at \a pos, or text.size() when unterminated.
qsizetype quotedEnd(const QString &text, qsizetype pos)
{
    const QChar q = text[pos];
    qsizetype i = pos + 1;
    while (i < text.size()) {
        if (q == u'"' && text[i] == u'\\') {
            i += 2;
            continue;
        }
        if (text[i] == q) {
            if (q == u'\'' && i + 1 < text.size() && text[i + 1] == u'\'') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

// Where a comment starts in plain text from \a pos (`#` at the start or after a space).
qsizetype commentStart(const QString &text, qsizetype pos)
{
    for (qsizetype i = pos; i < text.size(); ++i) {
        if (text[i] == u'#' && (i == pos || text[i - 1] == u' ' || text[i - 1] == u'\t'))
            return i;
    }
    return -1;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
{
    updateTheme();
}

void YamlHighlighter::updateTheme()
{
    const Theme::SyntaxColors &c = Theme::current().syntax();
    for (QTextCharFormat &f : m_formats)
        f = QTextCharFormat();
    m_formats[int(Kind::Key)].setForeground(c.key);
    m_formats[int(Kind::String)].setForeground(c.string);
    m_formats[int(Kind::Number)].setForeground(c.number);
    m_formats[int(Kind::Keyword)].setForeground(c.keyword);
    m_formats[int(Kind::Comment)].setForeground(c.comment);
    m_formats[int(Kind::Comment)].setFontItalic(true);
    m_formats[int(Kind::Punctuation)].setForeground(c.punctuation);
    rehighlight();
}

YamlHighlighter::Kind YamlHighlighter::classifyPlain(QStringView value)
{
    static const QStringList keywords = {
        QStringLiteral("true"),  QStringLiteral("True"),  QStringLiteral("TRUE"),
        QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
        QStringLiteral("yes"),   QStringLiteral("Yes"),   QStringLiteral("YES"),
        QStringLiteral("no"),    QStringLiteral("No"),    QStringLiteral("NO"),
        QStringLiteral("on"),    QStringLiteral("On"),    QStringLiteral("ON"),
        QStringLiteral("off"),   QStringLiteral("Off"),   QStringLiteral("OFF"),
        QStringLiteral("null"),  QStringLiteral("Null"),  QStringLiteral("NULL"),
        QStringLiteral("~"),     QStringLiteral("y"),     QStringLiteral("n")};
    if (value.isEmpty())
        return Kind::Plain;
    for (const QString &k : keywords) {
        if (value == k)
            return Kind::Keyword;
    }
    static const QRegularExpression number(QStringLiteral(
        "^[-+]?(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
        "|\\.[0-9_]+([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    if (number.match(value).hasMatch())
        return Kind::Number;
    return Kind::String;
}

void YamlHighlighter::commentFrom(const QString &text, qsizetype from)
{
    setFormat(int(from), int(text.size() - from), m_formats[int(Kind::Comment)]);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const qsizetype indent = skipSpaces(text, 0);
    if (previous >= 0) {
        if (indent == text.size() || indent > previous) {
            setFormat(0, int(text.size()), m_formats[int(Kind::String)]);
            setCurrentBlockState(previous);
            return;
        }
    }
    setCurrentBlockState(kNormal);
    if (text.startsWith(QStringLiteral("---")) || text.startsWith(QStringLiteral("..."))) {
        setFormat(0, 3, m_formats[int(Kind::Punctuation)]);
        const qsizetype c = commentStart(text, 3);
        if (c >= 0)
            commentFrom(text, c);
        return;
    }
    qsizetype pos = indent;
    if (pos < text.size() && text[pos] == u'#') {
        commentFrom(text, pos);
        return;
    }
    int parentIndent = int(indent);
    // Sequence entries: `- `, possibly nested (`- - a`).
    while (pos < text.size() && text[pos] == u'-' &&
           (pos + 1 == text.size() || text[pos + 1] == u' ')) {
        setFormat(int(pos), 1, m_formats[int(Kind::Punctuation)]);
        parentIndent = int(pos);
        pos = skipSpaces(text, pos + 1);
    }
    if (pos >= text.size())
        return;
    // A key: quoted or plain, followed by `:` and a space or the end of the line.
    qsizetype keyEnd = -1;
    if (text[pos] == u'"' || text[pos] == u'\'') {
        const qsizetype end = quotedEnd(text, pos);
        const qsizetype after = skipSpaces(text, end);
        if (after < text.size() && text[after] == u':' &&
            (after + 1 == text.size() || text[after + 1] == u' '))
            keyEnd = end;
    } else if (text[pos] != u'{' && text[pos] != u'[') {
        const qsizetype comment = commentStart(text, pos);
        const qsizetype limit = comment < 0 ? text.size() : comment;
        for (qsizetype i = pos; i < limit; ++i) {
            if (text[i] == u':' && (i + 1 == text.size() || text[i + 1] == u' ')) {
                keyEnd = i;
                break;
            }
        }
    }
    if (keyEnd >= 0) {
        setFormat(int(pos), int(keyEnd - pos), m_formats[int(Kind::Key)]);
        const qsizetype colon = text.indexOf(u':', keyEnd);
        setFormat(int(colon), 1, m_formats[int(Kind::Punctuation)]);
        parentIndent = int(pos);
        pos = skipSpaces(text, colon + 1);
    }
    value(text, pos, parentIndent);
}

void YamlHighlighter::value(const QString &text, qsizetype pos, int parentIndent)
{
    if (pos >= text.size())
        return;
    const QChar c = text[pos];
    if (c == u'#') {
        commentFrom(text, pos);
        return;
    }
    // Anchors, aliases and tags come before the value.
    while (pos < text.size() && (text[pos] == u'&' || text[pos] == u'*' || text[pos] == u'!')) {
        qsizetype end = pos;
        while (end < text.size() && text[end] != u' ')
            ++end;
        setFormat(int(pos), int(end - pos), m_formats[int(Kind::Keyword)]);
        pos = skipSpaces(text, end);
    }
    if (pos >= text.size())
        return;
    if (text[pos] == u'"' || text[pos] == u'\'') {
        const qsizetype end = quotedEnd(text, pos);
        setFormat(int(pos), int(end - pos), m_formats[int(Kind::String)]);
        const qsizetype comment = commentStart(text, end);
        if (comment >= 0)
            commentFrom(text, comment);
        return;
    }
    if (text[pos] == u'|' || text[pos] == u'>') {
        qsizetype end = pos + 1;
        while (end < text.size() && text[end] != u' ' && text[end] != u'#')
            ++end;
        setFormat(int(pos), int(end - pos), m_formats[int(Kind::Punctuation)]);
        const qsizetype comment = commentStart(text, end);
        if (comment >= 0)
            commentFrom(text, comment);
        setCurrentBlockState(parentIndent);
        return;
    }
    if (text[pos] == u'{' || text[pos] == u'[') {
        // Flow collections: mark the brackets, leave the rest plain.
        for (qsizetype i = pos; i < text.size(); ++i) {
            const QChar ch = text[i];
            if (ch == u'{' || ch == u'}' || ch == u'[' || ch == u']' || ch == u',')
                setFormat(int(i), 1, m_formats[int(Kind::Punctuation)]);
        }
        return;
    }
    const qsizetype comment = commentStart(text, pos);
    qsizetype end = comment < 0 ? text.size() : comment;
    while (end > pos && text[end - 1] == u' ')
        --end;
    const Kind kind = classifyPlain(QStringView(text).mid(pos, end - pos));
    setFormat(int(pos), int(end - pos), m_formats[int(kind)]);
    if (comment >= 0)
        commentFrom(text, comment);
}

} // namespace parapet::ui
