package org.mrfsampler.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The Markov random field to sample; which fields apply depends on {@code type}. */
@Schema(description = "The model. Ising: E = -J Σ<ij> s_i s_j - h Σ s_i. Hopfield: W = XᵀX/N with zero diagonal,"
        + " E = -½ sᵀWs. Both: p(s) ∝ exp(-β E).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelSpec(
        @Schema(description = "Model type", allowableValues = {"ising", "hopfield"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "Lattice rows (default 64)", example = "64")
        Integer rows,
        @Schema(description = "Lattice columns (default 64)", example = "64")
        Integer cols,
        @Schema(description = "Ising coupling J (default 100)", example = "100.0")
        Double coupling,
        @Schema(description = "Ising external field h (default 0)", example = "0.0")
        Double field,
        @Schema(description = "Inverse temperature β ≥ 0 (default 1 for Ising, 100 for Hopfield)", example = "1.0")
        Double beta,
        @Schema(description = "Ising boundary condition (default free)", allowableValues = {"free", "periodic"})
        String boundary,
        @Schema(description = "Hopfield patterns (default [\"cat\"]): builtin names such as \"cat\", or rows×cols"
                + " arrays of -1 and +1", example = "[\"cat\"]")
        List<Object> patterns) {
}
