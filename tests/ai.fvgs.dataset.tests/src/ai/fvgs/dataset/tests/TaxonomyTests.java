package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.AuditRecord;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.InstalledTaxonomy;
import ai.fvgs.dataset.KeypointLayout;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Visibility;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ShapeTrack.Keyframe;
import ai.fvgs.dataset.TaxonomyStore;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.CategoryKind;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import ai.fvgs.sdk.taxonomy.LabelGroup;
import ai.fvgs.sdk.taxonomy.LabelValue;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyAttribute;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;
import ai.fvgs.sdk.taxonomy.TaxonomyProvider;

/** Taxonomies on every database: built-ins, immutable versions, imports, vendor providers and label checks. */
abstract class TaxonomyTests extends DatabaseSuite {

    static final List<String> FASHIONPEDIA_CATEGORIES = List.of("shirt, blouse", "top, t-shirt, sweatshirt", "sweater", "cardigan", "jacket",
            "vest", "pants", "shorts", "skirt", "coat", "dress", "jumpsuit", "cape", "glasses", "hat", "headband, head covering, hair accessory",
            "tie", "glove", "watch", "belt", "leg warmer", "tights, stockings", "sock", "shoe", "bag, wallet", "scarf", "umbrella");
    static final List<String> FASHIONPEDIA_PARTS = List.of("hood", "collar", "lapel", "epaulette", "sleeve", "pocket", "neckline", "buckle",
            "zipper", "applique", "bead", "bow", "flower", "fringe", "ribbon", "rivet", "ruffle", "sequin", "tassel");

    @Test
    void builtInsAreInstalledWithTheirCategoriesGroupsAndSkeletons() throws Exception {
        try (DatasetStore store = open()) {
            List<InstalledTaxonomy> all = store.taxonomies().list();
            assertEquals(List.of("deepfashion2@1", "fashionpedia@1", "fvgs-model@1", "fvgs-video@1"), all.stream().map(i -> i.taxonomy().key()).toList());
            assertTrue(all.stream().allMatch(i -> i.origin().equals("built-in") && i.installedBy().equals(TaxonomyStore.SYSTEM_ACTOR)
                    && i.sha256().equals(TaxonomyStore.sha256(i.taxonomy()))));

            Taxonomy fp = store.taxonomies().get("fashionpedia", "1").orElseThrow();
            assertEquals(27, fp.count(CategoryKind.CATEGORY));
            assertEquals(19, fp.count(CategoryKind.PART));
            List<TaxonomyCategory> cats = fp.categories();
            for (int i = 0; i < 27; i++) {
                assertEquals(new TaxonomyCategory(i, FASHIONPEDIA_CATEGORIES.get(i), cats.get(i).supercategory(), CategoryKind.CATEGORY), cats.get(i));
            }
            for (int i = 0; i < 19; i++) {
                assertEquals(new TaxonomyCategory(27 + i, FASHIONPEDIA_PARTS.get(i), cats.get(27 + i).supercategory(), CategoryKind.PART),
                        cats.get(27 + i));
            }
            assertEquals("wholebody", fp.category("dress").orElseThrow().supercategory());
            assertEquals("CC-BY-4.0", fp.licence());
            assertEquals(0, fp.attributes().count(), "Fashionpedia's attributes come only from the user's own file");

            Taxonomy df2 = store.taxonomies().latest("deepfashion2").orElseThrow();
            assertEquals(List.of("short sleeve top", "long sleeve top", "short sleeve outwear", "long sleeve outwear", "vest", "sling", "shorts",
                    "trousers", "skirt", "short sleeve dress", "long sleeve dress", "vest dress", "sling dress"),
                    df2.categories().stream().map(TaxonomyCategory::name).toList());
            assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(), df2.categories().stream().map(TaxonomyCategory::id).toList());
            assertEquals(List.of(25, 33, 31, 39, 15, 15, 10, 14, 8, 29, 37, 19, 19), df2.skeletons().stream().map(s -> s.points().size()).toList());
            List<String> numbering = df2.skeletons().stream().flatMap(s -> s.points().stream()).toList();
            assertEquals(IntStream.rangeClosed(1, 294).mapToObj(String::valueOf).toList(), numbering, "294 landmarks numbered continuously");
            for (int i = 0; i < 13; i++) {
                assertEquals(List.of(df2.categories().get(i).name()), df2.skeletons().get(i).categories());
            }
            assertEquals(List.of("style", "scale", "occlusion", "zoom-in", "viewpoint"), df2.labelGroups().stream().map(LabelGroup::name).toList());
            assertEquals(List.of("small", "modest", "large"), values(df2, "scale"));
            assertEquals(List.of("slight", "medium", "heavy"), values(df2, "occlusion"));
            assertEquals(List.of("no", "medium", "large"), values(df2, "zoom-in"));
            assertEquals(List.of("no-wear", "frontal", "side-or-back"), values(df2, "viewpoint"));

            Taxonomy model = store.taxonomies().latest("fvgs-model").orElseThrow();
            LabelGroup mst = model.labelGroup("skin-tone").orElseThrow();
            assertEquals(IntStream.rangeClosed(1, 10).mapToObj(i -> "mst-" + i).toList(), values(model, "skin-tone"));
            assertEquals("#f6ede4", mst.values().get(0).colour());
            assertEquals("#292420", mst.values().get(9).colour());
            assertEquals(List.of("hourglass", "pear", "rectangle", "apple", "inverted-triangle"), values(model, "body-shape"));
            assertEquals(List.of("XXS", "XS", "S", "M", "L", "XL", "2XL", "3XL", "4XL", "5XL"), values(model, "size-class"));
            assertTrue(model.labelGroup("pose").isPresent() && model.labelGroup("shot-type").isPresent());
            KeypointSkeleton coco = model.skeleton("coco-17").orElseThrow();
            assertEquals(KeypointLayout.COCO_17.points(), coco.points());
            assertEquals(19, coco.edges().size());
            assertEquals(KeypointLayout.GARMENT_8.points(), model.skeleton("garment-8").orElseThrow().points());

            Taxonomy video = store.taxonomies().latest("fvgs-video").orElseThrow();
            assertEquals(List.of("camera-motion", "shot-scale", "scene", "action", "lighting"),
                    video.labelGroups().stream().map(LabelGroup::name).toList());
            assertTrue(values(video, "action").containsAll(List.of("walk", "turn", "pose")));
        }
        try (DatasetStore again = open()) {
            assertEquals(4, again.taxonomies().list().size(), "opening again installs nothing new");
            List<AuditRecord> history = again.taxonomies().history("fashionpedia", "1");
            assertEquals(1, history.size());
            assertEquals("install", history.get(0).action());
            assertTrue(history.get(0).after().contains("\"sha256\":\"" + again.taxonomies().installed("fashionpedia", "1").orElseThrow().sha256()),
                    history.get(0).after());
        }
    }

    @Test
    void anInstalledVersionNeverChanges() throws Exception {
        try (DatasetStore store = open()) {
            Taxonomy v1 = trims("1", "button");
            assertTrue(store.taxonomies().install(v1, "ada"));
            assertFalse(store.taxonomies().install(trims("1", "button"), "bea"), "the same content again is a no-op");
            DatasetException changed = assertThrows(DatasetException.class, () -> store.taxonomies().install(trims("1", "toggle"), "bea"));
            assertTrue(changed.getMessage().contains("taxonomy example.trims version 1 is already installed")
                    && changed.getMessage().contains("different content") && changed.getMessage().contains("new version"), changed.getMessage());
            assertEquals(v1, store.taxonomies().get("example.trims", "1").orElseThrow());
            assertEquals(1, store.taxonomies().history("example.trims", "1").size());
            assertEquals("ada", store.taxonomies().history("example.trims", "1").get(0).actor());

            assertTrue(store.taxonomies().install(trims("2", "toggle"), "bea"));
            assertEquals("2", store.taxonomies().latest("example.trims").orElseThrow().version());
            assertEquals(v1, store.taxonomies().get("example.trims", "1").orElseThrow(), "the old version stays");
            assertTrue(store.taxonomies().get("example.trims", "3").isEmpty());

            Path file = work.resolve("trims.json");
            TaxonomyStore.writeFile(trims("3", "snap"), file);
            assertEquals(trims("3", "snap"), TaxonomyStore.readFile(file), "a written file reads back the same");
            assertEquals(trims("3", "snap"), store.taxonomies().importFile(file, "ada"));
            assertEquals("file:trims.json", store.taxonomies().installed("example.trims", "3").orElseThrow().origin());
        }
    }

    @Test
    void fashionpediaAttributesAreImportedInTheirGroupsFromTheUsersFile() throws Exception {
        Path file = fashionpediaFile(work.resolve("instances_attributes_test.json"), FASHIONPEDIA_CATEGORIES.get(3), """
                [{"id": 3, "name": "alpha shape", "supercategory": "group one", "level": 1},
                 {"id": 7, "name": "beta shape", "supercategory": "group one", "level": 1},
                 {"id": 1, "name": "gamma (long)", "supercategory": "group two", "level": 2},
                 {"id": 12, "name": "delta", "supercategory": "group three", "level": 1},
                 {"id": 9, "name": "epsilon", "supercategory": "group two", "level": 2}]""");
        try (DatasetStore store = open()) {
            Taxonomy t = store.taxonomies().importFashionpedia(file, "ada");
            assertTrue(t.version().matches("1\\+attributes\\.[0-9a-f]{8}"), t.version());
            assertEquals("fashionpedia", t.name());
            assertEquals(46, t.categories().size());
            assertEquals(List.of("group one", "group two", "group three"), t.attributeGroups().stream().map(AttributeGroup::name).toList());
            assertEquals(List.of(new TaxonomyAttribute(1, "gamma (long)", List.of()), new TaxonomyAttribute(9, "epsilon", List.of())),
                    t.attributeGroup("group two").orElseThrow().attributes());
            assertEquals(5, t.attributes().count());
            assertEquals(t, store.taxonomies().latest("fashionpedia").orElseThrow(), "the import is the newest version");
            assertEquals(0, store.taxonomies().get("fashionpedia", "1").orElseThrow().attributes().count(), "the built-in version is unchanged");

            assertEquals(t, store.taxonomies().importFashionpedia(file, "bea"), "the same file gives the same version");
            assertEquals(5, store.taxonomies().list().size());
            assertEquals(1, store.taxonomies().history("fashionpedia", t.version()).size());

            DatasetEntry entry = imageEntry(store);
            store.annotations().save(entry.id(), entry.version(), "ada", List.of(
                    new Annotation.Attribute(new Label("fashionpedia", t.version(), "group two"), "epsilon"),
                    new Annotation.Tag(new Label("fashionpedia", t.version(), "alpha shape")),
                    new Annotation.Region(0, new Label("fashionpedia", t.version(), "sleeve"), new Box(0, 0, 1, 1))), "ada");
            assertEquals(3, store.annotations().read(entry.id()).set("ada").orElseThrow().annotations().size());
        }
    }

    @Test
    void badFilesAreRefusedNamingTheJsonPath() throws Exception {
        Path wrongCategory = fashionpediaFile(work.resolve("a.json"), "knitwear", """
                [{"id": 3, "name": "alpha", "supercategory": "group one", "level": 1},
                 {"id": 3, "name": "beta", "supercategory": "group one", "level": 1},
                 {"id": 4, "name": "gamma", "level": 1}]""");
        Path ours = write("b.json", """
                {"format": "fvgs-taxonomy/1", "name": "example.bad", "version": "1", "label": "Bad", "licence": "CC0-1.0",
                 "categories": [{"id": 1, "name": "a", "kind": "category"}, {"id": 1, "name": "b", "kind": "piece"}],
                 "skeletons": [{"name": "line", "points": ["p", "q"], "edges": [[0, 2]]}],
                 "colour": "red"}""");
        Path future = write("c.json", "{\"format\": \"fvgs-taxonomy/9\"}");
        Path notJson = write("d.json", "{\"format\": ");
        try (DatasetStore store = open()) {
            refused(() -> store.taxonomies().importFashionpedia(wrongCategory, "ada"), "a.json",
                    "$.categories[3].name: \"knitwear\" is not allowed; Fashionpedia's category 3 is \"cardigan\"",
                    "$.attributes[1].id: 3 is already the id of $.attributes[0]", "$.attributes[2].supercategory: missing");
            refused(() -> store.taxonomies().importFile(ours, "ada"), "b.json", "$.categories[1].id: 1 is already the id of $.categories[0]",
                    "$.categories[1].kind: category kind 'piece' is not allowed; allowed: category, part",
                    "$.skeletons[0].edges[0]: [0,2] is out of range; point indexes go from 0 to 1", "$.colour: unknown field");
            refused(() -> store.taxonomies().importFile(future, "ada"), "c.json", "$.format: \"fvgs-taxonomy/9\" is not a format this version reads");
            refused(() -> store.taxonomies().importFile(notJson, "ada"), "d.json", "is not JSON");
            refused(() -> store.taxonomies().importFile(work.resolve("missing.json"), "ada"), "missing.json", "cannot be read");
            assertEquals(4, store.taxonomies().list().size(), "nothing was installed");
        }
    }

    @Test
    void labelsThatNameATaxonomyMustExistInIt() throws Exception {
        try (DatasetStore store = open()) {
            DatasetEntry entry = imageEntry(store);
            Label dres = new Label("fashionpedia", "1", "dres");
            Box box = new Box(0, 0, 1, 1);
            refusedOnSave(store, entry, new Annotation.Region(0, dres, box), "annotation 0 (box) of entry " + entry.id()
                    + ": label 'dres' is not a category or part of taxonomy fashionpedia 1; close categories and parts: dress");
            refusedOnSave(store, entry, Annotation.Mask.rle(0, new Label("fashionpedia", "1", "skin"), "8"), "label 'skin' is not a category");
            refusedOnSave(store, entry, new Annotation.Attribute(new Label("fvgs-model", "1", "skin-tone"), "mst-11"),
                    "value 'mst-11' is not in group skin-tone of taxonomy fvgs-model 1; allowed: mst-1, mst-2");
            refusedOnSave(store, entry, new Annotation.Attribute(new Label("fvgs-model", "1", "skin-colour"), "mst-1"),
                    "attribute 'skin-colour' is not an attribute or label group of taxonomy fvgs-model 1; allowed: skin-tone, body-shape");
            refusedOnSave(store, entry, new Annotation.Tag(new Label("fvgs-video", "1", "moonwalk")),
                    "tag 'moonwalk' is not an attribute, label value or category of taxonomy fvgs-video 1; close names:");
            refusedOnSave(store, entry, new Annotation.Region(0, new Label("fashion", "2026.1", "dress"), box),
                    "names taxonomy fashion version 2026.1, which is not installed; installed taxonomies: deepfashion2 1, fashionpedia 1");
            refusedOnSave(store, entry, new Annotation.Region(0, new Label("fashionpedia", "7", "dress"), box),
                    "installed versions: fashionpedia 1");
            refusedOnSave(store, entry, new Annotation.Tag(new Label("fvgs-video", null, "walk")), "without a version; give the version the label "
                    + "was chosen from, e.g. 1 (the latest installed)");
            List<Keypoint> body = Collections.nCopies(17, new Keypoint(1, 1, Visibility.VISIBLE));
            refusedOnSave(store, entry, new Annotation.Region(0, new Label("fvgs-model", "1", "garment"), new Keypoints("coco-17", body)),
                    "keypoint layout coco-17 of taxonomy fvgs-model 1 is for person, not for 'garment'");
            List<Keypoint> three = Collections.nCopies(3, new Keypoint(1, 1, Visibility.VISIBLE));
            refusedOnSave(store, entry, new Annotation.Region(0, new Label("deepfashion2", "1", "skirt"), new Keypoints("df2-skirt", three)),
                    "keypoint layout df2-skirt of taxonomy deepfashion2 1 has 8 points, but the annotation has 3");
            assertEquals(1, store.entry(entry.id()).orElseThrow().version(), "nothing was saved");

            List<Keypoint> eight = Collections.nCopies(8, new Keypoint(1, 1, Visibility.VISIBLE));
            List<Annotation> good = List.of(new Annotation.Region(0, new Label("deepfashion2", "1", "skirt"), new Keypoints("df2-skirt", eight)),
                    new Annotation.Attribute(new Label("deepfashion2", "1", "occlusion"), "heavy"),
                    new Annotation.Tag(new Label("fvgs-video", "1", "walk")),
                    new Annotation.Region(0, new Label("fvgs-model", "1", "person"), new Keypoints("coco-17", body)),
                    new Annotation.Track(1, new Label("fvgs-model", "1", "person"), new ShapeTrack(List.of(Keyframe.of(0, box)))),
                    new Annotation.Region(0, Label.of("anything free"), box));
            assertEquals(2, store.annotations().save(entry.id(), 1, "ada", good, "ada").entryVersion());
        }
    }

    @Test
    void vendorProvidersAreInstalledWhenAStoreOpensAndTheirConflictsReported() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(TaxonomyTests.class).getBundleContext();
        Taxonomy conflicting = new Taxonomy("fvgs-model", "1", "Not ours", "CC0-1.0", "", "", List.of(), List.of(), List.of(), List.of());
        ServiceRegistration<TaxonomyProvider> good = context.registerService(TaxonomyProvider.class, provider("example.test.trims", trims("1", "button")),
                null);
        ServiceRegistration<TaxonomyProvider> bad = context.registerService(TaxonomyProvider.class, provider("example.test.rogue", conflicting), null);
        try (DatasetStore store = open()) {
            InstalledTaxonomy trims = store.taxonomies().installed("example.trims", "1").orElseThrow();
            assertEquals("vendor:example.test.trims", trims.origin());
            assertEquals(trims("1", "button"), trims.taxonomy());
            assertEquals(1, store.taxonomies().vendorProblems().size(), store.taxonomies().vendorProblems().toString());
            String problem = store.taxonomies().vendorProblems().get(0);
            assertTrue(problem.contains("taxonomy provider example.test.rogue") && problem.contains("fvgs-model version 1 is already installed"),
                    problem);
            assertEquals("AI-FVGS fashion model", store.taxonomies().get("fvgs-model", "1").orElseThrow().label(), "the built-in stays");
        } finally {
            good.unregister();
            bad.unregister();
        }
    }

    // ---------------------------------------------------------------- helpers

    static List<String> values(Taxonomy t, String group) {
        return t.labelGroup(group).orElseThrow().values().stream().map(LabelValue::name).toList();
    }

    static Taxonomy trims(String version, String part) {
        return new Taxonomy("example.trims", version, "Trims", "CC0-1.0", "https://example.com/trims", "Example Test",
                List.of(new TaxonomyCategory(1, part, "closures", CategoryKind.PART), new TaxonomyCategory(2, "shirt", "", CategoryKind.CATEGORY)),
                List.of(new AttributeGroup("finish", List.of(new TaxonomyAttribute(1, "matte", List.of(part)), new TaxonomyAttribute(2, "gloss", null)))),
                List.of(new LabelGroup("tone", "", List.of(new LabelValue("warm", "Warm", "#aa5500")))),
                List.of(new KeypointSkeleton("trim-2", List.of("top", "bottom"), List.of(new ai.fvgs.sdk.taxonomy.SkeletonEdge(0, 1)), List.of(part))));
    }

    private static TaxonomyProvider provider(String id, Taxonomy taxonomy) {
        return new TaxonomyProvider() {
            @Override
            public ExtensionInfo info() {
                return ExtensionInfo.builder(id).label(id).vendor("Example Test").build();
            }

            @Override
            public List<Taxonomy> taxonomies() {
                return List.of(taxonomy);
            }
        };
    }

    /**
     * Writes a small annotation file in Fashionpedia's format (COCO JSON with categories and attributes),
     * made up for the test: Fashionpedia's 46 category names (category 3 replaced by {@code category3}),
     * invented attributes, one image and one annotation.
     */
    static Path fashionpediaFile(Path file, String category3, String attributes) throws Exception {
        List<String> names = new ArrayList<>(FASHIONPEDIA_CATEGORIES);
        names.addAll(FASHIONPEDIA_PARTS);
        names.set(3, category3);
        StringBuilder categories = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            categories.append(i == 0 ? "" : ",\n").append("{\"id\": ").append(i).append(", \"name\": \"").append(names.get(i))
                    .append("\", \"supercategory\": \"x\", \"level\": 2}");
        }
        Files.writeString(file, "{\"info\": {\"description\": \"test\"}, \"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}],\n"
                + "\"annotations\": [{\"id\": 1, \"image_id\": 1, \"category_id\": 10, \"attribute_ids\": [3, 9]}],\n"
                + "\"categories\": [" + categories + "],\n\"attributes\": " + attributes + ", \"licenses\": []}", StandardCharsets.UTF_8);
        return file;
    }

    private Path write(String name, String content) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private DatasetEntry imageEntry(DatasetStore store) throws Exception {
        store.addUser("ada", Role.LABELLER, "admin");
        String image = store.media().put(write("look.png", "png bytes"));
        String video = store.media().put(write("walk.mp4", "mp4 bytes"));
        return store.create(new NewEntry(null, List.of(MediaItem.image(image, 9, "image/png", 4, 2, "look.png"),
                MediaItem.video(video, 9, "video/mp4", 1280, 720, 2.0, 25, "h264", "walk.mp4")), List.of(), Provenance.UNKNOWN), "admin");
    }

    private static void refused(Executable action, String... parts) {
        DatasetException e = assertThrows(DatasetException.class, action);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' in: " + e.getMessage());
        }
    }

    private static void refusedOnSave(DatasetStore store, DatasetEntry entry, Annotation annotation, String part) {
        refused(() -> store.annotations().save(entry.id(), 1, "ada", List.of(annotation), "ada"), part);
    }
}
