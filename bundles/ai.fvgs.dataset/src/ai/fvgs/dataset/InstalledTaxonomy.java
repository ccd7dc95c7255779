package ai.fvgs.dataset;

import java.time.Instant;

import ai.fvgs.sdk.taxonomy.Taxonomy;

/**
 * A taxonomy version stored in a dataset, from {@link TaxonomyStore#list()}.
 *
 * @param taxonomy    the taxonomy
 * @param sha256      the SHA-256 (64 lower-case hex digits) of its canonical JSON, which identifies its content
 * @param origin      where it came from: {@code built-in}, {@code vendor:<extension id>}, {@code file:<file name>}
 *                    or {@code api}
 * @param installedAt when it was installed
 * @param installedBy who installed it
 */
public record InstalledTaxonomy(Taxonomy taxonomy, String sha256, String origin, Instant installedAt, String installedBy) {
}
