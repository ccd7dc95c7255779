package ai.fvgs.dataset.internal;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Split;
import ai.fvgs.dataset.TextKind;

/**
 * JSONL export for text-to-image and text-to-video training: one {@code <split>.jsonl} per split with one line
 * per image or video, and the files under {@code media/}. A line:
 * <pre>
 * {"file":"media/<sha256>.png","kind":"image","sha256":"..","mime":"image/png","width":832,"height":1216,
 *  "text":"first caption","captions":[{"language":"en","text":".."}],"descriptions":[...],"tags":["dress","red"],
 *  "attributes":[{"name":"colour","value":"red"}],"entry_id":7,"split":"train","licence":"CC-BY-4.0"}
 * </pre>
 * Videos add {@code duration} (seconds) and {@code fps}. Captions are the entry's caption texts, then caption
 * annotations; tags are the comma-separated tag texts, then tag annotations, without repeats.
 */
final class JsonlExport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonlExport() {
    }

    static void write(Connection c, ExportRun.Context ctx) throws Exception {
        for (Split split : Split.values()) {
            try (Writer w = Files.newBufferedWriter(ctx.dir().resolve(split.label() + ".jsonl"), StandardCharsets.UTF_8)) {
                SnapshotRows.forEach(c, ctx.snapshot().id(), split, (entryId, sp, stratum, licence, content) -> {
                    FrozenEntries.Frozen f = FrozenEntries.read(content);
                    for (MediaItem m : f.media()) {
                        if (m.kind() == MediaKind.TEXT) {
                            continue;
                        }
                        String file = "media/" + ExportRun.fileName(m);
                        ctx.run().provide(ctx, m, file, entryId);
                        ctx.counts().media++;
                        JsonGenerator g = FACTORY.createGenerator(w);
                        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        g.writeStartObject();
                        g.writeStringField("file", file);
                        g.writeStringField("kind", m.kind().label());
                        g.writeStringField("sha256", m.sha256());
                        g.writeStringField("mime", m.mimeType());
                        if (m.width() != null) {
                            g.writeNumberField("width", m.width());
                        }
                        if (m.height() != null) {
                            g.writeNumberField("height", m.height());
                        }
                        if (m.durationSeconds() != null) {
                            g.writeNumberField("duration", m.durationSeconds());
                        }
                        if (m.fps() != null) {
                            g.writeNumberField("fps", m.fps());
                        }
                        String first = null;
                        g.writeArrayFieldStart("captions");
                        for (EntryText t : f.texts()) {
                            if (t.kind() == TextKind.CAPTION) {
                                first = first == null ? t.text() : first;
                                text(g, t.language(), t.text());
                            }
                        }
                        for (Annotation a : f.annotations()) {
                            if (a instanceof Annotation.Caption x) {
                                first = first == null ? x.text() : first;
                                text(g, x.language(), x.text());
                            }
                        }
                        g.writeEndArray();
                        if (first != null) {
                            g.writeStringField("text", first);
                        }
                        g.writeArrayFieldStart("descriptions");
                        for (EntryText t : f.texts()) {
                            if (t.kind() == TextKind.DESCRIPTION) {
                                text(g, t.language(), t.text());
                            }
                        }
                        g.writeEndArray();
                        Set<String> tags = new LinkedHashSet<>();
                        for (EntryText t : f.texts()) {
                            if (t.kind() == TextKind.TAGS) {
                                for (String tag : t.text().split(",")) {
                                    if (!tag.isBlank()) {
                                        tags.add(tag.strip());
                                    }
                                }
                            }
                        }
                        for (Annotation a : f.annotations()) {
                            if (a instanceof Annotation.Tag x) {
                                tags.add(x.tag().name());
                            }
                        }
                        g.writeArrayFieldStart("tags");
                        for (String t : tags) {
                            g.writeString(t);
                        }
                        g.writeEndArray();
                        g.writeArrayFieldStart("attributes");
                        for (Annotation a : f.annotations()) {
                            if (a instanceof Annotation.Attribute x) {
                                g.writeStartObject();
                                g.writeStringField("name", x.attribute().name());
                                g.writeStringField("value", x.value());
                                g.writeEndObject();
                            }
                        }
                        g.writeEndArray();
                        g.writeNumberField("entry_id", entryId);
                        g.writeStringField("split", split.label());
                        if (licence != null) {
                            g.writeStringField("licence", licence);
                        }
                        g.writeEndObject();
                        g.close();
                        w.write('\n');
                    }
                });
            }
        }
    }

    private static void text(JsonGenerator g, String language, String text) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("language", language);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
