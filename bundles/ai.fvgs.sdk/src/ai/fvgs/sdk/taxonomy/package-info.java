/**
 * Taxonomies: versioned vocabularies of garment categories and parts, attributes in groups, plain label
 * groups (such as skin tones) and keypoint skeletons, which annotations of the fashion dataset refer to.
 * Vendors add their own through {@link ai.fvgs.sdk.taxonomy.TaxonomyProvider}.
 *
 * @since 1.2
 */
package ai.fvgs.sdk.taxonomy;
