package ai.fvgs.avatar.gltf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.avatar.Avatar;

/**
 * Writes an {@link Avatar} as a glTF 2.0 binary file: one skinned mesh with a primitive per material, the
 * skeleton as a node hierarchy with inverse bind matrices, and PBR materials. The file appears only when
 * complete (written to a temporary file, then renamed).
 */
public final class GlbWriter {

    private static final int MAGIC = 0x46546C67;
    private static final int JSON_CHUNK = 0x4E4F534A;
    private static final int BIN_CHUNK = 0x004E4942;

    private GlbWriter() {
    }

    /**
     * @param avatar the avatar
     * @param target the .glb file to write
     * @throws IOException if it cannot be written; then no file is left behind
     */
    public static void write(Avatar avatar, Path target) throws IOException {
        byte[] glb = toBytes(avatar);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().threadId() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(glb);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param avatar the avatar
     * @return the complete .glb file
     */
    public static byte[] toBytes(Avatar avatar) {
        GltfDocument doc = new GltfDocument(avatar);
        ObjectNode json = doc.json();
        byte[] bin = doc.binary();
        byte[] text;
        try {
            text = new ObjectMapper().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise glTF JSON", e);
        }
        int jsonLength = pad4(text.length);
        int binLength = pad4(bin.length);
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + jsonLength + 8 + binLength).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(2).putInt(b.capacity());
        b.putInt(jsonLength).putInt(JSON_CHUNK).put(text);
        for (int i = text.length; i < jsonLength; i++) {
            b.put((byte) ' ');
        }
        b.putInt(binLength).putInt(BIN_CHUNK).put(bin);
        for (int i = bin.length; i < binLength; i++) {
            b.put((byte) 0);
        }
        return b.array();
    }

    static int pad4(int n) {
        return (n + 3) & ~3;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
