#pragma once

#include <functional>

namespace charter {

// How long work reports how far it got, and learns whether to stop. Called on the
// thread that does the work, with DONE of TOTAL units (TOTAL may be an estimate; 0 when
// unknown). Returning false asks the work to stop: it then undoes what it did (a
// transaction rolls back, a file is not committed) and returns an error saying it was
// cancelled. An empty callback means "no progress wanted, never cancel".
//
// Core never shows progress itself (no dialogs, no processEvents): the caller decides,
// for instance the GUI's TaskRunner polls it from the UI thread.
using ProgressCallback = std::function<bool(int done, int total)>;

// Calls PROGRESS when it is set; true when the work may go on.
inline bool reportProgress(const ProgressCallback &progress, int done, int total)
{
    return !progress || progress(done, total);
}

} // namespace charter
