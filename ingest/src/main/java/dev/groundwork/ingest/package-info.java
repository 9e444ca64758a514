/** Groundwork's ingest module: see docs/architecture.md for what it owns. */
package dev.groundwork.ingest;
