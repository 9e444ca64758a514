package dev.groundwork.query.linkprediction;

import java.util.OptionalDouble;

/**
 * Progress after one training epoch, passed to the progress callback on the training thread. An
 * immutable value: {@code LinkPredictor.train(data, config, r -> log.info("epoch {} loss {}", r.epoch(), r.loss()))}.
 *
 * @param epoch 1-based epoch number
 * @param loss mean loss an example (cross-entropy plus N3 term)
 * @param seconds wall time of the epoch, without validation
 * @param examplesPerSecond training examples (one direction of one triple each) a second
 * @param matmulGflops GFLOP/s reached inside the matrix products
 * @param validMrr filtered valid MRR, if it was computed after this epoch
 */
public record EpochReport(int epoch, double loss, double seconds, double examplesPerSecond, double matmulGflops, OptionalDouble validMrr) {}
