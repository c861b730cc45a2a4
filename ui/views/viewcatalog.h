#pragma once

#include <functional>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::ui {

class View;

/// A view the navigation offers: its id (as `--view` takes it and settings store it), title,
/// icon and how to make it.
struct ViewInfo
{
    QString id;
    const char *title; ///< translated through QCoreApplication::translate("View", title)
    QString icon;      ///< name under resources/icons
    std::function<View *()> create;

    QString translatedTitle() const;
};

/// The views in navigation order. Adding a view is one line in viewcatalog.cpp.
const std::vector<ViewInfo> &viewCatalog();
const ViewInfo *findView(QStringView id);
QStringList viewIds();

} // namespace parapet::ui
