package ai.fvgs.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.CategoryKind;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import ai.fvgs.sdk.taxonomy.LabelGroup;
import ai.fvgs.sdk.taxonomy.LabelValue;
import ai.fvgs.sdk.taxonomy.SkeletonEdge;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyAttribute;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;

class TaxonomyTest {

    private static final TaxonomyCategory DRESS = new TaxonomyCategory(1, "dress", "wholebody", CategoryKind.CATEGORY);
    private static final TaxonomyCategory SLEEVE = new TaxonomyCategory(2, "sleeve", "garment parts", CategoryKind.PART);
    private static final AttributeGroup SILHOUETTE = new AttributeGroup("silhouette",
            List.of(new TaxonomyAttribute(10, "a-line", List.of("dress")), new TaxonomyAttribute(11, "pencil", List.of())));
    private static final LabelGroup TONE = new LabelGroup("skin-tone", "Monk skin tone",
            List.of(new LabelValue("mst-1", "lightest", "#f6ede4"), LabelValue.of("mst-2")));
    private static final KeypointSkeleton LINE = new KeypointSkeleton("line-3", List.of("a", "b", "c"),
            List.of(new SkeletonEdge(0, 1), new SkeletonEdge(1, 2)), List.of("dress"));

    private static Taxonomy taxonomy(List<TaxonomyCategory> categories, List<AttributeGroup> attributes, List<LabelGroup> labels,
            List<KeypointSkeleton> skeletons) {
        return new Taxonomy("example.trims", "1.0", "Trims", "CC-BY-4.0", "https://example.com", "Example Inc.", categories, attributes, labels,
                skeletons);
    }

    @Test
    void aValidTaxonomyAnswersLookUps() {
        Taxonomy t = taxonomy(List.of(DRESS, SLEEVE), List.of(SILHOUETTE), List.of(TONE), List.of(LINE));
        assertEquals("example.trims@1.0", t.key());
        assertEquals(1, t.count(CategoryKind.CATEGORY));
        assertEquals(1, t.count(CategoryKind.PART));
        assertEquals(SLEEVE, t.category("sleeve").orElseThrow());
        assertEquals(2, t.attributes().count());
        assertTrue(t.attributeGroup("silhouette").orElseThrow().attributes().get(0).appliesTo("dress"));
        assertFalse(t.attributeGroup("silhouette").orElseThrow().attributes().get(0).appliesTo("sleeve"));
        assertTrue(t.attributeGroup("silhouette").orElseThrow().attributes().get(1).appliesTo("sleeve"), "no categories: applies to all");
        assertTrue(t.labelGroup("skin-tone").orElseThrow().has("mst-2"));
        assertEquals(3, t.skeleton("line-3").orElseThrow().points().size());
        assertTrue(t.category("skirt").isEmpty());
    }

    @Test
    void listsAreCopied() {
        List<TaxonomyCategory> categories = new ArrayList<>(List.of(DRESS));
        Taxonomy t = taxonomy(categories, null, null, null);
        categories.add(SLEEVE);
        assertEquals(1, t.categories().size());
        assertThrows(UnsupportedOperationException.class, () -> t.categories().add(SLEEVE));
        assertEquals(List.of(), t.skeletons());
    }

    @Test
    void rejectsBadNamesAndVersions() {
        message("taxonomy name 'Fashion Pedia' is not allowed", () -> new Taxonomy("Fashion Pedia", "1", "l", "x", "", "", null, null, null, null));
        message("version 'v 1' is not allowed", () -> new Taxonomy("ok", "v 1", "l", "x", "", "", null, null, null, null));
        message("taxonomy ok 1: licence '' is not allowed", () -> new Taxonomy("ok", "1", "l", "", "", "", null, null, null, null));
        message("category name ' dress' is not allowed", () -> new TaxonomyCategory(0, " dress", "", CategoryKind.CATEGORY));
        message("id -1 is not allowed", () -> new TaxonomyCategory(-1, "dress", "", CategoryKind.CATEGORY));
        message("category kind 'piece' is not allowed; allowed: category, part", () -> CategoryKind.ofId("piece"));
        message("colour '#ABC' of value 'mst-1' is not allowed", () -> new LabelValue("mst-1", "", "#ABC"));
        message("skeleton name 'COCO 17' is not allowed", () -> new KeypointSkeleton("COCO 17", List.of("a"), null, null));
    }

    @Test
    void rejectsDuplicateIdsAndNames() {
        message("category id 1 is used by both 'dress' and 'skirt'",
                () -> taxonomy(List.of(DRESS, new TaxonomyCategory(1, "skirt", "", CategoryKind.CATEGORY)), null, null, null));
        message("category name 'dress' is used twice",
                () -> taxonomy(List.of(DRESS, new TaxonomyCategory(5, "dress", "", CategoryKind.PART)), null, null, null));
        message("attribute id 10 is used by both 'a-line' and 'mini'", () -> taxonomy(List.of(DRESS),
                List.of(SILHOUETTE, new AttributeGroup("length", List.of(new TaxonomyAttribute(10, "mini", null)))), null, null));
        message("attribute group 'length' has the attribute 'mini' twice", () -> taxonomy(List.of(DRESS), List.of(new AttributeGroup("length",
                List.of(new TaxonomyAttribute(1, "mini", null), new TaxonomyAttribute(2, "mini", null)))), null, null));
        message("group name 'silhouette' is used twice", () -> taxonomy(List.of(DRESS), List.of(SILHOUETTE),
                List.of(new LabelGroup("silhouette", "", List.of(LabelValue.of("x")))), null));
        message("label group 'skin-tone' has the value 'mst-1' twice",
                () -> new LabelGroup("skin-tone", "", List.of(LabelValue.of("mst-1"), LabelValue.of("mst-1"))));
        message("skeleton name 'line-3' is used twice", () -> taxonomy(List.of(DRESS), null, null, List.of(LINE, LINE)));
        message("has the point 'a' twice (again at index 1)", () -> new KeypointSkeleton("k", List.of("a", "a"), null, null));
        message("attribute group 'empty' has no attributes", () -> new AttributeGroup("empty", List.of()));
    }

    @Test
    void rejectsEdgesOutOfRangeAndDanglingReferences() {
        message("skeleton 'line-3' edge 1 (1-3) is out of range; point indexes go from 0 to 2",
                () -> new KeypointSkeleton("line-3", List.of("a", "b", "c"), List.of(new SkeletonEdge(0, 1), new SkeletonEdge(1, 3)), null));
        message("edge 2-2 is not allowed", () -> new SkeletonEdge(2, 2));
        message("attribute 'a-line' applies to category 'dress', which the taxonomy does not have",
                () -> taxonomy(List.of(SLEEVE), List.of(SILHOUETTE), null, null));
        message("skeleton 'line-3' belongs to category 'dress', which the taxonomy does not have",
                () -> taxonomy(List.of(SLEEVE), null, null, List.of(LINE)));
        message("has 0 points; 1 to 1,000 are allowed", () -> new KeypointSkeleton("k", List.of(), null, null));
    }

    private static void message(String expected, Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }
}
