package ai.fvgs.studio.internal;

import java.util.ArrayList;
import java.util.List;

import ai.fvgs.production.FrameSequence;
import ai.fvgs.production.Production;
import ai.fvgs.sdk.RgbaImage;

/**
 * Several cursors into the frames of one {@link Production}, so that scrubbing back does not always start from
 * the first frame. A {@link FrameSequence} only moves forward (the cloth is simulated frame by frame) and cannot be
 * copied, so a cursor parked further on costs the frames it was posed through. {@link #at} hands out the cursor
 * closest before a frame; {@link #warmStep}, called while nobody waits for a frame, poses spare cursors one frame
 * at a time towards checkpoints spread evenly over the video, so that any frame is at most a
 * {@code 1 / count} of the video past one of them. Not thread-safe.
 */
public final class FrameCursors {

    private static final class Cursor {
        final FrameSequence frames;
        long used;

        Cursor(FrameSequence frames) {
            this.frames = frames;
        }

        int next() {
            return frames.nextIndex();
        }
    }

    private final Production production;
    private final int count;
    private final int frameCount;
    private final RgbaImage scratch;
    private final List<Cursor> cursors = new ArrayList<>();
    private long clock;

    /**
     * @param production the prepared scene
     * @param count      the most cursors kept, 1 or more
     * @param scratch    an image of the production's output size that posed frames are assembled over
     */
    public FrameCursors(Production production, int count, RgbaImage scratch) {
        this.production = production;
        this.count = Math.max(1, count);
        this.frameCount = production.frameCount();
        this.scratch = scratch;
    }

    /**
     * @param index a frame
     * @return the cursor whose next frame is the closest at or before {@code index}; a new one from the first
     *         frame (replacing the one used least recently if all are taken) when every cursor is past it
     */
    public FrameSequence at(int index) {
        Cursor best = null;
        for (Cursor c : cursors) {
            if (c.next() <= index && (best == null || c.next() > best.next())) {
                best = c;
            }
        }
        if (best == null) {
            if (cursors.size() >= count) {
                cursors.remove(cursors.stream().min((a, b) -> Long.compare(a.used, b.used)).orElseThrow());
            }
            best = new Cursor(production.frames(false));
            cursors.add(best);
        }
        best.used = ++clock;
        return best.frames;
    }

    /**
     * Poses one frame of a spare cursor towards a checkpoint that has no cursor yet.
     *
     * @return whether there was anything to do; false once every checkpoint has a cursor
     */
    public boolean warmStep() {
        if (count < 2 || frameCount < 2 * count) {
            return false;
        }
        for (int k = 1; k < count; k++) {
            int lo = k * frameCount / count, hi = (k + 1) * frameCount / count;
            if (cursors.stream().anyMatch(c -> c.next() >= lo && c.next() < hi)) {
                continue;
            }
            Cursor donor = donor(lo);
            if (donor == null) {
                return false;
            }
            donor.frames.nextOver(scratch);
            return true;
        }
        return false;
    }

    /** @return a cursor to move into the checkpoint interval starting at {@code lo}, or null */
    private Cursor donor(int lo) {
        Cursor before = null, after = null;
        for (Cursor c : cursors) {
            if (!redundant(c)) {
                continue;
            }
            if (c.next() < lo && (before == null || c.next() > before.next())) {
                before = c;
            } else if (c.next() >= lo && (after == null || c.used < after.used)) {
                after = c;
            }
        }
        if (before != null) {
            return before;
        }
        if (cursors.size() >= count) {
            if (after == null) {
                return null;
            }
            cursors.remove(after);
        }
        Cursor fresh = new Cursor(production.frames(false));
        cursors.add(fresh);
        return fresh;
    }

    /** @return whether another cursor lies in the same checkpoint interval, or the cursor is before the first checkpoint */
    private boolean redundant(Cursor c) {
        int interval = interval(c.next());
        return interval == 0 || cursors.stream().anyMatch(o -> o != c && interval(o.next()) == interval);
    }

    private int interval(int next) {
        return Math.min(count - 1, next * count / frameCount);
    }

    /** @return the next frames of the cursors, for tests and diagnostics */
    public List<Integer> positions() {
        return cursors.stream().map(Cursor::next).sorted().toList();
    }
}
