package ai.fvgs.dataset;

import java.util.List;
import java.util.Optional;

/**
 * A named list of keypoints: which point of a body or garment each index of a {@link Shape.Keypoints} is.
 * Two layouts are built in; keypoints with another layout name are stored as given, without a check of
 * their number.
 *
 * @param name   the layout's name, as stored with the keypoints
 * @param points the point names, in index order
 */
public record KeypointLayout(String name, List<String> points) {

    /** The 17 body keypoints of the COCO keypoint task, in COCO's order. */
    public static final KeypointLayout COCO_17 = new KeypointLayout("coco-17", List.of("nose", "left_eye", "right_eye", "left_ear",
            "right_ear", "left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_wrist", "right_wrist", "left_hip",
            "right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle"));

    /** Eight garment landmarks (collar, sleeve ends, waistline and hem, each left and right). */
    public static final KeypointLayout GARMENT_8 = new KeypointLayout("garment-8", List.of("left_collar", "right_collar",
            "left_sleeve", "right_sleeve", "left_waistline", "right_waistline", "left_hem", "right_hem"));

    /** Allowed layout names. */
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    /** Copies the point list. */
    public KeypointLayout {
        checkName(name);
        points = List.copyOf(points);
    }

    /**
     * @param name a layout name
     * @return the built-in layout of that name, or empty
     */
    public static Optional<KeypointLayout> builtIn(String name) {
        return COCO_17.name.equals(name) ? Optional.of(COCO_17) : GARMENT_8.name.equals(name) ? Optional.of(GARMENT_8) : Optional.empty();
    }

    static String checkName(String name) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("keypoint layout '" + name + "' is not allowed; use lower-case letters, digits, '.', '_' and '-', "
                    + "at most 64 characters, such as " + "coco-17 or garment-8");
        }
        return name;
    }
}
