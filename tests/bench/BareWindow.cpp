// The floor irdash's start-up is measured against: a QApplication with a QMainWindow
// holding an empty QChartView, which quits as soon as that view has painted once and
// prints when, in microseconds since the epoch, as `irdash --exit-after-first-paint` does.

#include <QApplication>
#include <QChartView>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

class QuitOnFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Quit once this paint has been delivered and flushed to the screen.
            QTimer::singleShot(0, qApp, [] {
                const auto now = std::chrono::system_clock::now().time_since_epoch();
                std::printf("%lld\n",
                            static_cast<long long>(
                                    std::chrono::duration_cast<std::chrono::microseconds>(now)
                                            .count()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QChartView(&window);
    window.setCentralWidget(view);
    view->viewport()->installEventFilter(new QuitOnFirstPaint(&window));
    window.resize(1600, 1000);  // the size irdash opens at
    window.show();
    return QApplication::exec();
}
