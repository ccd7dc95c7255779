package ai.fvgs.product.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds small bundle jars for the tests. */
final class TestJars {

    private TestJars() {
    }

    /** @param extraHeaders lines "Name: value" */
    static byte[] bundle(String symbolicName, String... extraHeaders) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Fvgs-Extension", "background");
        for (String h : extraHeaders) {
            int colon = h.indexOf(':');
            main.putValue(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.flush();
        }
        return bytes.toByteArray();
    }
}
