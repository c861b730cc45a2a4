#pragma once

#include "kube/inventory.h"
#include "views/view.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace parapet::ui {

class EmptyState;
class FlowLayout;
class YamlHighlighter;

/// The Details dock's content: evidence for what is selected. For an object: its reference,
/// API version and scope, source file:line, labels as chips and its YAML, highlighted; for a
/// load diagnostic: severity, place, message and what to do; for a finding: the control, its
/// status, the object, field, value and file:line, why it matters and how to fix it.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setResult(const LoadResult &result);
    /// The checks of the current load (null while they run), for selected findings.
    void setScan(const std::shared_ptr<const checks::ScanResult> &scan);
    void showSelection(const Selection &selection);
    void clear();

    const Selection &selection() const { return m_selection; }

Q_SIGNALS:
    /// A label chip was clicked: show objects with this label (`key=value`).
    void labelActivated(const QString &selector);

private:
    void showObject(const KubeObject &object);
    void showDiagnostic(const Diagnostic &diagnostic);
    void showFinding(const checks::Finding &finding);

    Inventory m_inventory;
    QString m_displayRoot;
    Selection m_selection;
    std::shared_ptr<const checks::ScanResult> m_scan;

    QStackedWidget *m_pages;
    EmptyState *m_empty;
    // object page
    QLabel *m_kindIcon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_source;
    QLabel *m_createdCaption;
    QLabel *m_created;
    QWidget *m_labels;
    FlowLayout *m_labelsLayout;
    QLabel *m_noLabels;
    QLabel *m_annotations;
    QPlainTextEdit *m_yaml;
    YamlHighlighter *m_highlighter;
    QLabel *m_yamlNote;
    // diagnostic page
    QLabel *m_diagIcon;
    QLabel *m_diagSeverity;
    QLabel *m_diagLocation;
    QLabel *m_diagMessage;
    QLabel *m_diagAdvice;
    // finding page
    QLabel *m_findIcon;
    QLabel *m_findSeverity;
    QLabel *m_findTitle;
    QLabel *m_findStatus;
    QLabel *m_findObject;
    QLabel *m_findField;
    QLabel *m_findValue;
    QLabel *m_findSource;
    QLabel *m_findMessage;
    QLabel *m_findException;
    QLabel *m_findRationale;
    QLabel *m_findRemediation;
};

} // namespace parapet::ui
