#include "scanner.h"

#include "checkcontext.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSet>

namespace parapet::checks {

namespace {
struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks)
};
} // namespace

// ---------------------------------------------------------------------------------------------
// ScanResult helpers

QString statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::NotVerifiable:
        return QStringLiteral("not-verifiable");
    case Status::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString statusTitle(Status status)
{
    switch (status) {
    case Status::Pass:
        return QCoreApplication::translate("parapet::checks", "pass");
    case Status::Fail:
        return QCoreApplication::translate("parapet::checks", "fail");
    case Status::Partial:
        return QCoreApplication::translate("parapet::checks", "partial");
    case Status::NotVerifiable:
        return QCoreApplication::translate("parapet::checks", "not verifiable from here");
    case Status::Info:
        return QCoreApplication::translate("parapet::checks", "info");
    }
    return {};
}

QString exceptionNoticeKindName(ExceptionNotice::Kind kind)
{
    switch (kind) {
    case ExceptionNotice::Kind::Expired:
        return QStringLiteral("expired");
    case ExceptionNotice::Kind::Invalid:
        return QStringLiteral("invalid");
    case ExceptionNotice::Kind::Unused:
        return QStringLiteral("unused");
    }
    return {};
}

QString ObjectRef::toString() const
{
    if (ns.isEmpty())
        return kind + u' ' + name;
    return kind + u' ' + ns + u'/' + name;
}

ObjectRef ObjectRef::of(const KubeObject &object)
{
    return {object.apiVersion(), object.kind(), object.ns(), object.name()};
}

const ControlResult *ScanResult::control(QStringView id) const
{
    for (const ControlResult &c : controls)
        if (c.control && id == QLatin1String(c.control->id))
            return &c;
    return nullptr;
}

std::vector<const Finding *> ScanResult::findingsOf(QStringView id) const
{
    std::vector<const Finding *> out;
    for (const Finding &f : findings)
        if (f.control == id)
            out.push_back(&f);
    return out;
}

namespace detail {

// ---------------------------------------------------------------------------------------------
// Context

int ctl(const char *id)
{
    const int i = controlIndex(QString::fromLatin1(id));
    Q_ASSERT_X(i >= 0, "ctl", id);
    return i;
}

QString unsetValue()
{
    return QStringLiteral("<unset>");
}

QString childPath(const QString &base, const char *field)
{
    if (base.isEmpty())
        return QString::fromLatin1(field);
    return base + u'.' + QLatin1String(field);
}

QString StaticPod::pathOf(const QString &flag) const
{
    return flagPaths.value(flag, containerPath);
}

Context::Context(const Inventory &inv, const ScanOptions &opts)
    : inventory(inv)
    , options(opts)
    , m_controls(catalogue().size())
{
    QSet<QString> seen;
    for (const QString &ns : inventory.namespaceNames()) {
        if (ns.isEmpty() || seen.contains(ns))
            continue;
        if (!options.namespaceFilter.isEmpty() && ns != options.namespaceFilter)
            continue;
        seen.insert(ns);
        m_namespaces.append(ns);
    }
    buildWorkloads();
    findStaticPods();
}

bool Context::inScope(const KubeObject &object) const
{
    if (options.namespaceFilter.isEmpty() || !object.isNamespaced())
        return true;
    return object.ns() == options.namespaceFilter;
}

std::vector<const KubeObject *> Context::objects(QStringView kind) const
{
    std::vector<const KubeObject *> out;
    for (const KubeObject *o : inventory.ofKind(kind))
        if (inScope(*o))
            out.push_back(o);
    return out;
}

QString Context::keyOf(const KubeObject &object)
{
    return object.kind() + u'\x1f' + object.ns() + u'\x1f' + object.name();
}

QString Context::keyOf(const ObjectRef &ref)
{
    return ref.kind + u'\x1f' + ref.ns + u'\x1f' + ref.name;
}

namespace {

/// The controller reference of an object (controller: true), else its first owner.
Node controllerRef(const KubeObject &object)
{
    Node first;
    for (const auto &[k, ref] : object.metadata()["ownerReferences"].children()) {
        if (ref["controller"].toBool().value_or(false))
            return ref;
        if (!first.isValid())
            first = ref;
    }
    return first;
}

} // namespace

ObjectRef Context::ownerOf(const KubeObject &object, const KubeObject **ownerObject) const
{
    if (ownerObject)
        *ownerObject = nullptr;
    ObjectRef top;
    const KubeObject *current = &object;
    for (int depth = 0; depth < 6 && current; ++depth) {
        const Node ref = controllerRef(*current);
        if (!ref.isValid())
            break;
        ObjectRef r{ref["apiVersion"].toString(QString()), ref["kind"].toString(QString()),
                    QString(), ref["name"].toString(QString())};
        const KubeObject *found = nullptr;
        const QString uid = ref["uid"].toString(QString());
        if (!uid.isEmpty())
            found = inventory.findByUid(uid);
        if (!found)
            found = inventory.find(r.kind, current->ns(), r.name);
        if (found) {
            r = ObjectRef::of(*found);
        } else if (r.kind != u"Node") {
            // Owners live in the namespace of what they own (cluster-scoped Node excepted).
            r.ns = current->ns();
            // A ReplicaSet that was not captured: its name is <deployment>-<pod-template-hash>.
            const QString hash = current->label("pod-template-hash");
            if (r.kind == u"ReplicaSet" && !hash.isEmpty() && r.name.endsWith(u'-' + hash)) {
                const QString deployment = r.name.chopped(hash.size() + 1);
                if (const KubeObject *d =
                        inventory.find(u"Deployment", current->ns(), deployment)) {
                    found = d;
                    r = ObjectRef::of(*d);
                }
            }
        }
        top = r;
        if (ownerObject)
            *ownerObject = found;
        current = found;
    }
    return top;
}

void Context::buildWorkloads()
{
    for (const KubeObject &o : inventory.objects()) {
        if (!hasPodTemplate(o.kind()) || !inScope(o))
            continue;
        auto tpl = podTemplateOf(o);
        if (!tpl)
            continue;
        Workload w;
        w.object = &o;
        w.isPod = o.kind() == u"Pod";
        if (!w.isPod) {
            // A template copied from an owner that is itself checked.
            const Node ref = controllerRef(o);
            if (ref.isValid()) {
                const QString uid = ref["uid"].toString(QString());
                const KubeObject *owner = uid.isEmpty() ? nullptr : inventory.findByUid(uid);
                if (!owner)
                    owner = inventory.find(ref["kind"].toString(QString()), o.ns(),
                                           ref["name"].toString(QString()));
                if (owner && hasPodTemplate(owner->kind()))
                    continue;
            }
        } else {
            w.owner = ownerOf(o, &w.ownerObject);
        }
        w.pod = *tpl;
        w.containers = containersOf(w.pod);
        w.windows = w.pod.spec.path("os.name").toString() == u"windows";
        w.namespaceKnown = !o.namespaceDefaulted();
        w.labelsPath = w.pod.labelsPath();
        m_workloads.push_back(std::move(w));
    }
}

void Context::findStaticPods()
{
    static const char *components[] = {"kube-apiserver", "etcd", "kube-controller-manager",
                                       "kube-scheduler"};
    for (const KubeObject *pod : inventory.ofKind(u"Pod")) {
        if (pod->ns() != u"kube-system")
            continue;
        std::uint32_t i = 0;
        for (const auto &[k, c] : pod->spec()["containers"].children()) {
            const QString path = QStringLiteral("spec.containers[") + QString::number(i++) + u']';
            const Node cmd0 = c["command"].at(0);
            const QString first = cmd0.toString();
            const QString image = c["image"].toString();
            const QString component = pod->label("component");
            for (const char *name : components) {
                const QLatin1String n(name);
                const QString exe = first.section(u'/', -1);
                bool match = exe == n || component == n;
                if (!match) {
                    // image registry.k8s.io/kube-apiserver:v1.30.0, or etcd:3.5.12-0
                    const QString repo =
                        image.section(u'/', -1).section(u':', 0, 0).section(u'@', 0, 0);
                    match = repo == n || repo.startsWith(n + u'-');
                    // The etcd image also runs etcdctl jobs: only etcd itself or a shell.
                    if (match && n == QLatin1String("etcd") && !exe.isEmpty() && exe != n &&
                        exe != u"sh" && exe != u"bash" && exe != u"ash")
                        match = false;
                }
                if (!match)
                    continue;
                // One entry per pod and component (HA control planes have several).
                std::vector<StaticPod> &list = m_staticPods[n];
                if (!list.empty() && list.back().object == pod)
                    continue;
                StaticPod sp;
                sp.object = pod;
                sp.containerPath = path;
                parseFlags(c, path, sp);
                list.push_back(std::move(sp));
                break;
            }
        }
    }
}

const StaticPod *Context::staticPod(QStringView component) const
{
    auto it = m_staticPods.constFind(component.toString());
    return it == m_staticPods.constEnd() || it->empty() ? nullptr : &it->front();
}

std::vector<const StaticPod *> Context::staticPods(QStringView component) const
{
    std::vector<const StaticPod *> out;
    auto it = m_staticPods.constFind(component.toString());
    if (it != m_staticPods.constEnd())
        for (const StaticPod &sp : *it)
            out.push_back(&sp);
    return out;
}

int Context::subject(int control, const KubeObject *object, const ObjectRef &ref,
                     const ObjectRef *owner, const KubeObject *ownerObject)
{
    PerControl &pc = m_controls[std::size_t(control)];
    const int next = int(pc.subjects.size());
    if (object) {
        auto it = pc.byObject.constFind(object);
        if (it != pc.byObject.constEnd())
            return it.value();
        pc.byObject.insert(object, next);
    } else {
        const QString key = keyOf(ref);
        auto it = pc.byName.constFind(key);
        if (it != pc.byName.constEnd())
            return it.value();
        pc.byName.insert(key, next);
    }
    Subject s;
    s.object = object;
    s.ownerObject = ownerObject;
    s.owner = owner && owner->isValid() ? owner : nullptr;
    if (!object)
        s.ref = ref;
    pc.subjects.push_back(std::move(s));
    return next;
}

void Context::check(int control, const KubeObject &object)
{
    subject(control, &object, {}, nullptr, nullptr);
}

void Context::check(int control, const Workload &w)
{
    subject(control, w.object, {}, &w.owner, w.ownerObject);
}

void Context::checkRef(int control, const ObjectRef &ref)
{
    subject(control, nullptr, ref, nullptr, nullptr);
}

void Context::addFinding(int control, int subj, const QString &field, const QString &value,
                         const QString &message, const SourceLocation &location)
{
    const Subject &s = m_controls[std::size_t(control)].subjects[std::size_t(subj)];
    RawFinding rf;
    rf.control = control;
    rf.subject = subj;
    const Control &c = catalogue()[std::size_t(control)];
    rf.finding.control = c.idString();
    rf.finding.severity = c.severity;
    rf.finding.object = s.reference();
    if (s.owner)
        rf.finding.owner = *s.owner;
    rf.finding.field = field;
    rf.finding.value = value;
    rf.finding.message = message;
    rf.finding.location = location;
    m_findings.push_back(std::move(rf));
}

namespace {
SourceLocation locateField(const KubeObject &object, const QString &field)
{
    const QByteArray f = field.toUtf8();
    return object.locate(std::string_view(f.constData(), std::size_t(f.size())));
}
} // namespace

void Context::fail(int control, const KubeObject &object, const QString &field,
                   const QString &value, const QString &message)
{
    const int s = subject(control, &object, {}, nullptr, nullptr);
    addFinding(control, s, field, value, message, locateField(object, field));
}

void Context::fail(int control, const Workload &w, const QString &field, const QString &value,
                   const QString &message)
{
    const int s = subject(control, w.object, {}, &w.owner, w.ownerObject);
    addFinding(control, s, field, value, message, locateField(*w.object, field));
}

void Context::failRef(int control, const ObjectRef &ref, const QString &field, const QString &value,
                      const QString &message, const SourceLocation &location)
{
    const int s = subject(control, nullptr, ref, nullptr, nullptr);
    addFinding(control, s, field, value, message, location);
}

void Context::incomplete(int control, const QString &note)
{
    QStringList &l = m_controls[std::size_t(control)].incomplete;
    if (!l.contains(note))
        l.append(note);
}

void Context::note(int control, const QString &note)
{
    QStringList &l = m_controls[std::size_t(control)].notes;
    if (!l.contains(note))
        l.append(note);
}

// ---------------------------------------------------------------------------------------------
// Exceptions

namespace {

struct ActiveException
{
    const Exception *exception = nullptr;
    QString source;
    int used = 0;
};

QString sourceOf(const Exception &e)
{
    return e.location.isValid() ? e.location.toString() : e.location.file;
}

void applyExceptions(Context &ctx, const ScanOptions &options, ScanResult &result)
{
    std::vector<ActiveException> fileExceptions;
    for (const Exception &e : options.exceptions.items()) {
        if (e.isExpired(options.today)) {
            result.exceptionNotices.push_back(
                {ExceptionNotice::Kind::Expired,
                 ScanText::tr("exception for %1 expired on %2 and no longer applies")
                     .arg(e.controls.join(QStringLiteral(", ")), e.expires.toString(Qt::ISODate)),
                 e.location, e.controls, e.reason, e.expires});
            continue;
        }
        fileExceptions.push_back({&e, sourceOf(e), 0});
    }

    // Annotation exemptions, read once per annotated object.
    QHash<const KubeObject *, std::optional<Exception>> annotated;
    auto annotationFor = [&](const KubeObject *o) -> const Exception * {
        if (!o)
            return nullptr;
        auto it = annotated.find(o);
        if (it == annotated.end()) {
            std::optional<Exception> value;
            if (auto r = exceptionFromAnnotations(*o)) {
                if (!r->ok()) {
                    result.exceptionNotices.push_back(
                        {ExceptionNotice::Kind::Invalid,
                         ScanText::tr("%1: %2").arg(o->reference(), r->error().message),
                         o->origin(),
                         {},
                         {},
                         {}});
                } else if (r->value().isExpired(options.today)) {
                    result.exceptionNotices.push_back(
                        {ExceptionNotice::Kind::Expired,
                         ScanText::tr("%1: exemption for %2 expired on %3 and no longer applies")
                             .arg(o->reference(), r->value().controls.join(QStringLiteral(", ")),
                                  r->value().expires.toString(Qt::ISODate)),
                         o->origin(), r->value().controls, r->value().reason, r->value().expires});
                } else {
                    value = r->value();
                }
            }
            it = annotated.insert(o, value);
        }
        return it.value() ? &*it.value() : nullptr;
    };

    for (Context::RawFinding &rf : ctx.rawFindings()) {
        Context::Subject &s =
            ctx.perControl()[std::size_t(rf.control)].subjects[std::size_t(rf.subject)];
        const QString &id = rf.finding.control;
        for (const KubeObject *o : {s.object, s.ownerObject}) {
            if (const Exception *e = annotationFor(o); e && e->coversControl(id)) {
                rf.finding.excepted = true;
                rf.finding.exceptionReason = e->reason;
                rf.finding.exceptionExpires = e->expires;
                rf.finding.exceptionSource =
                    ScanText::tr("annotation %1 on %2")
                        .arg(QLatin1String(kExemptAnnotation), o->reference());
                break;
            }
        }
        if (!rf.finding.excepted) {
            for (ActiveException &ae : fileExceptions) {
                const Exception &e = *ae.exception;
                if (!e.coversControl(id))
                    continue;
                bool match = false;
                if (s.object)
                    match = e.matches(*s.object);
                else
                    match = e.matches(s.ref.kind, s.ref.ns, s.ref.name);
                if (!match && s.ownerObject)
                    match = e.matches(*s.ownerObject);
                else if (!match && s.owner)
                    match = e.matches(s.owner->kind, s.owner->ns, s.owner->name);
                if (!match)
                    continue;
                ++ae.used;
                rf.finding.excepted = true;
                rf.finding.exceptionReason = e.reason;
                rf.finding.exceptionExpires = e.expires;
                rf.finding.exceptionSource = ae.source;
                break;
            }
        }
        ++s.findings;
        if (rf.finding.excepted)
            ++s.excepted;
    }
    for (const ActiveException &ae : fileExceptions) {
        if (ae.used == 0)
            result.exceptionNotices.push_back(
                {ExceptionNotice::Kind::Unused,
                 ScanText::tr("exception for %1 matched no finding")
                     .arg(ae.exception->controls.join(QStringLiteral(", "))),
                 ae.exception->location, ae.exception->controls, ae.exception->reason,
                 ae.exception->expires});
    }
}

// ---------------------------------------------------------------------------------------------
// Status and scores

double weightOf(Severity s)
{
    switch (s) {
    case Severity::Low:
        return 1;
    case Severity::Medium:
        return 2;
    case Severity::High:
        return 4;
    case Severity::Critical:
        return 8;
    }
    return 1;
}

void decideStatuses(Context &ctx, ScanResult &result)
{
    const auto controls = catalogue();
    result.controls.reserve(controls.size());
    for (std::size_t i = 0; i < controls.size(); ++i) {
        const Control &c = controls[i];
        const Context::PerControl &pc = ctx.perControl()[i];
        ControlResult r;
        r.control = &c;
        for (const Context::Subject &s : pc.subjects) {
            if (s.findings == 0)
                ++r.passed;
            else if (s.findings == s.excepted)
                ++r.excepted;
            else
                ++r.failed;
        }
        const int total = r.passed + r.failed + r.excepted;
        QStringList notes = pc.notes;
        if (c.sources & Informational) {
            r.status = Status::Info;
            if (notes.isEmpty())
                notes.append(ScanText::tr("Nothing detected in this source."));
            if (!c.manualCheck().isEmpty())
                notes.append(ScanText::tr("To check: %1").arg(c.manualCheck()));
        } else if (!(c.sources & (FromManifests | FromApi))) {
            r.status = Status::NotVerifiable;
            notes.append(ScanText::tr("Needs node or cloud-provider access. Manual check: %1")
                             .arg(c.manualCheck()));
        } else if (total == 0) {
            r.status = Status::NotVerifiable;
            notes += pc.incomplete;
            if (pc.incomplete.isEmpty())
                notes.append(
                    ScanText::tr("Nothing this control applies to was found in the source."));
            if (!c.manualCheck().isEmpty())
                notes.append(ScanText::tr("Manual check: %1").arg(c.manualCheck()));
        } else {
            r.score = 100.0 * double(r.passed + r.excepted) / double(total);
            if (r.failed == 0) {
                if (!pc.incomplete.isEmpty()) {
                    r.status = Status::NotVerifiable;
                    r.score = -1;
                    notes += pc.incomplete;
                    if (!c.manualCheck().isEmpty())
                        notes.append(ScanText::tr("Manual check: %1").arg(c.manualCheck()));
                } else {
                    r.status = Status::Pass;
                }
            } else {
                r.status = r.failed == total ? Status::Fail : Status::Partial;
                notes += pc.incomplete;
            }
        }
        r.note = notes.join(u' ');
        result.controls.push_back(r);
    }
}

Scores computeScores(const std::vector<ControlResult> &controls)
{
    Scores s;
    double wsum = 0, wtotal = 0, sum = 0;
    for (Section section : sections()) {
        SectionScore ss;
        ss.section = section;
        double sw = 0, st = 0;
        for (const ControlResult &c : controls) {
            if (c.control->section != section)
                continue;
            if (c.status == Status::Info) {
                ++ss.informational;
            } else if (c.status == Status::NotVerifiable) {
                ++ss.notVerifiable;
            } else if (c.score >= 0) {
                ++ss.scored;
                const double w = weightOf(c.control->severity);
                sw += w * c.score;
                st += w;
                wsum += w * c.score;
                wtotal += w;
                sum += c.score;
            }
        }
        ss.score = st > 0 ? sw / st : -1;
        s.scored += ss.scored;
        s.notVerifiable += ss.notVerifiable;
        s.informational += ss.informational;
        s.sections.push_back(ss);
    }
    s.overall = wtotal > 0 ? wsum / wtotal : -1;
    s.compliance = s.scored > 0 ? sum / s.scored : -1;
    return s;
}

} // namespace
} // namespace detail

ScanResult scan(const Inventory &inventory, const ScanOptions &options)
{
    using namespace detail;
    ScanResult result;
    result.source = inventory.source();
    result.objectCount = inventory.size();
    result.kubernetesVersion = inventory.source().serverVersion;
    result.date = options.today;

    Context ctx(inventory, options);
    checkPodSecurity(ctx);
    checkPodSecurityStandards(ctx);
    checkNetwork(ctx);
    checkSecrets(ctx);
    checkAccessControl(ctx);
    checkControlPlane(ctx);
    checkLogging(ctx);
    checkUpgrades(ctx);

    applyExceptions(ctx, options, result);
    decideStatuses(ctx, result);
    result.scores = computeScores(result.controls);

    // Findings grouped by control (catalogue order), in inventory order within a control: a
    // linear bucket pass rather than a sort of 100,000 findings by strings.
    std::vector<Context::RawFinding> &raw = ctx.rawFindings();
    std::vector<std::size_t> start(catalogue().size() + 1, 0);
    for (const Context::RawFinding &rf : raw)
        ++start[std::size_t(rf.control) + 1];
    for (std::size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    result.findings.resize(raw.size());
    for (Context::RawFinding &rf : raw)
        result.findings[start[std::size_t(rf.control)]++] = std::move(rf.finding);
    result.podSecurityLevels = std::move(ctx.podSecurityLevels);
    return result;
}

} // namespace parapet::checks
