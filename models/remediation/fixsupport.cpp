#include "fixsupport.h"

#include "checks/control.h"

namespace parapet::remediation::detail {

MutableNode applicableCopy(const KubeObject &object)
{
    MutableNode root = MutableNode::fromNode(object.root());
    root.remove("status");
    if (MutableNode *meta = root.find("metadata")) {
        for (const char *k : {"uid", "resourceVersion", "managedFields", "creationTimestamp",
                              "generation", "selfLink"})
            meta->remove(k);
        if (MutableNode *ann = meta->find("annotations")) {
            ann->remove("kubectl.kubernetes.io/last-applied-configuration");
            if (ann->isMap() && ann->pairs().empty())
                meta->remove("annotations");
        }
    }
    return root;
}

MutableNode newObject(const char *apiVersion, const char *kind, const QString &ns,
                      const QString &name)
{
    MutableNode o = MutableNode::mapping();
    o.set("apiVersion", MutableNode::string(std::string_view(apiVersion)));
    o.set("kind", MutableNode::string(std::string_view(kind)));
    MutableNode &meta = o["metadata"];
    meta.set("name", MutableNode::string(name));
    if (!ns.isEmpty())
        meta.set("namespace", MutableNode::string(ns));
    return o;
}

GeneratedManifest manifestOf(const MutableNode &object, bool isNew)
{
    GeneratedManifest m;
    const auto text = [&](const char *key) {
        const MutableNode *v = object.find(key);
        return v ? v->toString() : QString();
    };
    m.object.apiVersion = text("apiVersion");
    m.object.kind = text("kind");
    if (const MutableNode *meta = object.find("metadata")) {
        if (const MutableNode *n = meta->find("name"))
            m.object.name = n->toString();
        if (const MutableNode *n = meta->find("namespace"))
            m.object.ns = n->toString();
    }
    m.isNew = isNew;
    m.yaml = object.toYaml();
    return m;
}

QStringList sortedControls(const QStringList &controls)
{
    QStringList out;
    for (const checks::Control &c : checks::catalogue())
        if (controls.contains(c.idString()))
            out.append(c.idString());
    return out;
}

std::vector<std::string> pathKeys(const QString &fieldPath)
{
    std::vector<std::string> out;
    for (const QString &k : fieldPath.split(u'.', Qt::SkipEmptyParts))
        out.push_back(k.toStdString());
    return out;
}

} // namespace parapet::remediation::detail

namespace parapet::remediation {

QString fileStem(const checks::ObjectRef &object)
{
    QString s = object.kind.toLower();
    if (!object.ns.isEmpty())
        s += u'-' + object.ns;
    s += u'-' + object.name;
    for (QChar &c : s)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_'))
            c = u'_';
    return s;
}

} // namespace parapet::remediation
