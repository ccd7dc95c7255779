package ai.fvgs.dataset.ui.internal.handlers;

import ai.fvgs.dataset.ui.internal.ReviewPart;

/** Opens the next submitted entry in the Review part (Ctrl+Shift+N). Acts only while the Review part is the active part, so that the key never decides on an entry unseen. */
public final class NextReviewHandler extends ReviewPartHandler {

    @Override
    protected void apply(ReviewPart part) {
        part.next();
    }
}
