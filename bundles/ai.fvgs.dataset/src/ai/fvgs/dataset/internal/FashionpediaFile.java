package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyAttribute;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;

/**
 * Reads the ontology out of an official Fashionpedia annotation file (COCO JSON with {@code categories} and
 * {@code attributes}): the categories must be Fashionpedia's 46 categories and parts, and the attributes
 * become attribute groups named by their {@code supercategory}. The file is streamed, so the annotations of a
 * full training file (hundreds of megabytes) are skipped without being held in memory.
 */
public final class FashionpediaFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FashionpediaFile() {
    }

    /** What the top level of a JSON file says it is. */
    public enum Kind {
        /** Our taxonomy format: it has a {@code format} field. */
        TAXONOMY,
        /** A COCO-style annotation file with {@code attributes}, such as Fashionpedia's. */
        FASHIONPEDIA,
        /** Neither. */
        UNKNOWN
    }

    /**
     * @param file a JSON file
     * @return what it is, from its top-level fields
     * @throws DatasetException if it cannot be read or is not JSON
     */
    public static Kind detect(Path file) throws DatasetException {
        boolean format = false;
        boolean attributes = false;
        boolean categories = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Kind.UNKNOWN;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                format |= field.equals("format");
                attributes |= field.equals("attributes");
                categories |= field.equals("categories");
                p.skipChildren();
            }
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + " is not JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new DatasetException(file + " cannot be read: " + e.getMessage(), e);
        }
        return format ? Kind.TAXONOMY : attributes && categories ? Kind.FASHIONPEDIA : Kind.UNKNOWN;
    }

    /**
     * @param file an official Fashionpedia annotation file (or one in its format)
     * @param base the built-in {@code fashionpedia} taxonomy: the categories and parts the file must have
     * @return a new version of {@code base} with the file's attributes in their groups; its version is the base
     *         version plus {@code +attributes.} and the first 8 hex digits of the SHA-256 of the attribute groups,
     *         so the same attributes always give the same version
     * @throws DatasetException naming the file and each problem with its JSON path
     */
    public static Taxonomy read(Path file, Taxonomy base) throws DatasetException {
        JsonNode categories = null;
        JsonNode attributes = null;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw TaxonomyJson.invalid(file.toString(), List.of("$: a Fashionpedia annotation file is a JSON object with categories and attributes"));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("categories")) {
                    categories = JSON.readTree(p);
                } else if (field.equals("attributes")) {
                    attributes = JSON.readTree(p);
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + " is not JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new DatasetException(file + " cannot be read: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        checkCategories(categories, base, problems);
        Map<String, List<TaxonomyAttribute>> groups = attributes(attributes, problems);
        if (!problems.isEmpty()) {
            throw TaxonomyJson.invalid(file.toString(), problems);
        }
        List<AttributeGroup> attributeGroups = new ArrayList<>();
        groups.forEach((name, list) -> attributeGroups.add(new AttributeGroup(name, list)));
        String version = base.version() + "+attributes." + digest(attributeGroups);
        try {
            return new Taxonomy(base.name(), version, "Fashionpedia (categories, parts and attributes)", base.licence(), base.source(),
                    base.attribution(), base.categories(), attributeGroups, base.labelGroups(), base.skeletons());
        } catch (IllegalArgumentException e) {
            throw TaxonomyJson.invalid(file.toString(), List.of("$.attributes: " + e.getMessage()));
        }
    }

    private static void checkCategories(JsonNode categories, Taxonomy base, List<String> problems) {
        if (categories == null || !categories.isArray()) {
            problems.add("$.categories: " + (categories == null ? "missing" : "not an array") + "; Fashionpedia's " + base.categories().size()
                    + " categories and parts are required");
            return;
        }
        Map<Integer, TaxonomyCategory> expected = new HashMap<>();
        base.categories().forEach(c -> expected.put(c.id(), c));
        Map<Integer, String> seen = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            JsonNode c = categories.get(i);
            String path = "$.categories[" + i + "]";
            JsonNode id = c.get("id");
            JsonNode name = c.get("name");
            if (id == null || !id.isIntegralNumber() || !id.canConvertToInt()) {
                problems.add(path + ".id: " + (id == null ? "missing" : id + " is not an integer") + "; allowed: a Fashionpedia category id, 0 to "
                        + (base.categories().size() - 1));
                continue;
            }
            TaxonomyCategory known = expected.get(id.asInt());
            if (known == null) {
                problems.add(path + ".id: " + id + " is not a Fashionpedia category id; allowed: 0 to " + (base.categories().size() - 1));
            } else if (name == null || !name.isTextual() || !name.asText().equals(known.name())) {
                problems.add(path + ".name: " + (name == null ? "missing" : name.toString()) + " is not allowed; Fashionpedia's category "
                        + known.id() + " is \"" + known.name() + "\"");
            } else if (seen.putIfAbsent(id.asInt(), path) != null) {
                problems.add(path + ".id: " + id + " is already the id of " + seen.get(id.asInt()));
            }
        }
        for (TaxonomyCategory c : base.categories()) {
            if (!seen.containsKey(c.id()) && problems.isEmpty()) {
                problems.add("$.categories: Fashionpedia's category " + c.id() + " (\"" + c.name() + "\") is missing");
            }
        }
    }

    private static Map<String, List<TaxonomyAttribute>> attributes(JsonNode attributes, List<String> problems) {
        Map<String, List<TaxonomyAttribute>> groups = new LinkedHashMap<>();
        if (attributes == null || !attributes.isArray() || attributes.isEmpty()) {
            problems.add("$.attributes: " + (attributes == null ? "missing" : attributes.isArray() ? "empty" : "not an array")
                    + "; an array of attributes with id, name, supercategory and level is required");
            return groups;
        }
        Map<Integer, String> ids = new HashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            JsonNode a = attributes.get(i);
            String path = "$.attributes[" + i + "]";
            if (!a.isObject()) {
                problems.add(path + ": " + a + " is not an object");
                continue;
            }
            JsonNode id = a.get("id");
            JsonNode name = a.get("name");
            JsonNode group = a.get("supercategory");
            JsonNode level = a.get("level");
            int before = problems.size();
            if (id == null || !id.isIntegralNumber() || !id.canConvertToInt() || id.asInt() < 0) {
                problems.add(path + ".id: " + (id == null ? "missing" : id + " is not allowed") + "; allowed: an integer, 0 or more");
            } else if (ids.putIfAbsent(id.asInt(), path) != null) {
                problems.add(path + ".id: " + id + " is already the id of " + ids.get(id.asInt()) + "; attribute ids must be unique");
            }
            if (name == null || !name.isTextual()) {
                problems.add(path + ".name: " + (name == null ? "missing" : name + " is not a text") + "; the attribute's name is required");
            }
            if (group == null || !group.isTextual()) {
                problems.add(path + ".supercategory: " + (group == null ? "missing" : group + " is not a text")
                        + "; the attribute's group (its supercategory) is required");
            }
            if (level != null && !level.isIntegralNumber()) {
                problems.add(path + ".level: " + level + " is not an integer");
            }
            if (problems.size() > before) {
                continue;
            }
            List<TaxonomyAttribute> list = groups.computeIfAbsent(group.asText(), g -> new ArrayList<>());
            try {
                if (list.stream().anyMatch(x -> x.name().equals(name.asText()))) {
                    problems.add(path + ".name: \"" + name.asText() + "\" is already an attribute of group \"" + group.asText() + "\"");
                    continue;
                }
                list.add(new TaxonomyAttribute(id.asInt(), name.asText(), List.of()));
                if (group.asText().isEmpty() || group.asText().length() > 200 || !group.asText().strip().equals(group.asText())) {
                    problems.add(path + ".supercategory: \"" + group.asText() + "\" is not allowed; a group name has 1 to 200 characters, "
                            + "without leading or trailing spaces");
                }
            } catch (IllegalArgumentException e) {
                problems.add(path + ".name: " + e.getMessage());
            }
        }
        return groups;
    }

    private static String digest(List<AttributeGroup> groups) {
        Map<String, Object> tree = TaxonomyJson.tree(new Taxonomy("x", "1", "x", "x", "", "", List.of(), groups, List.of(), List.of()));
        try {
            byte[] json = JSON.writeValueAsBytes(tree.get("attributeGroups"));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the attribute groups: " + e.getMessage(), e);
        }
    }
}
