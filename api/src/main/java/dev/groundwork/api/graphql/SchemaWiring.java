package dev.groundwork.api.graphql;

import graphql.schema.idl.RuntimeWiring;

/**
 * A domain's part of the GraphQL API: the data fetchers for the fields its {@code graphql/*.graphqls}
 * file declares. Every bean of this type is applied when the schema is built at start-up.
 */
public interface SchemaWiring {
    /** Registers this domain's data fetchers and scalars. */
    void wire(RuntimeWiring.Builder wiring);
}
