/**
 * Neural link prediction (ComplEx, DistMult) in pure Java on the Vector API. The entry point is
 * {@link dev.groundwork.query.linkprediction.LinkPredictor}; see docs/linkprediction.md.
 */
package dev.groundwork.query.linkprediction;
