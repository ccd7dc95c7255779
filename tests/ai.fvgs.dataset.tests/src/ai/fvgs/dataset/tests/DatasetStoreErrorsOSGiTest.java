package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;

/** Opening fails with a message that names the URL and says what to do. */
class DatasetStoreErrorsOSGiTest {

    @TempDir
    Path work;

    @Test
    void unsupportedUrlNamesTheAllowedOnes() {
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetStore.open("jdbc:mysql://localhost/x", work));
        assertTrue(e.getMessage().contains("'jdbc:mysql://localhost/x' is not supported") && e.getMessage().contains("jdbc:postgresql://"),
                e.getMessage());
    }

    @Test
    void unreachableServerIsNamedAndThePasswordHidden() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> DatasetStore.open("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=secret&connectTimeout=2", work));
        assertTrue(e.getMessage().contains("127.0.0.1:1") && e.getMessage().contains("cannot be reached"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void missingDatabaseOnTheServerSaysSo() {
        String server = System.getProperty("fvgs.test.postgresql", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String url = server.replaceFirst("/test\\b", "/fvgs_no_such_database");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetStore.open(url, work));
        assertTrue(e.getMessage().contains("fvgs_no_such_database"), e.getMessage());
    }
}
