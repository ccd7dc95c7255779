package ai.fvgs.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.TextKind;

/**
 * Texts and provenance of one entry from a JSON side-car or a manifest line; {@code null} fields are not set.
 *
 * @param caption      caption
 * @param description  product description
 * @param tags         tags, comma-separated
 * @param language     BCP 47 language of the texts
 * @param source       provenance source
 * @param licence      licence
 * @param rightsHolder rights holder
 * @param consent      {@code unknown}, {@code not_required}, {@code obtained} or {@code withheld}
 * @param creator      creator
 */
record ImportFields(String caption, String description, String tags, String language, String source, String licence, String rightsHolder,
        String consent, String creator) {

    /** No fields. */
    static final ImportFields NONE = new ImportFields(null, null, null, null, null, null, null, null, null);

    /** The field names, as in side-cars, manifest columns and JSONL fields. */
    static final Set<String> NAMES = Set.of("caption", "description", "tags", "language", "source", "licence", "rights_holder", "consent",
            "creator");

    /**
     * @param values field name to value; blank values count as unset
     * @return the fields
     */
    static ImportFields of(Map<String, String> values) {
        return new ImportFields(get(values, "caption"), get(values, "description"), get(values, "tags"), get(values, "language"),
                get(values, "source"), get(values, "licence"), get(values, "rights_holder"), get(values, "consent"), get(values, "creator"));
    }

    /**
     * @param node a JSON object; {@code tags} may be a string or an array of strings
     * @param what how errors name the object
     * @return its fields; other members are ignored
     * @throws ImportFailure naming the field if a value is not a string
     */
    static ImportFields of(JsonNode node, String what) throws ImportFailure {
        if (!node.isObject()) {
            throw new ImportFailure("malformed " + what + ": expected a JSON object, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, String> values = new java.util.TreeMap<>();
        for (String name : NAMES) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (name.equals("tags") && v.isArray()) {
                List<String> tags = new ArrayList<>();
                for (JsonNode t : v) {
                    if (!t.isTextual()) {
                        throw new ImportFailure("malformed " + what + ": \"tags\" must be a string or an array of strings");
                    }
                    tags.add(t.asText());
                }
                values.put(name, String.join(", ", tags));
            } else if (v.isTextual()) {
                values.put(name, v.asText());
            } else {
                throw new ImportFailure("malformed " + what + ": \"" + name + "\" must be a string, found " + v);
            }
        }
        return of(values);
    }

    private static String get(Map<String, String> values, String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * @param defaultLanguage language when none is set
     * @return the texts: caption, description, tags
     * @throws ImportFailure naming the value if the language or a text is not allowed
     */
    List<EntryText> texts(String defaultLanguage) throws ImportFailure {
        String lang = language == null ? defaultLanguage : language;
        List<EntryText> out = new ArrayList<>();
        try {
            add(out, TextKind.CAPTION, lang, caption);
            add(out, TextKind.DESCRIPTION, lang, description);
            add(out, TextKind.TAGS, lang, tags);
        } catch (IllegalArgumentException e) {
            throw new ImportFailure(e.getMessage(), e);
        }
        return out;
    }

    private static void add(List<EntryText> out, TextKind kind, String language, String text) {
        if (text != null) {
            out.add(new EntryText(kind, language, text));
        }
    }

    /**
     * @param base provenance to start from
     * @return {@code base} with the fields that are set here
     * @throws ImportFailure naming the value if the consent or a length is not allowed
     */
    Provenance over(Provenance base) throws ImportFailure {
        try {
            return new Provenance(source != null ? source : base.source(), licence != null ? licence : base.licence(),
                    rightsHolder != null ? rightsHolder : base.rightsHolder(), consent != null ? Consent.parse(consent) : base.consent(),
                    creator != null ? creator : base.creator(), base.importBatchId());
        } catch (IllegalArgumentException e) {
            throw new ImportFailure(e.getMessage(), e);
        }
    }
}
