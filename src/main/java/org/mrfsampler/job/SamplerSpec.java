package org.mrfsampler.job;

import io.swagger.v3.oas.annotations.media.Schema;

/** How to run the chain. */
@Schema(description = "Sampler settings")
public record SamplerSpec(
        @Schema(description = "Sampling algorithm (default metropolis: single-site random-scan Metropolis-Hastings,"
                + " one step = one proposed flip)", allowableValues = {"metropolis"})
        String algorithm,
        @Schema(description = "Number of steps (default 150000 for Ising, 20000 for Hopfield)", example = "150000")
        Long steps,
        @Schema(description = "Keep every thin-th state; sample k is the state after step k·thin"
                + " (default 100 for Ising, 20 for Hopfield)", example = "100")
        Long thin,
        @Schema(description = "Seed of the random stream; omitted, a random seed is chosen and shown on the job",
                example = "1")
        Long seed) {
}
