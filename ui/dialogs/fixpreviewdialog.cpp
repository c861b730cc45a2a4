#include "fixpreviewdialog.h"

#include "fixset/fixset.h"
#include "fixset/labels.h"
#include "remediation/fixset.h"
#include "theme.h"
#include "widgets/diffview.h"
#include "widgets/flowlayout.h"
#include "yamlhighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace parapet::ui {

FixPreviewDialog::FixPreviewDialog(const Inventory &inventory,
                                   std::shared_ptr<const checks::ScanResult> scan,
                                   const QString &objectRef, const QString &control, FixSet *fixSet,
                                   QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_scan(std::move(scan))
    , m_objectRef(objectRef)
    , m_control(control)
    , m_fixSet(fixSet)
{
    setObjectName(QStringLiteral("fixPreview"));
    setWindowTitle(tr("Fix for %1").arg(objectRef));
    setAccessibleName(tr("Fix preview"));
    resize(920, 720);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("fixTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_subtitle = labels::caption(QString(), this);
    m_subtitle->setObjectName(QStringLiteral("fixSubtitle"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);

    // What may break comes first: it decides whether the fix can be applied as is.
    m_warnings = new QWidget(this);
    m_warnings->setObjectName(QStringLiteral("fixWarnings"));
    m_warnings->setAccessibleName(tr("Warnings: what to verify before applying"));
    labels::styleCallout(m_warnings, Tone::Warning);
    auto *warnLayout = new QHBoxLayout(m_warnings);
    warnLayout->setContentsMargins(12, 8, 12, 8);
    auto *warnIcon = new QLabel(m_warnings);
    warnIcon->setPixmap(Theme::current().toneIcon(Tone::Warning).pixmap(20, 20));
    warnLayout->addWidget(warnIcon, 0, Qt::AlignTop);
    m_warningsText = new QLabel(m_warnings);
    m_warningsText->setObjectName(QStringLiteral("fixWarningsText"));
    m_warningsText->setWordWrap(true);
    m_warningsText->setTextFormat(Qt::RichText);
    m_warningsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningsText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Many parts mean many warnings: they scroll rather than push the YAML off the dialog.
    auto *warnScroll = new QScrollArea(m_warnings);
    warnScroll->setObjectName(QStringLiteral("fixWarningsScroll"));
    warnScroll->setWidgetResizable(true);
    warnScroll->setFrameShape(QFrame::NoFrame);
    warnScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    warnScroll->setMaximumHeight(150);
    warnScroll->viewport()->setAutoFillBackground(false);
    warnScroll->setStyleSheet(QStringLiteral("#fixWarningsScroll, #fixWarningsScroll > QWidget,"
                                             " #fixWarningsText { background: transparent; }"));
    m_warningsText->setAutoFillBackground(false);
    warnScroll->setWidget(m_warningsText);
    warnLayout->addWidget(warnScroll, 1);
    layout->addWidget(m_warnings);

    auto *partsRow = new QHBoxLayout;
    partsRow->addWidget(labels::heading(tr("Parts"), this), 0, Qt::AlignTop);
    m_partsBox = new QWidget(this);
    m_partsBox->setObjectName(QStringLiteral("fixParts"));
    m_partsBox->setAccessibleName(tr("Parts of the fix"));
    m_partsLayout = new FlowLayout(m_partsBox, 10);
    partsRow->addWidget(m_partsBox, 1);
    layout->addLayout(partsRow);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("fixError"));
    m_errorLabel->setWordWrap(true);
    labels::styleCallout(m_errorLabel, Tone::Error);
    m_errorLabel->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_errorLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fixTabs"));
    m_tabs->setAccessibleName(tr("Generated manifests, patch and diff"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    m_status = labels::caption(QString(), this);
    m_status->setObjectName(QStringLiteral("fixStatus"));
    buttons->addWidget(m_status, 1);
    const Theme &theme = Theme::current();
    m_copy = new QPushButton(theme.icon(QStringLiteral("action-copy")), tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("fixCopy"));
    m_copy->setToolTip(tr("Copy the text of the current tab to the clipboard"));
    m_save = new QPushButton(tr("Save\u2026"), this);
    m_save->setObjectName(QStringLiteral("fixSave"));
    m_save->setToolTip(tr("Save the manifests to a YAML file (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_add = new QPushButton(tr("Add to fix set"), this);
    m_add->setObjectName(QStringLiteral("fixAdd"));
    m_add->setToolTip(tr("Collect this fix; the Fix set view exports all of them as a "
                         "kustomize overlay or YAML"));
    m_add->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("fixClose"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_add);
    buttons->addSpacing(12);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_add->setVisible(m_fixSet != nullptr);

    connect(m_copy, &QPushButton::clicked, this, &FixPreviewDialog::copyCurrent);
    connect(m_save, &QPushButton::clicked, this, &FixPreviewDialog::save);
    connect(m_add, &QPushButton::clicked, this, &FixPreviewDialog::addToFixSet);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    generate();
}

FixPreviewDialog::~FixPreviewDialog() = default;

void FixPreviewDialog::setWithout(const QSet<QString> &parts)
{
    m_without = parts;
    generate();
}

void FixPreviewDialog::generate()
{
    m_fix.reset();
    m_diff.clear();
    m_error.clear();
    if (!m_scan) {
        m_error = tr("The checks have not run yet.");
        showFix();
        return;
    }
    remediation::PlanOptions options;
    options.objects = {m_objectRef};
    options.fix.without = m_without;
    remediation::Plan plan = remediation::planFixes(m_inventory, *m_scan, options);
    const remediation::Remediation *chosen = nullptr;
    for (const remediation::Remediation &r : plan.remediations) {
        // Once a target was chosen, switching parts must not jump to another fix.
        if (m_target) {
            if (r.target().kind == m_target->kind && r.target().ns == m_target->ns &&
                r.target().name == m_target->name) {
                chosen = &r;
                break;
            }
        } else if (r.controls().contains(m_control)) {
            chosen = &r;
            break;
        }
    }
    if (!chosen && !m_target && !plan.remediations.empty())
        chosen = &plan.remediations.front();
    if (chosen) {
        m_fix = *chosen;
        m_target = chosen->target();
        m_diff = remediation::remediationDiff(m_inventory, *m_fix);
    } else {
        m_error = plan.notes.isEmpty()
                      ? tr("No fix can be generated for %1 with the parts chosen.").arg(m_objectRef)
                      : plan.notes.join(u'\n');
    }
    showFix();
}

void FixPreviewDialog::rebuildParts()
{
    if (!m_fix)
        return; // keep the check boxes of the last fix: the user switches parts back on there
    QStringList names;
    for (const remediation::Part &part : m_fix->parts())
        names.append(part.name);
    QStringList shown;
    for (int i = 0; i < m_partsLayout->count(); ++i)
        if (QWidget *w = m_partsLayout->itemAt(i)->widget())
            shown.append(w->property("part").toString());
    if (shown == names) {
        for (const remediation::Part &part : m_fix->parts()) {
            auto *box = m_partsBox->findChild<QCheckBox *>(u"part-" + part.name);
            const QSignalBlocker blocker(box);
            box->setChecked(part.enabled);
        }
        return;
    }
    // The check box that was clicked may be among these: delete them once its signal is done.
    while (QLayoutItem *item = m_partsLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    for (const remediation::Part &part : m_fix->parts()) {
        const remediation::PartInfo *info = remediation::findPart(part.name);
        auto *box = new QCheckBox(info ? info->title() : part.name, m_partsBox);
        box->setObjectName(u"part-" + part.name);
        box->setProperty("part", part.name);
        box->setChecked(part.enabled);
        box->setToolTip(tr("Fixes %1").arg(part.controls.join(QStringLiteral(", "))));
        box->setAccessibleName(info ? info->title() : part.name);
        connect(box, &QCheckBox::toggled, this, [this, name = part.name](bool on) {
            if (on)
                m_without.remove(name);
            else
                m_without.insert(name);
            generate();
        });
        m_partsLayout->addWidget(box);
    }
}

QWidget *FixPreviewDialog::yamlPage(const QString &text, const QString &objectName,
                                    const QString &note)
{
    auto *page = new QWidget(m_tabs);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 6, 0, 0);
    v->setSpacing(4);
    if (!note.isEmpty()) {
        auto *label = labels::caption(note, page);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setFont(Theme::monospaceFont());
        v->addWidget(label);
    }
    auto *edit = new QPlainTextEdit(page);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(Theme::monospaceFont());
    edit->setPlainText(text);
    edit->setAccessibleName(objectName);
    new YamlHighlighter(edit->document());
    v->addWidget(edit, 1);
    return page;
}

void FixPreviewDialog::showFix()
{
    const int previousTab = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_errorLabel->setText(m_error);
    m_copy->setEnabled(m_fix.has_value());
    m_save->setEnabled(m_fix.has_value());
    m_add->setEnabled(m_fix.has_value());
    if (!m_fix) {
        m_title->setText(tr("No fix for %1").arg(m_objectRef));
        m_subtitle->clear();
        m_warnings->hide();
        m_status->clear();
        return;
    }
    const remediation::Remediation &fix = *m_fix;
    m_title->setText(tr("Fix for %1").arg(fix.target().toString()));
    m_subtitle->setText(
        fix.controls().isEmpty()
            ? tr("Review the manifests below; apply them with kubectl apply or commit them.")
            : tr("Fixes %1. Review the manifests below; apply them with kubectl apply or "
                 "commit them to Git.")
                  .arg(fix.controls().join(QStringLiteral(", "))));
    if (fix.warnings().isEmpty()) {
        m_warnings->hide();
    } else {
        QString html = u"<b>" + tr("Verify before applying") + u"</b><ul style=\"margin:0\">";
        // "read-only-root: the root filesystem …": the part's name in bold.
        static const QRegularExpression part(QStringLiteral("^([a-z0-9-]+): "));
        for (const QString &w : fix.warnings()) {
            const auto m = part.match(w);
            if (m.hasMatch())
                html += u"<li><b>" + m.captured(1).toHtmlEscaped() + u"</b>: " +
                        w.mid(m.capturedEnd()).toHtmlEscaped() + u"</li>";
            else
                html += u"<li>" + w.toHtmlEscaped() + u"</li>";
        }
        m_warningsText->setText(html + u"</ul>");
        m_warnings->show();
    }
    rebuildParts();

    int n = 0;
    for (const remediation::GeneratedManifest &m : fix.manifests()) {
        const QString title = m.isNew ? tr("%1 %2 (new)").arg(m.object.kind, m.object.name)
                                      : tr("%1 %2").arg(m.object.kind, m.object.name);
        m_tabs->addTab(yamlPage(m.yaml, QStringLiteral("fixManifest%1").arg(n++)), title);
        m_tabs->setTabIcon(m_tabs->count() - 1, Theme::current().kindIcon(m.object.kind));
    }
    if (fix.hasPatch())
        m_tabs->addTab(yamlPage(fix.patch(), QStringLiteral("fixPatch"), fix.patchCommand()),
                       tr("Patch"));
    auto *diffPage = new QWidget(m_tabs);
    auto *dv = new QVBoxLayout(diffPage);
    dv->setContentsMargins(0, 6, 0, 0);
    auto *diff = new DiffView(diffPage);
    diff->setObjectName(QStringLiteral("fixDiff"));
    diff->setAccessibleName(tr("Diff against the current object"));
    if (m_diff.isEmpty()) {
        auto *note = labels::caption(
            tr("No diff: the fix creates new objects only, or the object was not read from a "
               "file that can be read again."),
            diffPage);
        note->setObjectName(QStringLiteral("fixDiffNote"));
        note->setWordWrap(true);
        dv->addWidget(note);
    }
    diff->setDiff(m_diff);
    dv->addWidget(diff, 1);
    const int diffTab = m_tabs->addTab(diffPage, tr("Diff"));
    m_tabs->setTabToolTip(diffTab, tr("Changes against the object as it was loaded"));
    const qsizetype manifests = qsizetype(fix.manifests().size());
    QString status = manifests == 1 ? tr("1 manifest") : tr("%1 manifests").arg(manifests);
    if (!m_diff.isEmpty())
        status += tr(" \u00b7 diff +%1 \u2212%2").arg(diff->addedLines()).arg(diff->removedLines());
    m_status->setText(status);
    if (previousTab >= 0 && previousTab < m_tabs->count())
        m_tabs->setCurrentIndex(previousTab);
}

QString FixPreviewDialog::yamlText() const
{
    return m_fix ? m_fix->manifestsYaml() : QString();
}

QString FixPreviewDialog::errorText() const
{
    return m_error;
}

void FixPreviewDialog::copyCurrent()
{
    QWidget *page = m_tabs->currentWidget();
    if (!page)
        return;
    if (auto *edit = page->findChild<QPlainTextEdit *>()) {
        QApplication::clipboard()->setText(edit->toPlainText());
        m_status->setText(tr("Copied \u201c%1\u201d to the clipboard")
                              .arg(m_tabs->tabText(m_tabs->currentIndex())));
    }
}

void FixPreviewDialog::save()
{
    if (!m_fix)
        return;
    QString path;
    if (m_chooser) {
        path = m_chooser();
    } else {
        const checks::ObjectRef &t = m_fix->target();
        path = QFileDialog::getSaveFileName(
            this, tr("Save the fix"),
            QStringLiteral("%1-%2-fix.yaml").arg(t.kind.toLower(), t.name),
            tr("YAML (*.yaml *.yml)"));
    }
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = m_fix->manifestsYaml().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_errorLabel->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
        m_errorLabel->show();
        return;
    }
    m_status->setText(tr("Saved to %1").arg(path));
}

void FixPreviewDialog::addToFixSet()
{
    if (!m_fix || !m_fixSet)
        return;
    const bool replacing = m_fixSet->indexOf(m_fix->target(), m_fix->kind()) >= 0;
    const int row = m_fixSet->add(*m_fix);
    m_status->setText(replacing ? tr("Replaced the fix for %1 in the fix set (%2 fixes)")
                                      .arg(m_fix->target().toString())
                                      .arg(m_fixSet->count())
                                : tr("Added to the fix set (%1 fixes)").arg(m_fixSet->count()));
    Q_EMIT addedToFixSet(row);
}

} // namespace parapet::ui
