#include "MainWindow.h"

#include "BundledDataset.h"
#include "Queries.h"
#include "Store.h"

#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(Store &store, Queries &queries, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_queries(queries)
{
    setWindowTitle(tr("irdash"));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setAlignment(Qt::AlignCenter);
    summary->setText(tr("%n figure(s) loaded", nullptr, m_store.factCount()));
    setCentralWidget(summary);
    statusBar()->showMessage(tr("%1 — %2").arg(BundledDataset::displayName(), m_store.path()));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;
