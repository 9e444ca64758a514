package dev.groundwork.ingest.tickets.mentions;

/** The kinds of entity a ticket mentions. */
public enum MentionKind {
    COMPONENT,
    VERSION,
    LABEL,
    /** A Java exception or error class, qualified if the text qualifies it: {@code java.io.IOException}. */
    EXCEPTION,
    /** An error code in normal form: {@code HTTP 500}, {@code ORA-00942}, {@code EACCES}, {@code errno 13}, {@code exit code 127}, {@code ERROR_NO_SUCH_METHOD}, {@code AccessDenied}. */
    ERROR_CODE,
    /** Another ticket's key, such as {@code HADOOP-1234}. */
    TICKET_KEY
}
