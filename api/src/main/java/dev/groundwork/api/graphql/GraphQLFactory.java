package dev.groundwork.api.graphql;

import dev.groundwork.graph.schema.ClasspathDirectory;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Builds the GraphQL API schema-first: {@code graphql/core.graphqls} (the shared model and
 * {@code Query}) merged with every other {@code graphql/*.graphqls} on the classpath (each domain's
 * {@code extend type Query}), wired by every {@link SchemaWiring} bean. A Groundwork exception in a
 * data fetcher becomes an error with a typed code ({@link GroundworkErrors}).
 */
@Factory
final class GraphQLFactory {

    @Singleton
    GraphQL graphQL(List<SchemaWiring> wirings) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (ClasspathDirectory.Entry file : ClasspathDirectory.list("graphql", ".graphqls")) {
            types.merge(parser.parse(file.text()));
        }
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().scalar(JsonScalar.JSON);
        wirings.forEach(w -> w.wire(wiring));
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        return GraphQL.newGraphQL(schema).defaultDataFetcherExceptionHandler(new GroundworkErrors()).build();
    }
}
