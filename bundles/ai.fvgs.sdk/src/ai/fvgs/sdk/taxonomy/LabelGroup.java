package ai.fvgs.sdk.taxonomy;

import java.util.List;

/**
 * A plain group of values for one question about a whole entry or object, e.g. the Monk skin tone
 * {@code mst-1} to {@code mst-10} or the shot type. An attribute annotation names the group and one value.
 *
 * @param name        the group's name, unique among the taxonomy's attribute and label groups, 1 to 200
 *                    characters
 * @param description what the group records, for people; may be empty
 * @param values      the allowed values, at least one, names unique in the group
 * @since 1.2
 */
public record LabelGroup(String name, String description, List<LabelValue> values) {

    /** Checks the fields and copies the list. */
    public LabelGroup {
        Names.text("label group name", name);
        description = Names.optional("description of label group '" + name + "'", description, 2_000);
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("label group '" + name + "' has no values; give at least one");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LabelValue v : values) {
            if (!seen.add(v.name())) {
                throw new IllegalArgumentException("label group '" + name + "' has the value '" + v.name() + "' twice; value names must be unique in a group");
            }
        }
    }

    /**
     * @param value a value name
     * @return {@code true} if the group has it
     */
    public boolean has(String value) {
        return values.stream().anyMatch(v -> v.name().equals(value));
    }
}
