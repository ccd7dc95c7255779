package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.CategoryKind;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import ai.fvgs.sdk.taxonomy.LabelGroup;
import ai.fvgs.sdk.taxonomy.LabelValue;
import ai.fvgs.sdk.taxonomy.SkeletonEdge;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyAttribute;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;

/**
 * The taxonomy file format {@value #FORMAT}: reading with every problem named by its JSON path, and writing,
 * including the canonical form (compact, fields in a fixed order) whose SHA-256 identifies a version's content.
 */
public final class TaxonomyJson {

    /** The value of the {@code format} field this version reads and writes. */
    public static final String FORMAT = "fvgs-taxonomy/1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_PROBLEMS = 20;
    private static final Set<String> TOP = Set.of("format", "name", "version", "label", "licence", "source", "attribution", "categories",
            "attributeGroups", "labelGroups", "skeletons");

    private final List<String> problems = new ArrayList<>();

    private TaxonomyJson() {
    }

    /**
     * @param text   the file's content
     * @param source the file name, for messages
     * @return the taxonomy
     * @throws DatasetException naming the source and each problem with its JSON path and what is allowed
     */
    public static Taxonomy parse(String text, String source) throws DatasetException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetException("taxonomy file " + source + " is not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        return read(root, source);
    }

    /**
     * @param root   the file's JSON
     * @param source the file name, for messages
     * @return the taxonomy
     * @throws DatasetException naming the source and each problem with its JSON path
     */
    public static Taxonomy read(JsonNode root, String source) throws DatasetException {
        TaxonomyJson r = new TaxonomyJson();
        Taxonomy t = r.taxonomy(root);
        r.fail(source);
        return t;
    }

    private void fail(String source) throws DatasetException {
        if (!problems.isEmpty()) {
            throw invalid(source, problems);
        }
    }

    /**
     * @param source   the file
     * @param problems its problems, each {@code path: message}
     * @return an exception listing the first {@value #MAX_PROBLEMS}
     */
    static DatasetException invalid(String source, List<String> problems) {
        StringBuilder b = new StringBuilder("taxonomy file " + source + " is not valid (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):");
        problems.stream().limit(MAX_PROBLEMS).forEach(p -> b.append("\n  ").append(p));
        if (problems.size() > MAX_PROBLEMS) {
            b.append("\n  ... and ").append(problems.size() - MAX_PROBLEMS).append(" more");
        }
        return new DatasetException(b.toString());
    }

    private Taxonomy taxonomy(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("$", "a taxonomy file is a JSON object with \"format\": \"" + FORMAT + "\"");
            return null;
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            problem("$.format", (format == null ? "missing" : format + " is not allowed") + "; allowed: \"" + FORMAT + "\"");
            return null;
        }
        if (!format.asText().equals(FORMAT)) {
            problem("$.format", "\"" + format.asText() + "\" is not a format this version reads; allowed: \"" + FORMAT + "\"");
            return null;
        }
        onlyKnown(root, "$", TOP);
        String name = text(root, "name", "$.name", true);
        String version = text(root, "version", "$.version", true);
        String label = text(root, "label", "$.label", true);
        String licence = text(root, "licence", "$.licence", true);
        String source = text(root, "source", "$.source", false);
        String attribution = text(root, "attribution", "$.attribution", false);
        List<TaxonomyCategory> categories = categories(root);
        List<AttributeGroup> attributeGroups = attributeGroups(root);
        List<LabelGroup> labelGroups = labelGroups(root);
        List<KeypointSkeleton> skeletons = skeletons(root);
        if (!problems.isEmpty()) {
            return null;
        }
        return check("$", () -> new Taxonomy(name, version, label, licence, source, attribution, categories, attributeGroups, labelGroups,
                skeletons));
    }

    private List<TaxonomyCategory> categories(JsonNode root) {
        List<TaxonomyCategory> out = new ArrayList<>();
        Map<Integer, String> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        forEach(root, "categories", "$.categories", (n, path) -> {
            onlyKnown(n, path, Set.of("id", "name", "supercategory", "kind"));
            int id = integer(n, "id", path + ".id");
            String name = text(n, "name", path + ".name", true);
            String supercategory = text(n, "supercategory", path + ".supercategory", false);
            String kind = text(n, "kind", path + ".kind", true);
            if (id >= 0 && ids.putIfAbsent(id, path) != null) {
                problem(path + ".id", id + " is already the id of " + ids.get(id) + "; category ids must be unique");
            }
            if (name != null && names.putIfAbsent(name, path) != null) {
                problem(path + ".name", "\"" + name + "\" is already the name of " + names.get(name) + "; category names must be unique");
            }
            CategoryKind k = kind == null ? null : check(path + ".kind", () -> CategoryKind.ofId(kind));
            if (id >= 0 && name != null && k != null) {
                add(out, check(path, () -> new TaxonomyCategory(id, name, supercategory, k)));
            }
        });
        return out;
    }

    private List<AttributeGroup> attributeGroups(JsonNode root) {
        List<AttributeGroup> out = new ArrayList<>();
        Map<Integer, String> ids = new HashMap<>();
        forEach(root, "attributeGroups", "$.attributeGroups", (g, gpath) -> {
            onlyKnown(g, gpath, Set.of("name", "attributes"));
            String name = text(g, "name", gpath + ".name", true);
            List<TaxonomyAttribute> attributes = new ArrayList<>();
            forEach(g, "attributes", gpath + ".attributes", (a, path) -> {
                onlyKnown(a, path, Set.of("id", "name", "categories"));
                int id = integer(a, "id", path + ".id");
                String attribute = text(a, "name", path + ".name", true);
                List<String> categories = texts(a, "categories", path + ".categories");
                if (id >= 0 && ids.putIfAbsent(id, path) != null) {
                    problem(path + ".id", id + " is already the id of " + ids.get(id) + "; attribute ids must be unique in the taxonomy");
                }
                if (id >= 0 && attribute != null) {
                    add(attributes, check(path, () -> new TaxonomyAttribute(id, attribute, categories)));
                }
            });
            if (name != null) {
                add(out, check(gpath, () -> new AttributeGroup(name, attributes)));
            }
        });
        return out;
    }

    private List<LabelGroup> labelGroups(JsonNode root) {
        List<LabelGroup> out = new ArrayList<>();
        forEach(root, "labelGroups", "$.labelGroups", (g, gpath) -> {
            onlyKnown(g, gpath, Set.of("name", "description", "values"));
            String name = text(g, "name", gpath + ".name", true);
            String description = text(g, "description", gpath + ".description", false);
            List<LabelValue> values = new ArrayList<>();
            forEach(g, "values", gpath + ".values", (v, path) -> {
                onlyKnown(v, path, Set.of("name", "label", "colour"));
                String value = text(v, "name", path + ".name", true);
                String label = text(v, "label", path + ".label", false);
                String colour = text(v, "colour", path + ".colour", false);
                if (value != null) {
                    add(values, check(path, () -> new LabelValue(value, label, colour)));
                }
            });
            if (name != null) {
                add(out, check(gpath, () -> new LabelGroup(name, description, values)));
            }
        });
        return out;
    }

    private List<KeypointSkeleton> skeletons(JsonNode root) {
        List<KeypointSkeleton> out = new ArrayList<>();
        forEach(root, "skeletons", "$.skeletons", (s, path) -> {
            onlyKnown(s, path, Set.of("name", "points", "edges", "categories"));
            String name = text(s, "name", path + ".name", true);
            List<String> points = texts(s, "points", path + ".points");
            List<SkeletonEdge> edges = new ArrayList<>();
            forEach(s, "edges", path + ".edges", (e, epath) -> {
                if (!e.isArray() || e.size() != 2 || !e.get(0).isIntegralNumber() || !e.get(1).isIntegralNumber()
                        || !e.get(0).canConvertToInt() || !e.get(1).canConvertToInt()) {
                    problem(epath, e + " is not allowed; an edge is two point indexes, e.g. [0, 1]");
                    return;
                }
                int from = e.get(0).asInt();
                int to = e.get(1).asInt();
                if (points != null && (from >= points.size() || to >= points.size())) {
                    problem(epath, e + " is out of range; point indexes go from 0 to " + (points.size() - 1));
                    return;
                }
                add(edges, check(epath, () -> new SkeletonEdge(from, to)));
            });
            List<String> categories = texts(s, "categories", path + ".categories");
            if (name != null && points != null) {
                add(out, check(path, () -> new KeypointSkeleton(name, points, edges, categories)));
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private interface Element {
        void read(JsonNode node, String path);
    }

    private void forEach(JsonNode parent, String field, String path, Element element) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return;
        }
        if (!n.isArray()) {
            problem(path, abbreviate(n) + " is not an array");
            return;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String p = path + "[" + i + "]";
            if (!e.isObject() && !field.equals("edges")) {
                problem(p, abbreviate(e) + " is not an object");
                continue;
            }
            element.read(e, p);
        }
    }

    private String text(JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problem(path, "missing; a text is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(path, abbreviate(n) + " is not a text");
            return null;
        }
        return n.asText();
    }

    private List<String> texts(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            problem(path, abbreviate(n) + " is not an array of texts");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                problem(path + "[" + i + "]", abbreviate(n.get(i)) + " is not a text");
                return null;
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    private int integer(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            problem(path, "missing; an integer from 0 to " + Integer.MAX_VALUE + " is required");
            return -1;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
            problem(path, abbreviate(n) + " is not allowed; allowed: an integer from 0 to " + Integer.MAX_VALUE);
            return -1;
        }
        return n.asInt();
    }

    private void onlyKnown(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problem(path + "." + name, "unknown field; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private <T> T check(String path, Supplier<T> create) {
        try {
            return create.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    private static <T> void add(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    // ---------------------------------------------------------------- writing

    /**
     * @param t a taxonomy
     * @return its canonical JSON: compact, UTF-8, every field in a fixed order
     */
    public static byte[] canonical(Taxonomy t) {
        try {
            return JSON.writeValueAsBytes(tree(t));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("taxonomy " + t.key() + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * @param t a taxonomy
     * @return its file form, indented for people
     */
    public static String pretty(Taxonomy t) {
        try {
            return PRETTY.writeValueAsString(tree(t)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("taxonomy " + t.key() + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * @param t a taxonomy
     * @return its JSON as insertion-ordered maps and lists
     */
    public static Map<String, Object> tree(Taxonomy t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("name", t.name());
        m.put("version", t.version());
        m.put("label", t.label());
        m.put("licence", t.licence());
        m.put("source", t.source());
        m.put("attribution", t.attribution());
        m.put("categories", t.categories().stream().map(c -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("supercategory", c.supercategory());
            o.put("kind", c.kind().id());
            return o;
        }).toList());
        m.put("attributeGroups", t.attributeGroups().stream().map(g -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", g.name());
            o.put("attributes", g.attributes().stream().map(a -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", a.id());
                x.put("name", a.name());
                x.put("categories", a.categories());
                return x;
            }).toList());
            return o;
        }).toList());
        m.put("labelGroups", t.labelGroups().stream().map(g -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", g.name());
            o.put("description", g.description());
            o.put("values", g.values().stream().map(v -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", v.name());
                x.put("label", v.label());
                if (v.colour() != null) {
                    x.put("colour", v.colour());
                }
                return x;
            }).toList());
            return o;
        }).toList());
        m.put("skeletons", t.skeletons().stream().map(s -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", s.name());
            o.put("points", s.points());
            o.put("edges", s.edges().stream().map(e -> List.of(e.from(), e.to())).toList());
            o.put("categories", s.categories());
            return o;
        }).toList());
        return m;
    }

    /**
     * @param bytes canonical JSON from the database
     * @return the taxonomy
     * @throws IOException if it is not a valid taxonomy (the stored content was changed outside AI-FVGS)
     */
    static Taxonomy stored(String bytes, String what) throws IOException {
        try {
            return parse(bytes, what);
        } catch (DatasetException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
