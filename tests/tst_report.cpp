// The audit report, made through `parapet-cli report` in-process and read back with the real
// poppler tools (pdftotext, pdfinfo, pdffonts): content, contents page numbers, metadata,
// embedded fonts, the HTML's self-containment, and the absence of planted secret values.

#include "clirun.h"
#include "report.h"
#include "reportdocument.h"
#include "sources/manifestloader.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = parapet::test::CliRun;
Run run(const QStringList &args)
{
    return parapet::test::runCommand(args);
}

QString dataPath(const char *name)
{
    return QStringLiteral(PARAPET_TEST_DATA "/report/") + QString::fromLatin1(name);
}

/// Output of a poppler tool; fails the test when it does not run.
QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << QStringLiteral("-layout") << pdf << QStringLiteral("-");
    return tool(QStringLiteral("pdftotext"), args);
}

QString infoField(const QString &info, const QString &field)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

const QStringList kChapters = {
    QStringLiteral("Executive summary"),         QStringLiteral("Checklist"),
    QStringLiteral("Not verifiable from here"),  QStringLiteral("RBAC: who can do what"),
    QStringLiteral("Network reachability"),      QStringLiteral("Applied exceptions"),
    QStringLiteral("Appendix: generated fixes"), QStringLiteral("About this report"),
};

/// Planted in tests/data/report/hostile.yaml; none may reach a report.
const QStringList kPlanted = {
    QStringLiteral("PLANTED"),
    QStringLiteral("UExBTlRF"), // base64 of "PLANT…"
    QStringLiteral("ghp_"),
};

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
        for (const char *t : {"pdftotext", "pdfinfo", "pdffonts"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(t)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 (poppler-utils) is not installed")
                                     .arg(QString::fromLatin1(t))));
        QVERIFY(m_dir.isValid());
    }

    void demoPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        const Run r =
            run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("Report written to")), qPrintable(r.err));

        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(infoField(info, QStringLiteral("Title")),
                 QStringLiteral("Kubernetes hardening report"));
        QVERIFY(infoField(info, QStringLiteral("Author")).startsWith(QStringLiteral("Parapet ")));
        QVERIFY(infoField(info, QStringLiteral("Creator")).startsWith(QStringLiteral("Parapet ")));
        QVERIFY(infoField(info, QStringLiteral("Subject")).contains(QStringLiteral("NSA/CISA")));
        QVERIFY(infoField(info, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
        const int pages = infoField(info, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 40, qPrintable(info));

        // Every font embedded; DejaVu Sans used.
        const QStringList fonts = tool(QStringLiteral("pdffonts"), {pdf}).split(u'\n').mid(2);
        int fontCount = 0;
        for (const QString &line : fonts) {
            if (line.trimmed().isEmpty())
                continue;
            ++fontCount;
            const QStringList cols = line.split(QRegularExpression(QStringLiteral("\\s+")));
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == u"yes",
                     qPrintable(QStringLiteral("not embedded: ") + line));
        }
        QVERIFY(fontCount >= 2);
        QVERIFY(fonts.join(u'\n').contains(QStringLiteral("DejaVuSans")));

        const QString text = pdfText(pdf);
        for (const QString &chapter : kChapters)
            QVERIFY2(text.contains(chapter), qPrintable(chapter));
        for (const char *s :
             {"Demo cluster", "v1.30.4", "Contents", "Scores by section", "Top risks", "NSA-POD-08",
              "NSA-POD-01", "NSA-NET-17", "NSA-AUTH-02", "debug-shell", "inventory-app",
              "cicd/deployer", "RBAC graph", "Network reachability (by namespace)",
              "Remediation:", "kind: NetworkPolicy", "Manual check"})
            QVERIFY2(text.contains(QString::fromLatin1(s)), s);
        QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));

        // The contents give the page each chapter starts on (two-pass layout).
        const QString contents = pdfText(pdf, 2, 2);
        for (const QString &chapter : kChapters) {
            const QRegularExpression entry(QRegularExpression::escape(chapter) +
                                               QStringLiteral("[ .]*\\s(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption);
            const auto m = entry.match(contents);
            QVERIFY2(m.hasMatch(),
                     qPrintable(chapter + QStringLiteral(" not in contents:\n") + contents));
            const int page = m.captured(1).toInt();
            QVERIFY(page > 2 && page <= pages);
            QVERIFY2(pdfText(pdf, page, page).contains(chapter),
                     qPrintable(QStringLiteral("%1 not on page %2").arg(chapter).arg(page)));
        }
        // Landscape pages exist only for wide graphs; every page is A4.
        const QString sizes =
            tool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                             QStringLiteral("-l"), QString::number(pages), pdf});
        QVERIFY(sizes.count(QStringLiteral("(A4)")) >= pages);
    }

    void corpusPdf()
    {
        const QString corpus = QStringLiteral(PARAPET_CORPUS);
        if (!QDir(corpus).exists())
            QSKIP("the shared corpus is not beside the checkout");
        const QString pdf = m_dir.filePath(QStringLiteral("corpus.pdf"));
        const Run r = run({QStringLiteral("report"), corpus, QStringLiteral("-o"), pdf,
                           QStringLiteral("--title"), QStringLiteral("Corpus audit")});
        // Some corpus files are planted to be refused: the report is written, exit 2 says so.
        QVERIFY2(r.code == 0 || r.code == 2, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(infoField(info, QStringLiteral("Title")), QStringLiteral("Corpus audit"));
        QVERIFY(infoField(info, QStringLiteral("Pages")).toInt() >= 40);
        const QString text = pdfText(pdf);
        for (const QString &chapter : kChapters)
            QVERIFY2(text.contains(chapter), qPrintable(chapter));
        for (const char *s : {"argocd-server", "calico-node", "cert-manager", "ingress-nginx",
                              "NSA-POD-13", "Manifest files"})
            QVERIFY2(text.contains(QString::fromLatin1(s)), s);
        // Evidence names the file and line the object came from.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("calico\\.yaml:\\d+"))));
    }

    void plantedSecretsNeverAppear_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("html") << QStringLiteral("html");
    }
    void plantedSecretsNeverAppear()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(QStringLiteral("planted.") + format);
        const Run r = run({QStringLiteral("report"), dataPath("hostile.yaml"),
                           QStringLiteral("--exceptions"), dataPath("exceptions.yaml"),
                           QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        const QString text = format == u"pdf" ? pdfText(out) : readFile(out);
        QVERIFY(!text.isEmpty());
        for (const QString &p : kPlanted)
            QVERIFY2(!text.contains(p), qPrintable(p));
        // The objects are there, by name; the secret findings say values were redacted.
        for (const char *s : {"payments-api", "app-config", "debug-pod", "db-credentials",
                              "&lt;redacted", "SEC-1234", "2099", "NSA-POD-08"})
            QVERIFY2(text.contains(format == u"pdf"
                                       ? QString::fromLatin1(s).replace(QStringLiteral("&lt;"),
                                                                        QStringLiteral("<"))
                                       : QString::fromLatin1(s)),
                     s);
        QVERIFY(text.contains(QStringLiteral("'&lt;redacted&gt;'")) ||
                text.contains(QStringLiteral("'<redacted>'")));
    }

    void demoHtml()
    {
        const QString html = m_dir.filePath(QStringLiteral("demo.html"));
        const Run r =
            run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                 QStringLiteral("html"), QStringLiteral("-o"), html});
        QCOMPARE(r.code, 0);
        const QString text = readFile(html);
        QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(text.trimmed().endsWith(QStringLiteral("</html>")));
        for (const QString &chapter : kChapters)
            QVERIFY2(text.contains(chapter.toHtmlEscaped()), qPrintable(chapter));
        for (const char *s : {"NSA-POD-08", "debug-shell", "inventory-app", "Demo cluster",
                              "class=\"data sortable\"", "<script>", "<style>"})
            QVERIFY2(text.contains(QString::fromLatin1(s)), s);
        // Inline SVG: score ring, bar chart and the graphs.
        QVERIFY(text.count(QStringLiteral("<svg")) >= 5);
        // Self-contained: no external asset of any kind.
        const QRegularExpression external(
            QStringLiteral("(?:src|href|xlink:href)\\s*=\\s*[\"']?\\s*(?:https?:)?//"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!external.match(text).hasMatch(), qPrintable(external.match(text).captured(0)));
        QVERIFY(!text.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        QVERIFY(
            !text.contains(QRegularExpression(QStringLiteral("url\\(\\s*['\"]?\\s*(https?:)?//"))));
        QVERIFY(!text.contains(QStringLiteral("<!DOCTYPE svg")));
        // The sort keys make severities and numbers sort by rank, not by text.
        QVERIFY(text.contains(QStringLiteral("data-sort=\"")));
    }

    void apiWritesHtmlAndPdf()
    {
        const parapet::Inventory inv = parapet::ManifestLoader::loadDemo();
        parapet::report::Options o;
        o.format = parapet::report::Format::Html;
        o.includeFixes = false;
        o.title = QStringLiteral("API title");
        const QString html = m_dir.filePath(QStringLiteral("api.html"));
        const auto written = parapet::report::writeReport(inv, o, html);
        QVERIFY(written.ok());
        const QString text = readFile(html);
        QVERIFY(text.contains(QStringLiteral("API title")));
        QVERIFY(!text.contains(QStringLiteral("Appendix: generated fixes")));

        o.format = parapet::report::Format::Pdf;
        o.exceptionsFile = dataPath("no-such-exceptions.yaml");
        const auto failed =
            parapet::report::writeReport(inv, o, m_dir.filePath(QStringLiteral("x.pdf")));
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().toString().contains(QStringLiteral("no-such-exceptions.yaml")));
    }

    void usageErrors()
    {
        Run r = run({QStringLiteral("report"), QStringLiteral("--demo")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("-o FILE")));
        r = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                 QStringLiteral("docx"), QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("a"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("docx")));
        r = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("-o"),
                 QStringLiteral("/nonexistent-dir/r.pdf")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent-dir/r.pdf")));
        r = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--exceptions"),
                 dataPath("hostile.yaml"), QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("b.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("error: ")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("b.pdf"))));
    }

    void redaction()
    {
        const QString yaml = QStringLiteral(
            "metadata:\n  name: x\n  annotations:\n    a.io/token: s3cr3t\n    b: |\n      line1\n"
            "      line2\n  labels:\n    app: x\nspec:\n  containers:\n  - name: c\n    env:\n"
            "    - name: A\n      value: tok1\n    - name: B\n      value: |\n        tok2\n"
            "    - name: C\n      valueFrom:\n        secretKeyRef:\n          name: s\n"
            "          key: value\n    image: nginx:1\n");
        const QString out = parapet::report::redactEnvValues(yaml);
        for (const char *s : {"s3cr3t", "line1", "line2", "tok1", "tok2"})
            QVERIFY2(!out.contains(QString::fromLatin1(s)), s);
        for (const char *s : {"app: x", "name: A", "name: C", "key: value", "image: nginx:1",
                              "a.io/token: '<redacted>'", "value: '<redacted>'"})
            QVERIFY2(out.contains(QString::fromLatin1(s)), qPrintable(out));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
