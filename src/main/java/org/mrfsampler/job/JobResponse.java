package org.mrfsampler.job;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A job as the API shows it. */
@Schema(description = "A sampling job and its progress")
public record JobResponse(
        UUID id,
        JobStatus status,
        @Schema(description = "Fraction of the run done, 0 to 1") double progress,
        @Schema(description = "Unit of stepsDone and totalSteps: steps (kernel steps) or sweeps (N site updates)",
                allowableValues = {"steps", "sweeps"})
        String unit,
        long stepsDone,
        long totalSteps,
        @Schema(description = "Site updates done divided by the number of sites N") double sweepsDone,
        @Schema(description = "Accepted / proposed moves so far; null before the first progress report")
        Double acceptanceRate,
        long samplesStored,
        long seed,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Why the job failed; null unless status is FAILED") String errorMessage,
        JobStatistics statistics,
        @Schema(description = "The submitted spec with every default filled in, including the seed") JobSpec spec) {

    static JobResponse of(Job job, JobSpec spec, JobStatistics statistics) {
        double progress = job.getTotalSteps() == 0 ? 1.0 : (double) job.getStepsDone() / job.getTotalSteps();
        Double acceptanceRate = job.getProposals() == 0 ? null : (double) job.getAccepted() / job.getProposals();
        String unit = spec.sampler().sweeps() != null ? "sweeps" : "steps";
        return new JobResponse(job.getId(), job.getStatus(), progress, unit, job.getStepsDone(), job.getTotalSteps(),
                job.getSweepsDone(), acceptanceRate, job.getSamplesStored(), job.getSeed(), job.getCreatedAt(),
                job.getStartedAt(), job.getFinishedAt(), job.getErrorMessage(), statistics, spec);
    }
}
