#include "viewcatalog.h"

#include "checklistview.h"
#include "findingsview.h"
#include "fixsetview.h"
#include "inventoryview.h"
#include "namespacesview.h"
#include "networkview.h"
#include "overviewview.h"
#include "problemsview.h"
#include "rbacview.h"

#include <QCoreApplication>

namespace parapet::ui {

namespace {

template <typename T> View *make()
{
    return new T;
}

} // namespace

const std::vector<ViewInfo> &viewCatalog()
{
    static const std::vector<ViewInfo> views = {
        {QStringLiteral("overview"), QT_TRANSLATE_NOOP("View", "Overview"),
         QStringLiteral("nav-overview"), &make<OverviewView>},
        {QStringLiteral("checklist"), QT_TRANSLATE_NOOP("View", "Checklist"),
         QStringLiteral("nav-checklist"), &make<ChecklistView>},
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("View", "Findings"),
         QStringLiteral("status-fail"), &make<FindingsView>},
        {QStringLiteral("namespaces"), QT_TRANSLATE_NOOP("View", "Namespaces"),
         QStringLiteral("kind-namespace"), &make<NamespacesView>},
        {QStringLiteral("rbac"), QT_TRANSLATE_NOOP("View", "RBAC"),
         QStringLiteral("kind-clusterrole"), &make<RbacView>},
        {QStringLiteral("network"), QT_TRANSLATE_NOOP("View", "Network"),
         QStringLiteral("kind-networkpolicy"), &make<NetworkView>},
        {QStringLiteral("inventory"), QT_TRANSLATE_NOOP("View", "Inventory"),
         QStringLiteral("nav-inventory"), &make<InventoryView>},
        {QStringLiteral("problems"), QT_TRANSLATE_NOOP("View", "Problems"),
         QStringLiteral("nav-problems"), &make<ProblemsView>},
        {QStringLiteral("fixset"), QT_TRANSLATE_NOOP("View", "Fix set"),
         QStringLiteral("nav-fixset"), &make<FixSetView>},
    };
    return views;
}

QString ViewInfo::translatedTitle() const
{
    return QCoreApplication::translate("View", title);
}

const ViewInfo *findView(QStringView id)
{
    for (const ViewInfo &v : viewCatalog()) {
        if (v.id.compare(id, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

QStringList viewIds()
{
    QStringList ids;
    for (const ViewInfo &v : viewCatalog())
        ids.append(v.id);
    return ids;
}

} // namespace parapet::ui
