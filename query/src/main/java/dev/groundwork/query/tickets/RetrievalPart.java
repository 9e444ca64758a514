package dev.groundwork.query.tickets;

import dev.groundwork.graph.BadInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The structural parts of ticket retrieval that can be switched off one by one (`eval tickets --without PART`) to measure
 * what each adds on top of the fused BM25 and dense evidence of a ticket's sections. Those on by default are in
 * {@link TicketRetriever.Weights#DEFAULTS}.
 */
public enum RetrievalPart {
    /**
     * BM25 of the question against each ticket's whole text as one document (its title and sections but the fields), in
     * place of its best section's BM25: a duplicate report repeats words spread over another's title, prose and trace,
     * which no single section holds (Callan 1994, passage against document evidence).
     */
    WHOLE_TICKET("whole-ticket"),
    /** The question's title matched to ticket titles and its body to ticket bodies (BM25 and dense), as their own ranks. */
    SECTION_MATCH("section-match"),
    /** Shared identifying mentions (exception classes, error codes, ...), IDF-weighted, as their own rank. */
    MENTIONS("mentions"),
    /**
     * The code identifiers the question shares with a ticket (dotted names such as configuration keys, paths, class and
     * member names, versions), ranked by BM25 over them as a field of their own.
     */
    IDENTIFIERS("identifiers"),
    /** Evidence from neighbours: tickets linked (explicitly or SIMILAR_TO) to strong candidates, as their own rank. */
    NEIGHBOURS("neighbours"),
    /**
     * How near in time a ticket was filed to the question's ticket, as {@code -log(1 + days apart)}: a report and its
     * duplicate are mostly filed within weeks of each other, two unrelated reports years apart (on hadoop a median of 41
     * days against 504). A question that is not a ticket (no filing time) gets nothing from it.
     */
    NEAR_IN_TIME("near-in-time");

    private final String optionName;

    RetrievalPart(String optionName) {
        this.optionName = optionName;
    }

    /** The name on the command line. */
    public String optionName() {
        return optionName;
    }

    /** The parts named by {@code names} (as in {@code --without}), each one of {@link #optionName()}s. */
    public static Set<RetrievalPart> parse(Iterable<String> names) {
        Set<RetrievalPart> out = EnumSet.noneOf(RetrievalPart.class);
        for (String n : names) {
            String name = n.strip().toLowerCase(Locale.ROOT);
            out.add(Arrays.stream(values()).filter(p -> p.optionName.equals(name)).findFirst().orElseThrow(() ->
                    new BadInputException("--without must list parts among " + Arrays.stream(values()).map(RetrievalPart::optionName).toList()
                            + ", got '" + n.strip() + "'")));
        }
        return out;
    }
}
