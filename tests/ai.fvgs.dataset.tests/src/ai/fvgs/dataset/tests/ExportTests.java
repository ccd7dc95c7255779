package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.AnnotationSet;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.ExportFormat;
import ai.fvgs.dataset.ExportMedia;
import ai.fvgs.dataset.ExportOptions;
import ai.fvgs.dataset.ExportReport;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.KeypointLayout;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.Snapshot;
import ai.fvgs.dataset.SnapshotOptions;
import ai.fvgs.dataset.SplitRatios;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.dataset.YoloTask;
import ai.fvgs.sdk.Progress;

/** COCO, YOLO and JSONL exports checked field by field, the export folder rules, COCO import and the COCO round trip. */
abstract class ExportTests extends DatabaseSuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    DatasetStore store;
    MediaItem imageA;
    MediaItem imageB;
    MediaItem video;
    DatasetEntry a;
    DatasetEntry b;

    /** @return another fresh database, for the round trip */
    abstract TestDatabase secondDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
        store.addUser("ada", Role.LABELLER, "admin");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Shape.Keypoints person() {
        List<Shape.Keypoint> points = new ArrayList<>();
        points.add(new Shape.Keypoint(3, 2, Shape.Visibility.VISIBLE));
        points.add(new Shape.Keypoint(4, 1.5, Shape.Visibility.OCCLUDED));
        while (points.size() < 17) {
            points.add(Shape.Keypoint.notLabelled());
        }
        return new Shape.Keypoints("coco-17", points);
    }

    /** Entry a: one image with attribute, tag, box, polygon, run-length mask and keypoints; entry b: an image with a box and a video with a track. */
    private Snapshot small(boolean withVideo) throws Exception {
        Path src = work.resolve("src");
        imageA = Fixtures.image(store, src, 1);
        a = Fixtures.accepted(store, List.of(imageA), List.of(new EntryText(TextKind.CAPTION, "en", "A model in a red coat"),
                new EntryText(TextKind.TAGS, "en", "dress, red"), new EntryText(TextKind.DESCRIPTION, "en", "Wool coat")));
        Fixtures.annotate(store, a.id(), "ada", List.of(new Annotation.Attribute(Label.of("colour"), "red"), new Annotation.Tag(Label.of("evening-wear")),
                new Annotation.Region(0, Label.of("dress"), new Shape.Box(1, 1, 4, 3)),
                new Annotation.Region(0, Label.of("dress"), new Shape.Polygon(List.of(new Shape.Point(0, 0), new Shape.Point(4, 0), new Shape.Point(4, 2)))),
                Annotation.Mask.rle(0, Label.of("coat"), "10 3 5 3 27"),
                new Annotation.Region(0, Label.of("person"), person())));
        imageB = Fixtures.image(store, src, 2);
        List<MediaItem> media = new ArrayList<>(List.of(imageB));
        List<Annotation> annotations = new ArrayList<>(List.of(new Annotation.Region(0, Label.of("dress"), new Shape.Box(2, 2, 2, 2))));
        if (!withVideo) {
            java.awt.image.BufferedImage mask = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            mask.getRaster().setSample(6, 4, 0, 255);
            mask.getRaster().setSample(7, 4, 0, 255);
            mask.getRaster().setSample(7, 5, 0, 128);
            Path maskFile = src.resolve("mask.png");
            javax.imageio.ImageIO.write(mask, "png", maskFile.toFile());
            annotations.add(Annotation.Mask.png(0, Label.of("coat"), store.media().put(maskFile)));
        } else {
            video = Fixtures.video(store, src, 3);
            media.add(video);
            annotations.add(new Annotation.Track(1, Label.of("model"), new ShapeTrack(List.of(ShapeTrack.Keyframe.of(0, new Shape.Box(1, 1, 5, 5))))));
        }
        b = Fixtures.accepted(store, media, List.of(new EntryText(TextKind.CAPTION, "en", "Walk")));
        Fixtures.annotate(store, b.id(), "ada", annotations);
        return store.snapshots().create("small", SnapshotOptions.defaults().withSplit(new SplitRatios(100, 0, 0)), "admin");
    }

    private static JsonNode read(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    private static String png(MediaItem m) {
        return m.sha256() + ".png";
    }

    @Test
    void cocoHasImagesAnnotationsCategoriesAndFashionpediaAttributes() throws Exception {
        Snapshot s = small(true);
        Path dir = work.resolve("out/coco");
        ExportReport r = store.exporter().export("small", dir, ExportOptions.of(ExportFormat.COCO));
        assertEquals(sorted("images/" + png(imageA), "images/" + png(imageB), "instances_test.json", "instances_train.json", "instances_val.json"),
                r.files());
        assertEquals(List.of(2, 5, 2), List.of(r.media(), r.annotations(), r.skipped()), "the video and its track are left out");
        assertTrue(Files.isSameFile(dir.resolve("images/" + png(imageA)), store.media().path(imageA.sha256())), "hard-linked by default");

        JsonNode coco = read(dir.resolve("instances_train.json"));
        assertEquals(s.contentHash(), coco.at("/info/version").asText());
        assertEquals("[{\"id\":1,\"name\":\"CC-BY-4.0\",\"url\":\"\"}]", coco.get("licenses").toString());
        assertEquals("[{\"id\":1,\"file_name\":\"" + png(imageA) + "\",\"width\":8,\"height\":6,\"license\":1,\"attribute_ids\":[1,2]},"
                + "{\"id\":2,\"file_name\":\"" + png(imageB) + "\",\"width\":8,\"height\":6,\"license\":1,\"attribute_ids\":[]}]", coco.get("images").toString());
        JsonNode ann = coco.get("annotations");
        assertEquals(5, ann.size());
        assertEquals("{\"id\":1,\"image_id\":1,\"category_id\":2,\"bbox\":[1.0,1.0,4.0,3.0],\"area\":12.0,\"segmentation\":[],\"iscrowd\":0,"
                + "\"attribute_ids\":[1,2]}", ann.get(0).toString());
        assertEquals("{\"id\":2,\"image_id\":1,\"category_id\":2,\"bbox\":[0.0,0.0,4.0,2.0],\"area\":4.0,\"segmentation\":[[0.0,0.0,4.0,0.0,4.0,2.0]],"
                + "\"iscrowd\":0,\"attribute_ids\":[1,2]}", ann.get(1).toString());
        assertEquals("{\"id\":3,\"image_id\":1,\"category_id\":1,\"bbox\":[2.0,1.0,3.0,2.0],\"area\":6.0,"
                + "\"segmentation\":{\"counts\":[13,2,4,2,4,2,21],\"size\":[6,8]},\"iscrowd\":0,\"attribute_ids\":[1,2]}", ann.get(2).toString(),
                "COCO runs are column-major");
        JsonNode kp = ann.get(3);
        assertEquals(List.of(4, 4, 2), List.of(kp.get("id").asInt(), kp.get("category_id").asInt(), kp.get("num_keypoints").asInt()));
        assertEquals(51, kp.get("keypoints").size());
        assertEquals("[3.0,2.0,2,4.0,1.5,1,0.0,0.0,0]", slice(kp.get("keypoints"), 9));
        assertEquals("[3.0,1.5,1.0,0.5]", kp.get("bbox").toString(), "the box around the labelled points");
        assertEquals("{\"id\":5,\"image_id\":2,\"category_id\":2,\"bbox\":[2.0,2.0,2.0,2.0],\"area\":4.0,\"segmentation\":[],\"iscrowd\":0,"
                + "\"attribute_ids\":[]}", ann.get(4).toString());
        JsonNode cats = coco.get("categories");
        assertEquals("[\"coat\",\"dress\",\"model\",\"person\"]", names(cats));
        assertEquals("{\"id\":1,\"name\":\"coat\",\"supercategory\":\"none\"}", cats.get(0).toString());
        assertEquals(KeypointLayout.COCO_17.points().toString(), JSON.convertValue(cats.get(3).get("keypoints"), List.class).toString());
        assertEquals(19, cats.get(3).get("skeleton").size());
        assertEquals("[16,14]", cats.get(3).get("skeleton").get(0).toString());
        assertEquals("[{\"id\":1,\"name\":\"red\",\"supercategory\":\"colour\"},{\"id\":2,\"name\":\"evening-wear\",\"supercategory\":\"tag\"}]",
                coco.get("attributes").toString());

        JsonNode val = read(dir.resolve("instances_val.json"));
        assertEquals(List.of(0, 0, 4, 2), List.of(val.get("images").size(), val.get("annotations").size(), val.get("categories").size(),
                val.get("attributes").size()), "every split file has the same categories and attributes");
        assertEquals(s.contentHash(), store.snapshots().find("small").orElseThrow().contentHash());
    }

    @Test
    void yoloHasNormalisedBoxesOrPolygonsAndDataYaml() throws Exception {
        Snapshot s = small(true);
        Path dir = work.resolve("out/yolo");
        ExportReport r = store.exporter().export("small", dir, ExportOptions.of(ExportFormat.YOLO).withMedia(ExportMedia.COPY));
        String labelsA = "labels/train/" + imageA.sha256() + ".txt";
        assertEquals(sorted("data.yaml", "images/train/" + png(imageA), "images/train/" + png(imageB), labelsA,
                "labels/train/" + imageB.sha256() + ".txt"), r.files());
        assertEquals(List.of(2, 4, 3), List.of(r.media(), r.annotations(), r.skipped()), "keypoints, the video and its track are left out");
        assertEquals(-1, Files.mismatch(dir.resolve("images/train/" + png(imageA)), store.media().path(imageA.sha256())));
        assertFalse(Files.isSameFile(dir.resolve("images/train/" + png(imageA)), store.media().path(imageA.sha256())), "copied");
        assertTrue(Files.isDirectory(dir.resolve("images/val")) && Files.isDirectory(dir.resolve("labels/test")));
        assertEquals("1 0.375000 0.416667 0.500000 0.500000\n1 0.250000 0.166667 0.500000 0.333333\n0 0.437500 0.333333 0.375000 0.333333\n",
                Files.readString(dir.resolve(labelsA)));
        assertEquals("1 0.375000 0.500000 0.250000 0.333333\n", Files.readString(dir.resolve("labels/train/" + imageB.sha256() + ".txt")));
        assertEquals("# AI-FVGS snapshot small (content hash " + s.contentHash() + "), YOLO detect labels\npath: \"" + dir.toAbsolutePath()
                + "\"\ntrain: images/train\nval: images/val\ntest: images/test\nnc: 4\nnames:\n  0: \"coat\"\n  1: \"dress\"\n  2: \"model\"\n  3: \"person\"\n",
                Files.readString(dir.resolve("data.yaml")));

        Path seg = work.resolve("out/yolo-seg");
        ExportReport rs = store.exporter().export("small", seg, ExportOptions.of(ExportFormat.YOLO).withYoloTask(YoloTask.SEGMENT).withMedia(ExportMedia.NONE));
        assertEquals(sorted("data.yaml", labelsA, "labels/train/" + imageB.sha256() + ".txt"), rs.files(), "no media files");
        assertEquals("1 0.125000 0.166667 0.625000 0.166667 0.625000 0.666667 0.125000 0.666667\n1 0.000000 0.000000 0.500000 0.000000 0.500000 0.333333\n",
                Files.readString(seg.resolve(labelsA)), "a box as four corners, the polygon, no mask");
    }

    @Test
    void jsonlHasOneLinePerImageOrVideoWithCaptionsTagsAndAttributes() throws Exception {
        small(true);
        Path dir = work.resolve("out/jsonl");
        ExportReport r = store.exporter().export("small", dir, ExportOptions.of(ExportFormat.JSONL));
        assertEquals(sorted("media/" + png(imageA), "media/" + png(imageB), "media/" + video.sha256() + ".mp4", "test.jsonl", "train.jsonl", "val.jsonl"),
                r.files());
        List<String> lines = Files.readAllLines(dir.resolve("train.jsonl"));
        assertEquals(3, lines.size());
        assertEquals("{\"file\":\"media/" + png(imageA) + "\",\"kind\":\"image\",\"sha256\":\"" + imageA.sha256() + "\",\"mime\":\"image/png\",\"width\":8,"
                + "\"height\":6,\"captions\":[{\"language\":\"en\",\"text\":\"A model in a red coat\"}],\"text\":\"A model in a red coat\","
                + "\"descriptions\":[{\"language\":\"en\",\"text\":\"Wool coat\"}],\"tags\":[\"dress\",\"red\",\"evening-wear\"],"
                + "\"attributes\":[{\"name\":\"colour\",\"value\":\"red\"}],\"entry_id\":" + a.id() + ",\"split\":\"train\",\"licence\":\"CC-BY-4.0\"}",
                lines.get(0));
        JsonNode v = JSON.readTree(lines.get(2));
        assertEquals(List.of("media/" + video.sha256() + ".mp4", "video", "video/mp4", "2.0", "25.0", "Walk", String.valueOf(b.id())),
                List.of(v.get("file").asText(), v.get("kind").asText(), v.get("mime").asText(), v.get("duration").asText(), v.get("fps").asText(),
                        v.get("text").asText(), v.get("entry_id").asText()));
        assertEquals("", Files.readString(dir.resolve("val.jsonl")));
    }

    @Test
    void anExportRefusesAFolderThatIsNotEmptyAndLeavesNothingWhenItFails() throws Exception {
        small(false);
        Path full = work.resolve("out/full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("keep.txt"), "mine");
        DatasetException refused = assertThrows(DatasetException.class, () -> store.exporter().export("small", full, ExportOptions.of(ExportFormat.COCO)));
        assertTrue(refused.getMessage().contains(full + " already exists and is not empty"), refused.getMessage());
        assertEquals(List.of("keep.txt"), list(full));

        Path empty = work.resolve("out/empty");
        Files.createDirectories(empty);
        store.exporter().export("small", empty, ExportOptions.of(ExportFormat.JSONL));
        assertTrue(Files.isRegularFile(empty.resolve("train.jsonl")), "an empty folder may be used");

        Path failed = work.resolve("out/failed");
        Files.delete(store.media().path(imageB.sha256()));
        DatasetException missing = assertThrows(DatasetException.class,
                () -> store.exporter().export("small", failed, ExportOptions.of(ExportFormat.COCO).withMedia(ExportMedia.COPY)));
        assertTrue(missing.getMessage().contains("media " + imageB.sha256() + " of entry " + b.id() + " is missing from the media store"), missing.getMessage());
        assertFalse(Files.exists(failed), "no half-written export");
        assertEquals(List.of("empty", "full"), list(work.resolve("out")), "no staging folder is left behind");
        DatasetException unknown = assertThrows(DatasetException.class, () -> store.exporter().export("nope", failed, ExportOptions.of(ExportFormat.YOLO)));
        assertTrue(unknown.getMessage().contains("snapshot 'nope' does not exist"), unknown.getMessage());
        assertEquals(List.of("empty", "full"), list(work.resolve("out")));
    }

    @Test
    void cocoImportReportsEveryBadItemWithItsPathAndImportsTheRest() throws Exception {
        Path in = work.resolve("coco");
        Fixtures.png(in.resolve("images/a.png"), 11);
        Fixtures.png(in.resolve("images/b.png"), 12);
        Fixtures.png(in.resolve("images/c.png"), 13);
        String keypoints = JSON.writeValueAsString(KeypointLayout.COCO_17.points());
        StringBuilder person = new StringBuilder("[3,2,2,4,1.5,1");
        for (int i = 2; i < 17; i++) {
            person.append(",0,0,0");
        }
        person.append(']');
        Path file = in.resolve("instances.json");
        Files.writeString(file, """
                {"licenses": [{"id": 3, "name": "CC0-1.0", "url": ""}],
                 "images": [
                  {"id": 1, "file_name": "a.png", "width": 8, "height": 6, "license": 3},
                  {"id": 2, "file_name": "missing.png", "width": 8, "height": 6},
                  {"id": 3, "width": 8, "height": 6},
                  {"id": 4, "file_name": "b.png", "width": 10, "height": 10},
                  {"id": 5, "file_name": "c.png", "width": 8, "height": 6}],
                 "annotations": [
                  {"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 4, 3]},
                  {"id": 2, "image_id": 1, "category_id": 1, "bbox": [1, 2, -3, 4]},
                  {"id": 3, "image_id": 99, "category_id": 1, "bbox": [1, 1, 1, 1]},
                  {"id": 4, "image_id": 1, "category_id": 42, "bbox": [1, 1, 1, 1]},
                  {"id": 5, "image_id": 5, "category_id": 1, "segmentation": [[0, 0, 4, 0, 4, 2]], "attribute_ids": [1, 7]},
                  {"id": 6, "image_id": 1, "category_id": 1, "segmentation": {"counts": [48], "size": [5, 8]}},
                  {"id": 7, "image_id": 1, "category_id": 3, "keypoints": PERSON, "num_keypoints": 2},
                  {"id": 8, "image_id": 5, "category_id": 1, "segmentation": {"counts": "0<T1", "size": [6, 8]}}],
                 "categories": [{"id": 1, "name": "dress", "supercategory": "garment"},
                                {"id": 3, "name": "person", "supercategory": "person", "keypoints": KEYPOINTS},
                                {"id": 4, "supercategory": "nameless"}],
                 "attributes": [{"id": 1, "name": "red", "supercategory": "colour"}]}
                """.replace("PERSON", person).replace("KEYPOINTS", keypoints));
        ImportOptions options = ImportOptions.defaults("importer");
        ImportReport r = store.importer().runCoco(file, in.resolve("images"), "ada", options, Progress.NONE);
        assertEquals(2, r.entriesCreated(), r.problems().toString());
        List<String> where = r.errors().stream().map(p -> p.file().substring(p.file().indexOf(":$") + 1)).sorted().toList();
        assertEquals(List.of("$.annotations[1].bbox", "$.annotations[2].image_id", "$.annotations[3].category_id", "$.annotations[4].attribute_ids[1]",
                "$.annotations[5].segmentation.size", "$.categories[2].name", "$.images[1]", "$.images[2].file_name", "$.images[3]"),
                where, r.errors().toString());
        assertTrue(r.errors().stream().allMatch(p -> p.file().startsWith(file.toString() + ":$.")), "every problem names the file");
        assertError(r, "$.annotations[1].bbox", "[1,2,-3,4] is not allowed");
        assertError(r, "$.images[1]", "missing.png not found");
        assertError(r, "$.images[3]", "10 x 10 do not match the image file");
        assertError(r, "$.annotations[2].image_id", "image id 99 is not an image");

        List<DatasetEntry> entries = store.search().search(SearchQuery.all()).entries();
        assertEquals(2, entries.size());
        DatasetEntry first = entries.get(0);
        assertEquals(List.of("CC0-1.0", EntryStatus.NEW), List.of(first.provenance().licence(), first.status()));
        AnnotationSet set = store.annotations().read(first.id()).set("ada").orElseThrow();
        assertEquals(List.of(new Annotation.Region(0, Label.of("dress"), new Shape.Box(1, 1, 4, 3)), new Annotation.Region(0, Label.of("person"), person())),
                set.annotations());
        AnnotationSet second = store.annotations().read(entries.get(1).id()).set("ada").orElseThrow();
        assertEquals(List.of(new Annotation.Attribute(Label.of("colour"), "red"),
                new Annotation.Region(0, Label.of("dress"), new Shape.Polygon(List.of(new Shape.Point(0, 0), new Shape.Point(4, 0), new Shape.Point(4, 2)))),
                Annotation.Mask.rle(0, Label.of("dress"), "0 2 6 2 6 2 6 2 6 2 6 2 6")), second.annotations(),
                "compressed RLE '0<T1' is 0, 12, 36: the first two columns are the object");

        ImportReport again = store.importer().runCoco(file, in.resolve("images"), "ada", options, Progress.NONE);
        assertEquals(List.of(0, 2, r.errors().size()), List.of(again.entriesCreated(), again.alreadyImported(), again.errors().size()),
                "a re-run creates no duplicates");
        DatasetException labeller = assertThrows(DatasetException.class, () -> store.importer().runCoco(file, in.resolve("images"), "ghost", options,
                Progress.NONE));
        assertTrue(labeller.getMessage().contains("labeller 'ghost' is not a user"), labeller.getMessage());
        Files.writeString(in.resolve("broken.json"), "{\"images\": [");
        DatasetException broken = assertThrows(DatasetException.class, () -> store.importer().runCoco(in.resolve("broken.json"), in.resolve("images"), "ada",
                options, Progress.NONE));
        assertTrue(broken.getMessage().contains("is not JSON"), broken.getMessage());
    }

    @Test
    void cocoRoundTripKeepsTheAnnotations() throws Exception {
        small(false);
        Path first = work.resolve("out/first");
        store.exporter().export("small", first, ExportOptions.of(ExportFormat.COCO).withMedia(ExportMedia.COPY));
        Path second = work.resolve("out/second");
        try (TestDatabase other = secondDatabase(); DatasetStore fresh = DatasetStore.open(other.url(), work.resolve("media-2"))) {
            fresh.addUser("coco", Role.LABELLER, "admin");
            ImportReport r = fresh.importer().runCoco(first.resolve("instances_train.json"), first.resolve("images"), "coco", ImportOptions.defaults("importer"),
                    Progress.NONE);
            assertEquals(List.of(2, 0), List.of(r.entriesCreated(), r.problems().size()), r.problems().toString());
            fresh.snapshots().create("again", SnapshotOptions.defaults().withFilter(SearchQuery.all()).withSplit(new SplitRatios(100, 0, 0)), "admin");
            fresh.exporter().export("again", second, ExportOptions.of(ExportFormat.COCO).withMedia(ExportMedia.COPY));
        }
        JsonNode one = read(first.resolve("instances_train.json"));
        JsonNode two = read(second.resolve("instances_train.json"));
        for (String part : List.of("licenses", "images", "annotations", "categories", "attributes")) {
            assertEquals(one.get(part), two.get(part), part);
        }
        assertEquals(6, one.get("annotations").size(), "a's box, polygon, mask and keypoints, b's box and PNG mask");
        assertEquals("{\"counts\":[40,1,5,2],\"size\":[6,8]}", one.at("/annotations/5/segmentation").toString(),
                "the PNG mask's three pixels, column-major; it comes back as run lengths with the same pixels");
    }

    private static String slice(JsonNode array, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(array.get(i).toString());
        }
        return b.append(']').toString();
    }

    private static String names(JsonNode categories) {
        List<String> out = new ArrayList<>();
        categories.forEach(c -> out.add("\"" + c.get("name").asText() + "\""));
        return "[" + String.join(",", out) + "]";
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertError(ImportReport r, String path, String reason) {
        assertTrue(r.errors().stream().anyMatch(p -> p.file().endsWith(":" + path) && p.reason().contains(reason)),
                "expected " + path + ": " + reason + " in " + r.errors());
    }

    private static List<String> sorted(String... files) {
        return Stream.of(files).sorted().toList();
    }
}
