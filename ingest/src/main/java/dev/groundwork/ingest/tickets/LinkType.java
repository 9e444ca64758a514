package dev.groundwork.ingest.tickets;

/** Normalised link types between tickets; each reads from source to target, e.g. source DUPLICATES target. */
public enum LinkType {
    DUPLICATES,
    CLONES,
    RELATES_TO,
    BLOCKS,
    CAUSES
}
