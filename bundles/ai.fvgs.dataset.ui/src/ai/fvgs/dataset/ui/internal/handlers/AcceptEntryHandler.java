package ai.fvgs.dataset.ui.internal.handlers;

import ai.fvgs.dataset.ui.internal.ReviewPart;

/** Accepts the entry under review (Ctrl+Shift+A) and opens the next one. Acts only while the Review part is the active part, so that the key never decides on an entry unseen. */
public final class AcceptEntryHandler extends ReviewPartHandler {

    @Override
    protected void apply(ReviewPart part) {
        part.accept();
    }
}
