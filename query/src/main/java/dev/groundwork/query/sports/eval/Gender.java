package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import java.util.Locale;

/** Which World Cup: the data holds the men's (1930-2022) and the women's (1991-2019) tournaments. */
enum Gender {
    MEN("Men's"),
    WOMEN("Women's");

    private final String inTournamentName;

    Gender(String inTournamentName) {
        this.inTournamentName = inTournamentName;
    }

    /** The gender of a tournament named like "2015 FIFA Women's World Cup". */
    static Gender ofTournamentName(String tournamentName) {
        return tournamentName.contains(WOMEN.inTournamentName) ? WOMEN : MEN;
    }

    static Gender parse(String value, String where) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "men", "mens", "men's" -> MEN;
            case "women", "womens", "women's" -> WOMEN;
            default -> throw new BadInputException(where + ": expected gender 'men' or 'women', got '" + value + "'");
        };
    }
}
