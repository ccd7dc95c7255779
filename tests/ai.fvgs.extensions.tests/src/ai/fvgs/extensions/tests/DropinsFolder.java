package ai.fvgs.extensions.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The real dropins folder Felix FileInstall watches in this test framework. Jars appear in it atomically
 * (written under a name FileInstall ignores, then renamed), as a careful vendor or installer would copy them.
 */
public final class DropinsFolder {

    private final Path dir;

    private DropinsFolder(Path dir) {
        this.dir = dir;
    }

    /** @return the folder named by the {@code felix.fileinstall.dir} framework property */
    public static DropinsFolder fromFramework() throws IOException {
        String value = System.getProperty("felix.fileinstall.dir");
        if (value == null) {
            throw new IllegalStateException("felix.fileinstall.dir is not set: the test runtime has no dropins folder");
        }
        Path dir = Path.of(value);
        Files.createDirectories(dir);
        return new DropinsFolder(dir);
    }

    /** @return the example vendor bundle built by the reactor */
    public static Path exampleJar() {
        Path jar = Path.of(System.getProperty("fvgs.example.jar", "missing"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("example vendor bundle not built: " + jar);
        }
        return jar;
    }

    public Path put(String name, byte[] jarBytes) throws IOException {
        Path tmp = dir.resolve(name + ".part");
        Files.write(tmp, jarBytes);
        Path target = dir.resolve(name);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    public Path copy(Path jar, String name) throws IOException {
        return put(name, Files.readAllBytes(jar));
    }

    public void delete(String name) throws IOException {
        Files.deleteIfExists(dir.resolve(name));
    }

    /** Deletes every jar, leaving the folder empty. */
    public void clear() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** @return a copy of {@code jar} whose manifest has the given Bundle-Version */
    public static byte[] withBundleVersion(Path jar, String version) throws IOException {
        try (InputStream in = Files.newInputStream(jar); JarInputStream jin = new JarInputStream(in)) {
            Manifest manifest = new Manifest(jin.getManifest());
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            var bytes = new java.io.ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry e; (e = jin.getNextJarEntry()) != null;) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    jin.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }

    /**
     * Builds a bundle jar in memory.
     *
     * @param headers manifest headers (Bundle-ManifestVersion is added)
     * @param entries path in the jar to content
     */
    public static byte[] bundle(Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream raw = bytes; JarOutputStream out = new JarOutputStream(raw, manifest)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** @return the bytes of one of this test bundle's classes, to package it into another bundle */
    public static byte[] classBytes(Class<?> type) throws IOException {
        String path = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("class file not found: " + path);
            }
            return in.readAllBytes();
        }
    }

    /** @return the path of a class inside a jar */
    public static String classPath(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }
}
