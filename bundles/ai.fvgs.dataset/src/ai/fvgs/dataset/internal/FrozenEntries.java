package ai.fvgs.dataset.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.TextKind;

/**
 * The canonical JSON of an entry frozen in a snapshot, and reading it back. Canonical: members in a fixed
 * order, absent values left out, no white space, numbers in Java's shortest exact form, so the same entry
 * always gives the same bytes (and the same content hash).
 *
 * <pre>
 * {"id":7,
 *  "media":[{"kind":"image","sha256":"..","mime":"image/png","size":1234,"width":64,"height":48,"name":"look.png"}, ...],
 *  "texts":[{"kind":"caption","language":"en","text":"..."}, ...],
 *  "provenance":{"source":"..","licence":"CC-BY-4.0","rightsHolder":"..","consent":"obtained","creator":".."},
 *  "labeller":"ada",
 *  "annotations":[{"kind":"box","media":0,"label":"dress","shape":{"type":"box","x":1.0,...}}, ...]}
 * </pre>
 * Videos add {@code duration}, {@code fps} and {@code codec}. Annotations have the form of the audit log
 * ({@link AnnotationJson#audit}).
 */
public final class FrozenEntries {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An entry read back from its canonical JSON. */
    public record Frozen(long id, List<MediaItem> media, List<EntryText> texts, Provenance provenance, String labeller, List<Annotation> annotations) {
    }

    private FrozenEntries() {
    }

    /**
     * @param id          the entry id
     * @param media       its media
     * @param texts       its texts
     * @param provenance  its provenance (the import batch is left out)
     * @param labeller    whose annotation set is frozen, or {@code null}
     * @param annotations that set's annotations
     * @return the canonical JSON
     */
    public static String write(long id, List<MediaItem> media, List<EntryText> texts, Provenance provenance, String labeller,
            List<Annotation> annotations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        List<Map<String, Object>> items = new ArrayList<>();
        for (MediaItem mi : media) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", mi.kind().label());
            x.put("sha256", mi.sha256());
            x.put("mime", mi.mimeType());
            x.put("size", mi.sizeBytes());
            put(x, "width", mi.width());
            put(x, "height", mi.height());
            put(x, "duration", mi.durationSeconds());
            put(x, "fps", mi.fps());
            put(x, "codec", mi.codec());
            put(x, "name", mi.originalName());
            items.add(x);
        }
        m.put("media", items);
        List<Map<String, Object>> ts = new ArrayList<>();
        for (EntryText t : texts) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", t.kind().label());
            x.put("language", t.language());
            x.put("text", t.text());
            ts.add(x);
        }
        m.put("texts", ts);
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, "source", provenance.source());
        put(p, "licence", provenance.licence());
        put(p, "rightsHolder", provenance.rightsHolder());
        p.put("consent", provenance.consent().label());
        put(p, "creator", provenance.creator());
        m.put("provenance", p);
        put(m, "labeller", labeller);
        List<Map<String, Object>> as = new ArrayList<>();
        for (Annotation a : annotations) {
            Map<String, Object> x = AnnotationJson.audit(a);
            x.values().removeIf(v -> v == null);
            as.add(x);
        }
        m.put("annotations", as);
        return AnnotationJson.write(m);
    }

    /**
     * @param content canonical JSON from {@link #write}
     * @return the entry it describes
     * @throws IllegalStateException if the stored JSON is damaged
     */
    public static Frozen read(String content) {
        JsonNode n;
        try {
            n = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot entry is not JSON: " + e.getOriginalMessage(), e);
        }
        List<MediaItem> media = new ArrayList<>();
        for (JsonNode x : n.path("media")) {
            media.add(new MediaItem(0, MediaKind.parse(x.path("kind").asText()), x.path("sha256").asText(), x.path("size").asLong(),
                    x.path("mime").asText(), integer(x, "width"), integer(x, "height"), number(x, "duration"), number(x, "fps"), text(x, "codec"),
                    text(x, "name")));
        }
        List<EntryText> texts = new ArrayList<>();
        for (JsonNode x : n.path("texts")) {
            texts.add(new EntryText(TextKind.parse(x.path("kind").asText()), x.path("language").asText(), x.path("text").asText()));
        }
        JsonNode p = n.path("provenance");
        Provenance provenance = new Provenance(text(p, "source"), text(p, "licence"), text(p, "rightsHolder"),
                Consent.parse(p.path("consent").asText("unknown")), text(p, "creator"), null);
        List<Annotation> annotations = new ArrayList<>();
        for (JsonNode x : n.path("annotations")) {
            annotations.add(annotation(x));
        }
        return new Frozen(n.path("id").asLong(), media, texts, provenance, text(n, "labeller"), annotations);
    }

    private static Annotation annotation(JsonNode x) {
        String kind = x.path("kind").asText();
        Label label = x.hasNonNull("label") ? new Label(text(x, "taxonomy"), text(x, "taxonomyVersion"), x.get("label").asText()) : null;
        int media = x.path("media").asInt();
        return switch (kind) {
            case "attribute" -> new Annotation.Attribute(label, x.path("value").asText());
            case "tag" -> new Annotation.Tag(label);
            case "caption" -> new Annotation.Caption(x.path("language").asText(), x.path("text").asText());
            case "box", "polygon", "keypoints" -> new Annotation.Region(media, label, AnnotationJson.shape(x.get("shape")));
            case "mask" -> new Annotation.Mask(media, label, text(x, "png"), text(x, "rle"));
            case "track" -> new Annotation.Track(media, label, AnnotationJson.track(x));
            default -> throw new IllegalStateException("stored snapshot annotation kind '" + kind + "' is unknown to this version of AI-FVGS");
        };
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Integer integer(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asInt() : null;
    }

    private static Double number(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asDouble() : null;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
