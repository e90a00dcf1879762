package org.mrfsampler.job;

import java.util.List;
import java.util.stream.Collectors;

/** A submitted job spec that cannot run, with every field that is wrong and how to fix it. */
public class InvalidJobSpecException extends RuntimeException {

    /** One invalid field: its JSON path (such as {@code model.rows}) and what to change. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public InvalidJobSpecException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
