#pragma once

#include "loadrequest.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace parapet::ui {

/// The page shown while a live cluster is read: which context, the resource kinds with their
/// object counts and state (waiting, fetching, done, forbidden, failed), overall progress, and
/// Cancel.
class ConnectProgress : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectProgress(QWidget *parent = nullptr);

    /// Resets the page for \a request: every kind waiting.
    void start(const LoadRequest &request);
    /// Applies one progress report of the fetcher (on the GUI thread).
    void update(const FetchProgress &progress);
    /// Shows the final state of every kind from \a result.
    void finish(const LoadResult &result);

    QList<KindProgress> kinds() const { return m_kinds; }
    /// The row of \a kind (`Secret`, `NetworkPolicy.networking.k8s.io`), or a Waiting one.
    KindProgress kind(const QString &kind) const;
    QTableWidget *table() const { return m_table; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString title() const;

Q_SIGNALS:
    void cancelRequested();

private:
    int rowOf(const QString &kind);
    void showRow(int row);
    void updateOverall();

    QList<KindProgress> m_kinds;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QTableWidget *m_table;
    QPushButton *m_cancel;
    QElapsedTimer m_elapsed;
    int m_kindsDone = 0;
    int m_kindsTotal = 0;
};

} // namespace parapet::ui
