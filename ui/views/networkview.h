#pragma once

#include "graph/graph.h"
#include "netpol/connectivitydiff.h"
#include "netpol/connectivitymatrix.h"
#include "view.h"

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace parapet::ui {

class GraphView;
class NamespaceMatrixModel;

/// Network reachability: workloads in namespace boxes with edges for the connections policies
/// allow (ports as labels; pods that accept everything stand out and connect to "anywhere"),
/// a "can A reach B on port P?" query with its explanation, a namespace × namespace matrix,
/// and a what-if editor: edit or add a NetworkPolicy, see which connections appear or
/// disappear, export the policy.
class NetworkView : public View
{
    Q_OBJECT
public:
    explicit NetworkView(QWidget *parent = nullptr);
    ~NetworkView() override;

    void setResult(const LoadResult &result) override;
    Selection selection() const override;
    bool focusFilter() override;
    void applyFilter(const QString &filter) override;
    bool isSettled() const override;

    GraphView *graphView() const { return m_graph; }
    QTableView *matrixView() const { return m_matrix; }
    QTableWidget *changesTable() const { return m_changes; }
    QPlainTextEdit *whatIfEditor() const { return m_editor; }

    struct Answer
    {
        bool valid = false;
        QString verdict; ///< allowed, denied, implementation-defined
        QString explanation;
        QString error;
    };
    /// Runs the reachability query (ends as `NAMESPACE/KIND/NAME`, `NAMESPACE/POD` or an IP)
    /// and shows the answer.
    Answer query(const QString &source, const QString &destination, int port,
                 const QString &protocol = QStringLiteral("TCP"));
    /// Starts the what-if computation with \a yaml replacing the policy picked in the editor's
    /// choice (or added); whatIfFinished() follows.
    void applyWhatIf(const QString &yaml);
    /// Picks the policy to edit (`ns/name`), or a new one for an empty reference.
    bool editPolicy(const QString &reference);
    const std::vector<netpol::ConnectivityChange> &changes() const { return m_changeList; }
    QString whatIfError() const { return m_whatIfError; }
    bool exportPolicy(const QString &path, QString *error = nullptr) const;

    struct Data
    {
        std::shared_ptr<const netpol::ReachabilityAnalysis> analysis;
        std::shared_ptr<const netpol::ConnectivityMatrix> matrix;
        Graph graph;
    };

Q_SIGNALS:
    void whatIfFinished();

private:
    void showData(const std::shared_ptr<const Data> &data);
    void runQuery();
    void showChanges(const std::vector<netpol::ConnectivityChange> &changes, const QString &error);

    GraphView *m_graph;
    QTabWidget *m_tabs;
    QTableView *m_matrix;
    NamespaceMatrixModel *m_matrixModel;
    QComboBox *m_source;
    QComboBox *m_destination;
    QSpinBox *m_port;
    QComboBox *m_protocol;
    QPushButton *m_check;
    QLabel *m_verdict;
    QTextBrowser *m_explanation;
    QComboBox *m_policyChoice;
    QPlainTextEdit *m_editor;
    QPushButton *m_apply;
    QPushButton *m_export;
    QLabel *m_whatIfStatus;
    QTableWidget *m_changes;

    std::shared_ptr<const Data> m_data;
    Inventory m_inventory;
    std::vector<netpol::ConnectivityChange> m_changeList;
    QString m_whatIfError;
    int m_generation = 0;
    int m_whatIfGeneration = 0;
    bool m_computing = false;
};

} // namespace parapet::ui
