#include "theme.h"

#include <cmath>
#include <memory>
#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace parapet::ui {

namespace {

std::unique_ptr<Theme> &currentTheme()
{
    static std::unique_ptr<Theme> theme;
    return theme;
}

// Renders an SVG with its `currentColor` replaced by a theme colour, at any size and device
// pixel ratio; rendered pixmaps are kept per size and mode.
class TintedSvgIconEngine : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(m_svg);
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        const QSize device = size * scale;
        const quint64 key =
            (quint64(device.width()) << 32) | (quint64(device.height()) << 8) | quint64(mode);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
        QPixmap pm(device);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            paint(&p, QRect(QPoint(0, 0), device), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        m_cache.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("parapet-tinted-svg"); }

private:
    QByteArray m_svg;
    QHash<quint64, QPixmap> m_cache;
};

QColor hex(const char *code)
{
    return QColor::fromString(QLatin1StringView(code));
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

Theme::Theme(Scheme scheme)
    : m_scheme(scheme)
{
    const auto set = [this](Tone t, const char *code) { m_tones[std::size_t(t)] = hex(code); };
    if (scheme == Scheme::Light) {
        m_colors = {hex("#eef0f3"), hex("#ffffff"), hex("#f6f7f9"), hex("#1f2328"),
                    hex("#5b636e"), hex("#d0d7de"), hex("#dcebfb"), hex("#1f2328"),
                    hex("#0b5cad"), hex("#e8ebef"), hex("#ffffff")};
        m_syntax = {hex("#7b2fa8"), hex("#0a7a3b"), hex("#1d5fbf"),
                    hex("#b0480b"), hex("#5f6873"), hex("#5b636e")};
        set(Tone::Critical, "#b42318");
        set(Tone::High, "#b54708");
        set(Tone::Medium, "#8a6100");
        set(Tone::Low, "#175cd3");
        set(Tone::Pass, "#067647");
        set(Tone::Fail, "#b42318");
        set(Tone::Partial, "#8a6100");
        set(Tone::NotVerifiable, "#5d6673");
        set(Tone::Excepted, "#5f636a");
        set(Tone::Info, "#0e6aa8");
        set(Tone::Error, "#b42318");
        set(Tone::Warning, "#8a6100");
    } else {
        m_colors = {hex("#27292d"), hex("#1e1f22"), hex("#232529"), hex("#e6e7e9"),
                    hex("#a2a8b0"), hex("#3b3e44"), hex("#2c4564"), hex("#ffffff"),
                    hex("#79b8ff"), hex("#33363b"), hex("#232529")};
        m_syntax = {hex("#d2a8ff"), hex("#7ee787"), hex("#79c0ff"),
                    hex("#ffa657"), hex("#9298a1"), hex("#a2a8b0")};
        set(Tone::Critical, "#ff7b72");
        set(Tone::High, "#ffa657");
        set(Tone::Medium, "#e3b341");
        set(Tone::Low, "#79b8ff");
        set(Tone::Pass, "#56d364");
        set(Tone::Fail, "#ff7b72");
        set(Tone::Partial, "#e3b341");
        set(Tone::NotVerifiable, "#a3acb9");
        set(Tone::Excepted, "#9aa0a8");
        set(Tone::Info, "#58c4f5");
        set(Tone::Error, "#ff7b72");
        set(Tone::Warning, "#e3b341");
    }
}

const Theme &Theme::current()
{
    auto &theme = currentTheme();
    if (!theme)
        theme = std::make_unique<Theme>(Scheme::Light);
    return *theme;
}

void Theme::setCurrent(Scheme scheme)
{
    currentTheme() = std::make_unique<Theme>(scheme);
}

Theme::Scheme Theme::systemScheme()
{
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightnessF() < 0.5 ? Scheme::Dark : Scheme::Light;
}

void Theme::apply(QApplication &app, Scheme scheme)
{
    setCurrent(scheme);
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(current().palette());
    app.setWindowIcon(appIcon());
}

QPalette Theme::palette() const
{
    const Colors &c = m_colors;
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.window);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.base);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.mutedText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Midlight, c.chip);
    p.setColor(QPalette::Dark, c.border.darker(130));
    p.setColor(QPalette::Shadow,
               m_scheme == Scheme::Light ? QColor(0, 0, 0, 60) : QColor(Qt::black));
    const QColor light = m_scheme == Scheme::Light ? c.base : c.chip.lighter(115);
    p.setColor(QPalette::Light, light);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.mutedText);
    }
    return p;
}

QColor Theme::tone(Tone t) const
{
    return m_tones[std::size_t(t)];
}

QString Theme::toneWord(Tone t)
{
    switch (t) {
    case Tone::Critical:
        return tr("Critical");
    case Tone::High:
        return tr("High");
    case Tone::Medium:
        return tr("Medium");
    case Tone::Low:
        return tr("Low");
    case Tone::Pass:
        return tr("Pass");
    case Tone::Fail:
        return tr("Fail");
    case Tone::Partial:
        return tr("Partial");
    case Tone::NotVerifiable:
        return tr("Not verifiable");
    case Tone::Excepted:
        return tr("Excepted");
    case Tone::Info:
        return tr("Info");
    case Tone::Error:
        return tr("Error");
    case Tone::Warning:
        return tr("Warning");
    }
    return {};
}

QIcon Theme::toneIcon(Tone t) const
{
    static const char *const names[] = {
        "severity-critical", "severity-high", "severity-medium", "severity-low",
        "status-pass",       "status-fail",   "status-partial",  "status-not-verifiable",
        "status-excepted",   "status-info",   "status-error",    "status-warning",
    };
    return icon(QLatin1StringView(names[std::size_t(t)]), tone(t));
}

QIcon Theme::icon(const QString &name) const
{
    return icon(name, m_colors.mutedText);
}

QIcon Theme::icon(const QString &name, const QColor &color) const
{
    const QString key = name + u'#' + color.name(QColor::HexArgb);
    const auto it = m_iconCache.constFind(key);
    if (it != m_iconCache.constEnd())
        return *it;
    QFile file(u":/icons/" + name + u".svg");
    QIcon result;
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray svg = file.readAll();
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        result = QIcon(new TintedSvgIconEngine(svg));
    }
    m_iconCache.insert(key, result);
    return result;
}

QString Theme::kindIconName(QStringView kind)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("Namespace"), QStringLiteral("kind-namespace")},
        {QStringLiteral("Pod"), QStringLiteral("kind-pod")},
        {QStringLiteral("Deployment"), QStringLiteral("kind-workload")},
        {QStringLiteral("StatefulSet"), QStringLiteral("kind-workload")},
        {QStringLiteral("DaemonSet"), QStringLiteral("kind-workload")},
        {QStringLiteral("ReplicaSet"), QStringLiteral("kind-workload")},
        {QStringLiteral("ReplicationController"), QStringLiteral("kind-workload")},
        {QStringLiteral("Job"), QStringLiteral("kind-job")},
        {QStringLiteral("CronJob"), QStringLiteral("kind-job")},
        {QStringLiteral("Service"), QStringLiteral("kind-service")},
        {QStringLiteral("Ingress"), QStringLiteral("kind-service")},
        {QStringLiteral("NetworkPolicy"), QStringLiteral("kind-networkpolicy")},
        {QStringLiteral("ServiceAccount"), QStringLiteral("kind-serviceaccount")},
        {QStringLiteral("Role"), QStringLiteral("kind-role")},
        {QStringLiteral("ClusterRole"), QStringLiteral("kind-clusterrole")},
        {QStringLiteral("RoleBinding"), QStringLiteral("kind-binding")},
        {QStringLiteral("ClusterRoleBinding"), QStringLiteral("kind-binding")},
        {QStringLiteral("User"), QStringLiteral("kind-user")},
        {QStringLiteral("Group"), QStringLiteral("kind-group")},
        {QStringLiteral("Secret"), QStringLiteral("kind-secret")},
        {QStringLiteral("ConfigMap"), QStringLiteral("kind-configmap")},
        {QStringLiteral("Node"), QStringLiteral("kind-node")},
        {QStringLiteral("CustomResourceDefinition"), QStringLiteral("kind-crd")},
    };
    return names.value(kind.toString(), QStringLiteral("kind-object"));
}

QIcon Theme::kindIcon(QStringView kind) const
{
    return icon(kindIconName(kind));
}

QIcon Theme::appIcon()
{
    return QIcon(QStringLiteral(":/icons/parapet.svg"));
}

QFont Theme::monospaceFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setStyleHint(QFont::Monospace);
    // A touch smaller than the UI font: YAML and ids sit in dense panes.
    const QFont ui = QApplication::font();
    if (ui.pointSizeF() > 0)
        f.setPointSizeF(ui.pointSizeF() * 0.95);
    return f;
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace parapet::ui
