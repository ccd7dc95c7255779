package ai.fvgs.dataset.ui.internal.handlers;

import ai.fvgs.dataset.ui.internal.ReviewPart;

/** Rejects the entry under review with its comment (Ctrl+Shift+R); refused without a comment. Acts only while the Review part is the active part, so that the key never decides on an entry unseen. */
public final class RejectEntryHandler extends ReviewPartHandler {

    @Override
    protected void apply(ReviewPart part) {
        part.reject();
    }
}
