#include "labelselector.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::LabelSelector", text);
}

bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// qualifiedNameFmt of apimachinery's validation: ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]
bool isQualifiedNamePart(QStringView s)
{
    if (s.isEmpty() || s.size() > 63 || !isAlnum(s.front()) || !isAlnum(s.back()))
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return isAlnum(c) || c == u'-' || c == u'_' || c == u'.';
    });
}

// DNS-1123 subdomain: lower-case alphanumerics, '-' and '.', alphanumeric at both ends.
bool isDns1123Subdomain(QStringView s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    auto lowerAlnum = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    if (!lowerAlnum(s.front()) || !lowerAlnum(s.back()))
        return false;
    return std::all_of(s.begin(), s.end(),
                       [&](QChar c) { return lowerAlnum(c) || c == u'-' || c == u'.'; });
}

QString operatorSymbol(LabelSelector::Operator op)
{
    using Op = LabelSelector::Operator;
    switch (op) {
    case Op::Equals: return QStringLiteral("=");
    case Op::NotEquals: return QStringLiteral("!=");
    case Op::In: return QStringLiteral(" in ");
    case Op::NotIn: return QStringLiteral(" notin ");
    case Op::GreaterThan: return QStringLiteral(">");
    case Op::LessThan: return QStringLiteral("<");
    case Op::Exists:
    case Op::DoesNotExist: break;
    }
    return {};
}

std::optional<qint64> parseInt(QStringView s)
{
    bool ok = false;
    const qint64 v = s.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

QString validateLabelKey(QStringView key)
{
    const qsizetype slash = key.indexOf(u'/');
    QStringView name = key;
    if (slash >= 0) {
        const QStringView prefix = key.left(slash);
        name = key.mid(slash + 1);
        if (!isDns1123Subdomain(prefix))
            return tr("prefix part of \"%1\" must be a DNS subdomain").arg(key.toString());
    }
    if (!isQualifiedNamePart(name))
        return tr("name part of \"%1\" must be at most 63 alphanumeric characters, '-', '_' or "
                  "'.', starting and ending with an alphanumeric character")
            .arg(key.toString());
    return {};
}

QString validateLabelValue(QStringView value)
{
    if (value.isEmpty() || isQualifiedNamePart(value))
        return {};
    return tr("label value \"%1\" must be empty or at most 63 alphanumeric characters, '-', '_' "
              "or '.', starting and ending with an alphanumeric character")
        .arg(value.toString());
}

LabelSelector LabelSelector::everything()
{
    return LabelSelector();
}

LabelSelector LabelSelector::nothing()
{
    LabelSelector s;
    s.m_nothing = true;
    return s;
}

QString LabelSelector::validateRequirement(const Requirement &r)
{
    if (QString e = validateLabelKey(r.key); !e.isEmpty())
        return e;
    switch (r.op) {
    case Operator::In:
    case Operator::NotIn:
        if (r.values.isEmpty())
            return tr("for 'in' and 'notin' operators, values set can't be empty");
        break;
    case Operator::Equals:
    case Operator::NotEquals:
        if (r.values.size() != 1)
            return tr("exact-match compatibility requires one single value");
        break;
    case Operator::Exists:
    case Operator::DoesNotExist:
        if (!r.values.isEmpty())
            return tr("values set must be empty for exists and does not exist");
        break;
    case Operator::GreaterThan:
    case Operator::LessThan:
        if (r.values.size() != 1 || !parseInt(r.values.front()))
            return tr("for 'Gt', 'Lt' operators, exactly one integer value is required");
        break;
    }
    for (const QString &v : r.values)
        if (QString e = validateLabelValue(v); !e.isEmpty())
            return e;
    return {};
}

Result<LabelSelector> LabelSelector::fromNode(const Node &selector)
{
    if (!selector.isValid() || selector.isNull())
        return nothing();
    if (!selector.isMap())
        return Error{Error::Code::Invalid, tr("a label selector must be a mapping"),
                     SourceLocation{QString(), selector.line(), selector.column()}};
    LabelSelector s;
    auto fail = [](const Node &at, const QString &message) {
        return Error{Error::Code::Invalid, message, SourceLocation{QString(), at.line(), at.column()}};
    };
    for (const auto &[key, value] : selector["matchLabels"].children()) {
        Requirement r{key.toString(), Operator::Equals, {value.toString()}};
        if (QString e = validateRequirement(r); !e.isEmpty())
            return fail(key, e);
        s.m_requirements.push_back(std::move(r));
    }
    for (const auto &[unused, expr] : selector["matchExpressions"].children()) {
        Requirement r;
        r.key = expr["key"].toString();
        const QString op = expr["operator"].toString();
        if (op == u"In")
            r.op = Operator::In;
        else if (op == u"NotIn")
            r.op = Operator::NotIn;
        else if (op == u"Exists")
            r.op = Operator::Exists;
        else if (op == u"DoesNotExist")
            r.op = Operator::DoesNotExist;
        else
            return fail(expr, tr("\"%1\" is not a valid label selector operator").arg(op));
        for (const auto &[k, v] : expr["values"].children())
            r.values.append(v.toString());
        r.values.sort();
        r.values.removeDuplicates();
        if (QString e = validateRequirement(r); !e.isEmpty())
            return fail(expr, e);
        s.m_requirements.push_back(std::move(r));
    }
    std::stable_sort(s.m_requirements.begin(), s.m_requirements.end(),
                     [](const Requirement &a, const Requirement &b) { return a.key < b.key; });
    return s;
}

Result<LabelSelector> LabelSelector::fromMap(const Node &map)
{
    LabelSelector s;
    if (map.isValid() && !map.isNull() && !map.isMap())
        return Error{Error::Code::Invalid, tr("a selector must be a mapping of labels"),
                     SourceLocation{QString(), map.line(), map.column()}};
    for (const auto &[key, value] : map.children()) {
        Requirement r{key.toString(), Operator::Equals, {value.toString()}};
        if (QString e = validateRequirement(r); !e.isEmpty())
            return Error{Error::Code::Invalid, e, SourceLocation{QString(), key.line(), key.column()}};
        s.m_requirements.push_back(std::move(r));
    }
    std::stable_sort(s.m_requirements.begin(), s.m_requirements.end(),
                     [](const Requirement &a, const Requirement &b) { return a.key < b.key; });
    return s;
}

Result<LabelSelector> LabelSelector::parse(QStringView text)
{
    // Tokens as in apimachinery's labels lexer: identifiers run until whitespace or one of
    // the special characters `!=(),<>`.
    enum class Tok { End, Ident, Bang, Eq, DoubleEq, NotEq, In, NotIn, Open, Close, Comma, Gt, Lt };
    struct Token
    {
        Tok type;
        QString text;
    };
    std::vector<Token> tokens;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'!' && i + 1 < text.size() && text[i + 1] == u'=') {
            tokens.push_back({Tok::NotEq, QStringLiteral("!=")});
            i += 2;
        } else if (c == u'=' && i + 1 < text.size() && text[i + 1] == u'=') {
            tokens.push_back({Tok::DoubleEq, QStringLiteral("==")});
            i += 2;
        } else if (c == u'!' || c == u'=' || c == u'(' || c == u')' || c == u',' || c == u'>'
                   || c == u'<') {
            const Tok t = c == u'!'   ? Tok::Bang
                : c == u'='           ? Tok::Eq
                : c == u'('           ? Tok::Open
                : c == u')'           ? Tok::Close
                : c == u','           ? Tok::Comma
                : c == u'>'           ? Tok::Gt
                                      : Tok::Lt;
            tokens.push_back({t, QString(c)});
            ++i;
        } else {
            qsizetype j = i;
            while (j < text.size() && !text[j].isSpace()
                   && QStringView(u"!=(),<>").indexOf(text[j]) < 0)
                ++j;
            const QString word = text.mid(i, j - i).toString();
            tokens.push_back({word == u"in" ? Tok::In : word == u"notin" ? Tok::NotIn : Tok::Ident,
                              word});
            i = j;
        }
    }
    tokens.push_back({Tok::End, QString()});

    LabelSelector s;
    std::size_t p = 0;
    auto syntax = [&](const QString &message) {
        return Error{Error::Code::Syntax,
                     tr("invalid label selector \"%1\": %2").arg(text.toString(), message), {}};
    };
    while (tokens[p].type != Tok::End) {
        Requirement r;
        bool negated = false;
        if (tokens[p].type == Tok::Bang) {
            negated = true;
            ++p;
        }
        if (tokens[p].type != Tok::Ident)
            return syntax(tr("found '%1', expected a label key").arg(tokens[p].text));
        r.key = tokens[p++].text;
        const Tok op = tokens[p].type;
        if (negated) {
            r.op = Operator::DoesNotExist;
        } else if (op == Tok::End || op == Tok::Comma) {
            r.op = Operator::Exists;
        } else if (op == Tok::Eq || op == Tok::DoubleEq || op == Tok::NotEq || op == Tok::Gt
                   || op == Tok::Lt) {
            r.op = op == Tok::NotEq ? Operator::NotEquals
                : op == Tok::Gt     ? Operator::GreaterThan
                : op == Tok::Lt     ? Operator::LessThan
                                    : Operator::Equals;
            ++p;
            // An empty value is allowed (`a=`), as in apimachinery.
            if (tokens[p].type == Tok::Ident)
                r.values.append(tokens[p++].text);
            else if (tokens[p].type == Tok::End || tokens[p].type == Tok::Comma)
                r.values.append(QString());
            else
                return syntax(tr("found '%1', expected a value").arg(tokens[p].text));
        } else if (op == Tok::In || op == Tok::NotIn) {
            r.op = op == Tok::In ? Operator::In : Operator::NotIn;
            ++p;
            if (tokens[p].type != Tok::Open)
                return syntax(tr("found '%1', expected '('").arg(tokens[p].text));
            ++p;
            for (;;) {
                if (tokens[p].type == Tok::Ident) {
                    r.values.append(tokens[p++].text);
                } else if (tokens[p].type == Tok::Comma || tokens[p].type == Tok::Close) {
                    r.values.append(QString()); // `in (a,,b)` and `in ()` carry empty values
                } else {
                    return syntax(tr("found '%1', expected a value").arg(tokens[p].text));
                }
                if (tokens[p].type == Tok::Comma) {
                    ++p;
                    continue;
                }
                if (tokens[p].type == Tok::Close) {
                    ++p;
                    break;
                }
                return syntax(tr("found '%1', expected ',' or ')'").arg(tokens[p].text));
            }
            r.values.sort();
            r.values.removeDuplicates();
        } else {
            return syntax(tr("found '%1', expected an operator").arg(tokens[p].text));
        }
        if (tokens[p].type == Tok::Comma) {
            ++p;
            if (tokens[p].type == Tok::End)
                return syntax(tr("found end of input, expected a label key"));
        } else if (tokens[p].type != Tok::End) {
            return syntax(tr("found '%1', expected ','").arg(tokens[p].text));
        }
        if (QString e = validateRequirement(r); !e.isEmpty())
            return Error{Error::Code::Invalid, e, {}};
        s.m_requirements.push_back(std::move(r));
    }
    std::stable_sort(s.m_requirements.begin(), s.m_requirements.end(),
                     [](const Requirement &a, const Requirement &b) { return a.key < b.key; });
    return s;
}

template <typename Lookup>
bool LabelSelector::matchesWith(Lookup &&lookup) const
{
    if (m_nothing)
        return false;
    for (const Requirement &r : m_requirements) {
        const std::optional<QString> value = lookup(r.key);
        switch (r.op) {
        case Operator::In:
        case Operator::Equals:
            if (!value || !r.values.contains(*value))
                return false;
            break;
        case Operator::NotIn:
        case Operator::NotEquals:
            if (value && r.values.contains(*value))
                return false;
            break;
        case Operator::Exists:
            if (!value)
                return false;
            break;
        case Operator::DoesNotExist:
            if (value)
                return false;
            break;
        case Operator::GreaterThan:
        case Operator::LessThan: {
            if (!value)
                return false;
            const auto have = parseInt(*value);
            const auto want = parseInt(r.values.front());
            if (!have || !want)
                return false;
            if (r.op == Operator::GreaterThan ? !(*have > *want) : !(*have < *want))
                return false;
            break;
        }
        }
    }
    return true;
}

bool LabelSelector::matches(const Node &labels) const
{
    return matchesWith([&](const QString &key) -> std::optional<QString> {
        const QByteArray k = key.toUtf8();
        const Node v = labels[std::string_view(k.constData(), std::size_t(k.size()))];
        if (!v.isValid())
            return std::nullopt;
        return v.toString();
    });
}

bool LabelSelector::matches(const QHash<QString, QString> &labels) const
{
    return matchesWith([&](const QString &key) -> std::optional<QString> {
        const auto it = labels.constFind(key);
        if (it == labels.constEnd())
            return std::nullopt;
        return *it;
    });
}

QString LabelSelector::toString() const
{
    if (m_nothing)
        return QStringLiteral("<none>");
    QStringList parts;
    for (const Requirement &r : m_requirements) {
        switch (r.op) {
        case Operator::Exists: parts.append(r.key); break;
        case Operator::DoesNotExist: parts.append(u'!' + r.key); break;
        case Operator::In:
        case Operator::NotIn:
            parts.append(r.key + operatorSymbol(r.op) + u'(' + r.values.join(u',') + u')');
            break;
        default: parts.append(r.key + operatorSymbol(r.op) + r.values.value(0)); break;
        }
    }
    return parts.join(u',');
}

} // namespace parapet
