/** Groundwork's query module: see docs/architecture.md for what it owns. */
package dev.groundwork.query;
