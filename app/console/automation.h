#pragma once

#include <QDir>

namespace lectern::ui {
class MainWindow;
}

namespace lectern::console {

// The console driving itself: for the README's screenshots and the cold-start benchmark.

// `lectern --screenshots DIR`: once every tab has its data (or after 15 s, as they are), saves
// a PNG of each (and of the new-session dialog) into `directory`, then quits the application.
void pictureEachTab(ui::MainWindow& window, const QDir& directory);

// `lectern --exit-when-ready`: quits once the Schedule and Live tabs show their data (for the
// cold-start benchmark).
void exitWhenReady(ui::MainWindow& window);

} // namespace lectern::console
