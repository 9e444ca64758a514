/** Groundwork's graph module: see docs/architecture.md for what it owns. */
package dev.groundwork.graph;
