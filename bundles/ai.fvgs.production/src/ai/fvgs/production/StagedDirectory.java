package ai.fvgs.production;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of outputs that appears under its final name only when complete: files go to a hidden sibling
 * folder, which {@link #commit()} renames to the target. The target may exist only if it is empty (it is then
 * replaced); a folder with content is never overwritten, so no earlier result is lost.
 */
public final class StagedDirectory {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();


    private final Path target;
    private final Path temp;
    private boolean done;

    private StagedDirectory(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * @param target the final folder
     * @return a staging folder, created
     * @throws IOException if the target has content, or the staging folder cannot be created
     */
    public static StagedDirectory create(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        checkReplaceable(t);
        Path parent = t.getParent();
        Files.createDirectories(parent);
        // a plain new folder, not createTempDirectory (which makes it private to its owner), so the finished folder
        // gets the permissions any new folder there gets; the random part keeps concurrent writers apart
        while (true) {
            Path temp = parent.resolve("." + t.getFileName() + ".partial-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                Files.createDirectory(temp);
                return new StagedDirectory(t, temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same name: draw again
            }
        }
    }

    /**
     * @param target a folder that an output would go to
     * @throws IOException naming the folder if it exists and is not an empty folder
     */
    public static void checkReplaceable(Path target) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(target)) {
                if (s.iterator().hasNext()) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "folder is not empty; choose a new or empty folder so that nothing in it is overwritten");
                }
            }
        }
    }

    /** @return the folder to write into */
    public Path folder() {
        return temp;
    }

    /** @return the final folder */
    public Path target() {
        return target;
    }

    /**
     * Renames the staging folder to the target.
     *
     * @throws IOException if the target gained content meanwhile or the rename fails; the staging folder is then
     *                     deleted
     */
    public void commit() throws IOException {
        if (done) {
            return;
        }
        try {
            checkReplaceable(target);
            Files.deleteIfExists(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } catch (IOException e) {
            discard();
            throw e;
        }
    }

    /** Deletes the staging folder and everything in it. */
    public void discard() {
        if (done) {
            return;
        }
        done = true;
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.getLogger(StagedDirectory.class.getName()).log(System.Logger.Level.WARNING, "cannot delete " + temp + ": " + e);
        }
    }
}
