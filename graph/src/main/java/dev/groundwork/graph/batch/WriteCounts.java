package dev.groundwork.graph.batch;

/**
 * What an ingest run wrote. Immutable.
 *
 * @param records input records written (rows across all statements)
 * @param nodesCreated nodes the run created
 * @param relationshipsCreated relationships the run created
 * @param updated rows that merged into something that already existed
 * @param skipped input records skipped (bad input within the error budget, or filtered out)
 * @param errors bad-input errors reported
 */
public record WriteCounts(long records, long nodesCreated, long relationshipsCreated, long updated, long skipped,
                          long errors) {
    public static final WriteCounts ZERO = new WriteCounts(0, 0, 0, 0, 0, 0);

    public WriteCounts {
        if (records < 0 || nodesCreated < 0 || relationshipsCreated < 0 || updated < 0 || skipped < 0 || errors < 0) {
            throw new IllegalArgumentException("counts must not be negative, got " + records + "/" + nodesCreated + "/"
                    + relationshipsCreated + "/" + updated + "/" + skipped + "/" + errors);
        }
    }

    public WriteCounts plus(WriteCounts o) {
        return new WriteCounts(records + o.records, nodesCreated + o.nodesCreated,
                relationshipsCreated + o.relationshipsCreated, updated + o.updated, skipped + o.skipped, errors + o.errors);
    }
}
