// RBAC analysis: rule matching and the authorizer exactly as upstream
// (pkg/apis/rbac/v1/evaluation_helpers.go, plugin/pkg/auth/authorizer/rbac), aggregation,
// built-in policy, who-can, permissions, risks, escalation paths and the graph; plus the
// published manifests of ../shared/corpus.

#include "rbac/bootstrappolicy.h"
#include "rbac/rbacgraph.h"
#include "rbac/rbacindex.h"
#include "rbac/rbacrisks.h"
#include "rbac/rbacrule.h"
#include "sources/manifestloader.h"

#include <QFile>
#include <QTest>

using namespace parapet;
using namespace parapet::rbac;
using namespace Qt::StringLiterals;

namespace {

const QString kCorpus = QStringLiteral(PARAPET_CORPUS);
const QString kData = QStringLiteral(PARAPET_TEST_DATA);

Inventory loadYaml(const QByteArray &yaml, SourceInfo source = {})
{
    ManifestLoader loader;
    loader.addData(u"test.yaml"_s, yaml);
    return loader.load(source);
}

Inventory loadFiles(const QStringList &paths, const QString &defaultNamespace = u"default"_s)
{
    LoadOptions options;
    options.defaultNamespace = defaultNamespace;
    return ManifestLoader::loadPaths(paths, options);
}

QStringList split(const QString &s)
{
    if (s == u"-")
        return {};
    QStringList out = s.split(u',');
    for (QString &x : out)
        if (x == u"\"\"")
            x.clear();
    return out;
}

Request resource(const QString &verb, const QString &group, const QString &res,
                 const QString &ns = {}, const QString &name = {})
{
    const qsizetype slash = res.indexOf(u'/');
    return Request::forResource(verb, group, slash < 0 ? res : res.left(slash),
                                slash < 0 ? QString() : res.mid(slash + 1), ns, name);
}

/// Subjects (as `Kind:ns:name` keys) who-can lists, system:masters included.
QStringList whoKeys(const WhoCanResult &r)
{
    QStringList out;
    for (const WhoCanEntry &e : r.subjects)
        out.append(e.subject.key());
    return out;
}

QByteArray readData(const QString &name)
{
    QFile f(kData + u"/rbac/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

// The world of the authorizer table (tests/data/rbac/world.yaml).
const QByteArray kWorld = readData(u"world.yaml"_s);

} // namespace

class TestRbac : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ruleMatching_data();
    void ruleMatching();
    void identities_data();
    void identities();
    void authorizer_data();
    void authorizer();
    void decisionPaths();
    void missingRolesAreReported();
    void builtinPolicy();
    void builtinsFollowTheSource();
    void aggregationFixedPoint();
    void aggregationReplacesOwnRulesAndSurvivesCycles();
    void whoCan();
    void whoCanUsesIndexes();
    void permissionsPerNamespace();
    void risks_data();
    void risks();
    void execNeedsCreateFrom135();
    void publicBindings();
    void escalationPaths();
    void graphModel();
    void graphFoldsWhenLarge();
    void corpusMetricsServerAggregation();
    void corpusArgoCd();
    void corpusCertManager();
    void corpusIngressNginx();
    void corpusDashboard();
};

void TestRbac::ruleMatching_data()
{
    QTest::addColumn<QString>("verbs");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("resources");
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("urls");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("resource"); // res or res/sub, or a path starting with /
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allowed");

    // Verbs.
    QTest::newRow("exact verb") << "get"
                                << "\"\""
                                << "pods"
                                << "-"
                                << "-"
                                << "get"
                                << ""
                                << "pods"
                                << "" << true;
    QTest::newRow("other verb") << "get"
                                << "\"\""
                                << "pods"
                                << "-"
                                << "-"
                                << "list"
                                << ""
                                << "pods"
                                << "" << false;
    QTest::newRow("verb *") << "*"
                            << "\"\""
                            << "pods"
                            << "-"
                            << "-"
                            << "deletecollection"
                            << ""
                            << "pods"
                            << "" << true;
    QTest::newRow("verbs are case-sensitive") << "GET"
                                              << "\"\""
                                              << "pods"
                                              << "-"
                                              << "-"
                                              << "get"
                                              << ""
                                              << "pods"
                                              << "" << false;
    QTest::newRow("request verb * needs rule *") << "get,list"
                                                 << "\"\""
                                                 << "pods"
                                                 << "-"
                                                 << "-"
                                                 << "*"
                                                 << ""
                                                 << "pods"
                                                 << "" << false;
    // API groups.
    QTest::newRow("core group") << "get"
                                << "\"\""
                                << "deployments"
                                << "-"
                                << "-"
                                << "get"
                                << "apps"
                                << "deployments"
                                << "" << false;
    QTest::newRow("group *") << "get"
                             << "*"
                             << "deployments"
                             << "-"
                             << "-"
                             << "get"
                             << "apps"
                             << "deployments"
                             << "" << true;
    QTest::newRow("one of several groups") << "get"
                                           << "extensions,apps"
                                           << "deployments"
                                           << "-"
                                           << "-"
                                           << "get"
                                           << "apps"
                                           << "deployments"
                                           << "" << true;
    // Resources and subresources.
    QTest::newRow("resource * matches subresources") << "get"
                                                     << "\"\""
                                                     << "*"
                                                     << "-"
                                                     << "-"
                                                     << "get"
                                                     << ""
                                                     << "pods/log"
                                                     << "" << true;
    QTest::newRow("pods does not give pods/log") << "get"
                                                 << "\"\""
                                                 << "pods"
                                                 << "-"
                                                 << "-"
                                                 << "get"
                                                 << ""
                                                 << "pods/log"
                                                 << "" << false;
    QTest::newRow("pods/* is no wildcard for pods") << "get"
                                                    << "\"\""
                                                    << "pods/*"
                                                    << "-"
                                                    << "-"
                                                    << "get"
                                                    << ""
                                                    << "pods"
                                                    << "" << false;
    QTest::newRow("pods/* is no wildcard for pods/log") << "get"
                                                        << "\"\""
                                                        << "pods/*"
                                                        << "-"
                                                        << "-"
                                                        << "get"
                                                        << ""
                                                        << "pods/log"
                                                        << "" << false;
    QTest::newRow("*/scale matches any scale") << "update"
                                               << "*"
                                               << "*/scale"
                                               << "-"
                                               << "-"
                                               << "update"
                                               << "apps"
                                               << "deployments/scale"
                                               << "" << true;
    QTest::newRow("*/scale not the resource") << "update"
                                              << "*"
                                              << "*/scale"
                                              << "-"
                                              << "-"
                                              << "update"
                                              << "apps"
                                              << "deployments"
                                              << "" << false;
    QTest::newRow("*/scale not another subresource") << "update"
                                                     << "*"
                                                     << "*/scale"
                                                     << "-"
                                                     << "-"
                                                     << "update"
                                                     << "apps"
                                                     << "deployments/status"
                                                     << "" << false;
    QTest::newRow("*/status not */statuses") << "get"
                                             << "*"
                                             << "*/status"
                                             << "-"
                                             << "-"
                                             << "get"
                                             << ""
                                             << "pods/statuses"
                                             << "" << false;
    QTest::newRow("exact subresource") << "create"
                                       << "\"\""
                                       << "pods/exec"
                                       << "-"
                                       << "-"
                                       << "create"
                                       << ""
                                       << "pods/exec"
                                       << "" << true;
    QTest::newRow("resources are case-sensitive") << "get"
                                                  << "\"\""
                                                  << "Pods"
                                                  << "-"
                                                  << "-"
                                                  << "get"
                                                  << ""
                                                  << "pods"
                                                  << "" << false;
    // resourceNames.
    QTest::newRow("named: that name") << "get"
                                      << "\"\""
                                      << "secrets"
                                      << "a,b"
                                      << "-"
                                      << "get"
                                      << ""
                                      << "secrets"
                                      << "b" << true;
    QTest::newRow("named: other name") << "get"
                                       << "\"\""
                                       << "secrets"
                                       << "a,b"
                                       << "-"
                                       << "get"
                                       << ""
                                       << "secrets"
                                       << "c" << false;
    QTest::newRow("named: no name (create)") << "create"
                                             << "\"\""
                                             << "secrets"
                                             << "a"
                                             << "-"
                                             << "create"
                                             << ""
                                             << "secrets"
                                             << "" << false;
    QTest::newRow("named: no name (deletecollection)") << "deletecollection"
                                                       << "\"\""
                                                       << "secrets"
                                                       << "a"
                                                       << "-"
                                                       << "deletecollection"
                                                       << ""
                                                       << "secrets"
                                                       << "" << false;
    QTest::newRow("named: list without name") << "list"
                                              << "\"\""
                                              << "secrets"
                                              << "a"
                                              << "-"
                                              << "list"
                                              << ""
                                              << "secrets"
                                              << "" << false;
    QTest::newRow("named: list with metadata.name") << "list"
                                                    << "\"\""
                                                    << "secrets"
                                                    << "a"
                                                    << "-"
                                                    << "list"
                                                    << ""
                                                    << "secrets"
                                                    << "a" << true;
    QTest::newRow("unnamed rule: any name") << "get"
                                            << "\"\""
                                            << "secrets"
                                            << "-"
                                            << "-"
                                            << "get"
                                            << ""
                                            << "secrets"
                                            << "x" << true;
    QTest::newRow("named subresource") << "create"
                                       << "\"\""
                                       << "serviceaccounts/token"
                                       << "builder"
                                       << "-"
                                       << "create"
                                       << ""
                                       << "serviceaccounts/token"
                                       << "builder" << true;
    // Non-resource URLs.
    QTest::newRow("url exact") << "get"
                               << "-"
                               << "-"
                               << "-"
                               << "/healthz"
                               << "get"
                               << ""
                               << "/healthz"
                               << "" << true;
    QTest::newRow("url exact only") << "get"
                                    << "-"
                                    << "-"
                                    << "-"
                                    << "/healthz"
                                    << "get"
                                    << ""
                                    << "/healthz/etcd"
                                    << "" << false;
    QTest::newRow("url prefix") << "get"
                                << "-"
                                << "-"
                                << "-"
                                << "/healthz/*"
                                << "get"
                                << ""
                                << "/healthz/etcd"
                                << "" << true;
    QTest::newRow("url prefix keeps the slash") << "get"
                                                << "-"
                                                << "-"
                                                << "-"
                                                << "/healthz/*"
                                                << "get"
                                                << ""
                                                << "/healthz"
                                                << "" << false;
    QTest::newRow("url prefix without slash") << "get"
                                              << "-"
                                              << "-"
                                              << "-"
                                              << "/api*"
                                              << "get"
                                              << ""
                                              << "/apis/apps"
                                              << "" << true;
    QTest::newRow("url every trailing star") << "get"
                                             << "-"
                                             << "-"
                                             << "-"
                                             << "/api**"
                                             << "get"
                                             << ""
                                             << "/apix"
                                             << "" << true;
    QTest::newRow("url *") << "get"
                           << "-"
                           << "-"
                           << "-"
                           << "*"
                           << "get"
                           << ""
                           << "/anything"
                           << "" << true;
    QTest::newRow("url star inside is literal") << "get"
                                                << "-"
                                                << "-"
                                                << "-"
                                                << "/a*/b"
                                                << "get"
                                                << ""
                                                << "/ax/b"
                                                << "" << false;
    QTest::newRow("url verb") << "get"
                              << "-"
                              << "-"
                              << "-"
                              << "*"
                              << "post"
                              << ""
                              << "/x"
                              << "" << false;
    // A rule with only URLs never allows a resource request, and the other way round.
    QTest::newRow("urls rule vs resource request") << "*"
                                                   << "-"
                                                   << "-"
                                                   << "-"
                                                   << "*"
                                                   << "get"
                                                   << ""
                                                   << "pods"
                                                   << "" << false;
    QTest::newRow("resource rule vs url request") << "*"
                                                  << "*"
                                                  << "*"
                                                  << "-"
                                                  << "-"
                                                  << "get"
                                                  << ""
                                                  << "/healthz"
                                                  << "" << false;
}

void TestRbac::ruleMatching()
{
    QFETCH(QString, verbs);
    QFETCH(QString, groups);
    QFETCH(QString, resources);
    QFETCH(QString, names);
    QFETCH(QString, urls);
    QFETCH(QString, verb);
    QFETCH(QString, group);
    QFETCH(QString, resource);
    QFETCH(QString, name);
    QFETCH(bool, allowed);
    Rule rule{split(verbs), split(groups), split(resources), split(names), split(urls)};
    const Request r = resource.startsWith(u'/') ? Request::forPath(verb, resource)
                                                : ::resource(verb, group, resource, {}, name);
    QCOMPARE(ruleAllows(r, rule), allowed);
}

void TestRbac::identities_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("expected");
    const QString auth = u"system:authenticated"_s;
    QTest::newRow("user") << u"alice"_s << QStringList{} << QStringList{auth};
    QTest::newRow("user with groups")
        << u"alice"_s << QStringList{u"devs"_s} << QStringList{u"devs"_s, auth};
    QTest::newRow("unauthenticated given") << u"alice"_s << QStringList{u"system:unauthenticated"_s}
                                           << QStringList{u"system:unauthenticated"_s};
    QTest::newRow("service account")
        << u"system:serviceaccount:shop:cart"_s << QStringList{}
        << QStringList{u"system:serviceaccounts"_s, u"system:serviceaccounts:shop"_s, auth};
    QTest::newRow("service account with groups")
        << u"system:serviceaccount:shop:cart"_s << QStringList{u"g"_s} << QStringList{u"g"_s, auth};
    QTest::newRow("anonymous") << u"system:anonymous"_s << QStringList{}
                               << QStringList{u"system:unauthenticated"_s};
    QTest::newRow("not a valid namespace: a user")
        << u"system:serviceaccount:Shop:cart"_s << QStringList{} << QStringList{auth};
    QTest::newRow("three parts: a user")
        << u"system:serviceaccount:a:b:c"_s << QStringList{} << QStringList{auth};
}

void TestRbac::identities()
{
    QFETCH(QString, user);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, expected);
    const Identity id = Identity::fromUser(user, groups);
    QCOMPARE(id.user, user);
    QCOMPARE(id.groups, expected);
    QString ns;
    QString name;
    QCOMPARE(Identity::serviceAccount(u"shop"_s, u"cart"_s).groups,
             Identity::fromUser(u"system:serviceaccount:shop:cart"_s).groups);
    QVERIFY(splitServiceAccountUser(u"system:serviceaccount:shop:cart.v2", &ns, &name));
    QCOMPARE(ns + u'/' + name, u"shop/cart.v2"_s);
}

void TestRbac::authorizer_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("resource"); // or /path
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allowed");

    const QStringList none;
    // RoleBindings apply in their namespace only.
    QTest::newRow("role in its namespace") << "alice" << none << "get"
                                           << ""
                                           << "pods"
                                           << "ns1"
                                           << "" << true;
    QTest::newRow("role in another namespace") << "alice" << none << "get"
                                               << ""
                                               << "pods"
                                               << "ns2"
                                               << "" << false;
    QTest::newRow("role cluster-wide (-A)") << "alice" << none << "list"
                                            << ""
                                            << "pods"
                                            << ""
                                            << "" << false;
    QTest::newRow("role: verb not granted") << "alice" << none << "delete"
                                            << ""
                                            << "pods"
                                            << "ns1"
                                            << "" << false;
    // ClusterRole through a RoleBinding: namespaced rules in that namespace only.
    QTest::newRow("clusterrole via rolebinding") << "bob" << none << "get"
                                                 << ""
                                                 << "configmaps"
                                                 << "ns2"
                                                 << "" << true;
    QTest::newRow("clusterrole via rolebinding, other ns") << "bob" << none << "get"
                                                           << ""
                                                           << "configmaps"
                                                           << "ns1"
                                                           << "" << false;
    QTest::newRow("clusterrole via rolebinding, cluster-wide") << "bob" << none << "get"
                                                               << ""
                                                               << "configmaps"
                                                               << ""
                                                               << "" << false;
    QTest::newRow("cluster-scoped rule dead via rolebinding") << "bob" << none << "list"
                                                              << ""
                                                              << "nodes"
                                                              << ""
                                                              << "" << false;
    QTest::newRow("url rule dead via rolebinding") << "bob" << none << "get"
                                                   << ""
                                                   << "/metrics"
                                                   << ""
                                                   << "" << false;
    // ClusterRoleBindings apply everywhere.
    QTest::newRow("clusterrolebinding in a namespace") << "carol" << none << "get"
                                                       << ""
                                                       << "configmaps"
                                                       << "ns1"
                                                       << "" << true;
    QTest::newRow("clusterrolebinding cluster-wide") << "carol" << none << "get"
                                                     << ""
                                                     << "configmaps"
                                                     << ""
                                                     << "" << true;
    QTest::newRow("clusterrolebinding cluster-scoped") << "carol" << none << "list"
                                                       << ""
                                                       << "nodes"
                                                       << ""
                                                       << "" << true;
    QTest::newRow("clusterrolebinding url") << "carol" << none << "get"
                                            << ""
                                            << "/metrics"
                                            << ""
                                            << "" << true;
    QTest::newRow("clusterrolebinding url prefix") << "carol" << none << "get"
                                                   << ""
                                                   << "/logs/kube-apiserver.log"
                                                   << ""
                                                   << "" << true;
    QTest::newRow("clusterrolebinding url prefix base") << "carol" << none << "get"
                                                        << ""
                                                        << "/logs"
                                                        << ""
                                                        << "" << false;
    // ServiceAccounts.
    QTest::newRow("sa defaulted to binding namespace")
        << "system:serviceaccount:ns1:robot" << none << "get"
        << ""
        << "pods"
        << "ns1"
        << "" << true;
    QTest::newRow("sa of the same name elsewhere")
        << "system:serviceaccount:ns2:robot" << none << "get"
        << ""
        << "pods"
        << "ns1"
        << "" << false;
    QTest::newRow("sa of another namespace, named")
        << "system:serviceaccount:ns2:visitor" << none << "get"
        << ""
        << "pods"
        << "ns1"
        << "" << true;
    QTest::newRow("sa without namespace in a crb")
        << "system:serviceaccount:default:ghost" << none << "get"
        << ""
        << "configmaps"
        << "ns1"
        << "" << false;
    QTest::newRow("group of an sa namespace")
        << "system:serviceaccount:ns1:anyone" << none << "create"
        << ""
        << "configmaps"
        << "ns2"
        << "" << true;
    QTest::newRow("group of another sa namespace")
        << "system:serviceaccount:ns2:anyone" << none << "create"
        << ""
        << "configmaps"
        << "ns2"
        << "" << false;
    QTest::newRow("user subject with an sa name")
        << "system:serviceaccount:ns2:bot" << none << "create"
        << ""
        << "configmaps"
        << "ns1"
        << "" << true;
    QTest::newRow("sa groups replaced by --as-group")
        << "system:serviceaccount:ns1:anyone" << QStringList{u"x"_s} << "create"
        << ""
        << "configmaps"
        << "ns1"
        << "" << false;
    // Built-in groups.
    QTest::newRow("system:authenticated user") << "zoe" << none << "get"
                                               << ""
                                               << "/custom/a"
                                               << ""
                                               << "" << true;
    QTest::newRow("system:authenticated sa") << "system:serviceaccount:ns2:x" << none << "get"
                                             << ""
                                             << "/exact"
                                             << ""
                                             << "" << true;
    QTest::newRow("url prefix of every star") << "zoe" << none << "get"
                                              << ""
                                              << "/multiple"
                                              << ""
                                              << "" << true;
    QTest::newRow("anonymous is not authenticated") << "system:anonymous" << none << "get"
                                                    << ""
                                                    << "/custom/a"
                                                    << ""
                                                    << "" << false;
    QTest::newRow("anonymous is unauthenticated") << "system:anonymous" << none << "get"
                                                  << ""
                                                  << "/open"
                                                  << ""
                                                  << "" << true;
    QTest::newRow("users are not unauthenticated") << "zoe" << none << "get"
                                                   << ""
                                                   << "/open"
                                                   << ""
                                                   << "" << false;
    QTest::newRow("given group") << "zoe" << QStringList{u"system:unauthenticated"_s} << "get"
                                 << ""
                                 << "/open"
                                 << ""
                                 << "" << true;
    QTest::newRow("system:masters bypasses rbac")
        << "root" << QStringList{u"system:masters"_s} << "delete"
        << "*"
        << "anything"
        << ""
        << "" << true;
    // resourceNames.
    QTest::newRow("named get") << "dave" << none << "get"
                               << ""
                               << "secrets"
                               << "ns1"
                               << "token-a" << true;
    QTest::newRow("named get, other") << "dave" << none << "get"
                                      << ""
                                      << "secrets"
                                      << "ns1"
                                      << "token-b" << false;
    QTest::newRow("named create without name") << "dave" << none << "create"
                                               << ""
                                               << "secrets"
                                               << "ns1"
                                               << "" << false;
    QTest::newRow("named deletecollection") << "dave" << none << "deletecollection"
                                            << ""
                                            << "secrets"
                                            << "ns1"
                                            << "" << false;
    QTest::newRow("named list without field selector") << "dave" << none << "list"
                                                       << ""
                                                       << "secrets"
                                                       << "ns1"
                                                       << "" << false;
    QTest::newRow("named watch with metadata.name") << "dave" << none << "watch"
                                                    << ""
                                                    << "secrets"
                                                    << "ns1"
                                                    << "token-a" << true;
    // Subresources.
    QTest::newRow("pods/* is no wildcard") << "erin" << none << "get"
                                           << ""
                                           << "pods"
                                           << "ns1"
                                           << "" << false;
    QTest::newRow("pods/* not even pods/log") << "erin" << none << "get"
                                              << ""
                                              << "pods/log"
                                              << "ns1"
                                              << "" << false;
    QTest::newRow("*/scale") << "erin" << none << "update"
                             << "apps"
                             << "statefulsets/scale"
                             << "ns1"
                             << "" << true;
    QTest::newRow("* covers subresources") << "erin" << none << "get"
                                           << "batch"
                                           << "jobs/status"
                                           << "ns1"
                                           << "" << true;
    QTest::newRow("* in one group only") << "erin" << none << "get"
                                         << "apps"
                                         << "deployments"
                                         << "ns1"
                                         << "" << false;
    QTest::newRow("services/proxy") << "erin" << none << "create"
                                    << ""
                                    << "services/proxy"
                                    << "ns1"
                                    << "web" << true;
    // Bindings that grant nothing.
    QTest::newRow("missing role") << "frank" << none << "get"
                                  << ""
                                  << "pods"
                                  << "ns1"
                                  << "" << false;
    QTest::newRow("clusterrolebinding to a role") << "gina" << none << "get"
                                                  << ""
                                                  << "pods"
                                                  << "ns1"
                                                  << "" << false;
    QTest::newRow("role resolved in the binding namespace") << "henry" << none << "get"
                                                            << ""
                                                            << "services"
                                                            << "ns1"
                                                            << "" << false;
    // A namespace is in itself.
    QTest::newRow("patch own namespace") << "ivy" << none << "patch"
                                         << ""
                                         << "namespaces"
                                         << "ns1"
                                         << "ns1" << true;
    QTest::newRow("patch another namespace") << "ivy" << none << "patch"
                                             << ""
                                             << "namespaces"
                                             << "ns2"
                                             << "ns2" << false;
    QTest::newRow("list namespaces") << "ivy" << none << "list"
                                     << ""
                                     << "namespaces"
                                     << ""
                                     << "" << false;
}

void TestRbac::authorizer()
{
    QFETCH(QString, user);
    QFETCH(QStringList, groups);
    QFETCH(QString, verb);
    QFETCH(QString, group);
    QFETCH(QString, resource);
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(bool, allowed);
    static const Inventory inv = loadYaml(kWorld);
    static const RbacIndex index(inv, {BuiltinPolicy::Never});
    QVERIFY(!inv.hasErrors());
    const Request r = resource.startsWith(u'/') ? Request::forPath(verb, resource)
                                                : ::resource(verb, group, resource, ns, name);
    const Decision d = index.canI(Identity::fromUser(user, groups), r);
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(d.allowed, d.bypass || !d.grants.empty());
    // who-can agrees with can-i for the subjects it names directly.
    if (allowed && !d.bypass) {
        const WhoCanResult who = index.whoCan(r);
        const BindingEntry &b = index.bindings()[std::size_t(d.grants.front().binding)];
        const SubjectEntry &s = b.subjects[std::size_t(d.grants.front().subject)];
        QVERIFY2(whoKeys(who).contains(s.key()), qPrintable(s.key()));
    }
}

void TestRbac::decisionPaths()
{
    const Inventory inv = loadYaml(kWorld);
    const RbacIndex index(inv, {BuiltinPolicy::Never});
    const Decision d = index.canI(Identity::fromUser(u"carol"_s),
                                  resource(u"get"_s, {}, u"configmaps"_s, u"ns1"_s));
    QCOMPARE(int(d.grants.size()), 1);
    const Grant g = d.grants.front();
    QCOMPARE(index.bindings()[std::size_t(g.binding)].reference(),
             u"ClusterRoleBinding carol-mixed"_s);
    QCOMPARE(index.roles()[std::size_t(g.role)].reference(), u"ClusterRole mixed"_s);
    QCOMPARE(g.rule, 0);
    QCOMPARE(index.describe(g),
             u"ClusterRoleBinding carol-mixed (subjects[0]) -> ClusterRole mixed -> rules[0]"_s);
    const SourceLocation at = index.ruleLocation(g);
    QCOMPARE(at.file, u"test.yaml"_s);
    QVERIFY(at.line > 0);
    // The first subject of a binding that matches is the one reported (appliesTo).
    const Decision sa = index.canI(Identity::serviceAccount(u"ns1"_s, u"robot"_s),
                                   resource(u"list"_s, {}, u"pods"_s, u"ns1"_s));
    QCOMPARE(sa.grants.size(), std::size_t(1));
    QCOMPARE(sa.grants.front().subject, 1);
}

void TestRbac::missingRolesAreReported()
{
    const Inventory inv = loadYaml(kWorld);
    const RbacIndex index(inv, {BuiltinPolicy::Never});
    QStringList messages;
    for (const RbacDiagnostic &d : index.diagnostics())
        messages.append(d.message);
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"RoleBinding ns1/frank-missing grants nothing: Role \"does-not-exist\" "
                          u"not found in namespace ns1"),
             qPrintable(all));
    QVERIFY(all.contains(u"ClusterRoleBinding gina-cluster-to-role grants nothing: a "
                         u"ClusterRoleBinding cannot reference Role \"pod-reader\""));
    QVERIFY(all.contains(u"RoleBinding ns1/henry-wrong-ns grants nothing"));
    QVERIFY(all.contains(u"ClusterRoleBinding carol-mixed subjects[1] never matches anyone"));
    // can-i carries the resolution error like the authorizer's reason.
    const Decision d =
        index.canI(Identity::fromUser(u"frank"_s), resource(u"get"_s, {}, u"pods"_s, u"ns1"_s));
    QVERIFY(!d.allowed);
    QCOMPARE(d.errors.size(), 1);
    // who-can in ns1 lists the error too, not in ns2 (RoleBindings there are not consulted).
    QVERIFY(!index.whoCan(resource(u"get"_s, {}, u"pods"_s, u"ns1"_s))
                 .errors.filter(u"frank"_s)
                 .isEmpty());
    QVERIFY(index.whoCan(resource(u"get"_s, {}, u"pods"_s, u"ns2"_s))
                .errors.filter(u"frank"_s)
                .isEmpty());
}

void TestRbac::builtinPolicy()
{
    const BootstrapPolicy &p = bootstrapPolicy();
    const auto role = [&p](const QString &name) -> const BuiltinRole * {
        for (const BuiltinRole &r : p.roles)
            if (r.cluster && r.name == name)
                return &r;
        return nullptr;
    };
    for (const char *name : {"cluster-admin", "admin", "edit", "view", "system:discovery",
                             "system:basic-user", "system:public-info-viewer", "system:node",
                             "system:controller:clusterrole-aggregation-controller"})
        QVERIFY2(role(QString::fromLatin1(name)), name);
    QVERIFY(role(u"admin"_s)->aggregated);
    QVERIFY(role(u"admin"_s)->rules.empty());
    QCOMPARE(role(u"edit"_s)->labels.value(u"rbac.authorization.k8s.io/aggregate-to-admin"_s),
             u"true"_s);

    // With an empty inventory the built-in bindings answer as a fresh cluster does.
    const RbacIndex index(loadYaml("{}"), {BuiltinPolicy::Assume});
    QVERIFY(index.builtinsAssumed());
    const Identity anon = Identity::fromUser(u"system:anonymous"_s);
    const Identity user = Identity::fromUser(u"zoe"_s);
    QVERIFY(
        index.canI(anon, Request::forPath(u"get"_s, u"/healthz"_s)).allowed); // public-info-viewer
    QVERIFY(!index.canI(anon, Request::forPath(u"get"_s, u"/api"_s))
                 .allowed); // discovery: authenticated only
    QVERIFY(index.canI(user, Request::forPath(u"get"_s, u"/apis/apps/v1"_s)).allowed);
    QVERIFY(index
                .canI(user, resource(u"create"_s, u"authorization.k8s.io"_s,
                                     u"selfsubjectaccessreviews"_s))
                .allowed); // basic-user
    QVERIFY(!index.canI(user, resource(u"get"_s, {}, u"pods"_s, u"default"_s)).allowed);
    // The OIDC discovery documents: every ServiceAccount, not users.
    QVERIFY(index
                .canI(Identity::serviceAccount(u"a"_s, u"b"_s),
                      Request::forPath(u"get"_s, u"/openid/v1/jwks"_s))
                .allowed);
    QVERIFY(!index.canI(user, Request::forPath(u"get"_s, u"/openid/v1/jwks"_s)).allowed);
    // Controllers: the aggregation controller may escalate ClusterRoles.
    const Decision agg = index.canI(
        Identity::serviceAccount(u"kube-system"_s, u"clusterrole-aggregation-controller"_s),
        resource(u"escalate"_s, u"rbac.authorization.k8s.io"_s, u"clusterroles"_s));
    QVERIFY(agg.allowed);
    QVERIFY(index.bindings()[std::size_t(agg.grants.front().binding)].builtin);
    QVERIFY(index.describe(agg.grants.front()).contains(u"[built-in]"));
    // Nested aggregation: admin ⊇ edit ⊇ view.
    const int admin = index.findClusterRole(u"admin"_s);
    const int edit = index.findClusterRole(u"edit"_s);
    const int view = index.findClusterRole(u"view"_s);
    for (const Rule &r : index.roles()[std::size_t(view)].rules)
        QVERIFY(std::find(index.roles()[std::size_t(edit)].rules.begin(),
                          index.roles()[std::size_t(edit)].rules.end(),
                          r) != index.roles()[std::size_t(edit)].rules.end());
    for (const Rule &r : index.roles()[std::size_t(edit)].rules)
        QVERIFY(std::find(index.roles()[std::size_t(admin)].rules.begin(),
                          index.roles()[std::size_t(admin)].rules.end(),
                          r) != index.roles()[std::size_t(admin)].rules.end());
    QVERIFY(index.roles()[std::size_t(admin)].rules.size() >
            index.roles()[std::size_t(edit)].rules.size());
}

void TestRbac::builtinsFollowTheSource()
{
    const QByteArray own = R"(
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: view}
rules:
- apiGroups: [""]
  resources: [secrets]
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: v}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects: [{kind: User, name: zoe}]
)";
    // Manifests: built-ins assumed, but the inventory's own `view` takes precedence.
    const RbacIndex manifests(loadYaml(own));
    QVERIFY(manifests.builtinsAssumed());
    QVERIFY(
        manifests.canI(Identity::fromUser(u"zoe"_s), resource(u"get"_s, {}, u"secrets"_s)).allowed);
    QVERIFY(!manifests.roles()[std::size_t(manifests.findClusterRole(u"view"_s))].builtin);
    QVERIFY(manifests.roles()[std::size_t(manifests.findClusterRole(u"edit"_s))].builtin);
    // Live cluster: its own RBAC is authoritative.
    SourceInfo live;
    live.kind = SourceInfo::Kind::Live;
    const RbacIndex cluster(loadYaml(own, live));
    QVERIFY(!cluster.builtinsAssumed());
    QCOMPARE(cluster.findClusterRole(u"edit"_s), -1);
    // ... unless no ClusterRole could be read at all.
    const RbacIndex empty(loadYaml("{}", live));
    QVERIFY(empty.builtinsAssumed());
    // A snapshot of a live cluster is a live cluster.
    SourceInfo snap;
    snap.kind = SourceInfo::Kind::Snapshot;
    snap.capturedKind = SourceInfo::Kind::Live;
    QVERIFY(!RbacIndex(loadYaml(own, snap)).builtinsAssumed());
    QVERIFY(!RbacIndex(loadYaml(own), {BuiltinPolicy::Never}).builtinsAssumed());
}

void TestRbac::aggregationFixedPoint()
{
    // Three levels, with matchExpressions, defined out of name order.
    const QByteArray yaml = R"(
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: a-top}
aggregationRule:
  clusterRoleSelectors:
  - matchExpressions:
    - {key: level, operator: In, values: [middle]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: z-middle, labels: {level: middle}}
aggregationRule:
  clusterRoleSelectors:
  - matchLabels: {level: bottom}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: m-bottom-2, labels: {level: bottom}}
rules:
- {apiGroups: [""], resources: [configmaps], verbs: [get]}
- {apiGroups: [""], resources: [pods], verbs: [get]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: b-bottom-1, labels: {level: bottom}}
rules:
- {apiGroups: [""], resources: [pods], verbs: [get]}
- {apiGroups: [""], resources: [secrets], verbs: [list]}
)";
    const RbacIndex index(loadYaml(yaml), {BuiltinPolicy::Never});
    const RoleEntry &top = index.roles()[std::size_t(index.findClusterRole(u"a-top"_s))];
    const RoleEntry &middle = index.roles()[std::size_t(index.findClusterRole(u"z-middle"_s))];
    // Roles by name, rules in order, duplicates once.
    QCOMPARE(int(middle.rules.size()), 3);
    QCOMPARE(middle.rules[0].resources, QStringList{u"pods"_s});
    QCOMPARE(middle.rules[1].resources, QStringList{u"secrets"_s});
    QCOMPARE(middle.rules[2].resources, QStringList{u"configmaps"_s});
    QCOMPARE(top.rules, middle.rules);
    // The path of an aggregated rule names where it was written.
    const int topIndex = index.findClusterRole(u"a-top"_s);
    QCOMPARE(index.rulePath({-1, -1, topIndex, 2}),
             u"rules[2] (aggregated from ClusterRole m-bottom-2 rules[0])"_s);
}

void TestRbac::aggregationReplacesOwnRulesAndSurvivesCycles()
{
    const QByteArray yaml = R"(
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: agg, labels: {pick: "yes"}}
aggregationRule:
  clusterRoleSelectors:
  - matchLabels: {pick: "yes"}
rules:
- {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: one, labels: {pick: "yes"}}
aggregationRule:
  clusterRoleSelectors:
  - matchLabels: {pick: "yes"}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: leaf, labels: {pick: "yes"}}
rules:
- {apiGroups: [""], resources: [pods], verbs: [get]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: empty-selector-list}
aggregationRule:
  clusterRoleSelectors: []
rules:
- {apiGroups: [""], resources: [pods], verbs: [delete]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: b}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: agg}
subjects: [{kind: User, name: u}]
)";
    const RbacIndex index(loadYaml(yaml), {BuiltinPolicy::Never});
    // The controller replaces written rules of an aggregated role; `agg` and `one` select each
    // other and themselves (self excluded) and settle on leaf's rule.
    const Identity u = Identity::fromUser(u"u"_s);
    QVERIFY(!index.canI(u, resource(u"delete"_s, {}, u"pods"_s, u"x"_s)).allowed);
    QVERIFY(index.canI(u, resource(u"get"_s, {}, u"pods"_s, u"x"_s)).allowed);
    const RoleEntry &agg = index.roles()[std::size_t(index.findClusterRole(u"agg"_s))];
    QCOMPARE(int(agg.rules.size()), 1);
    // No selector at all: no rules.
    QVERIFY(
        index.roles()[std::size_t(index.findClusterRole(u"empty-selector-list"_s))].rules.empty());
}

void TestRbac::whoCan()
{
    const Inventory inv = loadYaml(kWorld);
    const RbacIndex index(inv, {BuiltinPolicy::Never});
    // Request in ns1: the RoleBinding's three subjects, and system:masters.
    const WhoCanResult r = index.whoCan(resource(u"get"_s, {}, u"pods"_s, u"ns1"_s));
    QCOMPARE(whoKeys(r),
             (QStringList{u"Group:system:masters"_s, u"User:alice"_s, u"ServiceAccount:ns1:robot"_s,
                          u"ServiceAccount:ns2:visitor"_s}));
    QVERIFY(r.subjects.front().bypass);
    // ns2: nobody but system:masters.
    QCOMPARE(whoKeys(index.whoCan(resource(u"get"_s, {}, u"pods"_s, u"ns2"_s))),
             QStringList{u"Group:system:masters"_s});
    // configmaps in ns2: carol everywhere (her unmatchable co-subject is listed as upstream
    // does), bob through the RoleBinding in ns2.
    const QStringList cm = whoKeys(index.whoCan(resource(u"get"_s, {}, u"configmaps"_s, u"ns2"_s)));
    QVERIFY(cm.contains(u"User:bob"_s));
    QVERIFY(cm.contains(u"User:carol"_s));
    // Any namespace: bob counts, with his grant in ns2.
    const WhoCanResult any = index.whoCan(resource(u"get"_s, {}, u"configmaps"_s), true);
    const auto bob = std::find_if(any.subjects.begin(), any.subjects.end(),
                                  [](const WhoCanEntry &e) { return e.subject.name == u"bob"; });
    QVERIFY(bob != any.subjects.end());
    QCOMPARE(index.bindings()[std::size_t(bob->grants.front().binding)].ns, u"ns2"_s);
    // Cluster-wide without any-namespace: RoleBindings never count.
    QVERIFY(
        !whoKeys(index.whoCan(resource(u"get"_s, {}, u"configmaps"_s))).contains(u"User:bob"_s));
    // Cluster-scoped resources: RoleBindings never count, not even in any-namespace mode.
    QVERIFY(
        !whoKeys(index.whoCan(resource(u"list"_s, {}, u"nodes"_s), true)).contains(u"User:bob"_s));
    // Non-resource URLs.
    QCOMPARE(whoKeys(index.whoCan(Request::forPath(u"get"_s, u"/open"_s))),
             (QStringList{u"Group:system:masters"_s, u"Group:system:unauthenticated"_s}));
    // Named rules.
    QVERIFY(whoKeys(index.whoCan(resource(u"get"_s, {}, u"secrets"_s, u"ns1"_s, u"token-a"_s)))
                .contains(u"User:dave"_s));
    QVERIFY(!whoKeys(index.whoCan(resource(u"create"_s, {}, u"secrets"_s, u"ns1"_s)))
                 .contains(u"User:dave"_s));
}

void TestRbac::whoCanUsesIndexes()
{
    // Every subject who-can lists must also pass can-i, and every subject that passes can-i
    // through a binding must be listed: checked over the whole world for many requests.
    const Inventory inv = loadYaml(kWorld);
    const RbacIndex index(inv, {BuiltinPolicy::Never});
    const QList<Request> requests = {
        resource(u"get"_s, {}, u"pods"_s, u"ns1"_s),
        resource(u"create"_s, {}, u"configmaps"_s, u"ns2"_s),
        resource(u"update"_s, u"apps"_s, u"deployments/scale"_s, u"ns1"_s),
        resource(u"get"_s, u"batch"_s, u"cronjobs/status"_s, u"ns2"_s),
        resource(u"get"_s, {}, u"secrets"_s, u"ns1"_s, u"token-a"_s),
        Request::forPath(u"get"_s, u"/logs/x"_s),
        Request::forPath(u"get"_s, u"/multix"_s),
    };
    for (const Request &r : requests) {
        const WhoCanResult who = index.whoCan(r);
        for (const WhoCanEntry &e : who.subjects) {
            if (e.bypass || !e.subject.matchable)
                continue;
            QVERIFY2(index.canI(identityOfSubject(e.subject), r).allowed,
                     qPrintable(e.subject.key() + u" / " + r.toString()));
        }
        for (const BindingEntry &b : index.bindings()) {
            for (const SubjectEntry &s : b.subjects) {
                if (!s.matchable)
                    continue;
                // Whatever subject of a binding lets an identity in, who-can names it.
                const Decision d = index.canI(identityOfSubject(s), r);
                for (const Grant &g : d.grants) {
                    const SubjectEntry &via =
                        index.bindings()[std::size_t(g.binding)].subjects[std::size_t(g.subject)];
                    QVERIFY2(whoKeys(who).contains(via.key()),
                             qPrintable(via.key() + u" / " + r.toString()));
                }
            }
        }
    }
}

void TestRbac::permissionsPerNamespace()
{
    const RbacIndex index(loadYaml(kWorld), {BuiltinPolicy::Never});
    const Identity bob = Identity::fromUser(u"bob"_s);
    const auto all = index.permissions(bob, {});
    // Cluster-wide first: the URL rule every authenticated user has.
    QCOMPARE(int(all.size()), 4);
    QVERIFY(all[0].ns.isEmpty());
    QCOMPARE(index.rule(all[0].grant).nonResourceURLs.size(), 3);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(all[std::size_t(i)].ns, u"ns2"_s);
    QVERIFY(all[1].effective);
    QVERIFY(!all[2].effective); // nodes via a RoleBinding
    QVERIFY(!all[3].effective); // URLs via a RoleBinding
    QCOMPARE(int(index.permissions(bob, u"ns1"_s).size()), 1);
    const auto ivy = index.permissions(Identity::fromUser(u"ivy"_s), u"ns1"_s);
    QCOMPARE(int(ivy.size()), 2);
    QVERIFY(ivy[1].effective);
    QCOMPARE(ivy[1].ns, u"ns1"_s);
    QVERIFY(ivy[1].note.contains(u"ns1"));
    const auto carol = index.permissions(Identity::fromUser(u"carol"_s), u"ns1"_s);
    QCOMPARE(int(carol.size()), 3 + 1); // mixed + custom-urls via system:authenticated
    for (const PermissionEntry &e : carol)
        QVERIFY(e.ns.isEmpty() && e.effective);
}

void TestRbac::risks_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<bool>("cluster"); // ClusterRoleBinding, else RoleBinding in ns shop
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("severity"); // empty: the check must not fire

    const auto rule = [](const char *groups, const char *resources, const char *verbs,
                         const char *names = nullptr) {
        QByteArray r = "- apiGroups: [" + QByteArray(groups) + "]\n  resources: [" + resources +
                       "]\n  verbs: [" + verbs + "]\n";
        if (names)
            r += "  resourceNames: [" + QByteArray(names) + "]\n";
        return r;
    };
    QTest::newRow("cluster-admin") << rule("'*'", "'*'", "'*'") << true << "cluster-admin"
                                   << "critical";
    QTest::newRow("namespace admin") << rule("'*'", "'*'", "'*'") << false << "cluster-admin"
                                     << "high";
    QTest::newRow("wildcard verbs") << rule("''", "configmaps", "'*'") << true << "wildcard"
                                    << "medium";
    QTest::newRow("wildcard */scale") << rule("'*'", "'*/scale'", "get") << true << "wildcard"
                                      << "medium";
    QTest::newRow("secrets cluster-wide") << rule("''", "secrets", "list") << true << "secrets"
                                          << "high";
    QTest::newRow("secrets in namespace") << rule("''", "secrets", "get") << false << "secrets"
                                          << "medium";
    QTest::newRow("secrets named") << rule("''", "secrets", "get", "one") << true << "secrets"
                                   << "low";
    QTest::newRow("secrets write only")
        << rule("''", "secrets", "create,delete") << true << "secrets"
        << "";
    QTest::newRow("create pods") << rule("''", "pods", "create") << false << "workloads"
                                 << "medium";
    QTest::newRow("create pods cluster-wide") << rule("''", "pods", "create") << true << "workloads"
                                              << "high";
    QTest::newRow("patch deployments")
        << rule("apps", "deployments", "patch") << true << "workloads"
        << "high";
    QTest::newRow("create cronjobs") << rule("batch", "cronjobs", "create") << false << "workloads"
                                     << "medium";
    QTest::newRow("named pod create is dead")
        << rule("''", "pods", "create", "p") << true << "workloads"
        << "";
    QTest::newRow("token request")
        << rule("''", "serviceaccounts/token", "create") << true << "token-request"
        << "high";
    QTest::newRow("token request named")
        << rule("''", "serviceaccounts/token", "create", "ci") << false << "token-request"
        << "low";
    QTest::newRow("impersonate groups")
        << rule("''", "groups", "impersonate") << true << "impersonate"
        << "critical";
    QTest::newRow("impersonate system:masters")
        << rule("''", "groups", "impersonate", "'system:masters'") << true << "impersonate"
        << "critical";
    QTest::newRow("impersonate other group")
        << rule("''", "groups", "impersonate", "devs") << true << "impersonate"
        << "high";
    QTest::newRow("impersonate users via rolebinding is dead")
        << rule("''", "users", "impersonate") << false << "impersonate"
        << "";
    QTest::newRow("impersonate serviceaccounts")
        << rule("''", "serviceaccounts", "impersonate") << false << "impersonate"
        << "medium";
    QTest::newRow("impersonate uids")
        << rule("authentication.k8s.io", "uids", "impersonate") << true << "impersonate"
        << "medium";
    QTest::newRow("bind clusterroles")
        << rule("rbac.authorization.k8s.io", "clusterroles", "bind") << true << "bind-escalate"
        << "critical";
    QTest::newRow("escalate roles in namespace")
        << rule("rbac.authorization.k8s.io", "roles", "escalate") << false << "bind-escalate"
        << "high";
    QTest::newRow("bind named role")
        << rule("rbac.authorization.k8s.io", "clusterroles", "bind", "view") << true
        << "bind-escalate"
        << "medium";
    QTest::newRow("exec create") << rule("''", "pods/exec", "create") << false << "exec"
                                 << "medium";
    QTest::newRow("attach create cluster-wide")
        << rule("''", "pods/attach", "create") << true << "exec"
        << "high";
    QTest::newRow("portforward") << rule("''", "pods/portforward", "create") << true << "exec"
                                 << "medium";
    QTest::newRow("exec get only, version unknown")
        << rule("''", "pods/exec", "get") << true << "exec"
        << "";
    QTest::newRow("ephemeral containers")
        << rule("''", "pods/ephemeralcontainers", "patch") << true << "ephemeral-containers"
        << "high";
    QTest::newRow("nodes/proxy") << rule("''", "nodes/proxy", "get") << true << "node-proxy"
                                 << "critical";
    QTest::newRow("nodes/proxy via rolebinding is dead")
        << rule("''", "nodes/proxy", "get") << false << "node-proxy"
        << "";
    QTest::newRow("csr approval alone")
        << rule("certificates.k8s.io", "certificatesigningrequests/approval", "update") << true
        << "csr"
        << "medium";
    QTest::newRow("csr approve apiserver-client")
        << rule("certificates.k8s.io", "signers", "approve",
                "'kubernetes.io/kube-apiserver-client'")
        << true << "csr"
        << "high";
    QTest::newRow("csr approve every kubernetes.io signer")
        << rule("certificates.k8s.io", "signers", "approve", "'kubernetes.io/*'") << true << "csr"
        << "high";
    QTest::newRow("csr sign every signer")
        << rule("certificates.k8s.io", "signers", "sign") << true << "csr"
        << "high";
    QTest::newRow("csr sign own signer")
        << rule("certificates.k8s.io", "signers", "sign", "'example.com/mine'") << true << "csr"
        << "medium";
    QTest::newRow("webhooks") << rule("admissionregistration.k8s.io",
                                      "mutatingwebhookconfigurations", "patch")
                              << true << "webhooks"
                              << "high";
    QTest::newRow("webhooks read")
        << rule("admissionregistration.k8s.io", "mutatingwebhookconfigurations", "get,list") << true
        << "webhooks"
        << "";
    QTest::newRow("persistentvolumes")
        << rule("''", "persistentvolumes", "create") << true << "persistentvolumes"
        << "high";
    QTest::newRow("patch namespaces")
        << rule("''", "namespaces", "patch") << true << "namespace-labels"
        << "medium";
    QTest::newRow("patch own namespace")
        << rule("''", "namespaces", "update") << false << "namespace-labels"
        << "medium";
    QTest::newRow("read configmaps is fine")
        << rule("''", "configmaps", "get,list,watch") << true << "wildcard"
        << "";
}

void TestRbac::risks()
{
    QFETCH(QByteArray, rules);
    QFETCH(bool, cluster);
    QFETCH(QString, check);
    QFETCH(QString, severity);
    QByteArray yaml = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: "
                      "{name: r}\nrules:\n" +
                      rules + "---\napiVersion: rbac.authorization.k8s.io/v1\n";
    yaml += cluster ? "kind: ClusterRoleBinding\nmetadata: {name: b}\n"
                    : "kind: RoleBinding\nmetadata: {name: b, namespace: shop}\n";
    yaml += "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}\n"
            "subjects: [{kind: ServiceAccount, name: app, namespace: shop}]\n";
    const Inventory inv = loadYaml(yaml);
    QVERIFY(!inv.hasErrors());
    const RbacIndex index(inv);
    const RiskReport report = analyzeRisks(index);
    QString found;
    for (const RiskFinding &f : report.findings) {
        if (f.check != check)
            continue;
        QCOMPARE(f.subject.key(), u"ServiceAccount:shop:app"_s);
        QCOMPARE(f.scope, cluster ? QString() : u"shop"_s);
        QCOMPARE(index.bindings()[std::size_t(f.grant.binding)].name, u"b"_s);
        QVERIFY(f.location.isValid());
        QVERIFY(!f.detail.isEmpty());
        if (found.isEmpty() || severityFromName(found) < f.severity)
            found = severityName(f.severity);
    }
    QCOMPARE(found, severity);
}

void TestRbac::execNeedsCreateFrom135()
{
    const QByteArray yaml = R"(
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: r}
rules: [{apiGroups: [""], resources: [pods/exec], verbs: [get]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: b}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
subjects: [{kind: User, name: u}]
)";
    const auto execFindings = [&](const QString &version) {
        SourceInfo s;
        s.serverVersion = version;
        const RbacIndex index(loadYaml(yaml, s));
        const RiskReport r = analyzeRisks(index);
        int n = 0;
        for (const RiskFinding &f : r.findings)
            n += f.check == u"exec" ? 1 : 0;
        return std::pair{n, r.notes.join(u'\n')};
    };
    QCOMPARE(execFindings(u"v1.30.4"_s).first, 1);
    QCOMPARE(execFindings(u"v1.34.0"_s).first, 1);
    QCOMPARE(execFindings(u"v1.35.0"_s).first, 0);
    const auto unknown = execFindings({});
    QCOMPARE(unknown.first, 0);
    QVERIFY(unknown.second.contains(u"Server version unknown"));
}

void TestRbac::publicBindings()
{
    const QByteArray yaml = R"(
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: anon-view}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects:
- {kind: User, name: "system:anonymous"}
- {kind: Group, name: "system:authenticated"}
- {kind: Group, name: "system:serviceaccounts"}
)";
    const RbacIndex index(loadYaml(yaml));
    QStringList got;
    for (const RiskFinding &f : analyzeRisks(index).findings)
        if (f.check == u"public-binding")
            got.append(f.subject.name + u'=' + severityName(f.severity));
    got.sort();
    QCOMPARE(got, (QStringList{u"system:anonymous=critical"_s, u"system:authenticated=high"_s,
                               u"system:serviceaccounts=medium"_s}));
    // A role with non-resource URLs only is one level less severe.
    const QByteArray urls = R"(
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: anon-urls}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: system:monitoring}
subjects:
- {kind: Group, name: "system:unauthenticated"}
)";
    bool high = false;
    for (const RiskFinding &f : analyzeRisks(RbacIndex(loadYaml(urls))).findings)
        high |= f.check == u"public-binding" && f.severity == Severity::High;
    QVERIFY(high);
    // The API server's own bindings to these groups are defaults, not findings.
    for (const RiskFinding &f : analyzeRisks(RbacIndex(loadYaml("{}"))).findings)
        QVERIFY2(f.check != u"public-binding", qPrintable(f.detail));
}

void TestRbac::escalationPaths()
{
    // SA builder in ns ci can create pods in ns prod, where SA deployer is cluster-admin.
    // SA minter can request tokens for ci's accounts; user eve can impersonate system:masters;
    // user mallory can bind cluster-admin and create ClusterRoleBindings.
    const QByteArray yaml = readData(u"escalation.yaml"_s);
    const RbacIndex index(loadYaml(yaml));
    const auto paths = rbac::escalationPaths(index, {});
    QHash<QString, const EscalationPath *> byStart;
    for (const EscalationPath &p : paths)
        byStart.insert(p.start, &p);
    QVERIFY(!byStart.contains(u"User:quiet"_s));
    QVERIFY(!byStart.contains(u"ServiceAccount:prod:deployer"_s)); // already cluster-admin

    const EscalationPath *builder = byStart.value(u"ServiceAccount:ci:builder"_s);
    QVERIFY(builder);
    QCOMPARE(int(builder->steps.size()), 1);
    QCOMPARE(builder->steps[0].to, u"ServiceAccount:prod:deployer"_s);
    QVERIFY2(builder->steps[0].how.contains(u"can create pods in namespace prod"),
             qPrintable(builder->steps[0].how));
    QVERIFY(builder->targetReason.contains(u"ClusterRoleBinding deployer-admin"));
    QCOMPARE(index.bindings()[std::size_t(builder->steps[0].grant.binding)].name,
             u"builder-edit"_s);

    const EscalationPath *minter = byStart.value(u"ServiceAccount:ci:minter"_s);
    QVERIFY(minter);
    QCOMPARE(int(minter->steps.size()), 2);
    QCOMPARE(minter->steps[0].to, u"ServiceAccount:ci:builder"_s);
    QVERIFY(minter->steps[0].how.contains(u"token"));

    const EscalationPath *eve = byStart.value(u"User:eve"_s);
    QVERIFY(eve);
    QCOMPARE(int(eve->steps.size()), 1);
    QCOMPARE(eve->steps[0].to, u"cluster-admin"_s);
    const EscalationPath *mallory = byStart.value(u"User:mallory"_s);
    QVERIFY(mallory);
    QVERIFY(mallory->steps[0].how.contains(u"bind ClusterRole cluster-admin"));

    // Shortest first.
    for (std::size_t i = 1; i < paths.size(); ++i)
        QVERIFY(paths[i - 1].steps.size() <= paths[i].steps.size());
    // From one subject only.
    const auto one = rbac::escalationPaths(index, {}, {u"ServiceAccount:ci:minter"_s});
    QCOMPARE(int(one.size()), 1);
}

void TestRbac::graphModel()
{
    const Inventory inv = loadFiles({kCorpus + u"/argo-cd/install.yaml"_s}, u"argocd"_s);
    const RbacIndex index(inv);
    const RiskReport report = analyzeRisks(index);
    const Graph g = rbacGraph(index, report);
    const GraphNode *controller =
        g.node(u"subject/ServiceAccount:argocd:argocd-application-controller"_s);
    QVERIFY(controller);
    QCOMPARE(controller->kind, GraphNode::Kind::ServiceAccount);
    QVERIFY(controller->risky);
    QCOMPARE(controller->group, u"ns/argocd"_s);
    QVERIFY(g.node(u"binding/ClusterRoleBinding//argocd-application-controller"_s));
    const GraphNode *role = g.node(u"role/ClusterRole//argocd-application-controller"_s);
    QVERIFY(role);
    QCOMPARE(role->kind, GraphNode::Kind::ClusterRole);
    int risky = 0;
    int escalation = 0;
    for (const GraphEdge &e : g.edges) {
        risky += e.kind == GraphEdge::Kind::Risky ? 1 : 0;
        if (e.kind == GraphEdge::Kind::Escalation) {
            ++escalation;
            QVERIFY(e.step >= 1);
            QVERIFY(g.node(e.from) && g.node(e.to));
        }
        QVERIFY2(g.node(e.from) && g.node(e.to), qPrintable(e.from + u" -> " + e.to));
    }
    QVERIFY(risky > 0);
    QVERIFY(escalation > 0);
    // Only risky subjects by default; all of them on request.
    RbacGraphOptions all;
    all.all = true;
    QVERIFY(rbacGraph(index, report, all).nodes.size() > g.nodes.size());
    // The graph command's entry point.
    RbacGraphOptions argocd;
    argocd.ns = u"argocd"_s;
    QCOMPARE(rbacGraph(inv, u"argocd"_s).nodes.size(),
             rbacGraph(index, report, argocd).nodes.size());
}

void TestRbac::graphFoldsWhenLarge()
{
    QByteArray yaml = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: "
                      "{name: big}\nrules:\n";
    for (int i = 0; i < 50; ++i)
        yaml += "- {apiGroups: [''], resources: [secrets" + QByteArray::number(i) +
                "], verbs: [get]}\n";
    yaml += "- {apiGroups: [''], resources: [secrets], verbs: [list]}\n";
    for (int i = 0; i < 10; ++i)
        yaml += "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: "
                "ClusterRoleBinding\nmetadata: {name: b" +
                QByteArray::number(i) +
                "}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: big}\n"
                "subjects: [{kind: User, name: u" +
                QByteArray::number(i) + "}]\n";
    const RbacIndex index(loadYaml(yaml));
    const RiskReport report = analyzeRisks(index);
    RbacGraphOptions options;
    options.all = true;
    options.maxNodes = 40;
    const Graph g = rbacGraph(index, report, options);
    int permissions = 0;
    for (const GraphNode &n : g.nodes)
        permissions += n.kind == GraphNode::Kind::Permission ? 1 : 0;
    QCOMPARE(permissions, 1); // one folded node for the role's 51 rules
    const GraphNode *folded = g.node(u"role/ClusterRole//big/rules"_s);
    QVERIFY(folded);
    QCOMPARE(folded->count, 51);
    QVERIFY(folded->risky);
}

void TestRbac::corpusMetricsServerAggregation()
{
    const Inventory inv = loadFiles({kCorpus + u"/metrics-server"_s});
    QVERIFY(!inv.hasErrors());
    const RbacIndex index(inv);
    // system:aggregated-metrics-reader carries aggregate-to-view/edit/admin: its rule reaches
    // view, edit and admin.
    const Rule metrics{
        {u"get"_s, u"list"_s, u"watch"_s}, {u"metrics.k8s.io"_s}, {u"pods"_s, u"nodes"_s}, {}, {}};
    for (const char *name : {"view", "edit", "admin"}) {
        const RoleEntry &r =
            index.roles()[std::size_t(index.findClusterRole(QString::fromLatin1(name)))];
        QVERIFY2(std::find(r.rules.begin(), r.rules.end(), metrics) != r.rules.end(), name);
    }
    // Besides system:masters, the built-in HPA controller lists pod metrics everywhere.
    QVERIFY(index.whoCan(resource(u"list"_s, u"metrics.k8s.io"_s, u"pods"_s, u"kube-system"_s))
                .subjects.size() >= 2);
    // metrics-server's ServiceAccount: auth delegation (built-in ClusterRole), the
    // extension-apiserver-authentication-reader Role (built-in) in kube-system, its own reads.
    const Identity sa = Identity::serviceAccount(u"kube-system"_s, u"metrics-server"_s);
    QVERIFY(index.canI(sa, resource(u"create"_s, u"authentication.k8s.io"_s, u"tokenreviews"_s))
                .allowed);
    QVERIFY(index
                .canI(sa, resource(u"get"_s, {}, u"configmaps"_s, u"kube-system"_s,
                                   u"extension-apiserver-authentication"_s))
                .allowed);
    QVERIFY(!index.canI(sa, resource(u"get"_s, {}, u"configmaps"_s, u"kube-system"_s, u"other"_s))
                 .allowed);
    QVERIFY(index.canI(sa, resource(u"get"_s, {}, u"nodes/metrics"_s)).allowed);
    QVERIFY(!index.canI(sa, resource(u"get"_s, {}, u"secrets"_s, u"kube-system"_s)).allowed);
    // Findings: the aggregated role, reported as feeding admin, edit and view.
    bool aggregation = false;
    for (const RiskFinding &f : analyzeRisks(index).findings)
        if (f.check == u"aggregation") {
            aggregation = true;
            QVERIFY(f.detail.contains(u"admin, edit, view"));
        }
    QVERIFY(aggregation);
}

void TestRbac::corpusArgoCd()
{
    const Inventory inv = loadFiles({kCorpus + u"/argo-cd/install.yaml"_s}, u"argocd"_s);
    const RbacIndex index(inv);
    const Identity controller =
        Identity::serviceAccount(u"argocd"_s, u"argocd-application-controller"_s);
    const Identity server = Identity::serviceAccount(u"argocd"_s, u"argocd-server"_s);
    const Identity redis = Identity::serviceAccount(u"argocd"_s, u"argocd-redis"_s);
    // The application controller: */*/* and nonResourceURLs * cluster-wide.
    QVERIFY(index.canI(controller, resource(u"*"_s, u"*"_s, u"*"_s)).allowed);
    QVERIFY(index.canI(controller, Request::forPath(u"get"_s, u"/metrics"_s)).allowed);
    // argocd-server: delete/get/patch on */* everywhere, but not create or list.
    QVERIFY(index.canI(server, resource(u"delete"_s, {}, u"secrets"_s, u"kube-system"_s)).allowed);
    QVERIFY(index.canI(server, resource(u"patch"_s, u"apps"_s, u"deployments"_s, u"default"_s))
                .allowed);
    QVERIFY(!index.canI(server, resource(u"list"_s, {}, u"secrets"_s, u"kube-system"_s)).allowed);
    QVERIFY(index.canI(server, resource(u"list"_s, {}, u"secrets"_s, u"argocd"_s)).allowed); // Role
    QVERIFY(
        index.canI(server, resource(u"create"_s, u"batch"_s, u"jobs"_s, u"kube-system"_s)).allowed);
    // argocd-redis: only its own secret by name, and create (which cannot be limited by name).
    QVERIFY(index.canI(redis, resource(u"get"_s, {}, u"secrets"_s, u"argocd"_s, u"argocd-redis"_s))
                .allowed);
    QVERIFY(
        !index.canI(redis, resource(u"get"_s, {}, u"secrets"_s, u"argocd"_s, u"argocd-secret"_s))
             .allowed);
    QVERIFY(index.canI(redis, resource(u"create"_s, {}, u"secrets"_s, u"argocd"_s)).allowed);
    QVERIFY(
        !index.canI(redis, resource(u"get"_s, {}, u"secrets"_s, u"default"_s, u"argocd-redis"_s))
             .allowed);

    const RiskReport report = analyzeRisks(index);
    bool admin = false;
    for (const RiskFinding &f : report.findings)
        if (f.check == u"cluster-admin" && f.subject.name == u"argocd-application-controller") {
            admin = true;
            QCOMPARE(f.severity, Severity::Critical);
            QVERIFY(f.scope.isEmpty());
        }
    QVERIFY(admin);
    // argocd-server patches Deployments (and creates Jobs) anywhere ⇒ runs a pod as the
    // controller's account ⇒ admin.
    const auto it = std::find_if(
        report.escalations.begin(), report.escalations.end(),
        [](const EscalationPath &p) { return p.start == u"ServiceAccount:argocd:argocd-server"; });
    QVERIFY(it != report.escalations.end());
    QCOMPARE(int(it->steps.size()), 1);
    QCOMPARE(it->steps[0].how, u"can patch deployments in every namespace, so it runs a pod as"_s);
    QCOMPARE(it->steps[0].to, u"ServiceAccount:argocd:argocd-application-controller"_s);
}

void TestRbac::corpusCertManager()
{
    const Inventory inv = loadFiles({kCorpus + u"/cert-manager/cert-manager.yaml"_s});
    const RbacIndex index(inv);
    const Identity cm = Identity::serviceAccount(u"cert-manager"_s, u"cert-manager"_s);
    // Token for itself only (resourceNames).
    QVERIFY(index
                .canI(cm, resource(u"create"_s, {}, u"serviceaccounts/token"_s, u"cert-manager"_s,
                                   u"cert-manager"_s))
                .allowed);
    QVERIFY(!index
                 .canI(cm, resource(u"create"_s, {}, u"serviceaccounts/token"_s, u"cert-manager"_s,
                                    u"cert-manager-webhook"_s))
                 .allowed);
    // Leader election lease by name in kube-system; create is unnamed.
    QVERIFY(index
                .canI(cm, resource(u"update"_s, u"coordination.k8s.io"_s, u"leases"_s,
                                   u"kube-system"_s, u"cert-manager-controller"_s))
                .allowed);
    QVERIFY(!index
                 .canI(cm, resource(u"update"_s, u"coordination.k8s.io"_s, u"leases"_s,
                                    u"kube-system"_s, u"other"_s))
                 .allowed);
    // Signing only for its issuers' signer names (prefix match is not RBAC: exact names).
    QVERIFY(index
                .canI(cm, resource(u"sign"_s, u"certificates.k8s.io"_s, u"signers"_s, {},
                                   u"issuers.cert-manager.io/*"_s))
                .allowed);
    QVERIFY(!index
                 .canI(cm, resource(u"sign"_s, u"certificates.k8s.io"_s, u"signers"_s, {},
                                    u"kubernetes.io/kube-apiserver-client"_s))
                 .allowed);
    // cert-manager-view/-edit feed view/edit/admin.
    const Rule certs{{u"get"_s, u"list"_s, u"watch"_s},
                     {u"cert-manager.io"_s},
                     {u"certificates"_s, u"certificaterequests"_s, u"issuers"_s},
                     {},
                     {}};
    const RoleEntry &view = index.roles()[std::size_t(index.findClusterRole(u"view"_s))];
    QVERIFY(std::find(view.rules.begin(), view.rules.end(), certs) != view.rules.end());

    QHash<QString, Severity> worst;
    for (const RiskFinding &f : analyzeRisks(index).findings) {
        const QString key =
            f.check + u'|' +
            (f.subject.kind.isEmpty() ? index.roles()[std::size_t(f.grant.role)].name
                                      : f.subject.name);
        if (!worst.contains(key) || worst.value(key) < f.severity)
            worst.insert(key, f.severity);
    }
    QCOMPARE(worst.value(u"webhooks|cert-manager-cainjector"_s), Severity::High);
    QCOMPARE(worst.value(u"workloads|cert-manager"_s), Severity::High); // create pods (challenges)
    QCOMPARE(worst.value(u"secrets|cert-manager"_s), Severity::High);
    // Signing and status writes limited to its own issuers' signer names.
    QCOMPARE(worst.value(u"csr|cert-manager"_s), Severity::Medium);
    QCOMPARE(worst.value(u"token-request|cert-manager"_s), Severity::Low);
    QVERIFY(worst.contains(u"aggregation|cert-manager-view"_s));
    QVERIFY(worst.contains(u"aggregation|cert-manager-edit"_s));
}

void TestRbac::corpusIngressNginx()
{
    const Inventory inv = loadFiles({kCorpus + u"/ingress-nginx/deploy.yaml"_s});
    const RbacIndex index(inv);
    const Identity ctl = Identity::serviceAccount(u"ingress-nginx"_s, u"ingress-nginx"_s);
    const Identity admission =
        Identity::serviceAccount(u"ingress-nginx"_s, u"ingress-nginx-admission"_s);
    // Secrets: list/watch everywhere (ClusterRole), get only in its namespace (Role).
    QVERIFY(index.canI(ctl, resource(u"list"_s, {}, u"secrets"_s, u"default"_s)).allowed);
    QVERIFY(!index.canI(ctl, resource(u"get"_s, {}, u"secrets"_s, u"default"_s, u"x"_s)).allowed);
    QVERIFY(
        index.canI(ctl, resource(u"get"_s, {}, u"secrets"_s, u"ingress-nginx"_s, u"x"_s)).allowed);
    QVERIFY(index
                .canI(ctl, resource(u"update"_s, u"coordination.k8s.io"_s, u"leases"_s,
                                    u"ingress-nginx"_s, u"ingress-nginx-leader"_s))
                .allowed);
    QVERIFY(!index
                 .canI(ctl, resource(u"update"_s, u"coordination.k8s.io"_s, u"leases"_s,
                                     u"ingress-nginx"_s, u"other"_s))
                 .allowed);
    QVERIFY(index
                .canI(ctl, resource(u"update"_s, u"networking.k8s.io"_s, u"ingresses/status"_s,
                                    u"web"_s))
                .allowed);
    QVERIFY(
        !index.canI(ctl, resource(u"update"_s, u"networking.k8s.io"_s, u"ingresses"_s, u"web"_s))
             .allowed);
    QVERIFY(index
                .canI(admission, resource(u"update"_s, u"admissionregistration.k8s.io"_s,
                                          u"validatingwebhookconfigurations"_s, {}, u"any"_s))
                .allowed);
    // who can read secrets in namespace web: the controller, through the ClusterRoleBinding.
    const WhoCanResult who = index.whoCan(resource(u"list"_s, {}, u"secrets"_s, u"web"_s));
    QVERIFY(whoKeys(who).contains(u"ServiceAccount:ingress-nginx:ingress-nginx"_s));
    QVERIFY(!whoKeys(who).contains(u"ServiceAccount:ingress-nginx:ingress-nginx-admission"_s));
    bool webhook = false;
    bool secrets = false;
    for (const RiskFinding &f : analyzeRisks(index).findings) {
        webhook |= f.check == u"webhooks" && f.subject.name == u"ingress-nginx-admission";
        secrets |= f.check == u"secrets" && f.subject.name == u"ingress-nginx" &&
                   f.severity == Severity::High;
    }
    QVERIFY(webhook);
    QVERIFY(secrets);
}

void TestRbac::corpusDashboard()
{
    const Inventory inv = loadFiles({kCorpus + u"/dashboard/recommended.yaml"_s});
    const RbacIndex index(inv);
    const Identity sa =
        Identity::serviceAccount(u"kubernetes-dashboard"_s, u"kubernetes-dashboard"_s);
    QVERIFY(index
                .canI(sa, resource(u"get"_s, {}, u"secrets"_s, u"kubernetes-dashboard"_s,
                                   u"kubernetes-dashboard-csrf"_s))
                .allowed);
    QVERIFY(
        !index.canI(sa, resource(u"list"_s, {}, u"secrets"_s, u"kubernetes-dashboard"_s)).allowed);
    QVERIFY(
        !index.canI(sa, resource(u"get"_s, {}, u"secrets"_s, u"kubernetes-dashboard"_s, u"other"_s))
             .allowed);
    QVERIFY(index
                .canI(sa, resource(u"proxy"_s, {}, u"services"_s, u"kubernetes-dashboard"_s,
                                   u"heapster"_s))
                .allowed);
    QVERIFY(index
                .canI(sa, resource(u"get"_s, {}, u"services/proxy"_s, u"kubernetes-dashboard"_s,
                                   u"https:heapster:"_s))
                .allowed);
    QVERIFY(
        index.canI(sa, resource(u"list"_s, u"metrics.k8s.io"_s, u"pods"_s, u"default"_s)).allowed);
    // Its only secret finding: the named Secrets, low.
    for (const RiskFinding &f : analyzeRisks(index).findings) {
        if (f.subject.name != u"kubernetes-dashboard")
            continue;
        QCOMPARE(f.check, u"secrets"_s);
        QCOMPARE(f.severity, Severity::Low);
    }
}

QTEST_GUILESS_MAIN(TestRbac)
#include "tst_rbac.moc"
