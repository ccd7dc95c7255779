package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.MediaStore;

class MediaStoreOSGiTest {

    /** SHA-256 of the three bytes "abc" (FIPS 180-2 test vector). */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path work;

    @Test
    void storesByContentInTwoFolderLevels() throws Exception {
        MediaStore store = new MediaStore(work.resolve("media"));
        Path in = Files.writeString(work.resolve("a.txt"), "abc");
        assertEquals(ABC, store.put(in));
        Path stored = work.resolve("media/ba/78/" + ABC);
        assertEquals(stored, store.path(ABC));
        assertTrue(store.exists(ABC));
        try (InputStream s = store.open(ABC)) {
            assertArrayEquals("abc".getBytes(), s.readAllBytes());
        }
        assertEquals(work.resolve("media/thumbnails/256/ba/78/" + ABC + ".png"), store.thumbnailPath(ABC, 256));
    }

    @Test
    void storingTheSameBytesTwiceKeepsOneFileAndNoTemporaries() throws Exception {
        MediaStore store = new MediaStore(work.resolve("media"));
        String first = store.put(Files.writeString(work.resolve("a.txt"), "abc"));
        long modified = Files.getLastModifiedTime(store.path(first)).toMillis();
        String second = store.put(Files.writeString(work.resolve("copy-of-a.txt"), "abc"));
        assertEquals(first, second);
        assertEquals(modified, Files.getLastModifiedTime(store.path(first)).toMillis(), "an existing file is not rewritten");
        try (Stream<Path> files = Files.walk(store.root())) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "one stored file, no temporary left over");
        }
    }

    @Test
    void rejectsBadKeysAndReportsMissingFiles() throws Exception {
        MediaStore store = new MediaStore(work.resolve("media"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> store.path("../../etc/passwd"));
        assertTrue(bad.getMessage().contains("'../../etc/passwd'") && bad.getMessage().contains("64 lower-case hex"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.exists(ABC.toUpperCase()));
        assertFalse(store.exists(ABC));
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> store.open(ABC));
        assertTrue(missing.getMessage().contains(ABC), missing.getMessage());
        assertThrows(NoSuchFileException.class, () -> store.put(work.resolve("nope.jpg")));
    }
}
