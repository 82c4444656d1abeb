#pragma once

#include "common/fielderrors.h"
#include "whendone.h"

#include <QDialog>
#include <QFuture>
#include <QPushButton>

#include <type_traits>

namespace lectern::ui {

// A dialog's Save: makes `work`'s call to the console's API (it returns a future) with Save
// disabled until the answer is there; a failure is shown at the field it names and the dialog stays
// open; a success is handed to `saved` and the dialog closes as accepted. Returns at once; false if
// a save is under way.
template <typename Work, typename Saved>
bool saveThroughCore(QDialog* dialog, QPushButton* save, FieldErrors& errors, Work work,
                     Saved saved) {
    if (!save->isEnabled())
        return false;
    errors.clear();
    save->setEnabled(false);
    auto handle = [dialog, save, &errors, saved = std::move(saved)](const auto& result) mutable {
        save->setEnabled(true);
        if (!result) {
            errors.show(result.error());
            return;
        }
        if constexpr (std::is_void_v<typename std::decay_t<decltype(result)>::value_type>)
            saved(); // a Status: nothing to hand on
        else
            saved(*result);
        dialog->QDialog::accept();
    };
    whenDone(dialog, work(), std::move(handle));
    return true;
}

} // namespace lectern::ui
