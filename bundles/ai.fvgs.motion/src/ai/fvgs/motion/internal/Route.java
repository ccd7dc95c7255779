package ai.fvgs.motion.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The pelvis's path over the floor: phases of walking (constant speed with eased start and stop), holding
 * and turning, each from a start point and heading to an end point and heading.
 */
public final class Route {

    /** One phase of the route. */
    public record Phase(String kind, double t0, double t1, double x0, double z0, double yaw0, double x1, double z1, double yaw1,
            double stepTime) {
    }

    private final List<Phase> phases = new ArrayList<>();

    public void add(Phase phase) {
        phases.add(phase);
    }

    public double end() {
        return phases.isEmpty() ? 0 : phases.get(phases.size() - 1).t1();
    }

    public Phase phaseAt(double t) {
        for (Phase p : phases) {
            if (t <= p.t1()) {
                return p;
            }
        }
        return phases.get(phases.size() - 1);
    }

    /** @return {x, z, yaw} of the pelvis's ground point at time t */
    public double[] at(double t) {
        Phase p = phaseAt(t);
        double u = p.t1() <= p.t0() ? 1 : Math.clamp((t - p.t0()) / (p.t1() - p.t0()), 0, 1);
        double e = p.kind().equals("walk") ? u : u * u * (3 - 2 * u);
        return new double[] { p.x0() + (p.x1() - p.x0()) * e, p.z0() + (p.z1() - p.z0()) * e,
                p.yaw0() + FootPlan.angleDelta(p.yaw0(), p.yaw1()) * e };
    }
}
