#pragma once

#include <QMainWindow>

class Queries;
class Store;

// The dashboard window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Store &store, Queries &queries, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    Store &m_store;
    Queries &m_queries;
};
