package org.mrfsampler.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Running statistics of a job's observables, measured once per sweep after the spec's burnInSweeps, with
 * errors from batch means.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Per-sweep statistics of the observables; absMagnetization for Ising, absOverlap (|q| with"
        + " the first pattern) for Hopfield")
public record JobStatistics(Observable energyPerSite, Observable absMagnetization, Observable absOverlap) {

    /**
     * Mean, standard error, integrated autocorrelation time (in sweeps, ½ for uncorrelated data) and
     * effective sample size of one observable. The last three are null until 128 sweeps are measured.
     * The error estimates come from batch means, which are trustworthy only when the batches are much
     * longer than the autocorrelation time; {@code errorReliable} is false when they are not, and then the
     * standard error and τ_int are lower bounds.
     */
    public record Observable(
            long count,
            Double mean,
            Double standardError,
            Double integratedAutocorrelationTime,
            Double effectiveSampleSize,
            @Schema(description = "Sweeps per batch of the batch-means estimate") long batchLength,
            @Schema(description = "True when there are at least 32 batches, each at least 10 integrated"
                    + " autocorrelation times long; when false, run longer before trusting standardError")
            Boolean errorReliable) {
    }
}
