package dev.groundwork.query.predictedlinks;

/**
 * Which end of a link is asked for: {@code TAILS} answers {@code (anchor, relation, ?)},
 * {@code HEADS} answers {@code (?, relation, anchor)} (through the model's reciprocal relation).
 */
public enum Direction {
    TAILS,
    HEADS
}
