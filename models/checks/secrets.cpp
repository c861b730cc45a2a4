// Secrets: credentials in env literals and ConfigMaps, Secrets passed as env vars
// (NSA-NET-13). Values are never copied into findings: only their length. RBAC read access to
// Secrets (NSA-NET-16) is in authn.cpp with the other role rules.

#include "checkcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace parapet::checks::detail {

namespace {

struct SecretsText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::Secrets)
};

QString redacted(const QString &value)
{
    return QStringLiteral("<redacted: %1 characters>").arg(value.size());
}

/// Whether a variable or key name says it holds a credential (PASSWORD, DB_PASS, API_KEY,
/// client-secret…) and not a reference to one (PASSWORD_FILE, SECRET_NAME, TOKEN_PATH…).
bool credentialName(const QString &name)
{
    static const QSet<QString> words = {
        QStringLiteral("password"),   QStringLiteral("passwd"),      QStringLiteral("pwd"),
        QStringLiteral("pass"),       QStringLiteral("secret"),      QStringLiteral("token"),
        QStringLiteral("apikey"),     QStringLiteral("credential"),  QStringLiteral("credentials"),
        QStringLiteral("passphrase"), QStringLiteral("privatekey"),  QStringLiteral("accesskey"),
        QStringLiteral("secretkey"),  QStringLiteral("clientsecret")};
    static const QSet<QString> referenceSuffix = {
        QStringLiteral("file"),       QStringLiteral("path"),      QStringLiteral("dir"),
        QStringLiteral("name"),       QStringLiteral("ref"),       QStringLiteral("url"),
        QStringLiteral("uri"),        QStringLiteral("endpoint"),  QStringLiteral("host"),
        QStringLiteral("port"),       QStringLiteral("type"),      QStringLiteral("length"),
        QStringLiteral("ttl"),        QStringLiteral("timeout"),   QStringLiteral("enabled"),
        QStringLiteral("enable"),     QStringLiteral("header"),    QStringLiteral("mode"),
        QStringLiteral("format"),     QStringLiteral("version"),   QStringLiteral("audience"),
        QStringLiteral("namespace"),  QStringLiteral("location"),  QStringLiteral("field"),
        QStringLiteral("size"),       QStringLiteral("expiry"),    QStringLiteral("expiration"),
        QStringLiteral("duration"),   QStringLiteral("interval"),  QStringLiteral("policy"),
        QStringLiteral("provider"),   QStringLiteral("store"),     QStringLiteral("mount"),
        QStringLiteral("volume"),     QStringLiteral("source"),    QStringLiteral("prefix"),
        QStringLiteral("suffix"),     QStringLiteral("algorithm"), QStringLiteral("lifetime"),
        QStringLiteral("id"),         QStringLiteral("user"),      QStringLiteral("username"),
        QStringLiteral("secretname"), QStringLiteral("key_ref"),   QStringLiteral("required")};
    static const QRegularExpression split(QStringLiteral("[^a-z0-9]+"));
    // camelCase → snake so that clientSecret splits
    QString lower;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.isUpper() && i > 0 && name[i - 1].isLower())
            lower += u'_';
        lower += c.toLower();
    }
    const QStringList tokens = lower.split(split, Qt::SkipEmptyParts);
    if (tokens.isEmpty() || referenceSuffix.contains(tokens.last()))
        return false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (words.contains(tokens[i]))
            return true;
        if (i + 1 < tokens.size()) {
            const QString pair = tokens[i] + tokens[i + 1];
            if (words.contains(pair) || pair == u"apikey" || pair == u"accesskey" ||
                pair == u"privatekey")
                return true;
        }
    }
    return false;
}

/// Values that are plainly not credentials: empty, booleans, numbers, references.
bool trivialValue(const QString &v)
{
    const QString t = v.trimmed();
    if (t.size() < 3)
        return true;
    static const QSet<QString> words = {QStringLiteral("true"),     QStringLiteral("false"),
                                        QStringLiteral("yes"),      QStringLiteral("no"),
                                        QStringLiteral("none"),     QStringLiteral("null"),
                                        QStringLiteral("disabled"), QStringLiteral("enabled")};
    if (words.contains(t.toLower()))
        return true;
    if (t.startsWith(QStringLiteral("$(")) || t.startsWith(QStringLiteral("${")) ||
        t.startsWith(u'/') || t.startsWith(QStringLiteral("file:")))
        return true;
    bool number = false;
    t.toDouble(&number);
    return number;
}

/// Values that look like a credential whatever their name (cloud keys, private keys, tokens).
QString credentialPattern(const QString &v)
{
    static const std::pair<QRegularExpression, const char *> patterns[] = {
        {QRegularExpression(QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----")), "a private key"},
        {QRegularExpression(QStringLiteral("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")),
         "an AWS access key id"},
        {QRegularExpression(QStringLiteral("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b")), "a GitHub token"},
        {QRegularExpression(QStringLiteral("\\bxox[abprs]-[A-Za-z0-9-]{10,}")), "a Slack token"},
        {QRegularExpression(QStringLiteral("\\bAIza[0-9A-Za-z_-]{35}\\b")), "a Google API key"},
        {QRegularExpression(
             QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+")),
         "a JSON web token"},
        {QRegularExpression(QStringLiteral("\\b(sk|rk)_live_[0-9a-zA-Z]{20,}")), "a Stripe key"},
    };
    for (const auto &[re, what] : patterns)
        if (re.match(v).hasMatch())
            return SecretsText::tr(what);
    return QString();
}

void checkEnv(Context &ctx, const Workload &w, int id)
{
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers) {
        std::uint32_t i = 0;
        for (const auto &[k, env] : c.node["env"].children()) {
            const QString name = env["name"].toString();
            const QString path = c.path + QStringLiteral(".env[%1]").arg(i++);
            const Node value = env["value"];
            if (value.isValid() && value.isScalar()) {
                const QString v = value.toString();
                const QString pattern = credentialPattern(v);
                if (!pattern.isEmpty())
                    ctx.fail(id, w, path + QStringLiteral(".value"), redacted(v),
                             SecretsText::tr(
                                 "env var %1 of container \"%2\" holds what looks like %3 in clear")
                                 .arg(name, c.name(), pattern));
                else if (credentialName(name) && !trivialValue(v))
                    ctx.fail(
                        id, w, path + QStringLiteral(".value"), redacted(v),
                        SecretsText::tr(
                            "env var %1 of container \"%2\" holds a credential literal; keep it in "
                            "a Secret")
                            .arg(name, c.name()));
            }
            const Node ref = env.path("valueFrom.secretKeyRef");
            if (ref.isMap())
                ctx.fail(
                    id, w, path + QStringLiteral(".valueFrom.secretKeyRef"),
                    ref["name"].toString() + u'/' + ref["key"].toString(),
                    SecretsText::tr(
                        "container \"%1\" receives Secret %2 as env var %3; mount it as a file "
                        "instead")
                        .arg(c.name(), ref["name"].toString(), name));
        }
        i = 0;
        for (const auto &[k, from] : c.node["envFrom"].children()) {
            const Node ref = from["secretRef"];
            if (ref.isMap())
                ctx.fail(
                    id, w, c.path + QStringLiteral(".envFrom[%1].secretRef").arg(i),
                    ref["name"].toString(),
                    SecretsText::tr(
                        "container \"%1\" receives all keys of Secret %2 as env vars; mount it as "
                        "files instead")
                        .arg(c.name(), ref["name"].toString()));
            ++i;
        }
    }
}

void checkConfigMap(Context &ctx, const KubeObject &cm, int id)
{
    ctx.check(id, cm);
    for (const auto &[k, v] : cm.root()["data"].children()) {
        const QString key = k.toString();
        const QString value = v.toString();
        const QString field = QStringLiteral("data[\"%1\"]").arg(key);
        const QString pattern = credentialPattern(value);
        if (!pattern.isEmpty())
            ctx.fail(
                id, cm, field, redacted(value),
                SecretsText::tr("ConfigMap key %1 holds what looks like %2").arg(key, pattern));
        else if (credentialName(key) && !trivialValue(value) && !value.contains(u'\n'))
            ctx.fail(id, cm, field, redacted(value),
                     SecretsText::tr("ConfigMap key %1 holds a credential; keep it in a Secret")
                         .arg(key));
    }
}

} // namespace

void checkSecrets(Context &ctx)
{
    const int net13 = ctl("NSA-NET-13");
    for (const Workload &w : ctx.workloads())
        checkEnv(ctx, w, net13);
    for (const KubeObject *cm : ctx.objects(u"ConfigMap"))
        checkConfigMap(ctx, *cm, net13);

    // NSA-NET-16 (RBAC read access to Secrets) is evaluated with the other role rules in
    // authn.cpp, so that bindings of such roles are reported too.
}

} // namespace parapet::checks::detail
