/**
 * Reading tickets (Jira REST, GitHub REST, Jira CSV) into {@link dev.groundwork.ingest.tickets.TicketRecord}s; the entry
 * point is {@link dev.groundwork.ingest.tickets.TicketParser}.
 */
package dev.groundwork.ingest.tickets;
