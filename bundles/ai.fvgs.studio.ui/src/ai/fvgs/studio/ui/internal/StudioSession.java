package ai.fvgs.studio.ui.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import ai.fvgs.studio.SceneDocument;

/**
 * The Studio's document, made when it is first needed: when the Studio perspective is first shown or a File
 * command runs. Until then the workbench starts without loading the scene, avatar and JSON classes, and the
 * Save, Undo and Redo handlers can tell that there is nothing to do without making the document.
 */
public final class StudioSession {

    private final Supplier<SceneDocument> factory;
    private final Consumer<SceneDocument> onCreate;
    private SceneDocument doc;

    /**
     * @param factory  makes the document
     * @param onCreate told once about the new document (e.g. to listen to it)
     */
    public StudioSession(Supplier<SceneDocument> factory, Consumer<SceneDocument> onCreate) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.onCreate = Objects.requireNonNull(onCreate, "onCreate");
    }

    /** @param doc an existing document (tests) */
    public StudioSession(SceneDocument doc) {
        this(() -> doc, d -> {
        });
        this.doc = Objects.requireNonNull(doc, "doc");
    }

    /** @return the document, made now if it does not exist yet */
    public synchronized SceneDocument document() {
        if (doc == null) {
            doc = factory.get();
            onCreate.accept(doc);
        }
        return doc;
    }

    /** @return the document if it was made already */
    public synchronized Optional<SceneDocument> existing() {
        return Optional.ofNullable(doc);
    }
}
