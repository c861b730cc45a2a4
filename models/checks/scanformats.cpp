#include "scanformats.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QXmlStreamWriter>

namespace parapet::checks {

namespace {

QString sourceKindName(SourceInfo::Kind kind)
{
    switch (kind) {
    case SourceInfo::Kind::Manifests:
        return QStringLiteral("manifests");
    case SourceInfo::Kind::Snapshot:
        return QStringLiteral("snapshot");
    case SourceInfo::Kind::Demo:
        return QStringLiteral("demo");
    case SourceInfo::Kind::Live:
        return QStringLiteral("live");
    }
    return {};
}

QJsonValue scoreValue(double score)
{
    if (score < 0)
        return QJsonValue::Null;
    return std::round(score * 10.0) / 10.0;
}

QJsonObject refJson(const ObjectRef &r)
{
    QJsonObject o;
    o[QStringLiteral("apiVersion")] = r.apiVersion;
    o[QStringLiteral("kind")] = r.kind;
    o[QStringLiteral("namespace")] = r.ns;
    o[QStringLiteral("name")] = r.name;
    return o;
}

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Critical:
    case Severity::High:
        return QStringLiteral("error");
    case Severity::Medium:
        return QStringLiteral("warning");
    case Severity::Low:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QString securitySeverity(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QStringLiteral("9.5");
    case Severity::High:
        return QStringLiteral("7.5");
    case Severity::Medium:
        return QStringLiteral("5.0");
    case Severity::Low:
        return QStringLiteral("2.0");
    }
    return QStringLiteral("5.0");
}

/// A SARIF artifact URI: relative paths stay relative (forward slashes, percent-encoded),
/// absolute ones become file: URIs.
QString artifactUri(const QString &file)
{
    if (file.startsWith(u'/'))
        return QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded);
    QString p = file;
    p.replace(u'\\', u'/');
    return QString::fromLatin1(QUrl::toPercentEncoding(p, "/"));
}

} // namespace

QString findingWhere(const Finding &f)
{
    if (f.location.isValid())
        return f.location.file + u':' + QString::number(f.location.line);
    return f.location.file;
}

QJsonObject scanToJson(const ScanResult &r)
{
    QJsonObject root;
    QJsonObject source;
    source[QStringLiteral("kind")] = sourceKindName(r.source.kind);
    source[QStringLiteral("name")] = r.source.name;
    source[QStringLiteral("serverVersion")] = r.source.serverVersion.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(r.source.serverVersion);
    source[QStringLiteral("objects")] = qint64(r.objectCount);
    source[QStringLiteral("scannedOn")] = r.date.toString(Qt::ISODate);
    root[QStringLiteral("source")] = source;

    QJsonObject scores;
    scores[QStringLiteral("overall")] = scoreValue(r.scores.overall);
    scores[QStringLiteral("compliance")] = scoreValue(r.scores.compliance);
    scores[QStringLiteral("scored")] = r.scores.scored;
    scores[QStringLiteral("notVerifiable")] = r.scores.notVerifiable;
    scores[QStringLiteral("informational")] = r.scores.informational;
    QJsonArray sections;
    for (const SectionScore &s : r.scores.sections) {
        QJsonObject o;
        o[QStringLiteral("section")] = sectionName(s.section);
        o[QStringLiteral("title")] = sectionTitle(s.section);
        o[QStringLiteral("score")] = scoreValue(s.score);
        o[QStringLiteral("scored")] = s.scored;
        o[QStringLiteral("notVerifiable")] = s.notVerifiable;
        o[QStringLiteral("informational")] = s.informational;
        sections.append(o);
    }
    scores[QStringLiteral("sections")] = sections;
    root[QStringLiteral("scores")] = scores;

    QJsonArray controls;
    for (const ControlResult &c : r.controls) {
        QJsonObject o;
        o[QStringLiteral("id")] = c.control->idString();
        o[QStringLiteral("title")] = c.control->title();
        o[QStringLiteral("section")] = sectionName(c.control->section);
        o[QStringLiteral("severity")] = severityName(c.control->severity);
        o[QStringLiteral("status")] = statusName(c.status);
        o[QStringLiteral("passed")] = c.passed;
        o[QStringLiteral("failed")] = c.failed;
        o[QStringLiteral("excepted")] = c.excepted;
        o[QStringLiteral("score")] = scoreValue(c.score);
        o[QStringLiteral("note")] = c.note;
        o[QStringLiteral("remediation")] = c.control->remediation();
        controls.append(o);
    }
    root[QStringLiteral("controls")] = controls;

    QJsonArray findings;
    for (const Finding &f : r.findings) {
        QJsonObject o;
        o[QStringLiteral("control")] = f.control;
        o[QStringLiteral("severity")] = severityName(f.severity);
        o[QStringLiteral("status")] =
            f.excepted ? QStringLiteral("excepted") : QStringLiteral("fail");
        o[QStringLiteral("object")] = refJson(f.object);
        o[QStringLiteral("owner")] =
            f.owner.isValid() ? QJsonValue(refJson(f.owner)) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("field")] = f.field;
        o[QStringLiteral("value")] = f.value;
        o[QStringLiteral("message")] = f.message;
        o[QStringLiteral("file")] =
            f.location.file.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.location.file);
        o[QStringLiteral("line")] = f.location.isValid() ? QJsonValue(qint64(f.location.line))
                                                         : QJsonValue(QJsonValue::Null);
        if (f.excepted) {
            QJsonObject e;
            e[QStringLiteral("reason")] = f.exceptionReason;
            e[QStringLiteral("source")] = f.exceptionSource;
            e[QStringLiteral("expires")] =
                f.exceptionExpires.isValid() ? QJsonValue(f.exceptionExpires.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null);
            o[QStringLiteral("exception")] = e;
        }
        findings.append(o);
    }
    root[QStringLiteral("findings")] = findings;

    QJsonArray notices;
    for (const ExceptionNotice &n : r.exceptionNotices) {
        QJsonObject o;
        o[QStringLiteral("kind")] = exceptionNoticeKindName(n.kind);
        o[QStringLiteral("message")] = n.message;
        o[QStringLiteral("controls")] = QJsonArray::fromStringList(n.controls);
        o[QStringLiteral("reason")] = n.reason;
        o[QStringLiteral("expires")] = n.expires.isValid()
                                           ? QJsonValue(n.expires.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("file")] =
            n.location.file.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.location.file);
        o[QStringLiteral("line")] = n.location.isValid() ? QJsonValue(qint64(n.location.line))
                                                         : QJsonValue(QJsonValue::Null);
        notices.append(o);
    }
    root[QStringLiteral("exceptions")] = notices;

    QJsonObject pss;
    int counts[3] = {0, 0, 0};
    for (const PodSecurityLevel &l : r.podSecurityLevels)
        ++counts[l.level == u"restricted" ? 2 : l.level == u"baseline" ? 1 : 0];
    pss[QStringLiteral("privileged")] = counts[0];
    pss[QStringLiteral("baseline")] = counts[1];
    pss[QStringLiteral("restricted")] = counts[2];
    root[QStringLiteral("podSecurity")] = pss;
    return root;
}

QByteArray scanToSarif(const ScanResult &r, const QString &toolVersion)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const ControlResult &c : r.controls) {
        const Control &k = *c.control;
        QJsonObject rule;
        rule[QStringLiteral("id")] = k.idString();
        rule[QStringLiteral("name")] = k.idString().remove(u'-');
        rule[QStringLiteral("shortDescription")] = QJsonObject{{QStringLiteral("text"), k.title()}};
        rule[QStringLiteral("fullDescription")] =
            QJsonObject{{QStringLiteral("text"), k.rationale()}};
        rule[QStringLiteral("help")] = QJsonObject{{QStringLiteral("text"), k.remediation()}};
        rule[QStringLiteral("defaultConfiguration")] =
            QJsonObject{{QStringLiteral("level"), sarifLevel(k.severity)}};
        QJsonObject props;
        props[QStringLiteral("tags")] = QJsonArray{
            QStringLiteral("security"), QStringLiteral("kubernetes"), sectionName(k.section)};
        props[QStringLiteral("security-severity")] = securitySeverity(k.severity);
        props[QStringLiteral("status")] = statusName(c.status);
        rule[QStringLiteral("properties")] = props;
        ruleIndex.insert(k.idString(), int(rules.size()));
        rules.append(rule);
    }
    QJsonArray results;
    for (const Finding &f : r.findings) {
        QJsonObject res;
        res[QStringLiteral("ruleId")] = f.control;
        res[QStringLiteral("ruleIndex")] = ruleIndex.value(f.control);
        res[QStringLiteral("level")] = sarifLevel(f.severity);
        QString text = f.object.toString() + QStringLiteral(": ") + f.message;
        if (f.owner.isValid())
            text += QStringLiteral(" (owner %1)").arg(f.owner.toString());
        if (!f.field.isEmpty())
            text += QStringLiteral(" [%1 = %2]").arg(f.field, f.value);
        res[QStringLiteral("message")] = QJsonObject{{QStringLiteral("text"), text}};
        QJsonObject location;
        if (!f.location.file.isEmpty() && f.location.isValid()) {
            QJsonObject physical;
            physical[QStringLiteral("artifactLocation")] =
                QJsonObject{{QStringLiteral("uri"), artifactUri(f.location.file)}};
            QJsonObject region;
            region[QStringLiteral("startLine")] = qint64(f.location.line);
            if (f.location.column > 0)
                region[QStringLiteral("startColumn")] = qint64(f.location.column);
            physical[QStringLiteral("region")] = region;
            location[QStringLiteral("physicalLocation")] = physical;
        }
        QJsonObject logical;
        logical[QStringLiteral("name")] = f.object.name;
        logical[QStringLiteral("fullyQualifiedName")] = QString(
            f.object.toString() + (f.field.isEmpty() ? QString() : QString(u"#" + f.field)));
        logical[QStringLiteral("kind")] = QStringLiteral("resource");
        location[QStringLiteral("logicalLocations")] = QJsonArray{logical};
        res[QStringLiteral("locations")] = QJsonArray{location};
        if (f.excepted) {
            QJsonObject sup;
            sup[QStringLiteral("kind")] = QStringLiteral("external");
            sup[QStringLiteral("justification")] = f.exceptionReason;
            res[QStringLiteral("suppressions")] = QJsonArray{sup};
        }
        results.append(res);
    }
    QJsonObject driver;
    driver[QStringLiteral("name")] = QStringLiteral("Parapet");
    driver[QStringLiteral("version")] = toolVersion;
    driver[QStringLiteral("informationUri")] =
        QStringLiteral("https://media.defense.gov/2022/Aug/29/2003066362/-1/-1/0/"
                       "CTR_KUBERNETES_HARDENING_GUIDANCE_1.2_20220829.PDF");
    driver[QStringLiteral("rules")] = rules;
    QJsonObject run;
    run[QStringLiteral("tool")] = QJsonObject{{QStringLiteral("driver"), driver}};
    run[QStringLiteral("results")] = results;
    run[QStringLiteral("columnKind")] = QStringLiteral("unicodeCodePoints");
    QJsonObject root;
    root[QStringLiteral("$schema")] =
        QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json");
    root[QStringLiteral("version")] = QStringLiteral("2.1.0");
    root[QStringLiteral("runs")] = QJsonArray{run};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray scanToJUnit(const ScanResult &r)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int tests = 0, failures = 0, skipped = 0;
    for (const ControlResult &c : r.controls) {
        ++tests;
        if (c.status == Status::Fail || c.status == Status::Partial)
            ++failures;
        else if (c.status == Status::NotVerifiable || c.status == Status::Info)
            ++skipped;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("parapet"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    for (Section section : sections()) {
        int t = 0, f = 0, s = 0;
        for (const ControlResult &c : r.controls) {
            if (c.control->section != section)
                continue;
            ++t;
            f += (c.status == Status::Fail || c.status == Status::Partial) ? 1 : 0;
            s += (c.status == Status::NotVerifiable || c.status == Status::Info) ? 1 : 0;
        }
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), sectionTitle(section));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(t));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(f));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(s));
        for (const ControlResult &c : r.controls) {
            if (c.control->section != section)
                continue;
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), sectionName(section));
            xml.writeAttribute(QStringLiteral("name"),
                               c.control->idString() + QStringLiteral(" ") + c.control->title());
            if (c.status == Status::Fail || c.status == Status::Partial) {
                QStringList lines;
                for (const Finding &fi : r.findings) {
                    if (fi.control != c.control->idString() || fi.excepted)
                        continue;
                    lines.append(QStringLiteral("%1 %2: %3 [%4 = %5]")
                                     .arg(findingWhere(fi), fi.object.toString(), fi.message,
                                          fi.field, fi.value));
                }
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"),
                                   QStringLiteral("%1: %2 of %3 objects fail")
                                       .arg(statusName(c.status))
                                       .arg(c.failed)
                                       .arg(c.passed + c.failed + c.excepted));
                xml.writeAttribute(QStringLiteral("type"), severityName(c.control->severity));
                xml.writeCharacters(lines.join(u'\n'));
                xml.writeEndElement();
            } else if (c.status == Status::NotVerifiable || c.status == Status::Info) {
                xml.writeStartElement(QStringLiteral("skipped"));
                xml.writeAttribute(QStringLiteral("message"),
                                   statusName(c.status) + QStringLiteral(": ") + c.note);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace parapet::checks
