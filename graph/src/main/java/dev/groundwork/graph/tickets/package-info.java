/** Vocabulary of the ticket graph shared by the ticket ingestor and ticket retrieval. */
package dev.groundwork.graph.tickets;
