#pragma once

#include "view.h"

#include <functional>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace parapet::ui {

class EmptyState;
class FixPreviewDialog;
class FixSetModel;

/// UI.md "Fix set": the fixes collected from the checklist (target, controls, warnings), with
/// Preview and Remove, and Export as a kustomize overlay folder, YAML files, patches or one
/// YAML file. The navigation badge is the number of fixes.
class FixSetView : public View
{
    Q_OBJECT
public:
    enum class ExportFormat
    {
        Overlay,
        YamlFiles,
        Patches,
        SingleFile
    };

    explicit FixSetView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    void setScan(const std::shared_ptr<const checks::ScanResult> &scan) override;
    void setFixSet(FixSet *fixSet) override;
    /// The target object of the selected fix, for the Details dock.
    Selection selection() const override;
    /// Fixes collected; -1 when there are none (no badge).
    qint64 badgeCount() const override;

    QTableView *table() const { return m_table; }
    /// Writes the fix set in \a format to \a path (a folder, or a file for SingleFile); the
    /// files written, or the error (also shown in the view).
    Result<QStringList> exportTo(ExportFormat format, const QString &path, bool overwrite = false);
    /// What the last export said (files written, or the error).
    QString resultText() const;

    /// Replaces the folder/file dialog of Export… (tests): returns the target, empty cancels.
    using PathChooser = std::function<QString(ExportFormat format)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    FixPreviewDialog *previewCurrent();
    void removeCurrent();

private:
    void updateState();
    void exportClicked();
    int currentRow() const;

    QPointer<FixSet> m_fixSet;
    std::shared_ptr<const checks::ScanResult> m_scan;
    PathChooser m_chooser;
    FixSetModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QComboBox *m_format;
    QPushButton *m_export;
    QPushButton *m_preview;
    QPushButton *m_remove;
    QPushButton *m_clear;
    QLabel *m_result;
    QLabel *m_summary;
};

} // namespace parapet::ui
