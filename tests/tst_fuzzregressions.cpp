// Regression inputs of the parsers that take outside bytes (tests/data/fuzz-regressions): inputs
// found by the libFuzzer targets in tests/fuzz and hostile inputs of the same kind. Every input
// goes through the same entry point as its fuzz target and must end in the clean result its
// `.expect` file names, within the fuzz gate's time bound.
//
// Layout: fuzz-regressions/<target>/<name> with <name>.expect, whose first line is either
//   error: <text>   the entry point reports an error (or diagnostic) containing <text>
//   ok              the entry point accepts the input
// <target> is the fuzz target's name without fuzz_ (kubeconfig, execcredential, listpage,
// exceptions, manifest, json, snapshot, labelselector).

#include "checks/exceptions.h"
#include "cluster/clusterfetcher.h"
#include "cluster/credentials.h"
#include "cluster/kubeconfig.h"
#include "kube/inventory.h"
#include "kube/labelselector.h"
#include "sources/manifestloader.h"
#include "sources/parselimits.h"
#include "sources/snapshot.h"

#include <optional>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace parapet;

namespace {

const QString kRoot = QStringLiteral(PARAPET_TEST_DATA "/fuzz-regressions");

/// What an entry point made of an input: nullopt when accepted, else the error messages.
using Outcome = std::optional<QStringList>;

Outcome fromErrors(const QStringList &errors)
{
    return errors.isEmpty() ? Outcome() : Outcome(errors);
}

Outcome run(const QString &target, const QByteArray &bytes)
{
    if (target == u"kubeconfig") {
        const auto k = Kubeconfig::parse(bytes, QStringLiteral("/nonexistent-parapet-fuzz/config"));
        return k ? Outcome() : Outcome(QStringList{k.error().message});
    }
    if (target == u"execcredential") {
        ExecConfig exec;
        exec.command = QStringLiteral("fuzz-plugin");
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        const auto c = parseExecCredential(bytes, exec);
        return c ? Outcome() : Outcome(QStringList{c.error().message});
    }
    if (target == u"listpage") {
        const ParsedPage page = parseListPage(bytes, QStringLiteral("v1"), QStringLiteral("Pod"),
                                              QStringLiteral("fuzz"));
        QStringList errors;
        if (page.error)
            errors << page.error->message;
        for (const Diagnostic &d : page.diagnostics)
            errors << d.message;
        return fromErrors(errors);
    }
    if (target == u"exceptions") {
        const auto set = checks::ExceptionSet::parse(bytes, QStringLiteral("exceptions.yaml"));
        if (!set)
            return Outcome(QStringList{set.error().message});
        // Matching is part of the target: globs and selectors run against an object.
        ManifestLoader loader;
        loader.addData(QStringLiteral("o.yaml"),
                       "apiVersion: v1\nkind: Pod\nmetadata: {name: " + QByteArray(200, 'a') +
                           ", namespace: shop, labels: {app: web}}\n");
        const Inventory inventory = loader.load(SourceInfo{});
        for (const checks::Exception &e : set->items())
            for (const KubeObject &o : inventory.objects())
                (void)e.matches(o);
        return Outcome();
    }
    if (target == u"manifest") {
        ManifestLoader loader;
        loader.addData(QStringLiteral("fuzz.yaml"), bytes);
        const Inventory inventory = loader.load(SourceInfo{});
        QStringList errors;
        for (const Diagnostic &d : inventory.diagnostics())
            if (d.severity == Diagnostic::Severity::Error)
                errors << d.message;
        return fromErrors(errors);
    }
    if (target == u"json") {
        QStringList errors;
        parseJsonStream(
            bytes, ParseLimits{}, [](ParsedDocument) {},
            [&errors](Error e) { errors << e.message; });
        return fromErrors(errors);
    }
    if (target == u"snapshot") {
        const auto s = Snapshot::read(bytes, QStringLiteral("fuzz.snapshot"));
        return s ? Outcome() : Outcome(QStringList{s.error().message});
    }
    if (target == u"labelselector") {
        const auto s = LabelSelector::parse(QString::fromUtf8(bytes));
        return s ? Outcome() : Outcome(QStringList{s.error().message});
    }
    qFatal("unknown fuzz target folder %s", qPrintable(target));
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void input_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        int rows = 0;
        QDirIterator it(kRoot, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &path : paths) {
            if (path.endsWith(u".expect") || path.endsWith(u".md"))
                continue;
            QFile expectFile(path + QStringLiteral(".expect"));
            QVERIFY2(expectFile.open(QIODevice::ReadOnly),
                     qPrintable(QStringLiteral("%1 has no .expect file").arg(path)));
            const QString expect = QString::fromUtf8(expectFile.readLine()).trimmed();
            const QString target = QFileInfo(path).dir().dirName();
            const QString name = target + u'/' + QFileInfo(path).fileName();
            QTest::newRow(qPrintable(name)) << target << path << expect;
            ++rows;
        }
        QVERIFY2(rows > 0, "no regression inputs found");
    }

    void input()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFETCH(QString, expect);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();

        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = run(target, bytes);
        const qint64 ms = timer.elapsed();
        // The fuzz gate allows 2 s per input in an -O1 sanitizer build; the Debug and ASan test
        // builds are slower, so this bound is looser, but still far from "hangs".
        QVERIFY2(ms < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));

        if (expect == u"ok") {
            QVERIFY2(!outcome, qPrintable(outcome ? outcome->join(u'\n') : QString()));
            return;
        }
        QVERIFY2(expect.startsWith(u"error: "), qPrintable(u"bad .expect line: " + expect));
        const QString text = expect.mid(7);
        QVERIFY2(outcome, "the input was accepted, an error was expected");
        const bool found = std::any_of(outcome->cbegin(), outcome->cend(),
                                       [&](const QString &m) { return m.contains(text); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected an error containing \"%1\", got:\n%2")
                                       .arg(text, outcome->join(u'\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
