package ai.fvgs.video.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ai.fvgs.video.VideoException;

/**
 * A file written under a hidden temporary name in its target folder and renamed to its final name when
 * complete, so that readers never see a partial file. Renaming within one folder is atomic on POSIX file
 * systems.
 */
public final class StagedFile {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path target;
    private final Path temp;

    private StagedFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Creates the temporary file next to {@code target}, creating missing parent folders.
     *
     * @param target the final file
     * @return the staged file
     * @throws VideoException if the folder or the temporary file cannot be created
     */
    public static StagedFile create(Path target) throws VideoException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new VideoException(absolute, "is a folder; expected a file name");
        }
        try {
            Files.createDirectories(folder);
            // a plain new file, not createTempFile (which makes it private to its owner), so the finished video gets
            // the permissions any new file in that folder gets; the random part keeps concurrent writers apart
            while (true) {
                Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
                try {
                    Files.createFile(temp);
                    return new StagedFile(absolute, temp);
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    // another writer drew the same name: draw again
                }
            }
        } catch (IOException e) {
            throw new VideoException(absolute, "cannot create a file in folder " + folder + " (" + e + ")", e);
        }
    }

    /** @return the final file */
    public Path target() {
        return target;
    }

    /** @return the temporary file to write to */
    public Path temp() {
        return temp;
    }

    /**
     * Renames the temporary file to the final name, replacing an existing file. On failure the temporary file
     * is deleted.
     *
     * @throws VideoException if the rename fails
     */
    public void commit() throws VideoException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            discard();
            throw new VideoException(target, "cannot move the finished file into place (" + e + ")", e);
        }
    }

    /** Deletes the temporary file; never fails. */
    public void discard() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            System.getLogger(StagedFile.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot delete temporary file " + temp + ": " + e);
        }
    }
}
