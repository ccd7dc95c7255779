package ai.fvgs.sdk.taxonomy;

import java.util.Objects;

/**
 * An object class of a taxonomy: a garment, accessory or other object, or a part of one. Regions, masks and
 * tracks of the dataset name one.
 *
 * @param id            stable integer id, 0 or more, unique in the taxonomy; exported as the COCO category id
 * @param name          the name annotations use, e.g. {@code dress}; unique in the taxonomy, 1 to 200 characters
 * @param supercategory the group it belongs to, e.g. {@code wholebody}; may be empty
 * @param kind          a whole object or a part
 * @since 1.2
 */
public record TaxonomyCategory(int id, String name, String supercategory, CategoryKind kind) {

    /** Checks the fields. */
    public TaxonomyCategory {
        Names.text("category name", name);
        if (id < 0) {
            throw new IllegalArgumentException("category '" + name + "': id " + id + " is not allowed; ids are 0 or more");
        }
        supercategory = Names.optional("supercategory of category '" + name + "'", supercategory, 200);
        Objects.requireNonNull(kind, "kind of category '" + name + "'");
    }
}
