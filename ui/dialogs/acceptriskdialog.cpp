#include "acceptriskdialog.h"

#include "fixset/labels.h"
#include "theme.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {
constexpr int kDefaultDays = 90;
} // namespace

AcceptRiskDialog::AcceptRiskDialog(const checks::Control &control, const checks::ObjectRef &object,
                                   const QString &exceptionsPath, QWidget *parent)
    : QDialog(parent)
    , m_control(control)
    , m_object(object)
{
    setObjectName(QStringLiteral("acceptRisk"));
    setWindowTitle(tr("Accept the risk of %1").arg(control.idString()));
    setAccessibleName(tr("Accept risk"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("%1 \u2014 %2").arg(control.idString(), control.title()), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title->setFont(f);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *intro = labels::caption(
        tr("The findings stay visible as excepted, with your reason, and count as failures "
           "again when the exception expires. The exception is written to an exceptions file "
           "that parapet-cli reads too (--exceptions FILE)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    auto *scope = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->setSpacing(4);
    scope->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_onlyObject = new QRadioButton(object.isValid() ? tr("Only %1").arg(object.toString())
                                                     : tr("Only the selected object"),
                                    scope);
    m_onlyObject->setObjectName(QStringLiteral("riskOnlyObject"));
    m_wholeControl = new QRadioButton(tr("Every object, now and in the future"), scope);
    m_wholeControl->setObjectName(QStringLiteral("riskWholeControl"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_onlyObject);
    group->addButton(m_wholeControl);
    m_onlyObject->setEnabled(object.isValid());
    (object.isValid() ? m_onlyObject : m_wholeControl)->setChecked(true);
    scopeLayout->addWidget(m_onlyObject);
    scopeLayout->addWidget(m_wholeControl);
    form->addRow(tr("Applies to"), scope);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("riskReason"));
    m_reason->setAccessibleName(tr("Reason (required)"));
    m_reason->setPlaceholderText(
        tr("Why the risk is accepted, and who decided, e.g. “CNI agent needs the host "
           "network; reviewed by the platform team\u201d"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(72);
    form->addRow(tr("Reason"), m_reason);

    m_expires = new QDateEdit(this);
    m_expires->setObjectName(QStringLiteral("riskExpires"));
    m_expires->setAccessibleName(tr("Expires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Expires"), m_expires);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(exceptionsPath, this);
    m_path->setObjectName(QStringLiteral("riskFile"));
    m_path->setAccessibleName(tr("Exceptions file"));
    pathRow->addWidget(m_path, 1);
    auto *change = new QPushButton(tr("Change\u2026"), this);
    change->setObjectName(QStringLiteral("riskFileChange"));
    pathRow->addWidget(change);
    form->addRow(tr("Exceptions file"), pathRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("riskProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, Theme::current().tone(Tone::Error));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Accept risk"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("riskAccept"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AcceptRiskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AcceptRiskDialog::update);
    connect(m_expires, &QDateEdit::dateChanged, this, &AcceptRiskDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &AcceptRiskDialog::update);
    connect(change, &QPushButton::clicked, this, [this] {
        const QString chosen =
            m_chooser ? m_chooser(m_path->text())
                      : QFileDialog::getSaveFileName(this, tr("Exceptions file"), m_path->text(),
                                                     tr("YAML (*.yaml *.yml)"), nullptr,
                                                     QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    setToday(QDate::currentDate());
}

void AcceptRiskDialog::setToday(const QDate &today)
{
    m_today = today;
    m_expires->setMinimumDate(today.addDays(1));
    m_expires->setDate(today.addDays(kDefaultDays));
    update();
}

void AcceptRiskDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void AcceptRiskDialog::setExpires(const QDate &date)
{
    m_expires->setDate(date);
}

void AcceptRiskDialog::setExceptionsPath(const QString &path)
{
    m_path->setText(path);
}

void AcceptRiskDialog::setObjectOnly(bool objectOnly)
{
    (objectOnly && m_object.isValid() ? m_onlyObject : m_wholeControl)->setChecked(true);
}

QString AcceptRiskDialog::exceptionsPath() const
{
    return m_path->text().trimmed();
}

QString AcceptRiskDialog::problem() const
{
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("Say why the risk is accepted: the reason is required.");
    // QDateEdit clamps to its minimum; the check still guards dates set from outside.
    if (!m_expires->date().isValid() || m_expires->date() <= m_today)
        return tr("The expiry must be a date in the future.");
    if (exceptionsPath().isEmpty())
        return tr("Choose the exceptions file to write to.");
    return {};
}

checks::Exception AcceptRiskDialog::exception() const
{
    checks::Exception e;
    e.controls = {m_control.idString()};
    // One line in the file; the parser trims, so does this.
    e.reason = m_reason->toPlainText().simplified();
    e.expires = m_expires->date();
    if (m_onlyObject->isChecked() && m_object.isValid()) {
        if (!m_object.ns.isEmpty())
            e.namespaces = {m_object.ns};
        e.kinds = {m_object.kind};
        e.names = {m_object.name};
    }
    return e;
}

void AcceptRiskDialog::update()
{
    const QString why = problem();
    m_ok->setEnabled(why.isEmpty());
    m_ok->setToolTip(why);
    // Only errors from writing are shown in red; missing input just keeps the button off.
    m_problem->clear();
    m_problem->hide();
}

void AcceptRiskDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return;
    }
    auto written = checks::appendException(exceptionsPath(), exception());
    if (!written) {
        m_problem->setText(tr("The exception was not written. %1").arg(written.error().message));
        m_problem->show();
        return;
    }
    m_written = *written;
    QDialog::accept();
}

} // namespace parapet::ui
