package org.mrfsampler.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** How to run the chain. */
@Schema(description = "Sampler settings")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SamplerSpec(
        @Schema(description = "Sampling algorithm (default metropolis: single-site random-scan Metropolis-Hastings,"
                + " one step = one proposed flip); the README lists them all with what one step is")
        String algorithm,
        @Schema(description = "Run length in kernel steps (default 150000 for Ising, 20000 for Hopfield);"
                + " give steps or sweeps, not both", example = "150000")
        Long steps,
        @Schema(description = "Run length in sweeps of N site updates, comparable across algorithms; thin then"
                + " counts sweeps too")
        Long sweeps,
        @Schema(description = "Keep every thin-th state; sample k is the state after k·thin steps (or sweeps)"
                + " (default 100 for Ising, 20 for Hopfield)", example = "100")
        Long thin,
        @Schema(description = "Seed of the random stream; omitted, a random seed is chosen and shown on the job",
                example = "1")
        Long seed,
        @Schema(description = "Sweeps left out of the job's statistics at the start of the run (default 0);"
                + " samples are stored from the start whatever its value")
        Long burnInSweeps) {
}
