/** Entity mentions in tickets; the entry point is {@link dev.groundwork.ingest.tickets.mentions.MentionExtractor}. */
package dev.groundwork.ingest.tickets.mentions;
