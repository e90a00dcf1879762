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

    /** Sample {@code index} (1-based) is the state after {@code step} = index·thin steps. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            long index,
            long step,
            @Schema(description = "Total energy E of the state") double energy,
            @Schema(description = "Mean spin Σ s_i / N, in [-1, 1]") double magnetization,
            @Schema(description = "rows arrays of cols spins, each -1 or 1; omitted when includeSpins=false")
            int[][] spins) {
    }
}
