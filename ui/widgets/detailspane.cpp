#include "detailspane.h"

#include "emptystate.h"
#include "flowlayout.h"
#include "formatting.h"
#include "itemmodels/findingsmodel.h"
#include "kube/yamlwriter.h"
#include "theme.h"
#include "yamlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

// Highlighting a very large object (a big CRD) would hold up the GUI thread for seconds.
constexpr qsizetype kHighlightLimit = 400'000;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::current().colors().mutedText);
    label->setPalette(p);
    return label;
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = caption(text.toUpper(), parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setBold(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 105);
    label->setFont(f);
    return label;
}

QLabel *selectable(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    const Theme &theme = Theme::current();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // In a scroll area: a long unbreakable value (a field path, a label chip) scrolls in a
    // narrow dock instead of holding the dock, and so the window, wider.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_pages);
    outer->addWidget(scroll);

    m_empty->setIcon(theme.icon(QStringLiteral("kind-object")));
    m_empty->setTitle(tr("Nothing selected"));
    m_empty->setText(tr("Select an object, a finding or a problem in a view to see its "
                        "evidence here: source, labels and YAML, or the failed control and how "
                        "to fix it."));
    m_pages->addWidget(m_empty);

    // --- object page
    auto *objectPage = new QWidget(this);
    objectPage->setObjectName(QStringLiteral("detailsObjectPage"));
    auto *v = new QVBoxLayout(objectPage);
    v->setContentsMargins(10, 10, 10, 6);
    v->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_kindIcon = new QLabel(objectPage);
    m_kindIcon->setFixedSize(22, 22);
    m_title = selectable(objectPage);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    header->addWidget(m_kindIcon, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    v->addLayout(header);
    m_subtitle = caption(QString(), objectPage);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));
    m_subtitle->setWordWrap(true);
    v->addWidget(m_subtitle);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 4, 0, 0);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(4);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_source = selectable(objectPage);
    m_source->setObjectName(QStringLiteral("detailsSource"));
    m_source->setFont(Theme::monospaceFont());
    form->addRow(caption(tr("Source"), objectPage), m_source);
    m_createdCaption = caption(tr("Created"), objectPage);
    m_created = selectable(objectPage);
    m_created->setObjectName(QStringLiteral("detailsCreated"));
    form->addRow(m_createdCaption, m_created);
    m_annotations = selectable(objectPage);
    m_annotations->setObjectName(QStringLiteral("detailsAnnotations"));
    form->addRow(caption(tr("Annotations"), objectPage), m_annotations);
    v->addLayout(form);

    v->addSpacing(4);
    v->addWidget(sectionHeading(tr("Labels"), objectPage));
    m_labels = new QWidget(objectPage);
    m_labels->setObjectName(QStringLiteral("detailsLabels"));
    m_labelsLayout = new FlowLayout(m_labels, 4);
    v->addWidget(m_labels);
    m_noLabels = caption(tr("No labels: selectors of Services, NetworkPolicies and "
                            "PodDisruptionBudgets cannot pick this object."),
                         objectPage);
    m_noLabels->setWordWrap(true);
    v->addWidget(m_noLabels);

    v->addSpacing(4);
    auto *yamlHeader = new QHBoxLayout;
    yamlHeader->addWidget(sectionHeading(tr("YAML"), objectPage));
    yamlHeader->addStretch();
    auto *copy = new QToolButton(objectPage);
    copy->setObjectName(QStringLiteral("detailsCopyYaml"));
    copy->setIcon(theme.icon(QStringLiteral("action-copy")));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the YAML to the clipboard"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAutoRaise(true);
    yamlHeader->addWidget(copy);
    v->addLayout(yamlHeader);
    m_yaml = new QPlainTextEdit(objectPage);
    m_yaml->setObjectName(QStringLiteral("detailsYaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(Theme::monospaceFont());
    m_yaml->setFrameShape(QFrame::StyledPanel);
    m_highlighter = new YamlHighlighter(m_yaml->document());
    v->addWidget(m_yaml, 1);
    m_yamlNote = caption(QString(), objectPage);
    m_yamlNote->setWordWrap(true);
    v->addWidget(m_yamlNote);
    m_pages->addWidget(objectPage);
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_yaml->toPlainText()); });

    // --- diagnostic page
    auto *diagPage = new QWidget(this);
    diagPage->setObjectName(QStringLiteral("detailsDiagnosticPage"));
    auto *d = new QVBoxLayout(diagPage);
    d->setContentsMargins(10, 10, 10, 10);
    d->setSpacing(8);
    auto *diagHeader = new QHBoxLayout;
    m_diagIcon = new QLabel(diagPage);
    m_diagIcon->setFixedSize(20, 20);
    m_diagSeverity = new QLabel(diagPage);
    m_diagSeverity->setObjectName(QStringLiteral("detailsDiagnosticSeverity"));
    QFont sevFont = m_diagSeverity->font();
    sevFont.setBold(true);
    sevFont.setPointSizeF(sevFont.pointSizeF() * 1.1);
    m_diagSeverity->setFont(sevFont);
    diagHeader->addWidget(m_diagIcon);
    diagHeader->addWidget(m_diagSeverity, 1);
    d->addLayout(diagHeader);
    m_diagLocation = selectable(diagPage);
    m_diagLocation->setObjectName(QStringLiteral("detailsDiagnosticLocation"));
    m_diagLocation->setFont(Theme::monospaceFont());
    d->addWidget(m_diagLocation);
    m_diagMessage = selectable(diagPage);
    m_diagMessage->setObjectName(QStringLiteral("detailsDiagnosticMessage"));
    d->addWidget(m_diagMessage);
    d->addSpacing(6);
    d->addWidget(sectionHeading(tr("What to do"), diagPage));
    m_diagAdvice = selectable(diagPage);
    m_diagAdvice->setObjectName(QStringLiteral("detailsDiagnosticAdvice"));
    d->addWidget(m_diagAdvice);
    d->addStretch();
    m_pages->addWidget(diagPage);

    // --- finding page
    auto *findPage = new QWidget(this);
    findPage->setObjectName(QStringLiteral("detailsFindingPage"));
    auto *fl = new QVBoxLayout(findPage);
    fl->setContentsMargins(10, 10, 10, 10);
    fl->setSpacing(6);
    auto *findHeader = new QHBoxLayout;
    m_findIcon = new QLabel(findPage);
    m_findIcon->setFixedSize(20, 20);
    m_findSeverity = selectable(findPage);
    m_findSeverity->setObjectName(QStringLiteral("detailsFindingSeverity"));
    m_findSeverity->setFont(sevFont);
    findHeader->addWidget(m_findIcon);
    findHeader->addWidget(m_findSeverity, 1);
    fl->addLayout(findHeader);
    m_findTitle = selectable(findPage);
    m_findTitle->setObjectName(QStringLiteral("detailsFindingTitle"));
    QFont findTitleFont = m_findTitle->font();
    findTitleFont.setBold(true);
    m_findTitle->setFont(findTitleFont);
    fl->addWidget(m_findTitle);
    auto *findForm = new QFormLayout;
    findForm->setContentsMargins(0, 4, 0, 0);
    findForm->setHorizontalSpacing(10);
    findForm->setVerticalSpacing(4);
    findForm->setLabelAlignment(Qt::AlignLeft);
    findForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto field = [&](const char *name, const QString &label, bool mono) {
        QLabel *value = selectable(findPage);
        value->setObjectName(QLatin1StringView(name));
        if (mono)
            value->setFont(Theme::monospaceFont());
        findForm->addRow(caption(label, findPage), value);
        return value;
    };
    m_findStatus = field("detailsFindingStatus", tr("Status"), false);
    m_findObject = field("detailsFindingObject", tr("Object"), false);
    m_findField = field("detailsFindingField", tr("Field"), true);
    m_findValue = field("detailsFindingValue", tr("Value"), true);
    m_findSource = field("detailsFindingSource", tr("Source"), true);
    fl->addLayout(findForm);
    m_findMessage = selectable(findPage);
    m_findMessage->setObjectName(QStringLiteral("detailsFindingMessage"));
    fl->addWidget(m_findMessage);
    m_findException = selectable(findPage);
    m_findException->setObjectName(QStringLiteral("detailsFindingException"));
    fl->addWidget(m_findException);
    fl->addSpacing(6);
    fl->addWidget(sectionHeading(tr("Why it matters"), findPage));
    m_findRationale = selectable(findPage);
    m_findRationale->setObjectName(QStringLiteral("detailsFindingRationale"));
    fl->addWidget(m_findRationale);
    fl->addSpacing(6);
    fl->addWidget(sectionHeading(tr("How to fix"), findPage));
    m_findRemediation = selectable(findPage);
    m_findRemediation->setObjectName(QStringLiteral("detailsFindingRemediation"));
    fl->addWidget(m_findRemediation);
    fl->addStretch();
    m_pages->addWidget(findPage);
}

void DetailsPane::setScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    m_scan = scan;
    if (m_selection.type == Selection::Type::Finding)
        clear();
}

void DetailsPane::setResult(const LoadResult &result)
{
    m_inventory = result.inventory;
    m_displayRoot = result.displayRoot;
    m_scan.reset();
    clear();
}

void DetailsPane::clear()
{
    m_selection = {};
    m_yaml->clear();
    m_pages->setCurrentIndex(0);
}

void DetailsPane::showSelection(const Selection &selection)
{
    if (selection == m_selection)
        return;
    if (selection.type == Selection::Type::Object && selection.index >= 0 &&
        selection.index < m_inventory.size()) {
        m_selection = selection;
        showObject(m_inventory.at(selection.index));
        return;
    }
    const auto &diagnostics = m_inventory.diagnostics();
    if (selection.type == Selection::Type::Diagnostic && selection.index >= 0 &&
        std::size_t(selection.index) < diagnostics.size()) {
        m_selection = selection;
        showDiagnostic(diagnostics[std::size_t(selection.index)]);
        return;
    }
    if (selection.type == Selection::Type::Finding && m_scan && selection.index >= 0 &&
        std::size_t(selection.index) < m_scan->findings.size()) {
        m_selection = selection;
        showFinding(m_scan->findings[std::size_t(selection.index)]);
        return;
    }
    clear();
}

void DetailsPane::showObject(const KubeObject &object)
{
    const Theme &theme = Theme::current();
    m_kindIcon->setPixmap(theme.kindIcon(object.kind()).pixmap(QSize(22, 22)));
    m_title->setText(object.reference());
    QStringList facts{object.apiVersion()};
    if (!object.isNamespaced())
        facts.append(tr("cluster-scoped"));
    else if (object.namespaceDefaulted())
        facts.append(tr("namespace not written; defaulted to \u201c%1\u201d").arg(object.ns()));
    if (!object.uid().isEmpty())
        facts.append(tr("uid %1").arg(object.uid()));
    m_subtitle->setText(facts.join(QStringLiteral(" \u00b7 ")));

    const SourceLocation &origin = object.origin();
    m_source->setText(origin.isValid() ? Format::location(origin, m_displayRoot, true)
                                       : tr("read from the cluster"));
    m_source->setToolTip(origin.toString());

    const QDateTime created =
        Format::timestamp(object.metadata()["creationTimestamp"].toString(QString()));
    m_createdCaption->setVisible(created.isValid());
    m_created->setVisible(created.isValid());
    if (created.isValid()) {
        const QDateTime now = m_inventory.source().capturedAt;
        m_created->setText(tr("%1 (%2 before the source was read)")
                               .arg(Format::dateTime(created), Format::age(created, now)));
    }
    const std::uint32_t annotations = object.annotations().size();
    m_annotations->setText(annotations == 0
                               ? tr("none")
                               : tr("%1 (in the YAML below)").arg(Format::count(annotations)));

    m_labelsLayout->clear();
    const Node labels = object.labels();
    const QColor chip = theme.colors().chip;
    const QColor border = theme.colors().border;
    for (const auto &[key, value] : labels.children()) {
        const QString text = key.toString() + u'=' + value.toString();
        auto *label = new QToolButton(m_labels);
        label->setObjectName(QStringLiteral("labelChip"));
        label->setText(text);
        label->setToolTip(tr("Show objects with the label %1").arg(text));
        label->setFont(Theme::monospaceFont());
        label->setCursor(Qt::PointingHandCursor);
        label->setStyleSheet(QStringLiteral("QToolButton { background: %1; border: 1px solid %2;"
                                            " border-radius: 3px; padding: 1px 6px; }"
                                            "QToolButton:hover { border-color: %3; }")
                                 .arg(chip.name(), border.name(), theme.colors().link.name()));
        connect(label, &QToolButton::clicked, this, [this, text] { Q_EMIT labelActivated(text); });
        m_labelsLayout->addWidget(label);
    }
    m_labels->setVisible(labels.size() > 0);
    m_noLabels->setVisible(labels.size() == 0);

    const QString yaml = toYaml(object.root());
    m_highlighter->setDocument(yaml.size() > kHighlightLimit ? nullptr : m_yaml->document());
    m_yaml->setPlainText(yaml);
    QStringList notes;
    if (object.kind() == u"Secret")
        notes.append(tr("Secret values are never loaded: only metadata is shown."));
    if (yaml.size() > kHighlightLimit)
        notes.append(tr("Highlighting is off for objects this large."));
    notes.append(tr("Comments and the original quoting are not kept; the source file has them."));
    m_yamlNote->setText(notes.join(u' '));
    m_pages->setCurrentIndex(1);
}

void DetailsPane::showDiagnostic(const Diagnostic &diagnostic)
{
    const Theme &theme = Theme::current();
    const Tone tone =
        diagnostic.severity == Diagnostic::Severity::Error ? Tone::Error : Tone::Warning;
    m_diagIcon->setPixmap(theme.toneIcon(tone).pixmap(QSize(20, 20)));
    m_diagSeverity->setText(Theme::toneWord(tone));
    QPalette p = m_diagSeverity->palette();
    p.setColor(QPalette::WindowText, theme.tone(tone));
    m_diagSeverity->setPalette(p);
    m_diagLocation->setText(Format::location(diagnostic.location, m_displayRoot, true));
    m_diagLocation->setToolTip(diagnostic.location.toString());
    m_diagMessage->setText(diagnostic.message);
    QString advice;
    if (diagnostic.severity == Diagnostic::Severity::Warning) {
        advice = tr("The object was kept. Check the place above; after a fix, reload with F5.");
    } else if (diagnostic.location.line == 0) {
        advice = tr("Nothing was read from this input. Check that the path exists and is a "
                    "readable YAML, JSON or snapshot file, then reload with F5.");
    } else {
        advice = tr("This document was skipped; everything else was loaded. Open the file at "
                    "the line above, fix the document, then reload with F5.");
    }
    m_diagAdvice->setText(advice);
    m_pages->setCurrentIndex(2);
}

void DetailsPane::showFinding(const checks::Finding &finding)
{
    const Theme &theme = Theme::current();
    const Tone tone = severityTone(finding.severity);
    m_findIcon->setPixmap(theme.toneIcon(tone).pixmap(QSize(20, 20)));
    m_findSeverity->setText(tr("%1 \u00b7 %2").arg(Theme::toneWord(tone), finding.control));
    QPalette p = m_findSeverity->palette();
    p.setColor(QPalette::WindowText, theme.tone(tone));
    m_findSeverity->setPalette(p);
    const checks::Control *control = checks::findControl(finding.control);
    m_findTitle->setText(control ? control->title() : finding.control);
    const Tone statusTone = finding.excepted ? Tone::Excepted : Tone::Fail;
    m_findStatus->setText(Theme::toneWord(statusTone));
    QPalette sp = m_findStatus->palette();
    sp.setColor(QPalette::WindowText, theme.tone(statusTone));
    m_findStatus->setPalette(sp);
    QString object = finding.object.toString();
    if (finding.owner.isValid())
        object = tr("%1 (owned by %2)").arg(object, finding.owner.toString());
    m_findObject->setText(object);
    m_findField->setText(finding.field.isEmpty() ? tr("\u2014") : finding.field);
    m_findValue->setText(finding.value.isEmpty() ? tr("\u2014") : finding.value);
    m_findSource->setText(finding.location.isValid()
                              ? Format::location(finding.location, m_displayRoot, true)
                              : tr("read from the cluster"));
    m_findSource->setToolTip(finding.location.toString());
    m_findMessage->setText(finding.message);
    m_findException->setVisible(finding.excepted);
    if (finding.excepted) {
        QString text = tr("Accepted risk: %1").arg(finding.exceptionReason);
        if (!finding.exceptionSource.isEmpty())
            text += QString(u" (" + finding.exceptionSource + u')');
        m_findException->setText(text);
    }
    m_findRationale->setText(control ? control->rationale() : QString());
    m_findRemediation->setText(control ? control->remediation() : QString());
    m_pages->setCurrentIndex(3);
}

} // namespace parapet::ui
