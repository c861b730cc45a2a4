#pragma once

#include "checks/scanresult.h"
#include "loadrequest.h"

#include <memory>
#include <QWidget>

namespace parapet::ui {

class FixSet;

/// What a view has selected, for the Details dock.
struct Selection
{
    enum class Type
    {
        None,
        Object,
        Diagnostic,
        Finding
    };
    Type type = Type::None;
    /// Index into Inventory::objects(), Inventory::diagnostics() or ScanResult::findings.
    qsizetype index = -1;

    static Selection object(qsizetype i) { return {Type::Object, i}; }
    static Selection diagnostic(qsizetype i) { return {Type::Diagnostic, i}; }
    static Selection finding(qsizetype i) { return {Type::Finding, i}; }
    bool operator==(const Selection &) const = default;
};

/// One page of the main window's view area. Views get the whole LoadResult when a load
/// finishes, report their selection for the Details dock, and may ask to show another view.
class View : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setResult(const LoadResult &result) = 0;
    /// The checks of the last load, when the scan (run after the load, off the GUI thread) is
    /// done. setResult() comes first; a view that shows scan results waits for this.
    virtual void setScan(const std::shared_ptr<const checks::ScanResult> &scan) { Q_UNUSED(scan) }
    virtual Selection selection() const { return {}; }
    /// A number shown beside the view's name in the navigation (objects, problems); -1: none.
    virtual qint64 badgeCount() const { return -1; }
    /// Focuses the view's filter field (Ctrl+F); false when the view has none.
    virtual bool focusFilter() { return false; }
    /// Applies a filter asked for from elsewhere (an overview card, a namespace row).
    virtual void applyFilter(const QString &filter) { Q_UNUSED(filter) }
    /// Selects an object (by inventory index) if the view shows it.
    virtual bool selectObject(qsizetype index)
    {
        Q_UNUSED(index)
        return false;
    }
    /// The window's fix set (collected fixes, reviewed controls, exceptions file), given once
    /// when the views are made.
    virtual void setFixSet(FixSet *fixSet) { Q_UNUSED(fixSet) }
    /// False while the view still computes what it shows after setResult() (a graph layout on
    /// a worker thread); settled() is emitted when it is done. Screenshots wait for it.
    virtual bool isSettled() const { return true; }

Q_SIGNALS:
    void selectionChanged();
    /// Ask the main window to show \a viewId with \a filter applied.
    void navigateRequested(const QString &viewId, const QString &filter);
    /// Ask the main window to check the current source again (an exception was written).
    void rescanRequested();
    /// The view finished what it computes in the background (see isSettled()).
    void settled();
};

} // namespace parapet::ui
