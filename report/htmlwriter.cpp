// The HTML report: one self-contained file (inline CSS, JS and SVG), light theme, prints well.

#include "reportdocument.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace parapet::report {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Text with line breaks kept.
QString escLines(const QString &s)
{
    return esc(s).replace(u'\n', QStringLiteral("<br>"));
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

/// Graphviz SVG for inline use: no XML prolog, DOCTYPE (it names an external DTD) or comments.
QString inlineSvg(const QByteArray &svg)
{
    QString s = QString::fromUtf8(svg);
    static const QRegularExpression prolog(QStringLiteral("<\\?xml[^>]*\\?>"));
    static const QRegularExpression doctype(QStringLiteral("<!DOCTYPE[^>]*>"));
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression size(
        QStringLiteral("<svg([^>]*?)\\swidth=\"([^\"]*)\"\\s+height=\"([^\"]*)\""));
    s.remove(prolog);
    s.remove(doctype);
    s.remove(comment);
    // Scale down to the page width, never up.
    s.replace(size,
              QStringLiteral(
                  "<svg\\1 style=\"max-width:100%;height:auto\" width=\"\\2\" height=\"\\3\""));
    return s.trimmed();
}

const char *kCss = R"CSS(
:root{--ink:#212529;--muted:#5c636a;--navy:#1b2a41;--rule:#ced4da;--zebra:#f6f7f9;--head:#e9ecef}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#fff;margin:0;line-height:1.45;font-size:14px}
main{max-width:1100px;margin:0 auto;padding:0 28px 48px}
header.cover{background:var(--navy);color:#fff;padding:36px 28px 28px;border-bottom:5px solid #2b8a3e}
header.cover .inner{max-width:1100px;margin:0 auto;display:flex;gap:32px;align-items:center;justify-content:space-between;flex-wrap:wrap}
header.cover .brand{color:#adb5bd;font-weight:bold;letter-spacing:.08em;font-size:13px}
header.cover h1{margin:6px 0 4px;font-size:30px;border:0;color:#fff;padding:0}
header.cover .sub{color:#dee2e6}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:18px 0 0}
dl.facts dt{color:#adb5bd}dl.facts dd{margin:0;font-weight:bold}
.ring text{font-family:inherit}
nav.toc{border:1px solid var(--rule);border-radius:6px;padding:12px 20px;margin:24px 0;background:#fbfbfc}
nav.toc ol{margin:4px 0;padding-left:20px}nav.toc a{color:var(--navy);text-decoration:none}nav.toc a:hover{text-decoration:underline}
h1{color:var(--navy);font-size:24px;margin:40px 0 12px;padding-bottom:6px;border-bottom:3px solid #2b8a3e}
h2{color:var(--navy);font-size:18px;margin:26px 0 8px}
h3{font-size:15px;margin:22px 0 6px;padding:5px 10px;background:var(--zebra);border-left:4px solid var(--navy)}
.badge{display:inline-block;color:#fff;border-radius:4px;padding:1px 7px;font-size:12px;font-weight:bold;white-space:nowrap}
h2 .badge,h3 .badge{float:right;margin-left:10px}
p.small{color:var(--muted);font-size:12.5px;margin:4px 0 8px}
.note{border-left:4px solid;padding:8px 12px;margin:8px 0 12px;font-size:13.5px}
table{border-collapse:collapse;width:100%;margin:6px 0 16px;font-size:12.5px}
th,td{text-align:left;vertical-align:top;padding:5px 7px;border-bottom:1px solid var(--rule)}
th{background:var(--head);border-bottom:1.5px solid var(--muted)}
table.data tbody tr:nth-child(even){background:var(--zebra)}
table.sortable th{cursor:pointer;user-select:none}table.sortable th::after{content:" \2195";color:#adb5bd}
table.sortable th.asc::after{content:" \2191";color:var(--ink)}table.sortable th.desc::after{content:" \2193";color:var(--ink)}
td.num{text-align:right}td.mono,code,pre{font-family:"DejaVu Sans Mono",ui-monospace,Menlo,Consolas,monospace}
td.mono{font-size:11.5px;word-break:break-all}
table.kv{width:auto}table.kv th{background:none;border:0;color:var(--muted);font-weight:normal;padding-right:18px}table.kv td{border:0;font-weight:bold}
.tiles{display:flex;gap:10px;margin:8px 0 18px;flex-wrap:wrap}
.tile{flex:1;min-width:110px;border-radius:6px;padding:10px;text-align:center;border-top:4px solid}
.tile b{display:block;font-size:26px}
figure{margin:10px 0 18px;border:1px solid var(--rule);padding:8px;overflow:auto;text-align:center}
figcaption{color:var(--muted);font-size:12.5px;margin-top:6px;text-align:left}
pre{background:#f3f5f7;padding:10px;font-size:12px;overflow:auto;white-space:pre-wrap;word-break:break-all}
footer{color:var(--muted);font-size:12px;border-top:1px solid var(--rule);margin-top:40px;padding-top:8px}
@media print{
 body{font-size:10.5pt}main{max-width:none;padding:0}
 header.cover{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .badge,.tile,th,h3,.note,pre{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 h1{break-before:page}h2,h3{break-after:avoid}
 thead{display:table-header-group}tr,figure,.note{break-inside:avoid}
 table.sortable th::after{content:""}
 a{color:inherit;text-decoration:none}
}
)CSS";

const char *kJs = R"JS(
document.querySelectorAll('table.sortable').forEach(function(table){
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,col){
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('asc');
      Array.prototype.forEach.call(heads,function(h){h.classList.remove('asc','desc');});
      th.classList.add(asc?'asc':'desc');
      var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
      var key=function(r){var c=r.cells[col];return c?(c.getAttribute('data-sort')||c.textContent.trim()):'';};
      rows.sort(function(a,b){var x=key(a),y=key(b);
        var nx=parseFloat(x),ny=parseFloat(y);
        var r=(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x.replace(/^0+(?=\d)/,'')&&String(ny)===y.replace(/^0+(?=\d)/,''))?nx-ny:x.localeCompare(y);
        return asc?r:-r;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
)JS";

QString barChartSvg(const Block &b)
{
    const int rowH = 40;
    const int labelW = 300;
    const int trackW = 560;
    const int h = rowH * int(b.bars.size()) + 24;
    QString s = QStringLiteral("<svg role=\"img\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                               "style=\"max-width:100%;height:auto\" font-family=\"DejaVu Sans,"
                               "sans-serif\">")
                    .arg(labelW + trackW + 60)
                    .arg(h);
    for (int v : {0, 50, 80, 100}) {
        const int x = labelW + trackW * v / 100;
        s += QStringLiteral("<line x1=\"%1\" y1=\"0\" x2=\"%1\" y2=\"%2\" stroke=\"#ced4da\"%3/>"
                            "<text x=\"%1\" y=\"%4\" font-size=\"11\" fill=\"#5c636a\" "
                            "text-anchor=\"middle\">%5</text>")
                 .arg(x)
                 .arg(h - 24)
                 .arg(v == 0 ? QString() : QStringLiteral(" stroke-dasharray=\"4 3\""))
                 .arg(h - 8)
                 .arg(QLocale().toString(v));
    }
    int y = 0;
    for (const Bar &bar : b.bars) {
        s += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"14\" font-weight=\"bold\" "
                            "fill=\"#212529\">%2</text><text x=\"0\" y=\"%3\" font-size=\"11\" "
                            "fill=\"#5c636a\">%4</text>")
                 .arg(y + 16)
                 .arg(esc(bar.label))
                 .arg(y + 31)
                 .arg(esc(bar.detail));
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"#f1f3f5\"/>")
                 .arg(labelW)
                 .arg(y + 6)
                 .arg(trackW);
        if (bar.value >= 0)
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"%4\"/>")
                     .arg(labelW)
                     .arg(y + 6)
                     .arg(QString::number(trackW * bar.value / 100.0, 'f', 1))
                     .arg(hex(scoreColor(bar.value)));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"14\" font-weight=\"bold\" "
                            "fill=\"#212529\">%3</text>")
                 .arg(labelW + trackW + 8)
                 .arg(y + 20)
                 .arg(bar.value < 0 ? QStringLiteral("–") : QLocale().toString(bar.value, 'f', 0));
        y += rowH;
    }
    return s + QStringLiteral("</svg>");
}

QString cellHtml(const Cell &c, const Column &col)
{
    QString attrs;
    if (!c.sortKey.isEmpty())
        attrs += QStringLiteral(" data-sort=\"%1\"").arg(esc(c.sortKey));
    if (col.numeric)
        attrs += QStringLiteral(" class=\"num\"");
    else if (c.mono)
        attrs += QStringLiteral(" class=\"mono\"");
    if (c.badge.isValid() && !c.text.isEmpty())
        return QStringLiteral("<td%1><span class=\"badge\" style=\"background:%2\">%3</span></td>")
            .arg(attrs, hex(c.badge), esc(c.text));
    return QStringLiteral("<td%1>%2</td>").arg(attrs, escLines(c.text));
}

QString ringSvg(double score)
{
    const double r = 54;
    const double circumference = 2 * 3.14159265358979 * r;
    QString s = QStringLiteral("<svg class=\"ring\" width=\"150\" height=\"150\" viewBox=\"0 0 150 "
                               "150\"><circle cx=\"75\" cy=\"75\" r=\"54\" fill=\"#fff\" "
                               "stroke=\"#e9ecef\" stroke-width=\"12\"/>");
    if (score >= 0)
        s += QStringLiteral("<circle cx=\"75\" cy=\"75\" r=\"54\" fill=\"none\" stroke=\"%1\" "
                            "stroke-width=\"12\" stroke-dasharray=\"%2 %3\" "
                            "transform=\"rotate(-90 75 75)\"/>")
                 .arg(hex(scoreColor(score)))
                 .arg(QString::number(circumference * score / 100.0, 'f', 1))
                 .arg(QString::number(circumference, 'f', 1));
    s += QStringLiteral("<text x=\"75\" y=\"84\" text-anchor=\"middle\" font-size=\"30\" "
                        "font-weight=\"bold\" fill=\"#212529\">%1</text><text x=\"75\" y=\"104\" "
                        "text-anchor=\"middle\" font-size=\"11\" fill=\"#5c636a\">%2</text></svg>")
             .arg(score < 0 ? QStringLiteral("–") : QLocale().toString(score, 'f', 0),
                  esc(Tr::translate("Report", "overall score")));
    return s;
}

} // namespace

Result<bool> writeHtml(const ReportDocument &doc, const QString &path)
{
    const CoverInfo &c = doc.cover;
    QString h;
    h.reserve(1 << 20);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Parapet %2\">\n"
                        "<meta name=\"description\" content=\"%3\">\n<title>%4</title>\n<style>")
             .arg(QLocale().bcp47Name(), QStringLiteral(PARAPET_VERSION),
                  esc(Tr::translate("Report", "NSA/CISA Kubernetes hardening assessment of %1")
                          .arg(c.sourceName)),
                  esc(c.title + QStringLiteral(" — ") + c.sourceName));
    h += QString::fromUtf8(kCss);
    h += QStringLiteral(
        "</style>\n</head>\n<body>\n<header class=\"cover\"><div class=\"inner\"><div>");
    h += QStringLiteral("<div class=\"brand\">PARAPET</div><h1>%1</h1><div class=\"sub\">%2</div>")
             .arg(esc(c.title),
                  esc(Tr::translate("Report",
                                    "Assessment against the NSA/CISA Kubernetes Hardening Guide")));
    const std::vector<std::pair<QString, QString>> facts = {
        {Tr::translate("Report", "Cluster / source"), c.sourceName},
        {Tr::translate("Report", "Source kind"), c.sourceKind},
        {Tr::translate("Report", "Kubernetes version"),
         c.serverVersion.isEmpty() ? Tr::translate("Report", "unknown") : c.serverVersion},
        {Tr::translate("Report", "Objects analysed"), QLocale().toString(c.objectCount)},
        {Tr::translate("Report", "Date"), QLocale().toString(c.generated, QLocale::LongFormat)},
        {Tr::translate("Report", "Parapet version"), QStringLiteral(PARAPET_VERSION)},
    };
    h += QStringLiteral("<dl class=\"facts\">");
    for (const auto &[k, v] : facts)
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(k), esc(v));
    h += QStringLiteral("</dl></div>") + ringSvg(c.overall) +
         QStringLiteral("</div></header>\n<main>\n");

    // Contents.
    h += QStringLiteral("<nav class=\"toc\"><strong>%1</strong><ol>")
             .arg(esc(Tr::translate("Report", "Contents")));
    bool inSub = false;
    for (const Block &b : doc.blocks) {
        if (b.kind != Block::Kind::Heading || b.level > 2)
            continue;
        if (b.level == 1) {
            if (inSub)
                h += QStringLiteral("</ol></li>");
            else if (&b != &doc.blocks.front())
                h += QStringLiteral("</li>");
            h += QStringLiteral("<li><a href=\"#%1\">%2</a>").arg(b.anchor, esc(b.text));
            inSub = false;
        } else {
            if (!inSub)
                h += QStringLiteral("<ol>");
            inSub = true;
            h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(b.anchor, esc(b.text));
        }
    }
    h += inSub ? QStringLiteral("</ol></li>") : QStringLiteral("</li>");
    h += QStringLiteral("</ol></nav>\n");

    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading: {
            QString badge;
            if (!b.accentText.isEmpty())
                badge = QStringLiteral("<span class=\"badge\" style=\"background:%1\">%2</span>")
                            .arg(hex(b.accent.isValid() ? b.accent : QColor(0x1b, 0x2a, 0x41)),
                                 esc(b.accentText));
            const QString style =
                b.level == 3 && b.accent.isValid()
                    ? QStringLiteral(" style=\"border-left-color:%1\"").arg(hex(b.accent))
                    : QString();
            h += QStringLiteral("<h%1 id=\"%2\"%3>%4%5</h%1>\n")
                     .arg(b.level)
                     .arg(b.anchor, style, badge, esc(b.text));
            break;
        }
        case Block::Kind::Paragraph:
            h += b.small ? QStringLiteral("<p class=\"small\">%1</p>\n").arg(escLines(b.text))
                         : QStringLiteral("<p>%1</p>\n").arg(escLines(b.text));
            break;
        case Block::Kind::Note:
            h += QStringLiteral("<div class=\"note\" style=\"border-color:%1;"
                                "background:rgba(%2,%3,%4,0.09)\">%5</div>\n")
                     .arg(hex(b.accent))
                     .arg(b.accent.red())
                     .arg(b.accent.green())
                     .arg(b.accent.blue())
                     .arg(escLines(b.text));
            break;
        case Block::Kind::KeyValues:
            h += QStringLiteral("<table class=\"kv\">");
            for (const auto &row : b.rows)
                h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                         .arg(esc(row[0].text), escLines(row[1].text));
            h += QStringLiteral("</table>\n");
            break;
        case Block::Kind::Table: {
            h += QStringLiteral("<table class=\"data%1\"><thead><tr>")
                     .arg(b.sortable ? QStringLiteral(" sortable") : QString());
            for (const Column &col : b.columns)
                h += QStringLiteral("<th>%1</th>").arg(esc(col.title));
            h += QStringLiteral("</tr></thead><tbody>\n");
            for (const auto &row : b.rows) {
                h += QStringLiteral("<tr>");
                for (std::size_t i = 0; i < row.size() && i < b.columns.size(); ++i)
                    h += cellHtml(row[i], b.columns[i]);
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</tbody></table>\n");
            break;
        }
        case Block::Kind::BarChart:
            h += QStringLiteral("<figure style=\"border:0;text-align:left\">") + barChartSvg(b) +
                 QStringLiteral("</figure>\n");
            break;
        case Block::Kind::Badges:
            h += QStringLiteral("<div class=\"tiles\">");
            for (const auto &row : b.rows) {
                h += QStringLiteral("<div class=\"tile\" "
                                    "style=\"border-color:%1;background:rgba(%2,%3,%4,0.11)\">"
                                    "<b style=\"color:%1\">%5</b>%6</div>")
                         .arg(hex(row[1].badge))
                         .arg(row[1].badge.red())
                         .arg(row[1].badge.green())
                         .arg(row[1].badge.blue())
                         .arg(esc(row[1].text), esc(row[0].text));
            }
            h += QStringLiteral("</div>\n");
            break;
        case Block::Kind::Graph:
            h += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n")
                     .arg(b.svg.isEmpty() ? esc(Tr::translate("Report", "(graph not available)"))
                                          : inlineSvg(b.svg),
                          esc(b.text));
            break;
        case Block::Kind::Code:
            h += QStringLiteral("<pre>%1</pre>\n").arg(esc(b.text));
            break;
        }
    }
    h += QStringLiteral("<footer>%1</footer>\n</main>\n<script>")
             .arg(esc(Tr::translate("Report", "Parapet %1 · generated %2")
                          .arg(QStringLiteral(PARAPET_VERSION),
                               QLocale().toString(c.generated, QLocale::ShortFormat))));
    h += QString::fromUtf8(kJs);
    h += QStringLiteral("</script>\n</body>\n</html>\n");

    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{Error::Code::Io,
                     Tr::translate("Report", "cannot write %1: %2").arg(path, out.errorString()),
                     {}};
    const QByteArray bytes = h.toUtf8();
    if (out.write(bytes) != bytes.size())
        return Error{Error::Code::Io,
                     Tr::translate("Report", "cannot write %1: %2").arg(path, out.errorString()),
                     {}};
    return true;
}

} // namespace parapet::report
