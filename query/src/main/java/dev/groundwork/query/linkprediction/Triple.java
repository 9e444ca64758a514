package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;

/**
 * One fact {@code (head, relation, tail)} named by strings: the graph's node keys and relationship
 * types. An immutable, thread-safe value: {@code new Triple("alga", "isa", "entity")}.
 */
public record Triple(String head, String relation, String tail) {
    public Triple {
        requireName("head", head);
        requireName("relation", relation);
        requireName("tail", tail);
    }

    private static void requireName(String role, String value) {
        if (value == null || value.isEmpty()) {
            throw new BadInputException("triple " + role + " must be a non-empty string, got " + (value == null ? "null" : "''"));
        }
    }
}
