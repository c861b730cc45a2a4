#include "fixsetview.h"

#include "dialogs/fixpreviewdialog.h"
#include "fixset/fixset.h"
#include "fixset/fixsetmodel.h"
#include "fixset/labels.h"
#include "remediation/fixset.h"
#include "theme.h"
#include "widgets/emptystate.h"
#include "widgets/tablestyle.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parapet::ui {

FixSetView::FixSetView(QWidget *parent)
    : View(parent)
    , m_model(new FixSetModel(this))
{
    setObjectName(QStringLiteral("fixSetView"));
    const Theme &theme = Theme::current();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    QHBoxLayout *bar = addFilterBar(layout, this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fixSetSummary"));
    bar->addWidget(m_summary, 1);
    m_preview = new QPushButton(tr("Preview\u2026"), this);
    m_preview->setObjectName(QStringLiteral("fixSetPreview"));
    m_preview->setToolTip(tr("Show the manifests, patch and diff of the selected fix"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("fixSetRemove"));
    m_remove->setToolTip(tr("Remove the selected fix from the set (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("fixSetClear"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("fixSetFormat"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("Kustomize overlay (folder)"), int(ExportFormat::Overlay));
    m_format->addItem(tr("YAML files (folder)"), int(ExportFormat::YamlFiles));
    m_format->addItem(tr("kubectl patches (folder)"), int(ExportFormat::Patches));
    m_format->addItem(tr("One YAML file"), int(ExportFormat::SingleFile));
    m_export = new QPushButton(tr("Export\u2026"), this);
    m_export->setObjectName(QStringLiteral("fixSetExport"));
    m_export->setToolTip(tr("Write the fix set in the chosen format"));
    m_export->setDefault(true);
    bar->addWidget(m_preview);
    bar->addWidget(m_remove);
    bar->addWidget(m_clear);
    bar->addSpacing(12);
    bar->addWidget(m_format);
    bar->addWidget(m_export);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("fixSetResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setContentsMargins(12, 8, 12, 8);
    m_result->hide();
    layout->addWidget(m_result);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fixSetTable"));
    m_table->setAccessibleName(tr("Collected fixes"));
    m_table->setModel(m_model);
    applyTableStyle(m_table);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(FixSetModel::Target, 280);
    m_table->horizontalHeader()->resizeSection(FixSetModel::Kind, 180);
    m_table->horizontalHeader()->resizeSection(FixSetModel::Warnings, 90);
    m_stack->addWidget(m_table);
    m_empty = new EmptyState(this);
    m_empty->setObjectName(QStringLiteral("fixSetEmpty"));
    m_empty->setIcon(theme.icon(QStringLiteral("nav-fixset")));
    m_empty->setTitle(tr("No fixes collected yet"));
    m_empty->setText(tr("Walk the Checklist: on a failing control, choose Generate fix, review "
                        "the manifests and the diff, then Add to fix set. The fix set exports "
                        "as a kustomize overlay that kubectl kustomize builds, or as plain YAML."));
    QPushButton *open = m_empty->addAction(tr("Open the checklist"));
    open->setObjectName(QStringLiteral("fixSetOpenChecklist"));
    connect(open, &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("checklist"), QString()); });
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_preview, &QPushButton::clicked, this, [this] { previewCurrent(); });
    connect(m_remove, &QPushButton::clicked, this, &FixSetView::removeCurrent);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_fixSet)
            m_fixSet->clear();
    });
    connect(m_export, &QPushButton::clicked, this, &FixSetView::exportClicked);
    connect(m_table, &QTableView::doubleClicked, this, [this] { previewCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateState();
        Q_EMIT selectionChanged();
    });
    updateState();
}

void FixSetView::setFixSet(FixSet *fixSet)
{
    if (m_fixSet)
        disconnect(m_fixSet, nullptr, this, nullptr);
    m_fixSet = fixSet;
    m_model->setFixSet(fixSet);
    if (m_fixSet)
        connect(m_fixSet, &FixSet::changed, this, [this] {
            m_result->hide();
            // A row is always selected while there are fixes, so Preview and Remove work.
            if (currentRow() < 0 && m_fixSet->count() > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
            updateState();
        });
    updateState();
}

void FixSetView::setResult(const LoadResult &result)
{
    Q_UNUSED(result)
    m_scan.reset();
    updateState();
}

void FixSetView::setScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    m_scan = scan;
    updateState();
}

Selection FixSetView::selection() const
{
    const int row = currentRow();
    if (!m_fixSet || row < 0 || row >= m_fixSet->count())
        return {};
    const checks::ObjectRef &t = m_fixSet->fixes()[std::size_t(row)].target();
    const Inventory &inventory = m_fixSet->inventory();
    const KubeObject *object = inventory.find(t.kind, t.ns, t.name);
    if (!object)
        return {};
    return Selection::object(object - inventory.objects().data());
}

qint64 FixSetView::badgeCount() const
{
    return m_fixSet && m_fixSet->count() > 0 ? m_fixSet->count() : -1;
}

int FixSetView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FixSetView::updateState()
{
    const int n = m_fixSet ? m_fixSet->count() : 0;
    m_stack->setCurrentWidget(n > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    int warnings = 0;
    QSet<QString> controls;
    if (m_fixSet)
        for (const remediation::Remediation &f : m_fixSet->fixes()) {
            warnings += int(f.warnings().size());
            for (const QString &c : f.controls())
                controls.insert(c);
        }
    const auto count = [](int k, const QString &one, const QString &many) {
        return k == 1 ? one : many.arg(k);
    };
    m_summary->setText(
        n == 0
            ? tr("No fixes")
            : QStringList{count(n, tr("1 fix"), tr("%1 fixes")),
                          count(int(controls.size()), tr("1 control"), tr("%1 controls")),
                          count(warnings, tr("1 warning to verify"), tr("%1 warnings to verify"))}
                  .join(QStringLiteral(" \u00b7 ")));
    const bool selected = currentRow() >= 0;
    m_preview->setEnabled(selected && m_scan);
    m_remove->setEnabled(selected);
    m_clear->setEnabled(n > 0);
    // With nothing collected, the empty state says what to do; the buttons would only add noise.
    for (QWidget *w : {static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_remove),
                       static_cast<QWidget *>(m_clear), static_cast<QWidget *>(m_format),
                       static_cast<QWidget *>(m_export)})
        w->setVisible(n > 0);
}

FixPreviewDialog *FixSetView::previewCurrent()
{
    const int row = currentRow();
    if (!m_fixSet || !m_scan || row < 0 || row >= m_fixSet->count())
        return nullptr;
    const remediation::Remediation &fix = m_fixSet->fixes()[std::size_t(row)];
    auto *dialog = new FixPreviewDialog(m_fixSet->inventory(), m_scan, fix.target().toString(),
                                        fix.controls().value(0), m_fixSet, this);
    QSet<QString> off;
    for (const remediation::Part &p : fix.parts())
        if (!p.enabled)
            off.insert(p.name);
    if (!off.isEmpty())
        dialog->setWithout(off);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void FixSetView::removeCurrent()
{
    if (m_fixSet)
        m_fixSet->remove(currentRow());
}

QString FixSetView::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

Result<QStringList> FixSetView::exportTo(ExportFormat format, const QString &path, bool overwrite)
{
    auto fail = [this](const Error &e) -> Result<QStringList> {
        m_result->setText(u"<b>" + tr("Not exported.").toHtmlEscaped() + u"</b> " +
                          e.message.toHtmlEscaped());
        labels::styleCallout(m_result, Tone::Error);
        m_result->show();
        return e;
    };
    if (!m_fixSet || m_fixSet->count() == 0)
        return fail(Error{Error::Code::Usage, tr("The fix set is empty."), {}});
    using remediation::FixSetFormat;
    const FixSetFormat renderAs = format == ExportFormat::Overlay   ? FixSetFormat::Overlay
                                  : format == ExportFormat::Patches ? FixSetFormat::Patch
                                                                    : FixSetFormat::Yaml;
    const std::vector<remediation::Remediation> &fixes = m_fixSet->fixes();
    auto files = remediation::renderFixSet(m_fixSet->inventory(), fixes, renderAs);
    if (!files)
        return fail(files.error());
    QStringList written;
    QString where = path;
    if (format == ExportFormat::SingleFile) {
        // One stream of every YAML document; key material (control-plane files) is never
        // folded into a shared file.
        QByteArray all;
        for (const remediation::FixFile &f : *files) {
            if (f.secret)
                return fail(Error{Error::Code::Unsupported,
                                  tr("%1 holds key material and is written only as its own "
                                     "file (mode 0600): export as a folder instead.")
                                      .arg(f.relativePath),
                                  {}});
            if (!f.relativePath.endsWith(u".yaml") && !f.relativePath.endsWith(u".yml"))
                continue;
            QByteArray doc = f.content;
            if (doc.startsWith("---\n"))
                doc.remove(0, 4);
            if (!all.isEmpty())
                all += "---\n";
            all += doc;
            if (!all.endsWith('\n'))
                all += '\n';
        }
        if (QFileInfo::exists(path) && !overwrite)
            return fail(Error{Error::Code::Io, tr("%1 exists already.").arg(path), {}});
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(all) != all.size() || !out.commit())
            return fail(
                Error{Error::Code::Io, tr("Cannot write %1: %2").arg(path, out.errorString()), {}});
        written.append(QFileInfo(path).absoluteFilePath());
        where = QFileInfo(path).absolutePath();
    } else {
        auto result = remediation::writeFixSet(path, *files, overwrite);
        if (!result)
            return fail(result.error());
        written = *result;
    }
    const QDir root(where);
    QString list;
    for (const QString &f : written)
        list += u"<li>" + root.relativeFilePath(f).toHtmlEscaped() + u"</li>";
    QString text = u"<b>" +
                   (written.size() == 1 ? tr("Wrote 1 file to %1")
                                        : tr("Wrote %1 files to %2").arg(written.size()))
                       .arg(QDir::toNativeSeparators(where))
                       .toHtmlEscaped() +
                   u"</b><ul style=\"margin:2px 0\">" + list + u"</ul>";
    if (format == ExportFormat::Overlay)
        text += tr("Check it with <code>kubectl kustomize %1</code>, apply it with "
                   "<code>kubectl apply -k %1</code>.")
                    .arg(QDir::toNativeSeparators(path).toHtmlEscaped());
    m_result->setText(text);
    labels::styleCallout(m_result, Tone::Pass);
    m_result->show();
    return written;
}

void FixSetView::exportClicked()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    QString path;
    if (m_chooser) {
        path = m_chooser(format);
    } else if (format == ExportFormat::SingleFile) {
        path = QFileDialog::getSaveFileName(this, tr("Export the fix set"),
                                            QStringLiteral("parapet-fixes.yaml"),
                                            tr("YAML (*.yaml *.yml)"));
    } else {
        path = QFileDialog::getExistingDirectory(
            this, tr("Export the fix set to a folder (an empty or new one)"));
    }
    if (path.isEmpty())
        return;
    bool overwrite = format == ExportFormat::SingleFile && QFileInfo::exists(path);
    if (format != ExportFormat::SingleFile) {
        const QDir dir(path);
        if (dir.exists() && !dir.isEmpty()) {
            overwrite = QMessageBox::question(
                            this, tr("Folder not empty"),
                            tr("%1 is not empty. Write the fix set into it anyway? Only the "
                               "files of the set are written; nothing else is touched.")
                                .arg(QDir::toNativeSeparators(path))) == QMessageBox::Yes;
            if (!overwrite)
                return;
        }
    }
    exportTo(format, path, overwrite);
}

} // namespace parapet::ui
