package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One index in an {@link ApplyResult}: collection and fields, the index name when known, and why for failures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplyEntry(String collection, List<String> fields, String name, String message) {

    public ApplyEntry {
        fields = List.copyOf(fields);
    }
}
