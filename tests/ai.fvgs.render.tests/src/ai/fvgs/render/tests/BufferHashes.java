package ai.fvgs.render.tests;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.fvgs.render.FrameBuffers;

/** SHA-256 of each buffer of a frame, over the exact bits of every value. */
final class BufferHashes {

    private BufferHashes() {
    }

    static Map<String, String> of(FrameBuffers fb) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("color", ints(fb.color()));
        m.put("depth", floats(fb.depth()));
        m.put("normals", floats(fb.normals()));
        m.put("partIds", ints(fb.partIds()));
        m.put("alpha", floats(fb.alpha()));
        return m;
    }

    private static String ints(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        b.asIntBuffer().put(values);
        return sha256(b.array());
    }

    private static String floats(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        for (float v : values) {
            b.putInt(Float.floatToRawIntBits(v));
        }
        return sha256(b.array());
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
