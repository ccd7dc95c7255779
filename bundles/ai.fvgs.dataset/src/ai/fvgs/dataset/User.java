package ai.fvgs.dataset;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who labels, reviews or administers the dataset.
 *
 * @param id        database id
 * @param name      unique user name: 1 to 64 letters, digits, '.', '_', '-' or '@'
 * @param role      what the user may do
 * @param createdAt when the user was added
 */
public record User(long id, String name, Role role, Instant createdAt) {

    /** Allowed user names. */
    public static final String NAME_PATTERN = "[\\p{L}\\p{N}._@-]{1,64}";

    /** Checks the fields. */
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * @param name a proposed user name
     * @return the name
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static String checkName(String name) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("user name '" + name + "' is not allowed; use 1 to 64 letters, digits, '.', '_', '-' or '@'");
        }
        return name;
    }
}
