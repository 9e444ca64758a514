/** Rule-based splitting of a ticket into a section tree; the entry point is {@link dev.groundwork.ingest.tickets.sections.SectionSplitter}. */
package dev.groundwork.ingest.tickets.sections;
