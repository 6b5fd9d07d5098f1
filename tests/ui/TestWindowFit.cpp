#include "BundledDataset.h"
#include "KpiPanel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Queries.h"
#include "Settings.h"
#include "Store.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

// The window on a laptop's screen. CTest runs this suite once per screen size, with the
// offscreen platform's screen set by a configuration file (tests/ui/screens/).
class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void firstStartOpensInsideTheScreen();
    void restoredGeometryIsBroughtOnScreen();
    void everythingFitsTheScreen_data();
    void everythingFitsTheScreen();

private:
    void openWindow();
    // Why `widget` is not shown whole inside the window, or empty when it is.
    QString outsideWindow(const QWidget *widget) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowFit::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(*m_store, &error), qPrintable(error));
    m_queries = std::make_unique<Queries>(*m_store);
    const QSize screen = QGuiApplication::primaryScreen()->size();
    qInfo("screen %dx%d", screen.width(), screen.height());
}

void TestWindowFit::cleanup()
{
    m_window.reset();
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
}

void TestWindowFit::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_store, *m_queries);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestWindowFit::outsideWindow(const QWidget *widget) const
{
    if (!widget->isVisible())
        return QStringLiteral("%1 is hidden").arg(widget->objectName());
    const QRect inWindow(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    if (!m_window->rect().contains(inWindow)) {
        return QStringLiteral("%1 at %2,%3 %4x%5 is outside the window's %6x%7")
                .arg(widget->objectName())
                .arg(inWindow.x())
                .arg(inWindow.y())
                .arg(inWindow.width())
                .arg(inWindow.height())
                .arg(m_window->width())
                .arg(m_window->height());
    }
    // A label narrower than its text cuts it off (a wrapping one: shorter than its lines).
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        const bool cut = label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                                           : label->sizeHint().width() > label->width();
        if (cut) {
            return QStringLiteral("%1 (\"%2\") is cut off: %3x%4 for %5x%6")
                    .arg(label->objectName(), label->text())
                    .arg(label->width())
                    .arg(label->height())
                    .arg(label->sizeHint().width())
                    .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                           : label->sizeHint().height());
        }
    }
    return {};
}

void TestWindowFit::firstStartOpensInsideTheScreen()
{
    openWindow();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("the window %1x%2 at %3,%4 on a %5x%6 screen")
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())
                                .arg(m_window->frameGeometry().x())
                                .arg(m_window->frameGeometry().y())
                                .arg(available.width())
                                .arg(available.height())));
    // Most of the screen, not a small window in its corner.
    QVERIFY(m_window->width() >= available.width() * 8 / 10);
}

void TestWindowFit::restoredGeometryIsBroughtOnScreen()
{
    // A session saved on a large monitor, the window partly off this laptop's screen.
    {
        openWindow();
        m_window->resize(2400, 1500);
        m_window->move(900, 600);
        m_window->close();
        m_window.reset();
    }
    openWindow();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QTRY_VERIFY2(available.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("restored as %1x%2 at %3,%4")
                                    .arg(m_window->frameGeometry().width())
                                    .arg(m_window->frameGeometry().height())
                                    .arg(m_window->frameGeometry().x())
                                    .arg(m_window->frameGeometry().y())));
}

void TestWindowFit::everythingFitsTheScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestWindowFit::everythingFitsTheScreen()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    openWindow();
    QTRY_VERIFY(m_window->isVisible());
    QVERIFY2(m_window->minimumSizeHint().width() <= 1000,
             qPrintable(
                     QStringLiteral("minimum width %1").arg(m_window->minimumSizeHint().width())));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2")
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())));
    QCoreApplication::processEvents();

    const auto *panel = m_window->findChild<KpiPanel *>();
    QVERIFY(panel);
    const QList<QLabel *> labels = panel->findChildren<QLabel *>();
    QVERIFY(labels.size() >= 3 * 5);
    for (const QLabel *label : labels) {
        const QString problem = outsideWindow(label);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    for (const char *name : {"quarterCombo", "asOfCombo"}) {
        const auto *combo = m_window->findChild<QComboBox *>(QString::fromLatin1(name));
        QVERIFY2(combo, name);
        const QString problem = outsideWindow(combo);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // The page under the panel keeps room for its chart.
    const auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QVERIFY(outsideWindow(pages).isEmpty());
    QVERIFY2(pages->currentWidget()->height() >= 300,
             qPrintable(QString::number(pages->currentWidget()->height())));
}

QTEST_MAIN(TestWindowFit)
#include "TestWindowFit.moc"
