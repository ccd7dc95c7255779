package ai.fvgs.avatar;

/** Letter size classes from XXS to 5XL; {@link SizeChart} gives their measurements. */
public enum SizeClass {
    XXS("XXS"), XS("XS"), S("S"), M("M"), L("L"), XL("XL"), XXL("2XL"), XXXL("3XL"), XXXXL("4XL"), XXXXXL("5XL");

    private final String label;

    SizeClass(String label) {
        this.label = label;
    }

    /** @return the label users know, e.g. {@code 2XL} */
    public String label() {
        return label;
    }

    /**
     * @param label e.g. {@code M} or {@code 3XL} (also {@code XXL}, {@code XXXL})
     * @return the size class
     * @throws IllegalArgumentException naming the allowed labels
     */
    public static SizeClass ofLabel(String label) {
        for (SizeClass s : values()) {
            if (s.label.equalsIgnoreCase(label) || s.name().equalsIgnoreCase(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown size class '" + label + "'; allowed: XXS, XS, S, M, L, XL, 2XL, 3XL, 4XL, 5XL");
    }
}
