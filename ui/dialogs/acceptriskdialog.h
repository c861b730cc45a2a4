#pragma once

#include "checks/exceptions.h"
#include "checks/scanresult.h"

#include <functional>
#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace parapet::ui {

/// Accept risk… (UI.md "Checklist wizard"): writes an exception for a control to the source's
/// exceptions file. The reason is required; the expiry is a date in the future (default: in 90
/// days). The exception covers the selected object, or every object of the control.
class AcceptRiskDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a object: the object the user selected (invalid: none, the whole control only).
    /// \a exceptionsPath: where to write (the user may pick another file).
    AcceptRiskDialog(const checks::Control &control, const checks::ObjectRef &object,
                     const QString &exceptionsPath, QWidget *parent = nullptr);

    /// Today, for the expiry's default and its minimum (tests fix it).
    void setToday(const QDate &today);

    void setReason(const QString &reason);
    void setExpires(const QDate &date);
    void setExceptionsPath(const QString &path);
    /// True: only the object given; false: every object of the control.
    void setObjectOnly(bool objectOnly);

    QString exceptionsPath() const;
    /// Why the dialog cannot be accepted yet (empty when it can).
    QString problem() const;
    /// The exception as it will be written.
    checks::Exception exception() const;
    /// The file written by the last successful accept().
    QString writtenPath() const { return m_written; }

    /// Replaces the file dialog of Change… (tests).
    using PathChooser = std::function<QString(const QString &current)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

public Q_SLOTS:
    /// Writes the exception; stays open with the error when it cannot be written.
    void accept() override;

private:
    void update();

    const checks::Control &m_control;
    checks::ObjectRef m_object;
    QDate m_today = QDate::currentDate();
    QString m_written;
    PathChooser m_chooser;

    QRadioButton *m_onlyObject;
    QRadioButton *m_wholeControl;
    QPlainTextEdit *m_reason;
    QDateEdit *m_expires;
    QLineEdit *m_path;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace parapet::ui
