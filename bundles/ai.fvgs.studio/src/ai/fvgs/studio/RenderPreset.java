package ai.fvgs.studio;

import ai.fvgs.scene.Scene;

/**
 * The frame sizes a Studio render offers. A preset names the frame's short side; the long side follows from the
 * scene's aspect ratio, rounded to an even number of pixels as H.264 and VP9 need. {@link #SCENE} keeps the scene's
 * own size.
 */
public enum RenderPreset {

    /** 180 lines: a quick look at the motion and the outfit, seconds per second of video. */
    LOW("Low (180p)", 180),
    /** 360 lines: a preview to share. */
    PREVIEW("Preview (360p)", 360),
    /** 720 lines. */
    HD("HD (720p)", 720),
    /** 1080 lines. */
    FULL_HD("Full HD (1080p)", 1080),
    /** The size the scene's output names. */
    SCENE("Scene's size", 0);

    private final String label;
    private final int shortSide;

    RenderPreset(String label, int shortSide) {
        this.label = label;
        this.shortSide = shortSide;
    }

    /** @return the name shown to users */
    public String label() {
        return label;
    }

    /**
     * @param output   the scene's output
     * @param duration seconds to render, above 0 and up to 600 as in a scene file
     * @return the output with this preset's size and that duration (aspect and frame rate kept)
     * @throws IllegalArgumentException naming the duration if it is not allowed
     */
    public Scene.Output apply(Scene.Output output, double duration) {
        if (!(duration > 0 && duration <= 600)) {
            throw new IllegalArgumentException("duration " + duration + " s is not allowed; allowed: above 0 up to 600 s");
        }
        if (this == SCENE) {
            return new Scene.Output(output.width(), output.height(), output.aspect(), output.fps(), duration);
        }
        String[] ratio = output.aspect().split(":");
        double a = Double.parseDouble(ratio[0]), b = Double.parseDouble(ratio[1]);
        int width, height;
        if (a >= b) {
            height = shortSide;
            width = even(shortSide * a / b);
        } else {
            width = shortSide;
            height = even(shortSide * b / a);
        }
        return new Scene.Output(width, height, output.aspect(), output.fps(), duration);
    }

    private static int even(double pixels) {
        return 2 * (int) Math.round(pixels / 2);
    }

    @Override
    public String toString() {
        return label;
    }
}
