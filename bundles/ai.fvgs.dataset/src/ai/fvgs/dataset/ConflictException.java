package ai.fvgs.dataset;

/**
 * Someone else saved the entry after it was read: the update was not applied. Reload the entry
 * ({@link DatasetStore#entry(long)}), merge the changes and save again with the new version.
 */
public final class ConflictException extends DatasetException {

    private static final long serialVersionUID = 1L;

    private final long entryId;
    private final long expectedVersion;
    private final long currentVersion;

    /**
     * @param entryId         the entry that was saved
     * @param expectedVersion the version the caller read and edited
     * @param currentVersion  the version now stored
     */
    public ConflictException(long entryId, long expectedVersion, long currentVersion) {
        super("entry " + entryId + " was changed by someone else: you edited version " + expectedVersion
                + " but version " + currentVersion + " is stored now; reload the entry and apply your changes again");
        this.entryId = entryId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /** @return the id of the entry that was saved */
    public long entryId() {
        return entryId;
    }

    /** @return the version the caller read and edited */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the version stored now */
    public long currentVersion() {
        return currentVersion;
    }
}
