package org.mrfsampler.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A range of a job's stored samples. */
public record SamplePage(
        @Schema(description = "Samples stored so far") long total,
        long offset,
        int limit,
        List<Item> items) {

    /** Sample {@code index} (1-based) is the state after {@code step} = index·thin steps (or sweeps). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            long index,
            @Schema(description = "Steps or sweeps done, in the job's unit") long step,
            @Schema(description = "Site updates done divided by the number of sites N") double sweeps,
            @Schema(description = "Total energy E of the state") double energy,
            @Schema(description = "Mean spin Σ s_i / N, in [-1, 1]") double magnetization,
            @Schema(description = "rows arrays of cols spins, each -1 or 1; omitted when includeSpins=false")
            int[][] spins,
            @Schema(description = "Hopfield overlaps q_μ = x_μ·s / N with each pattern; omitted for Ising")
            double[] overlaps) {
    }
}
