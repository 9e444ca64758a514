package dev.groundwork.api.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The API's one Jackson mapper: Jackson's defaults (nulls and empty lists included), with {@code java.time} values
 * written as ISO text. The server injects it as the {@link ApiJson} bean; the command line and {@code bench api},
 * which run without a bean context of their own, read {@link #SHARED}, the same instance. Thread-safe: configured once
 * here and never after.
 *
 * <pre>{@code
 * String line = ApiObjectMapper.SHARED.writeValueAsString(Map.of("answered", true));
 * }</pre>
 */
public final class ApiObjectMapper {
    /** The one mapper; do not reconfigure it. */
    public static final ObjectMapper SHARED = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ApiObjectMapper() {}
}
