#include "ImportRunner.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

ImportRunner::ImportRunner(Store &store, QWidget *window) : m_store(store), m_window(window) { }

void ImportRunner::runWithStore(
        const QString &label,
        const std::function<void(const DatasetImport::StoreOpener &,
                                 const std::function<bool(qsizetype, qsizetype)> &)> &work,
        bool cancellable)
{
    if (m_store.path() == QLatin1String(":memory:")) {
        work([this](QString *) { return &m_store; }, {});
        return;
    }
    const QString path = m_store.path();
    QProgressDialog progress(label, cancellable ? tr("Cancel") : QString(), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    if (!cancellable)
        progress.setCancelButton(nullptr);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> dialog(&progress);
    const auto report = [dialog, cancelled](qsizetype done, qsizetype total) {
        // From the worker: the dialog is told on the window's thread (and not at all once
        // it is gone).
        if (dialog)
            QMetaObject::invokeMethod(
                    dialog.data(),
                    [dialog, done, total] {
                        if (!dialog)
                            return;
                        if (total > 0 && dialog->maximum() != total)
                            dialog->setMaximum(
                                    static_cast<int>(std::min<qsizetype>(total, INT_MAX)));
                        dialog->setValue(static_cast<int>(std::min<qsizetype>(done, INT_MAX)));
                    },
                    Qt::QueuedConnection);
        return !*cancelled;
    };
    std::unique_ptr<QThread> thread(QThread::create([&] {
        // A connection of this thread's own to the same file; closed on this thread.
        Store store;
        work(
                [&](QString *error) -> Store * {
                    if (store.open(path, Store::Access::ReadWrite, false))
                        return &store;
                    if (error)
                        *error = store.lastError();
                    return nullptr;
                },
                report);
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    // Work that has no count to report still shows that it is under way, after a moment.
    QTimer::singleShot(500, &progress, &QWidget::show);
    thread->start();
    loop.exec();
    thread->wait();
}

DatasetImport::Preview ImportRunner::preview(const QString &file,
                                             const DataBookReader::Options &book)
{
    DatasetImport::Preview result;
    runWithStore(
            tr("Reading %1…").arg(QFileInfo(file).fileName()),
            [&](const DatasetImport::StoreOpener &open, const auto &) {
                result = DatasetImport::preview(file, Fact::Origin::User, open, book);
            },
            false);
    return result;
}

Store::ImportReport ImportRunner::import(const QString &file, const QList<Fact> &facts,
                                         Store::ImportOptions options)
{
    Store::ImportReport result;
    runWithStore(
            tr("Importing %1…").arg(QFileInfo(file).fileName()),
            [&](const DatasetImport::StoreOpener &open,
                const std::function<bool(qsizetype, qsizetype)> &progress) {
                if (progress)
                    options.progress = progress;
                options.file = QFileInfo(file).absoluteFilePath();
                result = DatasetImport::store(facts, open, options);
            },
            true);
    return result;
}

ImportHistory::UndoResult ImportRunner::undoLast(const QString &file)
{
    ImportHistory::UndoResult result;
    runWithStore(
            tr("Undoing the import of %1…").arg(QFileInfo(file).fileName()),
            [&](const DatasetImport::StoreOpener &open, const auto &) {
                QString error;
                Store *store = open(&error);
                if (!store) {
                    result.error = ImportHistory::UndoError::Failed;
                    result.message = error;
                    return;
                }
                result = ImportHistory::undoLast(*store);
            },
            false);
    return result;
}
