package ai.fvgs.sdk.garment;

/**
 * Garment categories, aligned with the Fashionpedia main apparel categories users label datasets with.
 * Each has a default layer: 1 next to the skin, 2 over it, 3 outerwear.
 */
public enum GarmentCategory {
    /** Top, T-shirt, sweatshirt. */
    TOP("top", 1),
    /** Shirt or blouse. */
    SHIRT_BLOUSE("shirt-blouse", 1),
    /** Sweater. */
    SWEATER("sweater", 2),
    /** Cardigan. */
    CARDIGAN("cardigan", 2),
    /** Vest or waistcoat. */
    VEST("vest", 2),
    /** Dress. */
    DRESS("dress", 1),
    /** Jumpsuit. */
    JUMPSUIT("jumpsuit", 1),
    /** Skirt. */
    SKIRT("skirt", 1),
    /** Pants, trousers. */
    PANTS("pants", 1),
    /** Shorts. */
    SHORTS("shorts", 1),
    /** Jacket. */
    JACKET("jacket", 3),
    /** Coat. */
    COAT("coat", 3),
    /** Cape. */
    CAPE("cape", 3);

    private final String id;
    private final int defaultLayer;

    GarmentCategory(String id, int defaultLayer) {
        this.id = id;
        this.defaultLayer = defaultLayer;
    }

    /** @return the lower-case name used in files, e.g. {@code shirt-blouse} */
    public String id() {
        return id;
    }

    /** @return 1 (next to the skin), 2 (over it) or 3 (outerwear) */
    public int defaultLayer() {
        return defaultLayer;
    }
}
