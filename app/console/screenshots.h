#pragma once

#include <QDir>

namespace lectern::ui {
class MainWindow;
}

namespace lectern::console {

// `lectern --screenshots DIR`: once every tab has its data, saves a PNG of each (and of the
// new-session dialog) into `directory`, then quits the application.
void pictureEachTab(ui::MainWindow& window, const QDir& directory);

} // namespace lectern::console
