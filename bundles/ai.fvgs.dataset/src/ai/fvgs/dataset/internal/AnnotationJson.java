package ai.fvgs.dataset.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Point;
import ai.fvgs.dataset.Shape.Polygon;
import ai.fvgs.dataset.Shape.Visibility;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ShapeTrack.Keyframe;

/**
 * Shapes and tracks as JSON (the {@code geometry} column), and annotations as insertion-ordered maps for
 * the audit log. Numbers are written in Java's shortest exact form, so coordinates read back unchanged.
 * <ul>
 * <li>box: {@code {"type":"box","x":..,"y":..,"width":..,"height":..}}</li>
 * <li>polygon: {@code {"type":"polygon","points":[[x,y],...]}}</li>
 * <li>keypoints: {@code {"type":"keypoints","layout":"coco-17","points":[[x,y,v],...]}} with COCO's v</li>
 * <li>track: {@code {"keyframes":[{"frame":0,"shape":{...}},{"frame":9,"absent":true}]}}</li>
 * </ul>
 */
final class AnnotationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("annotation cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored annotation geometry is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> shape(Shape shape) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", shape.type());
        switch (shape) {
            case Box b -> {
                m.put("x", b.x());
                m.put("y", b.y());
                m.put("width", b.width());
                m.put("height", b.height());
            }
            case Polygon p -> m.put("points", p.points().stream().map(q -> List.of(q.x(), q.y())).toList());
            case Keypoints k -> {
                m.put("layout", k.layout());
                m.put("points", k.points().stream().map(q -> List.<Object>of(q.x(), q.y(), q.visibility().code())).toList());
            }
        }
        return m;
    }

    static Map<String, Object> track(ShapeTrack track) {
        List<Map<String, Object>> keyframes = new ArrayList<>();
        for (Keyframe k : track.keyframes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("frame", k.frame());
            if (k.isAbsent()) {
                m.put("absent", true);
            } else {
                m.put("shape", shape(k.shape()));
            }
            keyframes.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keyframes", keyframes);
        return m;
    }

    static Shape shape(JsonNode n) {
        String type = n.path("type").asText();
        return switch (type) {
            case "box" -> new Box(n.get("x").asDouble(), n.get("y").asDouble(), n.get("width").asDouble(), n.get("height").asDouble());
            case "polygon" -> {
                List<Point> points = new ArrayList<>();
                n.get("points").forEach(p -> points.add(new Point(p.get(0).asDouble(), p.get(1).asDouble())));
                yield new Polygon(points);
            }
            case "keypoints" -> {
                List<Keypoint> points = new ArrayList<>();
                n.get("points").forEach(p -> points.add(new Keypoint(p.get(0).asDouble(), p.get(1).asDouble(), Visibility.ofCode(p.get(2).asInt()))));
                yield new Keypoints(n.get("layout").asText(), points);
            }
            default -> throw new IllegalStateException("stored shape type '" + type + "' is unknown; allowed: box, polygon, keypoints");
        };
    }

    static ShapeTrack track(JsonNode n) {
        List<Keyframe> keyframes = new ArrayList<>();
        for (JsonNode k : n.get("keyframes")) {
            int frame = k.get("frame").asInt();
            keyframes.add(k.path("absent").asBoolean(false) ? Keyframe.absent(frame) : Keyframe.of(frame, shape(k.get("shape"))));
        }
        return new ShapeTrack(keyframes);
    }

    /** @return the annotation as an insertion-ordered map, for the audit log */
    static Map<String, Object> audit(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind());
        switch (a) {
            case Annotation.Attribute x -> {
                label(m, x.attribute());
                m.put("value", x.value());
            }
            case Annotation.Tag x -> label(m, x.tag());
            case Annotation.Caption x -> {
                m.put("language", x.language());
                m.put("text", x.text());
            }
            case Annotation.Region x -> {
                m.put("media", x.media());
                label(m, x.label());
                m.put("shape", shape(x.shape()));
            }
            case Annotation.Mask x -> {
                m.put("media", x.media());
                label(m, x.label());
                m.put(x.pngSha256() != null ? "png" : "rle", x.pngSha256() != null ? x.pngSha256() : x.rle());
            }
            case Annotation.Track x -> {
                m.put("media", x.media());
                label(m, x.label());
                m.putAll(track(x.track()));
            }
        }
        return m;
    }

    private static void label(Map<String, Object> m, Label label) {
        if (label.taxonomy() != null) {
            m.put("taxonomy", label.taxonomy());
            m.put("taxonomyVersion", label.taxonomyVersion());
        }
        m.put("label", label.name());
    }
}
