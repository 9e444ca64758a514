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
    /** One of the top frames of a stack trace (the first {@value TextPatterns#TOP_FRAMES} after each exception line), as {@code package.Class.method}. */
    FRAME,
    /** A configuration key in dotted lower case with at least three parts, such as {@code dfs.namenode.name.dir}; package names are not keys. */
    CONFIG_KEY,
    /** Another ticket's key, such as {@code HADOOP-1234}. */
    TICKET_KEY
}
