#include "rbacrule.h"

#include <QRegularExpression>

namespace parapet::rbac {

namespace {

QString quotedList(const QStringList &list)
{
    QStringList quoted;
    quoted.reserve(list.size());
    for (const QString &s : list)
        quoted.append(u'"' + s + u'"');
    return u'[' + quoted.join(u' ') + u']';
}

bool isDnsLabel(QStringView s)
{
    if (s.isEmpty() || s.size() > 63)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && !(c == u'-' && i > 0 && i + 1 < s.size()))
            return false;
    }
    return true;
}

bool isDnsSubdomain(QStringView s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    for (QStringView part : s.split(u'.')) {
        // Each dot-separated part is a label (RFC 1123 subdomain).
        if (!isDnsLabel(part))
            return false;
    }
    return true;
}

} // namespace

QString Rule::toString() const
{
    QStringList parts;
    if (!apiGroups.isEmpty())
        parts.append(QStringLiteral("APIGroups:") + quotedList(apiGroups));
    if (!resources.isEmpty())
        parts.append(QStringLiteral("Resources:") + quotedList(resources));
    if (!nonResourceURLs.isEmpty())
        parts.append(QStringLiteral("NonResourceURLs:") + quotedList(nonResourceURLs));
    if (!resourceNames.isEmpty())
        parts.append(QStringLiteral("ResourceNames:") + quotedList(resourceNames));
    if (!verbs.isEmpty())
        parts.append(QStringLiteral("Verbs:") + quotedList(verbs));
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString serviceAccountUser(const QString &ns, const QString &name)
{
    return QStringLiteral("system:serviceaccount:") + ns + u':' + name;
}

bool splitServiceAccountUser(QStringView user, QString *ns, QString *name)
{
    static constexpr QStringView prefix = u"system:serviceaccount:";
    if (!user.startsWith(prefix))
        return false;
    const QStringView rest = user.mid(prefix.size());
    const qsizetype colon = rest.indexOf(u':');
    if (colon < 0 || rest.indexOf(u':', colon + 1) >= 0)
        return false;
    const QStringView n = rest.left(colon);
    const QStringView a = rest.mid(colon + 1);
    if (!isDnsLabel(n) || !isDnsSubdomain(a))
        return false;
    if (ns)
        *ns = n.toString();
    if (name)
        *name = a.toString();
    return true;
}

Identity Identity::fromUser(const QString &user, const QStringList &groups)
{
    Identity id;
    id.user = user;
    id.groups = groups;
    QString ns;
    if (groups.isEmpty() && splitServiceAccountUser(user, &ns, nullptr)) {
        id.groups = {kServiceAccountsGroup.toString(), kServiceAccountsGroup + u':' + ns};
    }
    if (user == kAnonymousUser) {
        if (groups.isEmpty())
            id.groups = {kUnauthenticatedGroup.toString()};
        return id;
    }
    if (!id.groups.contains(kAuthenticatedGroup) && !id.groups.contains(kUnauthenticatedGroup))
        id.groups.append(kAuthenticatedGroup.toString());
    return id;
}

Identity Identity::serviceAccount(const QString &ns, const QString &name)
{
    Identity id;
    id.user = serviceAccountUser(ns, name);
    id.groups = {kServiceAccountsGroup.toString(), kServiceAccountsGroup + u':' + ns,
                 kAuthenticatedGroup.toString()};
    return id;
}

bool Identity::serviceAccountName(QString *ns, QString *name) const
{
    return splitServiceAccountUser(user, ns, name);
}

Request Request::forResource(const QString &verb, const QString &apiGroup, const QString &resource,
                             const QString &subresource, const QString &ns, const QString &name)
{
    Request r;
    r.resourceRequest = true;
    r.verb = verb;
    r.apiGroup = apiGroup;
    r.resource = resource;
    r.subresource = subresource;
    r.ns = ns;
    r.name = name;
    return r;
}

Request Request::forPath(const QString &verb, const QString &path)
{
    Request r;
    r.resourceRequest = false;
    r.verb = verb;
    r.path = path;
    return r;
}

QString Request::combinedResource() const
{
    return subresource.isEmpty() ? resource : resource + u'/' + subresource;
}

QString Request::toString() const
{
    if (!resourceRequest)
        return verb + u' ' + path;
    QString s = verb + u' ' + combinedResource();
    if (!apiGroup.isEmpty())
        s = verb + u' ' + resource + u'.' + apiGroup +
            (subresource.isEmpty() ? QString() : QString(u'/' + subresource));
    if (!name.isEmpty())
        s += QStringLiteral(" \"") + name + u'"';
    s += ns.isEmpty() ? QCoreApplication::translate("parapet::rbac", " cluster-wide")
                      : QCoreApplication::translate("parapet::rbac", " in namespace %1").arg(ns);
    return s;
}

bool verbMatches(const Rule &rule, QStringView verb)
{
    for (const QString &v : rule.verbs)
        if (v == u"*" || v == verb)
            return true;
    return false;
}

bool apiGroupMatches(const Rule &rule, QStringView group)
{
    for (const QString &g : rule.apiGroups)
        if (g == u"*" || g == group)
            return true;
    return false;
}

bool resourceMatches(const Rule &rule, QStringView combinedResource, QStringView subresource)
{
    for (const QString &r : rule.resources) {
        if (r == u"*" || r == combinedResource)
            return true;
        if (subresource.isEmpty())
            continue;
        if (r.size() == subresource.size() + 2 && r.startsWith(u"*/") && r.endsWith(subresource))
            return true;
    }
    return false;
}

bool resourceNameMatches(const Rule &rule, QStringView name)
{
    if (rule.resourceNames.isEmpty())
        return true;
    for (const QString &n : rule.resourceNames)
        if (n == name)
            return true;
    return false;
}

bool nonResourceURLMatches(const Rule &rule, QStringView path)
{
    for (const QString &u : rule.nonResourceURLs) {
        if (u == u"*" || u == path)
            return true;
        if (u.endsWith(u'*')) {
            // strings.TrimRight(ruleURL, "*"): every trailing star goes.
            QStringView prefix(u);
            while (prefix.endsWith(u'*'))
                prefix.chop(1);
            if (path.startsWith(prefix))
                return true;
        }
    }
    return false;
}

bool ruleAllows(const Request &request, const Rule &rule)
{
    if (request.resourceRequest) {
        if (!verbMatches(rule, request.verb) || !apiGroupMatches(rule, request.apiGroup))
            return false;
        const bool matched =
            request.subresource.isEmpty()
                ? resourceMatches(rule, request.resource, {})
                : resourceMatches(rule, request.combinedResource(), request.subresource);
        return matched && resourceNameMatches(rule, request.name);
    }
    return verbMatches(rule, request.verb) && nonResourceURLMatches(rule, request.path);
}

std::optional<KubeVersion> KubeVersion::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const auto m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    KubeVersion v;
    v.major = m.capturedView(1).toInt();
    v.minor = m.capturedView(2).toInt();
    return v;
}

} // namespace parapet::rbac
