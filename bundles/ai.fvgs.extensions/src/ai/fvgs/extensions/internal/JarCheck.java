package ai.fvgs.extensions.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Tells why a file in the dropins folder cannot be installed as a bundle. */
final class JarCheck {

    private JarCheck() {
    }

    /** @return the reason, or {@code null} if the jar looks like a bundle (the framework has the last word) */
    static String whyNotABundle(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return "not an OSGi bundle: the jar has no META-INF/MANIFEST.MF";
            }
            if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "not an OSGi bundle: the manifest has no Bundle-SymbolicName header";
            }
            return null;
        } catch (IOException e) {
            return "not a readable jar (" + e.getMessage() + "); is the file complete?";
        }
    }
}
