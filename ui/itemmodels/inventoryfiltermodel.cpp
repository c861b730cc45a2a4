#include "inventoryfiltermodel.h"

#include "inventorymodel.h"

#include <QRegularExpression>

namespace parapet::ui {

InventoryFilterModel::InventoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void InventoryFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_inventoryModel)
        disconnect(m_inventoryModel, nullptr, this, nullptr);
    m_inventoryModel = qobject_cast<InventoryModel *>(model);
    Q_ASSERT_X(m_inventoryModel || !model, "InventoryFilterModel",
               "the source model must be an InventoryModel");
    QSortFilterProxyModel::setSourceModel(model);
    if (m_inventoryModel) {
        // Kind names come from the inventory's registry (custom resources): resolve them again
        // once the proxy has taken in the new inventory.
        connect(m_inventoryModel, &QAbstractItemModel::modelReset, this, [this] {
            if (m_parsed.kinds)
                parse();
        });
    }
    parse();
}

namespace {

// True when the text after a space goes on with a set-based selector (`in (a,b)`,
// `notin (c)`, `(a,b)`): `l:env in (a, b)` is one token although it has spaces.
bool continuesSelector(const QString &text, qsizetype from)
{
    QStringView rest = QStringView(text).mid(from).trimmed();
    if (rest.startsWith(u'('))
        return true;
    for (const QStringView op : {QStringView(u"in"), QStringView(u"notin")}) {
        if (rest.startsWith(op) && rest.mid(op.size()).trimmed().startsWith(u'('))
            return true;
    }
    return false;
}

} // namespace

QString InventoryFilterModel::clusterScoped()
{
    return QStringLiteral("\x01cluster");
}

QStringList InventoryFilterModel::tokenize(const QString &text)
{
    QStringList out;
    QString current;
    int depth = 0;
    QChar quote;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            any = true;
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        if (c.isSpace() && depth == 0) {
            if (continuesSelector(text, i + 1)) {
                current += u' ';
                continue;
            }
            if (any)
                out.append(current);
            current.clear();
            any = false;
            continue;
        }
        current += c;
        any = true;
    }
    if (any)
        out.append(current);
    return out;
}

void InventoryFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    parse();
}

void InventoryFilterModel::setNamespaceFilter(const QString &ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    invalidateRowsFilter();
}

void InventoryFilterModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void InventoryFilterModel::parse()
{
    Parsed p;
    QStringList errors;
    const ResourceRegistry *registry =
        m_inventoryModel ? &m_inventoryModel->inventory().registry() : nullptr;
    for (const QString &token : tokenize(m_text)) {
        const qsizetype colon = token.indexOf(u':');
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1).trimmed() : QString();
        if (key == u"kind" || key == u"k") {
            QSet<QString> kinds = p.kinds.value_or(QSet<QString>());
            QSet<QString> these;
            for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
                const QString n = name.trimmed();
                const QList<ResourceType> types =
                    registry ? registry->resolve(n) : ResourceRegistry::builtin().resolve(n);
                for (const ResourceType &t : types)
                    these.insert(t.kind);
                if (types.isEmpty()) {
                    // Not a known type: still match objects of a kind by that exact name.
                    these.insert(n);
                    errors.append(tr("unknown kind \u201c%1\u201d").arg(n));
                }
            }
            // Several kind: tokens narrow down, as every token must match.
            p.kinds = p.kinds ? kinds.intersect(these) : these;
            continue;
        }
        if (key == u"ns" || key == u"namespace" || key == u"n") {
            for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
                const QString n = name.trimmed();
                if (n.contains(u'*'))
                    p.namespacePatterns.emplace_back(
                        QRegularExpression::wildcardToRegularExpression(n));
                else
                    p.namespaces.insert(n);
            }
            if (value.isEmpty())
                p.namespaces.insert(QString()); // `ns:` = cluster-scoped
            continue;
        }
        if (key == u"l" || key == u"label" || key == u"labels") {
            auto selector = LabelSelector::parse(value);
            if (selector) {
                p.selectors.push_back(*selector);
            } else {
                errors.append(
                    tr("label selector \u201c%1\u201d: %2").arg(value, selector.error().message));
                p.impossible = true;
            }
            continue;
        }
        p.words.append(token);
    }
    m_parsed = std::move(p);
    const QString error = errors.join(QStringLiteral("; "));
    invalidateRowsFilter();
    if (error != m_error) {
        m_error = error;
        Q_EMIT filterErrorChanged(m_error);
    }
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_inventoryModel)
        return false;
    const KubeObject *o = m_inventoryModel->object(sourceRow);
    if (!o || m_parsed.impossible)
        return false;
    if (!m_namespace.isEmpty()) {
        if (m_namespace == clusterScoped() ? !o->ns().isEmpty() : o->ns() != m_namespace)
            return false;
    }
    if (!m_kind.isEmpty() && o->kind() != m_kind)
        return false;
    if (m_parsed.kinds && !m_parsed.kinds->contains(o->kind())) {
        // Kinds typed by hand are matched without regard to case.
        bool found = false;
        for (const QString &k : *m_parsed.kinds)
            found = found || k.compare(o->kind(), Qt::CaseInsensitive) == 0;
        if (!found)
            return false;
    }
    if (!m_parsed.namespaces.isEmpty() || !m_parsed.namespacePatterns.empty()) {
        bool found = m_parsed.namespaces.contains(o->ns());
        for (const QRegularExpression &re : m_parsed.namespacePatterns)
            found = found || re.match(o->ns()).hasMatch();
        if (!found)
            return false;
    }
    for (const LabelSelector &s : m_parsed.selectors) {
        if (!s.matches(o->labels()))
            return false;
    }
    for (const QString &word : m_parsed.words) {
        if (!o->name().contains(word, Qt::CaseInsensitive) &&
            !o->ns().contains(word, Qt::CaseInsensitive) &&
            !o->kind().contains(word, Qt::CaseInsensitive)) {
            // `shop/cart` matches namespace and name together.
            const qsizetype slash = word.indexOf(u'/');
            if (slash <= 0 || !o->ns().contains(word.left(slash), Qt::CaseInsensitive) ||
                !o->name().contains(word.mid(slash + 1), Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace parapet::ui
