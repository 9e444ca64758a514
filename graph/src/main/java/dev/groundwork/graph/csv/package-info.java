/** Streaming RFC 4180 CSV reading shared by ingest and query; the entry point is {@link dev.groundwork.graph.csv.CsvReader}. */
package dev.groundwork.graph.csv;
