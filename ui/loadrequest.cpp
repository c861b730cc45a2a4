#include "loadrequest.h"

#include "sources/manifestloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace parapet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::ui::LoadRequest", text);
}

QString displayName(const QString &path)
{
    if (path == u"-")
        return tr("standard input");
    const QFileInfo info(path);
    QString name = info.fileName();
    if (name.isEmpty()) // `folder/` or `/`
        name = QDir(path).dirName();
    if (info.isDir())
        name += u'/';
    return name;
}

} // namespace

LoadRequest LoadRequest::demo()
{
    return LoadRequest{};
}

LoadRequest LoadRequest::fromPaths(const QStringList &paths, const QString &defaultNamespace)
{
    LoadRequest r;
    r.kind = Kind::Paths;
    r.paths = paths;
    r.defaultNamespace = defaultNamespace;
    return r;
}

QString LoadRequest::shortName() const
{
    if (kind == Kind::Demo)
        return tr("Demo cluster");
    QStringList names;
    for (const QString &p : paths)
        names.append(displayName(p));
    if (names.size() <= 2)
        return names.join(QStringLiteral(", "));
    return names[0] + QStringLiteral(", ") + names[1] + tr(" +%1 more").arg(names.size() - 2);
}

LoadResult runLoad(const LoadRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    LoadOptions options;
    if (!request.defaultNamespace.isEmpty())
        options.defaultNamespace = request.defaultNamespace;
    ManifestLoader loader(options);
    if (request.kind == LoadRequest::Kind::Demo) {
        loader.addDemo();
    } else {
        for (const QString &p : request.paths)
            loader.addPath(p);
    }
    LoadResult result;
    result.request = request;
    result.inventory = loader.load(SourceInfo{});
    result.summary = ClusterSummary::of(result.inventory);
    result.displayRoot = commonFolder(result.inventory);
    result.elapsedMs = timer.elapsed();
    return result;
}

QString commonFolder(const Inventory &inventory)
{
    QString prefix;
    bool first = true;
    const auto take = [&](const QString &file) {
        if (file.isEmpty())
            return;
        const qsizetype slash = file.lastIndexOf(u'/');
        const QString folder = slash < 0 ? QString() : file.left(slash + 1);
        if (first) {
            prefix = folder;
            first = false;
            return;
        }
        qsizetype n = 0;
        const qsizetype max = std::min(prefix.size(), folder.size());
        while (n < max && prefix[n] == folder[n])
            ++n;
        prefix.truncate(n);
        // Cut back to a whole folder name.
        const qsizetype lastSlash = prefix.lastIndexOf(u'/');
        prefix.truncate(lastSlash + 1);
    };
    for (const KubeObject &o : inventory.objects())
        take(o.origin().file);
    for (const Diagnostic &d : inventory.diagnostics())
        take(d.location.file);
    return prefix;
}

} // namespace parapet::ui
