package org.mrfsampler.job;

import io.swagger.v3.oas.annotations.media.Schema;

/** Initial state of the chain. */
@Schema(description = "Initial state of the chain")
public record InitialStateSpec(
        @Schema(description = "random: independent ±1 spins drawn from the job's seed (default);"
                + " up: all +1; down: all -1", allowableValues = {"random", "up", "down"})
        String type) {
}
