#include "windowgeometry.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>

#include <algorithm>

namespace waymark {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kMaximizedKey = QStringLiteral("window/maximized");
const QSize kPreferred(1600, 1000);
// A frame the window manager has not reported yet: a title bar and borders.
const QMargins kAssumedFrame(8, 38, 8, 8);

} // namespace

WindowPlacement initialPlacement(const QRect &available, const QMargins &frame,
                                 const WindowPlacement *remembered)
{
    const QMargins f = frame.isNull() ? kAssumedFrame : frame;
    const QRect inner = available.marginsRemoved(f);
    WindowPlacement out;
    if (remembered && remembered->geometry.isValid()) {
        const QRect r = remembered->geometry;
        // Still on this screen (at least mostly) and not larger than it.
        if (inner.intersected(r).width() >= r.width() / 2
            && inner.intersected(r).height() >= r.height() / 2 && r.width() <= inner.width()
            && r.height() <= inner.height()) {
            out.geometry = r;
            out.maximized = remembered->maximized;
            return out;
        }
        out.maximized = remembered->maximized;
    }
    const QSize size(std::min(kPreferred.width(), inner.width()),
                     std::min(kPreferred.height(), inner.height()));
    out.geometry = QRect(QPoint(0, 0), size);
    out.geometry.moveCenter(inner.center());
    return out;
}

void placeAndRemember(QQuickWindow *window)
{
    QSettings settings;
    WindowPlacement saved;
    saved.geometry = settings.value(kGeometryKey).toRect();
    saved.maximized = settings.value(kMaximizedKey).toBool();
    const QScreen *screen = window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 1000);
    const WindowPlacement place = initialPlacement(available, window->frameMargins(), &saved);
    window->setGeometry(place.geometry);
    if (place.maximized)
        window->showMaximized();

    // The normal geometry while not maximized; the state as the window closes.
    auto *normal = new QRect(place.geometry);
    const auto track = [window, normal] {
        if (window->visibility() == QWindow::Windowed)
            *normal = window->geometry();
    };
    QObject::connect(window, &QWindow::xChanged, window, track);
    QObject::connect(window, &QWindow::yChanged, window, track);
    QObject::connect(window, &QWindow::widthChanged, window, track);
    QObject::connect(window, &QWindow::heightChanged, window, track);
    // The state before closing: visibility() is Hidden once it closed.
    auto *maximized = new bool(place.maximized);
    QObject::connect(window, &QWindow::visibilityChanged, window,
                     [maximized](QWindow::Visibility v) {
                         if (v != QWindow::Hidden)
                             *maximized = v == QWindow::Maximized;
                     });
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, window,
                     [normal, maximized] {
                         QSettings s;
                         s.setValue(kGeometryKey, *normal);
                         s.setValue(kMaximizedKey, *maximized);
                     });
    QObject::connect(window, &QObject::destroyed, [normal, maximized] {
        delete normal;
        delete maximized;
    });
}

} // namespace waymark
