#include "kube/labelselector.h"
#include "sources/parselimits.h"

#include <QTest>

using namespace parapet;

namespace {

// Parses one YAML document (the loader's parser) and returns it whole.
std::shared_ptr<Document> yaml(const char *text)
{
    std::shared_ptr<Document> out;
    parseYamlStream(QByteArrayView(text), ParseLimits{},
                    [&](ParsedDocument p) { out = p.document; }, [](const Error &e) {
                        QFAIL(qPrintable(e.toString()));
                    });
    return out;
}

} // namespace

class TestLabelSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseAndMatch_data();
    void parseAndMatch();
    void parseErrors_data();
    void parseErrors();
    void fromNode();
    void fromNodeErrors_data();
    void fromNodeErrors();
    void fromMap();
};

void TestLabelSelector::parseAndMatch_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("labels"); // k=v;k=v
    QTest::addColumn<bool>("matches");

    QTest::newRow("empty matches all") << "" << "a=b" << true;
    QTest::newRow("empty matches none-labels") << "" << "" << true;
    QTest::newRow("equals") << "app=web" << "app=web;tier=fe" << true;
    QTest::newRow("double equals") << "app==web" << "app=web" << true;
    QTest::newRow("equals other value") << "app=web" << "app=db" << false;
    QTest::newRow("equals absent") << "app=web" << "tier=fe" << false;
    QTest::newRow("not equals absent matches") << "app!=web" << "tier=fe" << true;
    QTest::newRow("not equals other") << "app!=web" << "app=db" << true;
    QTest::newRow("not equals same") << "app!=web" << "app=web" << false;
    QTest::newRow("in") << "env in (prod, staging)" << "env=prod" << true;
    QTest::newRow("in absent") << "env in (prod)" << "" << false;
    QTest::newRow("notin absent matches") << "env notin (prod)" << "" << true;
    QTest::newRow("notin member") << "env notin (prod,dev)" << "env=dev" << false;
    QTest::newRow("exists") << "app" << "app=" << true;
    QTest::newRow("exists absent") << "app" << "x=y" << false;
    QTest::newRow("does not exist") << "!app" << "x=y" << true;
    QTest::newRow("does not exist present") << "!app" << "app=x" << false;
    QTest::newRow("and") << "app=web,tier=fe" << "app=web;tier=be" << false;
    QTest::newRow("gt") << "replicas>2" << "replicas=3" << true;
    QTest::newRow("gt equal") << "replicas>3" << "replicas=3" << false;
    QTest::newRow("lt non-number") << "replicas<3" << "replicas=abc" << false;
    QTest::newRow("empty value") << "app=" << "app=" << true;
    QTest::newRow("prefixed key") << "app.kubernetes.io/name=grafana"
                                  << "app.kubernetes.io/name=grafana" << true;
}

QHash<QString, QString> labelsOf(const QString &spec)
{
    QHash<QString, QString> out;
    for (const QString &kv : spec.split(u';', Qt::SkipEmptyParts)) {
        const auto eq = kv.indexOf(u'=');
        out.insert(kv.left(eq), kv.mid(eq + 1));
    }
    return out;
}

void TestLabelSelector::parseAndMatch()
{
    QFETCH(QString, selector);
    QFETCH(QString, labels);
    QFETCH(bool, matches);
    const auto s = LabelSelector::parse(selector);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(s->matches(labelsOf(labels)), matches);
}

void TestLabelSelector::parseErrors_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("error");
    QTest::newRow("trailing comma") << "a=b," << "expected a label key";
    QTest::newRow("bad key") << "-a=b" << "name part of \"-a\"";
    QTest::newRow("bad value") << "a=b c" << "expected ','";
    QTest::newRow("in without paren") << "a in b" << "expected '('";
    QTest::newRow("unclosed in") << "a in (b" << "expected ',' or ')'";
    QTest::newRow("value too long") << QStringLiteral("a=") + QString(64, u'x') << "label value";
    QTest::newRow("gt non-integer") << "a>b" << "integer value";
    QTest::newRow("operator only") << "=b" << "expected a label key";
}

void TestLabelSelector::parseErrors()
{
    QFETCH(QString, selector);
    QFETCH(QString, error);
    const auto s = LabelSelector::parse(selector);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(error), qPrintable(s.error().message));
}

void TestLabelSelector::fromNode()
{
    const auto doc = yaml(R"(
missing: {}
sel:
  matchLabels: {app: web}
  matchExpressions:
  - {key: env, operator: In, values: [prod, staging]}
  - {key: canary, operator: DoesNotExist}
empty: {}
nullsel: null
)");
    const Node root(doc.get(), 0);
    const auto none = LabelSelector::fromNode(root["absent"]);
    QVERIFY(none.ok());
    QVERIFY(none->isNothing());
    QVERIFY(!none->matches(QHash<QString, QString>{}));

    const auto nullSel = LabelSelector::fromNode(root["nullsel"]);
    QVERIFY(nullSel->isNothing());

    const auto all = LabelSelector::fromNode(root["empty"]);
    QVERIFY(all->isEverything());
    QVERIFY(all->matches(QHash<QString, QString>{}));

    const auto s = LabelSelector::fromNode(root["sel"]);
    QVERIFY(s.ok());
    QCOMPARE(s->toString(), QStringLiteral("app=web,!canary,env in (prod,staging)"));
    QVERIFY(s->matches(labelsOf(QStringLiteral("app=web;env=prod"))));
    QVERIFY(!s->matches(labelsOf(QStringLiteral("app=web;env=prod;canary=true"))));
    QVERIFY(!s->matches(labelsOf(QStringLiteral("app=web;env=dev"))));

    // Matching against a labels mapping node of a document.
    const auto pod = yaml("metadata: {labels: {app: web, env: staging}}\n");
    QVERIFY(s->matches(Node(pod.get(), 0).path("metadata.labels")));
    QVERIFY(!s->matches(Node(pod.get(), 0).path("metadata.nolabels")));
}

void TestLabelSelector::fromNodeErrors_data()
{
    QTest::addColumn<QString>("yamlText");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown operator")
        << "matchExpressions: [{key: a, operator: Equals, values: [b]}]"
        << "\"Equals\" is not a valid label selector operator";
    QTest::newRow("in without values") << "matchExpressions: [{key: a, operator: In}]"
                                       << "values set can't be empty";
    QTest::newRow("exists with values")
        << "matchExpressions: [{key: a, operator: Exists, values: [x]}]"
        << "values set must be empty";
    QTest::newRow("bad matchLabels value") << "matchLabels: {a: 'x y'}" << "label value";
}

void TestLabelSelector::fromNodeErrors()
{
    QFETCH(QString, yamlText);
    QFETCH(QString, error);
    const QByteArray bytes = yamlText.toUtf8();
    const auto doc = yaml(bytes.constData());
    const auto s = LabelSelector::fromNode(Node(doc.get(), 0));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(error), qPrintable(s.error().message));
    QCOMPARE(s.error().location.line, 1u);
}

void TestLabelSelector::fromMap()
{
    const auto doc = yaml("a: {app: web}\nb: {}\n");
    const Node root(doc.get(), 0);
    QVERIFY(LabelSelector::fromMap(root["a"])->matches(labelsOf(QStringLiteral("app=web"))));
    QVERIFY(!LabelSelector::fromMap(root["a"])->matches(labelsOf(QStringLiteral("app=db"))));
    QVERIFY(LabelSelector::fromMap(root["b"])->isEverything());
}

QTEST_GUILESS_MAIN(TestLabelSelector)
#include "tst_labelselector.moc"
