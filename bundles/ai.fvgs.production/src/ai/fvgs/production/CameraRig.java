package ai.fvgs.production;

import ai.fvgs.render.Camera;
import ai.fvgs.render.Vec3;
import ai.fvgs.scene.Scene;

/**
 * Turns a scene's camera preset into a camera for each instant. World: metres, y up, floor at y = 0; the model
 * walks down the runway towards +z, whose end is at {@code z = runwayLength / 2}.
 * <ul>
 * <li>{@code front}: fixed, on the runway's centre line {@code distance} metres beyond its end, aimed at the
 * end of the runway, where the model poses;</li>
 * <li>{@code tracking}: follows the model along the runway, always {@code distance} metres in front of it;</li>
 * <li>{@code orbit}: circles the model at {@code distance}, one turn over the video (at most one turn per
 * {@value #MIN_ORBIT_SECONDS} s), starting in front;</li>
 * <li>{@code dolly}: a push-in: follows the model like {@code tracking} while moving in from
 * {@value #DOLLY_START} times the distance to the distance itself, eased over the video.</li>
 * </ul>
 * The aim point is at {@value #AIM_FRACTION} of the model's height, so the whole figure stays in frame.
 */
public final class CameraRig {

    /** Shortest time of one orbit, seconds. */
    public static final double MIN_ORBIT_SECONDS = 6;
    /** Distance factor at the start of a dolly. */
    public static final double DOLLY_START = 1.6;
    /** Aim height as a fraction of the model's height. */
    public static final double AIM_FRACTION = 0.52;

    private final Scene.Camera camera;
    private final double runwayEnd;
    private final double aimHeight;
    private final double duration;

    /**
     * @param camera      the scene's camera
     * @param runwayEnd   z of the runway's end (towards the audience), metres
     * @param modelHeight the model's height, metres
     * @param duration    length of the video, seconds
     */
    public CameraRig(Scene.Camera camera, double runwayEnd, double modelHeight, double duration) {
        this.camera = camera;
        this.runwayEnd = runwayEnd;
        this.aimHeight = AIM_FRACTION * modelHeight;
        this.duration = duration;
    }

    /**
     * @param seconds time in the video
     * @param modelX  x of the model's pelvis then
     * @param modelZ  z of the model's pelvis then
     * @return the camera
     */
    public Camera at(double seconds, double modelX, double modelZ) {
        double d = camera.distance();
        double h = camera.height();
        Vec3 eye;
        Vec3 target;
        switch (camera.preset()) {
            case "front" -> {
                eye = new Vec3(0, h, runwayEnd + d);
                target = new Vec3(0, aimHeight, runwayEnd);
            }
            case "orbit" -> {
                double period = Math.max(duration, MIN_ORBIT_SECONDS);
                double a = 2 * StrictMath.PI * seconds / period;
                eye = new Vec3(modelX + d * StrictMath.sin(a), h, modelZ + d * StrictMath.cos(a));
                target = new Vec3(modelX, aimHeight, modelZ);
            }
            case "dolly" -> {
                double u = duration > 0 ? Math.clamp(seconds / duration, 0, 1) : 1;
                double eased = u * u * (3 - 2 * u);
                double dd = d * (DOLLY_START - (DOLLY_START - 1) * eased);
                eye = new Vec3(0, h, modelZ + dd);
                target = new Vec3(0, aimHeight, modelZ);
            }
            case "tracking" -> {
                eye = new Vec3(0, h, modelZ + d);
                target = new Vec3(0, aimHeight, modelZ);
            }
            default -> throw new IllegalArgumentException("camera preset '" + camera.preset()
                    + "' is not allowed; allowed: front, tracking, orbit, dolly");
        }
        double far = Math.max(60, 4 * d + 2 * Math.abs(runwayEnd) + 20);
        return new Camera(eye, target, new Vec3(0, 1, 0), camera.fov(), 0.05, far);
    }
}
