package dev.groundwork.api.graphql;

import dev.groundwork.graph.tickets.LinkType;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL enums of {@code TicketLink} spell what the graph holds: the values are the strings JSON carried before. */
class TicketLinkEnumsTest {
    @Test
    void ticketLinkTypeIsEveryLinkTypeThenSimilarTo() throws IOException {
        assertThat(values("TicketLinkType")).containsExactlyElementsOf(
                Stream.concat(Arrays.stream(LinkType.values()).map(Enum::name), Stream.of(LinkType.SIMILAR_TO)).toList());
    }

    @Test
    void ticketLinkDirectionIsOutgoingOrIncoming() throws IOException {
        assertThat(values("TicketLinkDirection")).containsExactly("OUTGOING", "INCOMING");
    }

    private static List<String> values(String enumName) throws IOException {
        try (InputStream in = TicketLinkEnumsTest.class.getResourceAsStream("/graphql/tickets.graphqls")) {
            TypeDefinitionRegistry schema = new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            EnumTypeDefinition e = schema.getType(enumName, EnumTypeDefinition.class).orElseThrow();
            return e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
        }
    }
}
