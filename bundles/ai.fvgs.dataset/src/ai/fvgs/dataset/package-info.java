/**
 * The Fashion Media Database: dataset entries (sets of images, videos and texts with their provenance),
 * users with roles, the content-addressed media store and the audit log, on an embedded H2 file database or
 * a shared PostgreSQL database.
 * <p>
 * Start with {@link ai.fvgs.dataset.DatasetStore#open(String, java.nio.file.Path)}. See {@code docs/dataset.md}.
 */
package ai.fvgs.dataset;
