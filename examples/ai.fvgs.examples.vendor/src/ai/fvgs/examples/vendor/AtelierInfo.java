package ai.fvgs.examples.vendor;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import ai.fvgs.sdk.ExtensionInfo;

/** Common description parts: the vendor name, and the version taken from the bundle so one number rules both. */
final class AtelierInfo {

    static final String VENDOR = "Example Atelier";

    private AtelierInfo() {
    }

    static ExtensionInfo.Builder builder(String id, Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        Version v = bundle == null ? new Version(1, 0, 0) : bundle.getVersion();
        return ExtensionInfo.builder(id).vendor(VENDOR).version(v.getMajor() + "." + v.getMinor() + "." + v.getMicro())
                .thumbnail(bundle == null ? null : bundle.getEntry("icons/" + id.substring(id.lastIndexOf('.') + 1) + ".png"));
    }
}
