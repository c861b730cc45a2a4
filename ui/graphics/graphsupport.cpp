#include "graphsupport.h"

#include "itemmodels/findingsmodel.h"

namespace parapet::ui {

RiskIndex::RiskIndex(const checks::ScanResult &scan)
{
    for (const checks::Finding &f : scan.findings) {
        if (f.excepted || !f.object.isValid())
            continue;
        note(objectKey(f.object.kind, f.object.ns, f.object.name), f.severity);
        if (f.owner.isValid())
            note(objectKey(f.owner.kind, f.owner.ns, f.owner.name), f.severity);
        if (!f.object.ns.isEmpty())
            note(objectKey(QStringLiteral("Namespace"), {}, f.object.ns), f.severity);
    }
}

QString RiskIndex::objectKey(const QString &kind, const QString &ns, const QString &name)
{
    return kind + u'/' + ns + u'/' + name;
}

void RiskIndex::note(const QString &key, checks::Severity s)
{
    const auto it = m_worst.constFind(key);
    if (it == m_worst.constEnd() || int(*it) < int(s))
        m_worst.insert(key, s);
    ++m_count[key];
}

std::optional<checks::Severity> RiskIndex::object(const QString &kind, const QString &ns,
                                                  const QString &name) const
{
    const auto it = m_worst.constFind(objectKey(kind, ns, name));
    if (it == m_worst.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<checks::Severity> RiskIndex::ns(const QString &name) const
{
    return object(QStringLiteral("Namespace"), {}, name);
}

int RiskIndex::findings(const QString &kind, const QString &ns, const QString &name) const
{
    return m_count.value(objectKey(kind, ns, name));
}

std::optional<Tone> riskTone(std::optional<checks::Severity> severity)
{
    if (!severity)
        return std::nullopt;
    return severityTone(*severity);
}

qsizetype objectIndex(const Inventory &inventory, const QString &kind, const QString &ns,
                      const QString &name)
{
    const KubeObject *o = inventory.find(kind, ns, name);
    return o ? qsizetype(o - inventory.objects().data()) : -1;
}

} // namespace parapet::ui
