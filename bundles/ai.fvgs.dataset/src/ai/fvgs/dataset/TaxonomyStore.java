package ai.fvgs.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import ai.fvgs.dataset.internal.AuditLog;
import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.FashionpediaFile;
import ai.fvgs.dataset.internal.TaxonomyJson;
import ai.fvgs.dataset.internal.TaxonomyRows;
import ai.fvgs.dataset.internal.TaxonomyRows.Canonical;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyProvider;

/**
 * The taxonomies of a dataset, from {@link DatasetStore#taxonomies()}: versioned vocabularies that annotation
 * labels refer to (see {@link Label}). A stored version is immutable and identified by the SHA-256 of its
 * canonical JSON: installing the same content again changes nothing, and different content under a version
 * that is installed already is refused. Every install is written to the audit log.
 * <p>
 * The built-in taxonomies ({@link #BUILT_IN}) and those of vendors' {@link TaxonomyProvider} services are
 * installed when a store opens. Thread-safe.
 */
public final class TaxonomyStore {

    /** The names of the built-in taxonomies, resources {@code taxonomies/<name>.json} of this bundle. */
    public static final List<String> BUILT_IN = List.of("fashionpedia", "deepfashion2", "fvgs-model", "fvgs-video");

    /** The actor named in the audit log for built-in and vendor installs. */
    public static final String SYSTEM_ACTOR = "ai-fvgs";

    private static final System.Logger LOG = System.getLogger(TaxonomyStore.class.getName());
    private static volatile List<Taxonomy> builtIns;

    private final Database db;
    private volatile List<String> vendorProblems = List.of();

    TaxonomyStore(Database db) {
        this.db = db;
    }

    /**
     * @return the built-in taxonomies, read from this bundle's resources
     * @throws IllegalStateException if a resource is missing or invalid (a broken build)
     */
    public static List<Taxonomy> builtIns() {
        List<Taxonomy> b = builtIns;
        if (b == null) {
            List<Taxonomy> read = new ArrayList<>();
            for (String name : BUILT_IN) {
                String resource = "taxonomies/" + name + ".json";
                try (InputStream in = TaxonomyStore.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in taxonomy " + resource + " is missing from bundle ai.fvgs.dataset");
                    }
                    read.add(TaxonomyJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
                } catch (IOException | DatasetException e) {
                    throw new IllegalStateException("built-in taxonomy " + resource + " cannot be read: " + e.getMessage(), e);
                }
            }
            builtIns = b = List.copyOf(read);
        }
        return b;
    }

    /**
     * @return every installed taxonomy version, by name, then in the order they were installed
     * @throws DatasetException on a database error, or if a stored version was changed outside AI-FVGS
     */
    public List<InstalledTaxonomy> list() throws DatasetException {
        return db.transaction(TaxonomyRows::list);
    }

    /**
     * @param name    a taxonomy name
     * @param version a version
     * @return that version, or empty if it is not installed
     * @throws DatasetException on a database error
     */
    public Optional<Taxonomy> get(String name, String version) throws DatasetException {
        return db.transaction(c -> TaxonomyRows.find(c, name, version)).map(InstalledTaxonomy::taxonomy);
    }

    /**
     * @param name a taxonomy name
     * @return its most recently installed version, or empty if none is installed
     * @throws DatasetException on a database error
     */
    public Optional<Taxonomy> latest(String name) throws DatasetException {
        return db.transaction(c -> TaxonomyRows.latest(c, name)).map(InstalledTaxonomy::taxonomy);
    }

    /**
     * @param name    a taxonomy name
     * @param version a version
     * @return the stored version with its SHA-256, origin and install time, or empty
     * @throws DatasetException on a database error
     */
    public Optional<InstalledTaxonomy> installed(String name, String version) throws DatasetException {
        return db.transaction(c -> TaxonomyRows.find(c, name, version));
    }

    /**
     * Installs a taxonomy version.
     *
     * @param taxonomy the version
     * @param actor    who installs it
     * @return {@code true} if it was stored now, {@code false} if the same content was installed already
     * @throws DatasetException if that version is installed with different content (nothing is changed), its
     *                          JSON is larger than 1,000,000 characters, or on a database error
     */
    public boolean install(Taxonomy taxonomy, String actor) throws DatasetException {
        return install(taxonomy, "api", actor);
    }

    /**
     * Installs a taxonomy version, recording where it came from.
     *
     * @param taxonomy the version
     * @param origin   where it came from, e.g. {@code file:trims.json}; 1 to 300 characters
     * @param actor    who installs it
     * @return {@code true} if it was stored now, {@code false} if the same content was installed already
     * @throws DatasetException as {@link #install(Taxonomy, String)}, or if the origin is not allowed
     */
    public boolean install(Taxonomy taxonomy, String origin, String actor) throws DatasetException {
        if (origin == null || origin.isBlank() || origin.length() > 300) {
            throw new DatasetException("origin '" + origin + "' is not allowed; it must have 1 to 300 characters");
        }
        return store(taxonomy, origin, actor);
    }

    /**
     * Reads a taxonomy file in the format {@code fvgs-taxonomy/1} (see {@link #readFile(Path)}) and installs it.
     *
     * @param file  the file
     * @param actor who installs it
     * @return the taxonomy
     * @throws DatasetException naming the file and each problem with its JSON path, or as {@link #install}
     */
    public Taxonomy importFile(Path file, String actor) throws DatasetException {
        Taxonomy t = readFile(file);
        install(t, "file:" + file.getFileName(), actor);
        return t;
    }

    /**
     * Reads the ontology from the user's copy of an official Fashionpedia annotation file (COCO JSON whose
     * {@code categories} are Fashionpedia's 46 categories and parts and whose {@code attributes} each have
     * {@code id}, {@code name}, {@code supercategory} (the attribute's group) and {@code level}), and installs
     * it as a new version of the {@code fashionpedia} taxonomy with the attributes in their groups. The version
     * is the built-in's plus {@code +attributes.} and 8 hex digits of the attributes' SHA-256, so importing the
     * same file again changes nothing.
     *
     * @param file  the annotation file; the annotations in it are skipped
     * @param actor who imports it
     * @return the new version
     * @throws DatasetException naming the file and each problem with its JSON path, or on a database error
     */
    public Taxonomy importFashionpedia(Path file, String actor) throws DatasetException {
        Taxonomy t = readFashionpedia(file);
        install(t, "file:" + file.getFileName(), actor);
        return t;
    }

    /**
     * @param file a taxonomy file in the format {@code fvgs-taxonomy/1}
     * @return the taxonomy
     * @throws DatasetException if it cannot be read, naming the file and each problem with its JSON path
     */
    public static Taxonomy readFile(Path file) throws DatasetException {
        try {
            return TaxonomyJson.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new DatasetException("taxonomy file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param file the user's copy of a Fashionpedia annotation file
     * @return the {@code fashionpedia} taxonomy with the file's attributes, not installed
     * @throws DatasetException naming the file and each problem with its JSON path
     */
    public static Taxonomy readFashionpedia(Path file) throws DatasetException {
        Taxonomy base = builtIns().stream().filter(t -> t.name().equals("fashionpedia")).findFirst().orElseThrow();
        return FashionpediaFile.read(file, base);
    }

    /**
     * @param file a JSON file
     * @return {@code true} if it is a taxonomy file (it has a {@code format} field), {@code false} if it is a
     *         COCO-style annotation file with {@code categories} and {@code attributes}, such as Fashionpedia's
     * @throws DatasetException if it is neither, cannot be read or is not JSON
     */
    public static boolean isTaxonomyFile(Path file) throws DatasetException {
        return switch (FashionpediaFile.detect(file)) {
            case TAXONOMY -> true;
            case FASHIONPEDIA -> false;
            case UNKNOWN -> throw new DatasetException(file + " is neither a taxonomy file (a JSON object with \"format\": \""
                    + TaxonomyJson.FORMAT + "\") nor a Fashionpedia annotation file (a JSON object with \"categories\" and \"attributes\")");
        };
    }

    /**
     * Writes a taxonomy file in the format {@code fvgs-taxonomy/1}. The file appears only when complete.
     *
     * @param taxonomy the taxonomy
     * @param file     the file to write; replaced if it exists
     * @throws DatasetException if it cannot be written
     */
    public static void writeFile(Taxonomy taxonomy, Path file) throws DatasetException {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, toJson(taxonomy), StandardCharsets.UTF_8);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is left; the message names the real problem
            }
            throw new DatasetException("taxonomy file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * @param taxonomy a taxonomy
     * @return its file form (format {@code fvgs-taxonomy/1}), indented
     */
    public static String toJson(Taxonomy taxonomy) {
        return TaxonomyJson.pretty(taxonomy);
    }

    /**
     * @param taxonomy a taxonomy
     * @return the SHA-256 of its canonical JSON, which identifies its content
     */
    public static String sha256(Taxonomy taxonomy) {
        return Canonical.of(taxonomy).sha256();
    }

    /**
     * @param name    a taxonomy name
     * @param version a version
     * @return the audit records of that version (its install), oldest first
     * @throws DatasetException on a database error
     */
    public List<AuditRecord> history(String name, String version) throws DatasetException {
        return db.transaction(c -> {
            Optional<Long> id = TaxonomyRows.id(c, name, version);
            return id.isEmpty() ? List.<AuditRecord>of() : AuditLog.read(c, TaxonomyRows.SUBJECT, id.get());
        });
    }

    /**
     * Installs every taxonomy a vendor's provider offers. Problems (a provider that throws, a version installed
     * with other content) do not stop the others.
     *
     * @param providerId the provider's extension id, for the origin and messages
     * @param taxonomies what it offers
     * @return the problems, one message each; empty when all were installed or already there
     */
    public List<String> offer(String providerId, Collection<Taxonomy> taxonomies) {
        List<String> problems = new ArrayList<>();
        for (Taxonomy t : taxonomies) {
            try {
                if (t == null) {
                    throw new DatasetException("it offers a null taxonomy");
                }
                install(t, "vendor:" + providerId, SYSTEM_ACTOR);
            } catch (DatasetException e) {
                problems.add("taxonomy provider " + providerId + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * @return the problems met when the vendors' taxonomies were installed as this store opened, one message
     *         each; empty when there were none
     */
    public List<String> vendorProblems() {
        return vendorProblems;
    }

    /** Installs the built-ins (failing the open if that fails) and the vendors' taxonomies (reporting problems). */
    void installOnOpen() throws DatasetException {
        for (Taxonomy t : builtIns()) {
            install(t, "built-in", SYSTEM_ACTOR);
        }
        List<String> problems = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(TaxonomyStore.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context != null) {
            Collection<ServiceReference<TaxonomyProvider>> references;
            try {
                references = context.getServiceReferences(TaxonomyProvider.class, null);
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            for (ServiceReference<TaxonomyProvider> reference : references) {
                problems.addAll(offer(context, reference));
            }
        }
        problems.forEach(p -> LOG.log(Level.WARNING, p));
        vendorProblems = List.copyOf(problems);
    }

    private List<String> offer(BundleContext context, ServiceReference<TaxonomyProvider> reference) {
        String from = "bundle " + reference.getBundle().getSymbolicName();
        TaxonomyProvider provider;
        try {
            provider = context.getService(reference);
        } catch (RuntimeException e) {
            return List.of("taxonomy provider of " + from + " cannot be created: " + e);
        }
        if (provider == null) {
            return List.of("taxonomy provider of " + from + " cannot be created (its component failed to activate)");
        }
        try {
            String id = provider.info().id();
            List<Taxonomy> offered = provider.taxonomies();
            return offer(id, offered == null ? List.of() : offered);
        } catch (RuntimeException | LinkageError e) {
            return List.of("taxonomy provider of " + from + " failed: " + e);
        } finally {
            context.ungetService(reference);
        }
    }

    private boolean store(Taxonomy taxonomy, String origin, String actor) throws DatasetException {
        if (actor == null || actor.isBlank() || actor.length() > 64) {
            throw new DatasetException("actor '" + actor + "' is not allowed; every change needs the name of who makes it, 1 to 64 characters");
        }
        if (taxonomy == null) {
            throw new DatasetException("no taxonomy to install");
        }
        Canonical canonical = Canonical.of(taxonomy);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            return db.transaction(c -> TaxonomyRows.install(c, canonical, origin, now, actor));
        } catch (DatasetException e) {
            if (e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState())) {
                // another store installed the same version at the same moment: compare with what it stored
                return db.transaction(c -> TaxonomyRows.install(c, canonical, origin, now, actor));
            }
            throw e;
        }
    }
}
