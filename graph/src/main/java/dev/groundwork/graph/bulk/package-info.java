/**
 * Initial loads at importer speed: files in the {@code neo4j-admin database import} CSV format
 * ({@link dev.groundwork.graph.bulk.ImportCsv}, {@link dev.groundwork.graph.bulk.ImportFiles}) and
 * Neo4j's parallel importer run in this process on an empty embedded store
 * ({@link dev.groundwork.graph.bulk.BulkImport}); {@link dev.groundwork.graph.bulk.BulkLoad#load} runs a whole load
 * (files, import, schema, the ingest run), and {@link dev.groundwork.graph.bulk.KeyIds} and
 * {@link dev.groundwork.graph.bulk.EdgeSet} number nodes and dedupe relationships in compact arrays.
 */
package dev.groundwork.graph.bulk;
