package ai.fvgs.avatar;

/**
 * A joint of the skeleton in the bind (rest) pose.
 *
 * @param name   e.g. {@code elbow_l}
 * @param parent index of the parent joint, -1 for the root
 * @param x      position in metres, model space
 * @param y      position
 * @param z      position
 */
public record Joint(String name, int parent, double x, double y, double z) {
}
