package ai.fvgs.motion.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each foot stands over time: a list of plants (position, heading, when it comes down and when it is
 * lifted) per foot. Between two plants the foot swings along an arc.
 */
public final class FootPlan {

    /** A foot standing still on the floor from {@code down} until {@code up}. */
    public record Plant(double x, double z, double yaw, double down, double up) {
    }

    /** A foot at one instant: ankle-ground position, heading, height of lift, and whether it is planted. */
    public record FootState(double x, double z, double yaw, double lift, boolean planted, double swing) {
    }

    private final List<List<Plant>> plants = List.of(new ArrayList<>(), new ArrayList<>());
    private final double clearance;

    /** @param clearance how high the foot lifts at mid-swing, metres */
    public FootPlan(double clearance) {
        this.clearance = clearance;
    }

    /** Puts a foot (0 left, 1 right) down at the start. */
    public void start(int foot, double x, double z, double yaw) {
        plants.get(foot).add(new Plant(x, z, yaw, 0, Double.POSITIVE_INFINITY));
    }

    /** Lifts the foot at {@code lift} and puts it down at the new place at {@code land}. */
    public void step(int foot, double lift, double land, double x, double z, double yaw) {
        List<Plant> list = plants.get(foot);
        Plant last = list.remove(list.size() - 1);
        list.add(new Plant(last.x(), last.z(), last.yaw(), last.down(), lift));
        list.add(new Plant(x, z, yaw, land, Double.POSITIVE_INFINITY));
    }

    /** @return the current (last) plant of a foot */
    public Plant last(int foot) {
        List<Plant> list = plants.get(foot);
        return list.get(list.size() - 1);
    }

    /** @return the plants of a foot, in time order */
    public List<Plant> plants(int foot) {
        return List.copyOf(plants.get(foot));
    }

    public FootState at(int foot, double t) {
        List<Plant> list = plants.get(foot);
        for (int i = 0; i < list.size(); i++) {
            Plant p = list.get(i);
            if (t <= p.up()) {
                if (t >= p.down() || i == 0) {
                    return new FootState(p.x(), p.z(), p.yaw(), 0, true, 0);
                }
                Plant from = list.get(i - 1);
                double s = (t - from.up()) / (p.down() - from.up());
                double e = s * s * (3 - 2 * s);
                double yaw = from.yaw() + angleDelta(from.yaw(), p.yaw()) * e;
                return new FootState(from.x() + (p.x() - from.x()) * e, from.z() + (p.z() - from.z()) * e, yaw,
                        clearance * StrictMath.sin(Math.PI * s), false, s);
            }
        }
        Plant p = list.get(list.size() - 1);
        return new FootState(p.x(), p.z(), p.yaw(), 0, true, 0);
    }

    static double angleDelta(double a, double b) {
        double d = (b - a) % (2 * Math.PI);
        if (d > Math.PI) {
            d -= 2 * Math.PI;
        } else if (d < -Math.PI) {
            d += 2 * Math.PI;
        }
        return d;
    }
}
