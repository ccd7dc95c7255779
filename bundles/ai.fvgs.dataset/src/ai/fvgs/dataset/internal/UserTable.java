package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.User;

/** SQL for the {@code users} table. */
public final class UserTable {

    private static final String COLUMNS = "id, name, role, created_at";

    private UserTable() {
    }

    /**
     * @param c     a connection in a transaction
     * @param name  a checked user name
     * @param role  the role
     * @param at    now
     * @param actor who adds the user
     * @return the new user
     * @throws SQLException     on a database error
     * @throws DatasetException if the name is taken
     */
    public static User add(Connection c, String name, Role role, Instant at, String actor) throws SQLException, DatasetException {
        if (find(c, name).isPresent()) {
            throw new DatasetException("user '" + name + "' already exists; change the role with: fvgs dataset users role " + name + " ROLE");
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.setString(2, role.label());
            s.setObject(3, AuditLog.utc(at));
            s.executeUpdate();
            id = Entries.generatedId(s);
        }
        User user = new User(id, name, role, at);
        AuditLog.write(c, at, actor, "add", "user", id, null, state(user));
        return user;
    }

    /**
     * @param c     a connection in a transaction
     * @param name  an existing user's name
     * @param role  the new role
     * @param at    now
     * @param actor who changes it
     * @return the user with the new role
     * @throws SQLException     on a database error
     * @throws DatasetException if there is no such user
     */
    public static User setRole(Connection c, String name, Role role, Instant at, String actor) throws SQLException, DatasetException {
        User before = find(c, name).orElseThrow(() -> unknown(name));
        try (PreparedStatement s = c.prepareStatement("UPDATE users SET role = ? WHERE id = ?")) {
            s.setString(1, role.label());
            s.setLong(2, before.id());
            s.executeUpdate();
        }
        User after = new User(before.id(), name, role, before.createdAt());
        AuditLog.write(c, at, actor, "set-role", "user", before.id(), state(before), state(after));
        return after;
    }

    /**
     * @param name a user name
     * @return an error naming the user and how to add one
     */
    public static DatasetException unknown(String name) {
        return new DatasetException("user '" + name + "' does not exist; add it with: fvgs dataset users add " + name + " --role ROLE");
    }

    /**
     * @param c    a connection
     * @param name a user name
     * @return the user, or empty
     * @throws SQLException on a database error
     */
    public static Optional<User> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /**
     * @param c a connection
     * @return every user, by name
     * @throws SQLException on a database error
     */
    public static List<User> list(Connection c) throws SQLException {
        List<User> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM users"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(read(r));
            }
        }
        out.sort(java.util.Comparator.comparing(User::name)); // the same order on every database, whatever its collation
        return out;
    }

    private static User read(ResultSet r) throws SQLException {
        return new User(r.getLong(1), r.getString(2), Role.parse(r.getString(3)), AuditLog.instant(r, 4));
    }

    private static Map<String, Object> state(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("role", u.role().label());
        return m;
    }
}
