package dev.groundwork.query.sports;

import dev.groundwork.query.sports.EntityLinker.Entry;
import dev.groundwork.query.sports.EntityLinker.Kind;
import dev.groundwork.query.sports.EntityLinker.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker(List.of(
            new Entry(Kind.TEAM, "T-29", "Germany", null), new Entry(Kind.TEAM, "T-80", "West Germany", null),
            new Entry(Kind.TEAM, "T-83", "United States", null), new Entry(Kind.TEAM, "T-42", "Ivory Coast", null),
            new Entry(Kind.PLAYER, "P-1", "Ronaldo", "Ronaldo"), new Entry(Kind.PLAYER, "P-2", "Cristiano Ronaldo", "Ronaldo"),
            new Entry(Kind.PLAYER, "P-3", "Kylian Mbappé", "Mbappé"), new Entry(Kind.PLAYER, "P-4", "Steve Young", "Young"),
            new Entry(Kind.AWARD, "A-1", "Best Young Player", null)),
            List.<String[]>of(new String[] {"USA", "United States"}, new String[] {"Côte d'Ivoire", "Ivory Coast"}));

    private List<String> ids(String question) {
        return linker.link(question).stream().map(m -> m.candidates().getFirst().id()).toList();
    }

    @Test
    void prefersTheLongestNameSoWestGermanyIsNotGermany() {
        assertThat(ids("Did West Germany play Germany?")).containsExactly("T-80", "T-29");
    }

    @Test
    void linksAliasesLowerCaseNamesAndFamilyNamesWithoutAccents() {
        assertThat(ids("how many goals did mbappe score against the usa")).containsExactly("P-3", "T-83");
    }

    @Test
    void aWholeNameThatIsAlsoAFamilyNameIsAmbiguous() {
        Mention m = linker.link("How many goals did Ronaldo score?").getFirst();
        assertThat(m.ambiguous()).isTrue();
        assertThat(linker.link("How many goals did Cristiano Ronaldo score?").getFirst().ambiguous()).isFalse();
    }

    @Test
    void commonWordsNeverLinkOnTheirOwnButMultiWordNamesDo() {
        assertThat(ids("who was the best young player in 2018")).containsExactly("A-1");
        assertThat(ids("who is the young player of the year")).isEmpty();
    }

    @Test
    void aClubsShortNameAfterInIsTheCityOfThatNameUnlessItIsPairedWithAnotherTeam() {
        EntityLinker clubsAndCities = new EntityLinker(List.of(
                new Entry(Kind.TEAM, "openfootball:team:liverpool", "Liverpool FC", null),
                new Entry(Kind.TEAM, "openfootball:team:chelsea", "Chelsea FC", null), new Entry(Kind.CITY, "Liverpool", "Liverpool", null)),
                List.<String[]>of(new String[] {"Liverpool", "Liverpool FC"}, new String[] {"Chelsea", "Chelsea FC"}));
        java.util.function.Function<String, List<String>> kinds = q -> clubsAndCities.link(q).stream()
                .map(m -> m.kind() + " " + m.candidates().getFirst().id()).toList();

        assertThat(kinds.apply("How many World Cup matches were played in Liverpool in 1966?")).containsExactly("CITY Liverpool");
        assertThat(kinds.apply("What was the score in Liverpool v Chelsea in 2022/23?"))
                .containsExactly("TEAM openfootball:team:liverpool", "TEAM openfootball:team:chelsea");
        assertThat(kinds.apply("Who scored in Liverpool's win over Chelsea?"))
                .containsExactly("TEAM openfootball:team:liverpool", "TEAM openfootball:team:chelsea");
        assertThat(kinds.apply("How did Liverpool do against Chelsea?"))
                .containsExactly("TEAM openfootball:team:liverpool", "TEAM openfootball:team:chelsea");
    }

    @Test
    void correctsAMisspeltCapitalisedName() {
        assertThat(ids("Who played for Germanny?")).containsExactly("T-29");
    }
}
