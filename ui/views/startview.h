#pragma once

#include "loadrequest.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableWidget;

namespace parapet::ui {

class Banner;
class ElidedLabel;
class EmptyState;

/// The sources opened before, newest first (QSettings `recent/sources`, at most 10).
namespace RecentSources {
inline constexpr int kMax = 10;
QList<LoadRequest> list(const QSettings *settings);
void add(QSettings *settings, const LoadRequest &request);
void remove(QSettings *settings, const LoadRequest &request);
/// Whether every file or folder of \a request still exists (live and demo: true).
bool available(const LoadRequest &request);
} // namespace RecentSources

/// What Parapet shows when it starts without a source: the kubeconfig contexts (current first)
/// with Connect, Open manifests / folder / snapshot / the demo cluster, and the recent sources.
/// A kubeconfig that cannot be read is an inline error that says what to fix.
class StartView : public QWidget
{
    Q_OBJECT
public:
    /// \a settings (not owned, may be null) holds the recent sources.
    explicit StartView(QSettings *settings, QWidget *parent = nullptr);

    /// `--kubeconfig`: read this file alone instead of KUBECONFIG / ~/.kube/config.
    void setKubeconfigPath(const QString &path);
    QString kubeconfigPath() const { return m_kubeconfig; }
    /// Reads the kubeconfig and the recent sources again.
    void reload();

    /// Shows an error of the last attempt (a failed connection) above the contexts.
    void showError(const QString &title, const QString &text);
    void clearError();

    QTableWidget *contextsTable() const { return m_contexts; }
    QListWidget *recentList() const { return m_recent; }
    Banner *errorBanner() const { return m_error; }
    /// Context names in table order (current first).
    QStringList contextNames() const;
    QString currentContext() const { return m_currentContext; }

    /// Connects to the context in the selected row (as Connect does).
    void connectSelected();

Q_SIGNALS:
    void openRequested(const parapet::ui::LoadRequest &request);
    /// 0: manifest files, 1: a folder, 2: a snapshot.
    void choosePathsRequested(int what);

private:
    void loadContexts();
    void loadRecent();
    void openRecent(int row);
    void removeRecent(int row);
    void chooseKubeconfig();

    QSettings *m_settings;
    QString m_kubeconfig;
    QString m_currentContext;
    ElidedLabel *m_kubeconfigLabel;
    Banner *m_error;
    QStackedWidget *m_contextsStack;
    QTableWidget *m_contexts;
    EmptyState *m_noContexts;
    QLineEdit *m_namespace;
    QPushButton *m_connect;
    QListWidget *m_recent;
    QPushButton *m_removeRecent;
    QLabel *m_noRecent;
};

} // namespace parapet::ui
