package ai.fvgs.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Media files stored on disk by content: a file's name is the SHA-256 of its bytes, in two levels of
 * folders, {@code <root>/ab/cd/abcd...} (64 hex digits). Storing the same bytes twice stores them once.
 * Files appear complete or not at all: they are written to {@code <root>/tmp}, flushed to disk and renamed
 * into place atomically. Thumbnails are cached under {@code <root>/thumbnails/<size>/ab/cd/<sha256>.png}.
 * <p>
 * Thread-safe; several processes may share one root.
 */
public final class MediaStore {

    private static final String HEX = "[0-9a-f]{64}";

    private final Path root;

    /**
     * @param root the folder of the store; created when missing
     * @throws IOException if it cannot be created
     */
    public MediaStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root.resolve("tmp"));
    }

    /** @return the folder of the store */
    public Path root() {
        return root;
    }

    /**
     * Stores a copy of a file.
     *
     * @param file a readable file
     * @return its SHA-256, 64 lower-case hex digits, the key for {@link #open} and {@link #path}
     * @throws IOException if the file cannot be read or the store written; the store is then unchanged
     */
    public String put(Path file) throws IOException {
        Path tmp = Files.createTempFile(root.resolve("tmp"), "put-", ".part");
        try {
            String hash;
            try (InputStream in = Files.newInputStream(file);
                    FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                MessageDigest digest = sha256();
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0;) {
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                channel.force(true);
                hash = HexFormat.of().formatHex(digest.digest());
            }
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(tmp, target);
            }
            return hash;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("media store folder " + target.getParent() + " does not support atomic renames from " + tmp.getParent()
                    + "; keep the whole media store on one local file system", e);
        }
    }

    /**
     * @param sha256 a key returned by {@link #put}
     * @return whether the store holds that file
     * @throws IllegalArgumentException if the key is not 64 lower-case hex digits
     */
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /**
     * @param sha256 a key returned by {@link #put}
     * @return where the file is (or would be) stored; never write to it
     * @throws IllegalArgumentException if the key is not 64 lower-case hex digits
     */
    public Path path(String sha256) {
        checkHash(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * @param sha256 a key returned by {@link #put}
     * @return the file's bytes
     * @throws NoSuchFileException      naming the key if the store does not hold it
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if the key is not 64 lower-case hex digits
     */
    public InputStream open(String sha256) throws IOException {
        Path p = path(sha256);
        try {
            return Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(p.toString(), null, "media " + sha256 + " is not in the media store " + root);
        }
    }

    /**
     * The cache location of a thumbnail; the file exists only once a thumbnail has been made.
     *
     * @param sha256 the media file's key
     * @param size   the thumbnail's longer side in pixels, 16 to 4096
     * @return {@code <root>/thumbnails/<size>/ab/cd/<sha256>.png}
     */
    public Path thumbnailPath(String sha256, int size) {
        checkHash(sha256);
        if (size < 16 || size > 4096) {
            throw new IllegalArgumentException("thumbnail size " + size + " is not allowed; use 16 to 4096 pixels");
        }
        return root.resolve("thumbnails").resolve(Integer.toString(size)).resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))
                .resolve(sha256 + ".png");
    }

    /**
     * The cache location of a video still kept by the import (see {@link SampledFrame}).
     *
     * @param sha256     the video's key
     * @param frameIndex the frame's index, 0 or more
     * @param size       the thumbnail's longer side in pixels, 16 to 4096
     * @return {@code <root>/thumbnails/<size>/ab/cd/<sha256>-f<frameIndex>.png}
     */
    public Path frameThumbnailPath(String sha256, int frameIndex, int size) {
        if (frameIndex < 0) {
            throw new IllegalArgumentException("frame index " + frameIndex + " is not allowed; frames count from 0");
        }
        Path whole = thumbnailPath(sha256, size);
        return whole.resolveSibling(sha256 + "-f" + frameIndex + ".png");
    }

    /**
     * @param sha256 a proposed key
     * @return the key
     * @throws IllegalArgumentException naming the value if it is not 64 lower-case hex digits
     */
    public static String checkHash(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches(HEX)) {
            throw new IllegalArgumentException("media hash '" + sha256 + "' is not allowed; a SHA-256 is 64 lower-case hex digits");
        }
        return sha256;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
