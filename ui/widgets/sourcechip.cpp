#include "sourcechip.h"

#include "formatting.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace parapet::ui {

namespace {

QString iconFor(SourceInfo::Kind kind)
{
    switch (kind) {
    case SourceInfo::Kind::Demo:
        return QStringLiteral("source-demo");
    case SourceInfo::Kind::Snapshot:
        return QStringLiteral("source-snapshot");
    case SourceInfo::Kind::Live:
        return QStringLiteral("source-cluster");
    case SourceInfo::Kind::Manifests:
        break;
    }
    return QStringLiteral("source-files");
}

} // namespace

SourceChip::SourceChip(QWidget *parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_detail(new QLabel(this))
    , m_badge(new QToolButton(this))
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("sourceChip"));
    setAttribute(Qt::WA_StyledBackground, true);
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    setStyleSheet(
        QStringLiteral("#sourceChip { background: %1; border: 1px solid %2;"
                       " border-radius: 4px; }"
                       "#sourceChip QToolButton { border: none; background: transparent;"
                       " padding: 2px 4px; }"
                       "#sourceChip QToolButton:hover { background: %3; }"
                       "#sourceChip QToolButton::menu-indicator { image: none; width: 0; }"
                       "#sourceChipDetail { color: %4; }")
            .arg(c.base.name(), c.border.name(), c.chip.name(), c.mutedText.name()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 1, 6, 1);
    layout->setSpacing(4);

    m_button->setObjectName(QStringLiteral("sourceChipButton"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    QFont bold = m_button->font();
    bold.setBold(true);
    m_button->setFont(bold);
    layout->addWidget(m_button);

    m_detail->setObjectName(QStringLiteral("sourceChipDetail"));
    layout->addWidget(m_detail);

    m_badge->setObjectName(QStringLiteral("sourceChipBadge"));
    m_badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_badge->setCursor(Qt::PointingHandCursor);
    m_badge->hide();
    layout->addWidget(m_badge);
    connect(m_badge, &QToolButton::clicked, this, &SourceChip::badgeClicked);
}

void SourceChip::setLoading(const LoadRequest &request)
{
    m_button->setIcon(Theme::current().icon(
        request.kind == LoadRequest::Kind::Demo   ? QStringLiteral("source-demo")
        : request.kind == LoadRequest::Kind::Live ? QStringLiteral("source-cluster")
                                                  : QStringLiteral("source-files")));
    setName(request.shortName());
    m_button->setToolTip(request.paths.join(u'\n'));
    m_detail->setText(tr("loading\u2026"));
    m_badge->hide();
}

void SourceChip::setResult(const LoadResult &result)
{
    const Theme &theme = Theme::current();
    const SourceInfo &source = result.inventory.source();
    m_button->setIcon(theme.icon(iconFor(source.kind)));
    QStringList details;
    QString tooltip;
    switch (source.kind) {
    case SourceInfo::Kind::Demo:
        setName(tr("Demo cluster"));
        details.append(tr("bundled example"));
        tooltip = tr("The demo cluster bundled with Parapet");
        break;
    case SourceInfo::Kind::Snapshot:
        setName(result.request.shortName());
        details.append(tr("snapshot of %1")
                           .arg(source.capturedName.isEmpty() ? source.name : source.capturedName));
        if (source.capturedAt.isValid())
            details.append(tr("captured %1").arg(Format::dateTime(source.capturedAt)));
        tooltip = result.request.paths.join(u'\n');
        break;
    case SourceInfo::Kind::Live:
        setName(source.name);
        details.append(tr("live"));
        // Who is looking (UI.md: context, user, auth kind); never a credential.
        if (!result.userName.isEmpty())
            details.append(result.userName);
        if (!result.authKind.isEmpty())
            details.append(result.authKind);
        if (!result.tlsVerified)
            details.append(tr("TLS not verified"));
        tooltip = result.server.isEmpty() ? source.name : source.name + u'\n' + result.server;
        break;
    case SourceInfo::Kind::Manifests:
        setName(result.request.shortName());
        details.append(tr("manifests"));
        if (!result.request.defaultNamespace.isEmpty())
            details.append(tr("-n %1").arg(result.request.defaultNamespace));
        tooltip = result.request.paths.join(u'\n');
        break;
    }
    m_button->setToolTip(tooltip);
    m_detail->setText(details.join(QStringLiteral(" \u00b7 ")));

    const ClusterSummary &s = result.summary;
    if (s.errors + s.warnings == 0) {
        m_badge->hide();
        return;
    }
    const Tone tone = s.errors > 0 ? Tone::Error : Tone::Warning;
    m_badge->setIcon(theme.toneIcon(tone));
    const int n = s.errors + s.warnings;
    const QString word = s.errors > 0 ? (n == 1 ? tr("load error") : tr("load problems"))
                                      : (n == 1 ? tr("warning") : tr("warnings"));
    m_badge->setText(Format::count(n) + u' ' + word);
    m_badge->setStyleSheet(QStringLiteral("QToolButton { color: %1; font-weight: bold; }")
                               .arg(theme.tone(tone).name()));
    // The tooltip lists the first problems; the Problems view has them all.
    QStringList lines;
    const auto &diagnostics = result.inventory.diagnostics();
    constexpr std::size_t shown = 12;
    for (std::size_t i = 0; i < std::min(shown, diagnostics.size()); ++i) {
        const Diagnostic &d = diagnostics[i];
        lines.append(Format::location(d.location, result.displayRoot, true) + QStringLiteral(": ") +
                     d.message);
    }
    if (diagnostics.size() > shown)
        lines.append(
            tr("\u2026 and %1 more").arg(Format::count(qint64(diagnostics.size() - shown))));
    lines.append(QString());
    lines.append(tr("Click to open Problems."));
    m_badge->setToolTip(lines.join(u'\n'));
    m_badge->show();
}

void SourceChip::setName(const QString &name)
{
    m_name = name;
    // The menu indicator is drawn as text: Fusion's arrow sits too low beside bold text.
    m_button->setText(name + QStringLiteral("  \u25be"));
}

QString SourceChip::text() const
{
    return m_name;
}

QString SourceChip::badgeText() const
{
    return m_badge->isHidden() ? QString() : m_badge->text();
}

} // namespace parapet::ui
