package ai.fvgs.motion;

import ai.fvgs.avatar.Skeleton;
import ai.fvgs.motion.internal.FootPlan;
import ai.fvgs.motion.internal.LegSolver;
import ai.fvgs.motion.internal.Route;

/**
 * A procedural catwalk: walk down the runway (towards +Z, the camera), hold a pose, turn on the spot and
 * walk back. Feet are planted: a foot on the floor does not move until it is lifted, because the legs are
 * posed by two-bone inverse kinematics onto planned footsteps. Deterministic for given settings.
 */
public final class CatwalkMotion implements MotionClip {

    private static final double SWING = 0.78;
    private static final double TURN_STEP = 0.5;

    private final Skeleton skeleton;
    private final CatwalkSettings settings;
    private final FootPlan feet = new FootPlan(0.07);
    private final Route route = new Route();
    private final LegSolver legs;

    /**
     * @param skeleton the avatar's skeleton
     * @param settings the walk
     */
    public CatwalkMotion(Skeleton skeleton, CatwalkSettings settings) {
        this.skeleton = skeleton;
        this.settings = settings;
        this.legs = new LegSolver(skeleton);
        plan();
    }

    @Override
    public double duration() {
        return route.end() + 0.4;
    }

    /** @return the footstep plan, for tests and previews */
    public FootPlan footPlan() {
        return feet;
    }

    private void plan() {
        double half = settings.footSpacing();
        double z0 = -settings.runwayLength() / 2;
        feet.start(0, half, z0, 0);
        feet.start(1, -half, z0, 0);
        double t = 0.3;
        t = walk(t, 0, settings.runwayLength(), half);
        double[] mid = midpoint();
        route.add(new Route.Phase("hold", t, t + settings.holdSeconds(), mid[0], mid[1], 0, mid[0], mid[1], 0, 1));
        t += settings.holdSeconds();
        t = turn(t, Math.PI, half);
        walk(t, Math.PI, settings.runwayLength(), half);
    }

    /**
     * Walks {@code distance} along heading {@code yaw} (0 = +Z); returns the end time. The pelvis moves at
     * constant speed and is half a step behind each foot as it lands, as in a real gait; a last step brings
     * the trailing foot beside the other.
     */
    private double walk(double t, double yaw, double distance, double half) {
        int steps = Math.max(2, (int) Math.ceil(distance / settings.step()));
        double step = distance / steps;
        double stepTime = step / settings.speed();
        double[] start = midpoint();
        double fx = StrictMath.sin(yaw);
        double fz = StrictMath.cos(yaw);
        double lx = fz;
        double lz = -fx;
        double tp = t + (SWING - 0.5) * stepTime;
        for (int k = 1; k <= steps + 1; k++) {
            int foot = (k + 1) % 2;
            double along = Math.min(k, steps) * step;
            double side = foot == 0 ? half : -half;
            double land = tp + (k - 0.5) * stepTime;
            feet.step(foot, land - SWING * stepTime, land, start[0] + fx * along + lx * side, start[1] + fz * along + lz * side, yaw);
        }
        double[] stop = midpoint();
        route.add(new Route.Phase("walk", tp, tp + steps * stepTime, start[0], start[1], yaw, stop[0], stop[1], yaw, stepTime));
        return tp + (steps + 0.5) * stepTime + 0.1;
    }

    /** Turns on the spot by {@code angle} in four steps about the midpoint of the feet. */
    private double turn(double t, double angle, double half) {
        double[] pivot = midpoint();
        double yaw0 = feet.last(0).yaw();
        int steps = 4;
        double stand = Math.max(half, 0.06);
        for (int k = 1; k <= steps; k++) {
            double yaw = yaw0 + angle * k / steps;
            int foot = (k + 1) % 2;
            double side = foot == 0 ? stand : -stand;
            double land = t + k * TURN_STEP;
            feet.step(foot, land - 0.8 * TURN_STEP, land, pivot[0] + StrictMath.cos(yaw) * side, pivot[1] - StrictMath.sin(yaw) * side, yaw);
        }
        // a last step brings the foot that moved first round to the final heading too
        double yaw = yaw0 + angle;
        double land = t + (steps + 1) * TURN_STEP;
        feet.step(0, land - 0.8 * TURN_STEP, land, pivot[0] + StrictMath.cos(yaw) * stand, pivot[1] - StrictMath.sin(yaw) * stand, yaw);
        route.add(new Route.Phase("turn", t, land, pivot[0], pivot[1], yaw0, pivot[0], pivot[1], yaw, TURN_STEP));
        return land + 0.2;
    }

    private double[] midpoint() {
        FootPlan.Plant l = feet.last(0);
        FootPlan.Plant r = feet.last(1);
        return new double[] { (l.x() + r.x()) / 2, (l.z() + r.z()) / 2 };
    }

    @Override
    public Pose sample(double seconds) {
        double t = Math.clamp(seconds, 0, duration());
        double[] ground = route.at(t);
        Route.Phase phase = route.phaseAt(t);
        double yaw = ground[2];
        boolean walking = phase.kind().equals("walk") && t > phase.t0() && t < phase.t1();
        double cycle = walking ? Math.PI * (t - phase.t0()) / phase.stepTime() : 0;
        double amount = walking ? Math.min(1, Math.min(t - phase.t0(), phase.t1() - t) / 0.4) : 0;
        double sway = Math.toRadians(settings.hipSway()) * amount * StrictMath.sin(cycle);
        double twist = Math.toRadians(4) * amount * StrictMath.sin(cycle);
        double shift = 0.025 * amount * StrictMath.sin(cycle);
        if (phase.kind().equals("hold")) {
            double u = Math.clamp((t - phase.t0()) / 0.8, 0, 1);
            sway = Math.toRadians(settings.hipSway()) * 0.8 * u * u * (3 - 2 * u);
            shift = 0.03 * u * u * (3 - 2 * u);
        }
        Quat heading = Quat.rotY(yaw);
        Quat pelvis = heading.mul(Quat.rotZ(sway)).mul(Quat.rotY(twist));
        double[] side = heading.rotate(new double[] { 1, 0, 0 });
        double px = ground[0] + side[0] * shift;
        double pz = ground[1] + side[2] * shift;
        Quat[] local = new Quat[Skeleton.NAMES.size()];
        java.util.Arrays.fill(local, Quat.IDENTITY);
        local[0] = pelvis;
        local[Skeleton.index("spine")] = Quat.rotZ(-sway * 0.6).mul(Quat.rotY(-twist * 0.8));
        local[Skeleton.index("chest")] = Quat.rotZ(-sway * 0.3).mul(Quat.rotY(-twist * 0.9));
        local[Skeleton.index("neck")] = Quat.rotZ(-sway * 0.1);
        double swing = Math.toRadians(settings.armSwing()) * amount * StrictMath.sin(cycle);
        local[Skeleton.index("shoulder_l")] = Quat.rotX(swing);
        local[Skeleton.index("shoulder_r")] = Quat.rotX(-swing);
        local[Skeleton.index("elbow_l")] = Quat.rotX(-Math.toRadians(12) - Math.max(0, -swing) * 0.6);
        local[Skeleton.index("elbow_r")] = Quat.rotX(-Math.toRadians(12) - Math.max(0, swing) * 0.6);
        double pelvisY = legs.pelvisHeight(px, pz, pelvis, feet.at(0, t), feet.at(1, t));
        return legs.solve(new double[] { px, pelvisY, pz }, local, feet.at(0, t), feet.at(1, t));
    }
}
