package dev.groundwork.api.ingestjob;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL enums of {@code ingest(source:)} name what the loader registry loads, no more and no less. */
class IngestEnumsTest {
    @Test
    void ingestKindNamesEveryLoaderInTheRegistrysOrder() throws IOException {
        assertThat(values("IngestKind")).containsExactlyElementsOf(Arrays.stream(Loader.values()).map(Loader::kindName).toList());
    }

    @Test
    void ingestFormatNamesEveryFormatOfEveryLoader() throws IOException {
        assertThat(values("IngestFormat")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Loader.values()).flatMap(l -> l.formats().stream()).distinct().toList());
    }

    private static List<String> values(String enumName) throws IOException {
        try (InputStream in = IngestEnumsTest.class.getResourceAsStream("/graphql/ingest.graphqls")) {
            TypeDefinitionRegistry schema = new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            EnumTypeDefinition e = schema.getType(enumName, EnumTypeDefinition.class).orElseThrow();
            return e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
        }
    }
}
