package dev.groundwork.query.sports.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The three-tournament subset of the World Cup data under src/test/resources (see its README), and gold questions over it. */
final class Fixture {
    private Fixture() {}

    static Path directory() {
        try {
            return Path.of(Fixture.class.getResource("/sports/worldcup-fixture/tournaments.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answerable gold question of {@code family}; {@code slots} alternate slot name and value. */
    static GoldQuestion question(String family, String... slots) {
        return asked("test question about " + family, family, slots);
    }

    /** An answerable gold question with the text a user would type. */
    static GoldQuestion asked(String text, String family, String... slots) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < slots.length; i += 2) {
            args.put(slots[i], slots[i + 1]);
        }
        return new GoldQuestion("t-" + family, text, family, args, true, null);
    }
}
