-- Fashion Media Database, schema version 3: full-text search and the labelling workflow. Portable SQL: the
-- same file runs on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.
--
-- Full text is a term table maintained by the application (ai.fvgs.dataset.internal.SearchTerms): every
-- distinct word of an entry's captions, descriptions and tags, lower-cased and normalised, one row per
-- (term, entry). A word query is an index lookup on the primary key on both databases, and both return the
-- same entries for the same query (database-specific stemming would not).

-- FALSE until the entry's terms are in entry_terms; entries created before this version, or written by
-- code that bypasses the store, are indexed when a store opens or a search runs.
ALTER TABLE entries ADD COLUMN search_indexed BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX entries_search_indexed_idx ON entries (search_indexed, id);

CREATE TABLE entry_terms (
    term      VARCHAR(64) NOT NULL,
    entry_id  BIGINT      NOT NULL,
    CONSTRAINT entry_terms_pk PRIMARY KEY (term, entry_id),
    CONSTRAINT entry_terms_entry_fk FOREIGN KEY (entry_id) REFERENCES entries (id) ON DELETE CASCADE
);
CREATE INDEX entry_terms_entry_idx ON entry_terms (entry_id);

-- Date-range filters without a status filter, in result order
CREATE INDEX entries_updated_idx ON entries (updated_at, id);
