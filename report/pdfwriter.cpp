// The PDF report: laid out with QPainter on a QPdfWriter (A4, 300 dpi), twice: the first pass
// finds the page of every heading, the second draws the contents with those page numbers and
// "page X of Y" in the footers.

#include "reportdocument.h"

#include <cmath>
#include <memory>
#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextLayout>

namespace parapet::report {

namespace {

constexpr int kDpi = 300;
constexpr double kPx = kDpi / 72.0; // device pixels per point

double pt(double points)
{
    return points * kPx;
}

const QColor kInk(0x21, 0x25, 0x29);
const QColor kMuted(0x5c, 0x63, 0x6a);
const QColor kNavy(0x1b, 0x2a, 0x41);
const QColor kRule(0xce, 0xd4, 0xda);
const QColor kHeaderFill(0xe9, 0xec, 0xef);
const QColor kZebra(0xf6, 0xf7, 0xf9);
const QColor kCodeFill(0xf3, 0xf5, 0xf7);

QString sansFamily()
{
    static const QString family = [] {
        const QString dejavu = QStringLiteral("DejaVu Sans");
        if (QFontDatabase::families().contains(dejavu))
            return dejavu;
        for (const char *file : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                 "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                                 "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"})
            QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        return dejavu;
    }();
    return family;
}

QFont font(double size, bool bold = false, bool mono = false)
{
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : sansFamily());
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setKerning(true);
    // A letter spacing other than 0 turns ligatures off in Qt's shaper: "fi" stays two
    // characters, so that the text is found and copied as written (Qt 6.4 has no
    // QFont::setFeature).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // 1/64 px is the smallest step
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

struct TocEntry
{
    int level = 1;
    QString text;
    int page = 0;
};

/// Text laid out for a width: lines and total height.
struct Laid
{
    std::unique_ptr<QTextLayout> layout;
    double height = 0;
    double naturalWidth = 0;
};

class PdfPainter
{
public:
    PdfPainter(QPdfWriter &writer, const ReportDocument &doc, const std::vector<TocEntry> &toc,
               int tocPages, int totalPages)
        : m_w(writer)
        , m_doc(doc)
        , m_prevToc(toc)
        , m_tocPages(tocPages)
        , m_totalPages(totalPages)
    {}

    bool run()
    {
        if (!m_p.begin(&m_w))
            return false;
        m_p.setRenderHint(QPainter::Antialiasing);
        m_p.setRenderHint(QPainter::TextAntialiasing);
        geometry();
        drawCover();
        newPage();
        drawToc();
        while (m_page < 1 + m_tocPages)
            newPage();
        for (const Block &b : m_doc.blocks)
            drawBlock(b);
        m_p.end();
        return true;
    }

    const std::vector<TocEntry> &toc() const { return m_toc; }
    int pages() const { return m_page; }

    /// Lines of contents per page (the first TOC page has the title above).
    static int tocLinesPerPage() { return 40; }

private:
    double width() const { return m_right - m_left; }

    Laid lay(const QString &text, const QFont &f, double w, int maxLines = 200,
             Qt::Alignment align = Qt::AlignLeft) const
    {
        Laid l;
        QString t = text;
        t.replace(u'\n', QChar::LineSeparator);
        l.layout = std::make_unique<QTextLayout>(t, f, &m_w);
        QTextOption o(align);
        o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        l.layout->setTextOption(o);
        l.layout->beginLayout();
        double y = 0;
        const double leading = QFontMetricsF(f, &m_w).leading();
        int n = 0;
        for (;;) {
            QTextLine line = l.layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(w);
            line.setPosition(QPointF(0, y));
            y += line.height() + std::max(0.0, leading);
            l.naturalWidth = std::max(l.naturalWidth, line.naturalTextWidth());
            if (++n == maxLines)
                break;
        }
        l.layout->endLayout();
        l.height = y;
        return l;
    }

    void drawLaid(const Laid &l, double x, double y, const QColor &color)
    {
        m_p.setPen(color);
        l.layout->draw(&m_p, QPointF(x, y));
    }

    /// Draws \a l line by line from the cursor, breaking pages between lines.
    void flowLaid(const Laid &l, double x, const QColor &color, const QColor &lineFill = {})
    {
        m_p.setPen(color);
        for (int i = 0; i < l.layout->lineCount(); ++i) {
            const QTextLine line = l.layout->lineAt(i);
            const double h = i + 1 < l.layout->lineCount() ? l.layout->lineAt(i + 1).y() - line.y()
                                                           : l.height - line.y();
            if (m_y + h > m_bottom)
                newPage();
            if (lineFill.isValid())
                m_p.fillRect(QRectF(m_left, m_y, width(), h + 0.5), lineFill);
            m_p.setPen(color);
            line.draw(&m_p, QPointF(x, m_y - line.y()));
            m_y += h;
        }
    }

    void ensure(double h)
    {
        if (m_y + h > m_bottom && m_y > m_top + 1)
            newPage();
    }

    void geometry()
    {
        const QRect page = m_w.pageLayout().paintRectPixels(kDpi);
        m_pageW = page.width();
        m_pageH = page.height();
        m_left = pt(50);
        m_right = m_pageW - pt(50);
        m_top = pt(62);
        m_bottom = m_pageH - pt(56);
    }

    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait)
    {
        if (m_w.pageLayout().orientation() != orientation)
            m_w.setPageOrientation(orientation);
        if (m_page > 0)
            m_w.newPage();
        ++m_page;
        geometry();
        m_y = m_top;
        if (m_page > 1)
            drawHeaderFooter();
    }

    void drawHeaderFooter()
    {
        const QFont f = font(7.5);
        const QFontMetricsF fm(f, &m_w);
        m_p.setFont(f);
        m_p.setPen(kMuted);
        const double headY = pt(34);
        m_p.drawText(QPointF(m_left, headY), m_doc.cover.title);
        const QString src = fm.elidedText(m_doc.cover.sourceName, Qt::ElideMiddle, width() * 0.5);
        m_p.drawText(QPointF(m_right - fm.horizontalAdvance(src), headY), src);
        m_p.setPen(QPen(kRule, pt(0.6)));
        m_p.drawLine(QPointF(m_left, headY + pt(6)), QPointF(m_right, headY + pt(6)));
        const double footY = m_pageH - pt(30);
        m_p.drawLine(QPointF(m_left, footY - pt(11)), QPointF(m_right, footY - pt(11)));
        m_p.setPen(kMuted);
        const QString left =
            Tr::translate("Report", "Parapet %1 · generated %2")
                .arg(QStringLiteral(PARAPET_VERSION),
                     QLocale().toString(m_doc.cover.generated, QLocale::ShortFormat));
        m_p.drawText(QPointF(m_left, footY), left);
        const QString right =
            m_totalPages > 0
                ? Tr::translate("Report", "Page %1 of %2")
                      .arg(QLocale().toString(m_page), QLocale().toString(m_totalPages))
                : Tr::translate("Report", "Page %1").arg(QLocale().toString(m_page));
        m_p.drawText(QPointF(m_right - fm.horizontalAdvance(right), footY), right);
    }

    void badge(const QRectF &r, const QString &text, const QColor &color, double size = 7)
    {
        QPainterPath path;
        path.addRoundedRect(r, pt(2.5), pt(2.5));
        m_p.fillPath(path, color);
        m_p.setFont(font(size, true));
        m_p.setPen(Qt::white);
        m_p.drawText(r, Qt::AlignCenter, text);
    }

    double badgeWidth(const QString &text, double size = 7) const
    {
        return QFontMetricsF(font(size, true), &m_w).horizontalAdvance(text) + pt(8);
    }

    void drawCover()
    {
        newPage();
        const CoverInfo &c = m_doc.cover;
        // Band with the title.
        const double band = pt(250);
        m_p.fillRect(QRectF(0, 0, m_pageW, band), kNavy);
        m_p.fillRect(QRectF(0, band, m_pageW, pt(5)), QColor(0x2b, 0x8a, 0x3e));
        m_p.setPen(QColor(0xad, 0xb5, 0xbd));
        m_p.setFont(font(11, true));
        m_p.drawText(QPointF(m_left, pt(90)), QStringLiteral("PARAPET"));
        const Laid title = lay(c.title, font(26, true), width());
        drawLaid(title, m_left, pt(110), Qt::white);
        const Laid sub = lay(Tr::translate("Report", "Assessment against the NSA/CISA Kubernetes "
                                                     "Hardening Guide"),
                             font(12), width());
        drawLaid(sub, m_left, pt(110) + title.height + pt(8), QColor(0xde, 0xe2, 0xe6));

        // Score ring.
        const double ringR = pt(62);
        const QPointF centre(m_right - ringR - pt(4), band + pt(40) + ringR);
        m_p.setPen(QPen(QColor(0xe9, 0xec, 0xef), pt(11), Qt::SolidLine, Qt::FlatCap));
        m_p.setBrush(Qt::NoBrush);
        const QRectF ring(centre.x() - ringR, centre.y() - ringR, 2 * ringR, 2 * ringR);
        m_p.drawEllipse(ring);
        if (c.overall >= 0) {
            m_p.setPen(QPen(scoreColor(c.overall), pt(11), Qt::SolidLine, Qt::FlatCap));
            m_p.drawArc(ring, 90 * 16, -int(std::lround(c.overall / 100.0 * 360 * 16)));
        }
        m_p.setPen(kInk);
        m_p.setFont(font(28, true));
        m_p.drawText(QRectF(ring.left(), centre.y() - pt(24), ring.width(), pt(36)),
                     Qt::AlignCenter,
                     c.overall < 0 ? QStringLiteral("–") : QLocale().toString(c.overall, 'f', 0));
        m_p.setFont(font(8));
        m_p.setPen(kMuted);
        m_p.drawText(QRectF(ring.left(), centre.y() + pt(10), ring.width(), pt(14)),
                     Qt::AlignCenter, Tr::translate("Report", "overall score"));

        // Facts.
        std::vector<std::pair<QString, QString>> facts = {
            {Tr::translate("Report", "Cluster / source"), c.sourceName},
            {Tr::translate("Report", "Source kind"), c.sourceKind},
            {Tr::translate("Report", "Kubernetes version"),
             c.serverVersion.isEmpty() ? Tr::translate("Report", "unknown") : c.serverVersion},
            {Tr::translate("Report", "Objects analysed"), QLocale().toString(c.objectCount)},
            {Tr::translate("Report", "Date"), QLocale().toString(c.generated, QLocale::LongFormat)},
            {Tr::translate("Report", "Parapet version"), QStringLiteral(PARAPET_VERSION)},
            {Tr::translate("Report", "Compliance"),
             c.compliance < 0 ? Tr::translate("Report", "not scored")
                              : QLocale().toString(c.compliance, 'f', 1) + QStringLiteral(" %")},
            {Tr::translate("Report", "Controls"),
             Tr::translate("Report", "%1 scored, %2 to verify by hand, %3 informational")
                 .arg(QLocale().toString(c.scored), QLocale().toString(c.notVerifiable),
                      QLocale().toString(c.informational))},
            {Tr::translate("Report", "Open findings"), QLocale().toString(c.findingsOpen)},
        };
        double y = band + pt(40);
        const double keyW = pt(110);
        const double valW = centre.x() - ringR - pt(24) - m_left - keyW;
        for (const auto &[k, v] : facts) {
            const Laid kl = lay(k, font(9), keyW);
            const Laid vl = lay(v, font(10, true), valW, 4);
            drawLaid(kl, m_left, y + pt(1), kMuted);
            drawLaid(vl, m_left + keyW, y, kInk);
            y += std::max(kl.height, vl.height) + pt(7);
        }
        const Laid foot = lay(
            Tr::translate("Report",
                          "This report describes the configuration of the source named above as "
                          "read by Parapet on the date shown. It contains object names and "
                          "settings, never Secret values, tokens or keys."),
            font(8), width());
        drawLaid(foot, m_left, m_pageH - pt(60) - foot.height, kMuted);
    }

    void drawToc()
    {
        const Laid t = lay(Tr::translate("Report", "Contents"), font(18, true), width());
        drawLaid(t, m_left, m_y, kNavy);
        m_y += t.height + pt(14);
        int line = 0;
        for (const TocEntry &e : m_prevToc) {
            if (line > 0 && line % tocLinesPerPage() == 0)
                newPage();
            ++line;
            const QFont f = font(e.level == 1 ? 10.5 : 9.5, e.level == 1);
            const QFontMetricsF fm(f, &m_w);
            const double indent = e.level == 1 ? 0 : pt(16);
            if (e.level == 1 && line > 1)
                m_y += pt(5);
            const QString num = e.page > 0 ? QLocale().toString(e.page) : QString();
            const double numW = fm.horizontalAdvance(num);
            const QString text =
                fm.elidedText(e.text, Qt::ElideRight, width() - indent - numW - pt(30));
            m_p.setFont(f);
            m_p.setPen(kInk);
            const double base = m_y + fm.ascent();
            m_p.drawText(QPointF(m_left + indent, base), text);
            m_p.drawText(QPointF(m_right - numW, base), num);
            // Dotted leader.
            m_p.setPen(QPen(kRule, pt(0.8), Qt::DotLine));
            const double x0 = m_left + indent + fm.horizontalAdvance(text) + pt(4);
            const double x1 = m_right - numW - pt(4);
            if (x1 > x0)
                m_p.drawLine(QPointF(x0, base), QPointF(x1, base));
            m_y += fm.height() + pt(4);
        }
    }

    void drawBlock(const Block &b)
    {
        switch (b.kind) {
        case Block::Kind::Heading:
            drawHeading(b);
            break;
        case Block::Kind::Paragraph: {
            const Laid l = lay(b.text, font(b.small ? 8 : 9.5), width());
            ensure(std::min(l.height, pt(30)));
            flowLaid(l, m_left, b.small ? kMuted : kInk);
            m_y += pt(b.small ? 5 : 7);
            break;
        }
        case Block::Kind::Note:
            drawNote(b);
            break;
        case Block::Kind::KeyValues:
            drawTable(b, false);
            break;
        case Block::Kind::Table:
            drawTable(b, true);
            break;
        case Block::Kind::BarChart:
            drawBars(b);
            break;
        case Block::Kind::Badges:
            drawBadges(b);
            break;
        case Block::Kind::Graph:
            drawGraph(b);
            break;
        case Block::Kind::Code: {
            const Laid l = lay(b.text, font(7, false, true), width() - pt(12), 100000);
            ensure(std::min(l.height, pt(60)));
            m_y += pt(2);
            flowLaid(l, m_left + pt(6), kInk, kCodeFill);
            m_y += pt(8);
            break;
        }
        }
    }

    void drawHeading(const Block &b)
    {
        if (b.level == 1) {
            if (m_y > m_top + 1 || m_page <= 1 + m_tocPages)
                newPage();
            m_toc.push_back({1, b.text, m_page});
            const Laid l = lay(b.text, font(18, true), width());
            drawLaid(l, m_left, m_y, kNavy);
            m_y += l.height + pt(4);
            m_p.fillRect(QRectF(m_left, m_y, pt(40), pt(2.5)), QColor(0x2b, 0x8a, 0x3e));
            m_y += pt(14);
            return;
        }
        const bool h2 = b.level == 2;
        const QFont f = font(h2 ? 13 : 10.5, true);
        const double badgeW = b.accentText.isEmpty() ? 0 : badgeWidth(b.accentText, 7.5);
        const Laid l = lay(b.text, f, width() - badgeW - pt(14));
        ensure(l.height + pt(h2 ? 110 : 170));
        if (h2) {
            m_y += pt(6);
            m_toc.push_back({2, b.text, m_page});
        } else {
            m_y += pt(4);
            m_p.fillRect(QRectF(m_left, m_y - pt(2), width(), l.height + pt(4)), kZebra);
            m_p.fillRect(QRectF(m_left, m_y - pt(2), pt(3), l.height + pt(4)),
                         b.accent.isValid() ? b.accent : kNavy);
        }
        const double x = h2 ? m_left : m_left + pt(8);
        drawLaid(l, x, m_y, h2 ? kNavy : kInk);
        if (badgeW > 0) {
            const double bh = pt(12);
            badge(QRectF(m_right - badgeW - pt(3), m_y + (std::min(l.height, pt(16)) - bh) / 2,
                         badgeW, bh),
                  b.accentText, b.accent.isValid() ? b.accent : kNavy, 7.5);
        }
        m_y += l.height + pt(h2 ? 6 : 6);
    }

    void drawNote(const Block &b)
    {
        const double pad = pt(6);
        const Laid l = lay(b.text, font(8.5), width() - 2 * pad - pt(3));
        const double h = l.height + 2 * pad;
        if (h > m_bottom - m_top) {
            flowLaid(l, m_left + pad, kInk);
            return;
        }
        ensure(h);
        QColor fill = b.accent;
        fill.setAlpha(24);
        m_p.fillRect(QRectF(m_left, m_y, width(), h), fill);
        m_p.fillRect(QRectF(m_left, m_y, pt(3), h), b.accent);
        drawLaid(l, m_left + pad + pt(3), m_y + pad, kInk);
        m_y += h + pt(7);
    }

    std::vector<double> columnWidths(const Block &b) const
    {
        double total = 0;
        for (const Column &c : b.columns)
            total += c.weight;
        std::vector<double> w;
        for (const Column &c : b.columns)
            w.push_back(width() * c.weight / total);
        return w;
    }

    double drawHeaderRow(const Block &b, const std::vector<double> &w)
    {
        const double pad = pt(3.5);
        const QFont f = font(7.5, true);
        double h = 0;
        std::vector<Laid> cells;
        for (std::size_t i = 0; i < b.columns.size(); ++i) {
            cells.push_back(lay(b.columns[i].title, f, w[i] - 2 * pad, 3));
            h = std::max(h, cells.back().height);
        }
        h += 2 * pad;
        m_p.fillRect(QRectF(m_left, m_y, width(), h), kHeaderFill);
        double x = m_left;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            drawLaid(cells[i], x + pad, m_y + pad, kInk);
            x += w[i];
        }
        m_p.setPen(QPen(kMuted, pt(0.7)));
        m_p.drawLine(QPointF(m_left, m_y + h), QPointF(m_right, m_y + h));
        m_y += h;
        return h;
    }

    void drawTable(const Block &b, bool header)
    {
        const std::vector<double> w = columnWidths(b);
        const double pad = pt(3.5);
        const QFont body = font(8);
        const QFont bodyBold = font(8, true);
        const QFont mono = font(7, false, true);
        bool first = true;
        int rowIndex = 0;
        if (!header && b.rows.size() <= 12)
            ensure(double(b.rows.size()) * pt(22));
        for (const std::vector<Cell> &row : b.rows) {
            std::vector<Laid> cells;
            double h = 0;
            for (std::size_t i = 0; i < row.size() && i < w.size(); ++i) {
                const Cell &c = row[i];
                const QFont &f = c.badge.isValid()     ? bodyBold
                                 : c.mono              ? mono
                                 : (!header && i == 0) ? bodyBold
                                                       : body;
                cells.push_back(lay(c.text, c.badge.isValid() ? font(7, true) : f,
                                    w[i] - 2 * pad - (c.badge.isValid() ? pt(8) : 0), 40));
                h = std::max(h, cells.back().height + (c.badge.isValid() ? pt(3) : 0));
            }
            h += 2 * pad;
            if (first) {
                ensure(h + (header ? pt(24) : 0));
                if (header)
                    drawHeaderRow(b, w);
                first = false;
            } else if (m_y + h > m_bottom) {
                newPage();
                if (header)
                    drawHeaderRow(b, w);
            }
            if (rowIndex++ % 2 == 1 && header)
                m_p.fillRect(QRectF(m_left, m_y, width(), h), kZebra);
            double x = m_left;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const Cell &c = row[i];
                if (c.badge.isValid() && !c.text.isEmpty()) {
                    const double bw = cells[i].naturalWidth + pt(8);
                    badge(QRectF(x + pad, m_y + pad, bw, cells[i].height + pt(3)), QString(),
                          c.badge);
                    drawLaid(cells[i], x + pad + pt(4), m_y + pad + pt(1.5), Qt::white);
                } else {
                    drawLaid(cells[i], x + pad, m_y + pad, kInk);
                }
                x += w[i];
            }
            m_y += h;
            m_p.setPen(QPen(kRule, pt(0.4)));
            m_p.drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
        }
        m_y += pt(10);
    }

    void drawBars(const Block &b)
    {
        const double rowH = pt(36);
        const double labelW = width() * 0.36;
        const double valueW = pt(46);
        const double trackX = m_left + labelW;
        const double trackW = width() - labelW - valueW;
        ensure(rowH * double(b.bars.size()) + pt(24));
        const double top = m_y;
        // Grid lines at 0, 50, 80, 100.
        for (int v : {0, 50, 80, 100}) {
            const double x = trackX + trackW * v / 100.0;
            m_p.setPen(QPen(kRule, pt(0.5), v == 0 ? Qt::SolidLine : Qt::DashLine));
            m_p.drawLine(QPointF(x, top), QPointF(x, top + rowH * double(b.bars.size())));
            m_p.setFont(font(7));
            m_p.setPen(kMuted);
            const QString s = QLocale().toString(v);
            m_p.drawText(
                QRectF(x - pt(20), top + rowH * double(b.bars.size()) + pt(2), pt(40), pt(10)),
                Qt::AlignCenter, s);
        }
        for (const Bar &bar : b.bars) {
            const Laid label = lay(bar.label, font(8.5, true), labelW - pt(8), 2);
            drawLaid(label, m_left, m_y + pt(11) - label.height / 2, kInk);
            const Laid detail = lay(bar.detail, font(7), labelW - pt(8), 1);
            drawLaid(detail, m_left, m_y + pt(11) + label.height / 2, kMuted);
            const QRectF track(trackX, m_y + pt(8), trackW, pt(13));
            m_p.fillRect(track, QColor(0xf1, 0xf3, 0xf5));
            if (bar.value >= 0)
                m_p.fillRect(
                    QRectF(track.left(), track.top(), trackW * bar.value / 100.0, track.height()),
                    scoreColor(bar.value));
            m_p.setFont(font(9, true));
            m_p.setPen(kInk);
            m_p.drawText(QRectF(track.right() + pt(4), track.top() - pt(2), valueW, pt(16)),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         bar.value < 0 ? QStringLiteral("–")
                                       : QLocale().toString(bar.value, 'f', 0));
            m_y += rowH;
        }
        m_y += pt(22);
    }

    void drawBadges(const Block &b)
    {
        const double gap = pt(8);
        const double n = double(b.rows.size());
        const double boxW = (width() - gap * (n - 1)) / n;
        const double boxH = pt(50);
        ensure(boxH + pt(10));
        double x = m_left;
        for (const auto &row : b.rows) {
            const QColor c = row[1].badge;
            QPainterPath path;
            path.addRoundedRect(QRectF(x, m_y, boxW, boxH), pt(4), pt(4));
            QColor fill = c;
            fill.setAlpha(28);
            m_p.fillPath(path, fill);
            m_p.fillRect(QRectF(x, m_y, boxW, pt(3)), c);
            m_p.setPen(c);
            m_p.setFont(font(18, true));
            m_p.drawText(QRectF(x, m_y + pt(6), boxW, pt(26)), Qt::AlignCenter, row[1].text);
            m_p.setPen(kInk);
            m_p.setFont(font(8));
            m_p.drawText(QRectF(x, m_y + pt(32), boxW, pt(14)), Qt::AlignCenter, row[0].text);
            x += boxW + gap;
        }
        m_y += boxH + pt(14);
    }

    void drawGraph(const Block &b)
    {
        QSvgRenderer svg(b.svg);
        if (b.svg.isEmpty() || !svg.isValid()) {
            const Laid l = lay(Tr::translate("Report", "(graph not available)"), font(8), width());
            flowLaid(l, m_left, kMuted);
            return;
        }
        QSizeF natural = svg.viewBoxF().size();
        if (natural.isEmpty())
            natural = svg.defaultSize();
        natural *= kPx; // Graphviz sizes are points
        auto scaleFor = [&](double w, double availH) {
            return std::min({w / natural.width(), availH / natural.height(), 1.25});
        };
        const double captionH = pt(24);
        double avail = m_bottom - m_y - captionH;
        const double fullPortrait = scaleFor(width(), m_bottom - m_top - captionH);
        // Landscape page area (A4 turned): 742 x 483 points of content.
        const double fullLandscape = scaleFor(m_pageH - pt(100), m_pageW - pt(118) - captionH);
        bool landscape = false;
        if (fullLandscape > fullPortrait * 1.15 && fullPortrait < 0.9) {
            newPage(QPageLayout::Landscape);
            landscape = true;
            avail = m_bottom - m_y - captionH;
        } else if (scaleFor(width(), avail) < 0.999 * fullPortrait &&
                   (scaleFor(width(), avail) < 0.6 || avail < (m_bottom - m_top) * 0.35)) {
            // A graph drawn too small to read gets a page of its own.
            newPage();
            avail = m_bottom - m_y - captionH;
        }
        const Laid caption = lay(b.text, font(8, true), width());
        const double s = scaleFor(width(), avail);
        const QSizeF size = natural * s;
        const QRectF frame(m_left, m_y, width(), size.height() + pt(8));
        m_p.setPen(QPen(kRule, pt(0.6)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(frame);
        const QRectF target(m_left + (width() - size.width()) / 2, m_y + pt(4), size.width(),
                            size.height());
        m_p.save();
        svg.render(&m_p, target);
        m_p.restore();
        m_y += frame.height() + pt(4);
        drawLaid(caption, m_left, m_y, kMuted);
        m_y += caption.height + pt(10);
        if (landscape)
            m_y = m_bottom + 1; // what follows starts on a portrait page
    }

    QPdfWriter &m_w;
    const ReportDocument &m_doc;
    const std::vector<TocEntry> &m_prevToc;
    int m_tocPages = 1;
    int m_totalPages = 0;
    QPainter m_p;
    std::vector<TocEntry> m_toc;
    int m_page = 0;
    double m_pageW = 0;
    double m_pageH = 0;
    double m_left = 0;
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
};

void setUp(QPdfWriter &w, const ReportDocument &doc)
{
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    w.setResolution(kDpi);
    w.setTitle(doc.cover.title);
    w.setCreator(QStringLiteral("Parapet ") + QStringLiteral(PARAPET_VERSION));
}

QString subjectOf(const ReportDocument &doc)
{
    return Tr::translate("Report", "NSA/CISA Kubernetes hardening assessment of %1")
        .arg(doc.cover.sourceName);
}

QByteArray pdfString(const QString &s)
{
    // UTF-16BE with BOM, hex: safe for any character.
    QByteArray out = "<FEFF";
    for (QChar c : s)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    out += '>';
    return out;
}

/// Qt 6.4 writes Title, Creator and Producer only; Author and Subject are added with an
/// incremental update that rewrites the Info dictionary (the original bytes stay as written).
Result<bool> addInfo(const QString &path, const QString &author, const QString &subject)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return Error{Error::Code::Io, f.errorString(), {path, 0, 0}};
    const QByteArray data = f.readAll();
    const qsizetype trailerAt = data.lastIndexOf("trailer");
    const qsizetype startAt = data.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return Error{Error::Code::Invalid, QStringLiteral("unexpected PDF trailer"), {path, 0, 0}};
    const QString trailer = QString::fromLatin1(data.mid(trailerAt, startAt - trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    const auto size = sizeRe.match(trailer);
    const auto root = rootRe.match(trailer);
    const auto info = infoRe.match(trailer);
    bool ok = false;
    const qint64 prev =
        data.mid(startAt + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!size.hasMatch() || !root.hasMatch() || !info.hasMatch() || !ok)
        return Error{Error::Code::Invalid, QStringLiteral("unexpected PDF trailer"), {path, 0, 0}};
    const QByteArray infoNum = info.captured(1).toLatin1();
    const qsizetype objAt = data.indexOf(QByteArray("\n" + infoNum + " 0 obj"));
    const qsizetype dictEnd = objAt < 0 ? -1 : data.indexOf(">>", objAt);
    if (dictEnd < 0)
        return Error{
            Error::Code::Invalid, QStringLiteral("PDF Info dictionary not found"), {path, 0, 0}};
    const qsizetype dictStart = data.indexOf("<<", objAt);
    const QByteArray oldDict = data.mid(dictStart + 2, dictEnd - dictStart - 2);

    QByteArray update = "\n";
    const qint64 objOffset = data.size() + update.size();
    update += infoNum + " 0 obj\n<<" + oldDict + "\n/Author " + pdfString(author) + "\n/Subject " +
              pdfString(subject) + "\n>>\nendobj\n";
    const qint64 xrefOffset = data.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n" + infoNum + " 1\n" +
              QByteArray::number(objOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Root " +
              root.captured(1).toLatin1() + " 0 R\n/Info " + infoNum + " 0 R\n/Prev " +
              QByteArray::number(prev) + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
              "\n%%EOF\n";
    f.seek(data.size());
    if (f.write(update) != update.size())
        return Error{Error::Code::Io, f.errorString(), {path, 0, 0}};
    return true;
}

QByteArray xmp(const ReportDocument &doc, const QString &author, const QString &subject)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    return "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
           "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
           "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" +
           esc(doc.cover.title) +
           "</rdf:li></rdf:Alt></dc:title>\n"
           "<dc:creator><rdf:Seq><rdf:li>" +
           esc(author) +
           "</rdf:li></rdf:Seq></dc:creator>\n"
           "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" +
           esc(subject) +
           "</rdf:li></rdf:Alt></dc:description>\n"
           "<pdf:Producer>Parapet</pdf:Producer>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
}

} // namespace

Result<bool> writePdf(const ReportDocument &doc, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{Error::Code::Unsupported,
                     Tr::translate("Report", "a PDF report needs a QGuiApplication"),
                     {}};
    std::vector<TocEntry> toc;
    for (const Block &b : doc.blocks)
        if (b.kind == Block::Kind::Heading && b.level <= 2)
            toc.push_back({b.level, b.text, 0});
    const int tocPages =
        std::max(1, int((toc.size() + std::size_t(PdfPainter::tocLinesPerPage()) - 1) /
                        std::size_t(PdfPainter::tocLinesPerPage())));
    const QString author = QStringLiteral("Parapet ") + QStringLiteral(PARAPET_VERSION);
    const QString subject = subjectOf(doc);

    // Pass 1: page numbers of the headings and the page count.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter w(&scratch);
        setUp(w, doc);
        PdfPainter first(w, doc, toc, tocPages, 0);
        if (!first.run())
            return Error{Error::Code::Io, Tr::translate("Report", "cannot lay out the PDF"), {}};
        toc = first.toc();
        pages = first.pages();
    }
    // Pass 2: the file.
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{
                Error::Code::Io,
                Tr::translate("Report", "cannot write %1: %2").arg(path, out.errorString()),
                {}};
        QPdfWriter w(&out);
        setUp(w, doc);
        w.setDocumentXmpMetadata(xmp(doc, author, subject));
        PdfPainter second(w, doc, toc, tocPages, pages);
        if (!second.run())
            return Error{Error::Code::Io, Tr::translate("Report", "cannot write %1").arg(path), {}};
    }
    return addInfo(path, author, subject);
}

} // namespace parapet::report
