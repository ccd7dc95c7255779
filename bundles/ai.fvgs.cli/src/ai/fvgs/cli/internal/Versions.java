package ai.fvgs.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The text of {@code fvgs --version}: the product, the SDK, the platform and the Java runtime. */
final class Versions {

    private Versions() {
    }

    static String describe(BundleContext context) {
        StringBuilder b = new StringBuilder();
        b.append("AI-FVGS Workbench ").append(version(context, "ai.fvgs.cli")).append('\n');
        b.append("  vendor SDK (ai.fvgs.sdk)   ").append(version(context, "ai.fvgs.sdk")).append('\n');
        b.append("  OSGi framework (Equinox)   ").append(version(context, "org.eclipse.osgi")).append('\n');
        b.append("  Declarative Services (SCR) ").append(version(context, "org.apache.felix.scr")).append('\n');
        b.append("  Felix FileInstall          ").append(version(context, "org.apache.felix.fileinstall")).append('\n');
        b.append("  Java                       ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vendor")).append("), ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append('\n');
        return b.toString();
    }

    private static String version(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle.getVersion().toString();
            }
        }
        return "not installed";
    }
}
