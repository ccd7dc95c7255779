package ai.fvgs.sdk.taxonomy;

/**
 * One value of a {@link LabelGroup}, e.g. {@code mst-3} of the Monk skin tone group.
 *
 * @param name   the value annotations use, unique in its group, 1 to 200 characters
 * @param label  a longer text for people; may be empty
 * @param colour a swatch {@code #rrggbb} (lower-case hex), or {@code null} for none
 * @since 1.2
 */
public record LabelValue(String name, String label, String colour) {

    /** Checks the fields. */
    public LabelValue {
        Names.text("label value", name);
        label = Names.optional("label of value '" + name + "'", label, 200);
        if (colour != null && !Names.COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour '" + colour + "' of value '" + name + "' is not allowed; use #rrggbb in lower-case hex, e.g. #a07e56");
        }
    }

    /**
     * @param name the value
     * @return a value without label and colour
     */
    public static LabelValue of(String name) {
        return new LabelValue(name, "", null);
    }
}
