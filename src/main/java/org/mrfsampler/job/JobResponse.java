package org.mrfsampler.job;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A job as the API shows it. */
@Schema(description = "A sampling job and its progress")
public record JobResponse(
        UUID id,
        JobStatus status,
        @Schema(description = "Fraction of steps done, 0 to 1") double progress,
        long stepsDone,
        long totalSteps,
        @Schema(description = "Accepted / proposed moves so far; null before the first progress report")
        Double acceptanceRate,
        long samplesStored,
        long seed,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Why the job failed; null unless status is FAILED") String errorMessage,
        @Schema(description = "The submitted spec with every default filled in, including the seed") JobSpec spec) {

    static JobResponse of(Job job, JobSpec spec) {
        double progress = job.getTotalSteps() == 0 ? 1.0 : (double) job.getStepsDone() / job.getTotalSteps();
        Double acceptanceRate = job.getProposals() == 0 ? null : (double) job.getAccepted() / job.getProposals();
        return new JobResponse(job.getId(), job.getStatus(), progress, job.getStepsDone(), job.getTotalSteps(),
                acceptanceRate, job.getSamplesStored(), job.getSeed(), job.getCreatedAt(), job.getStartedAt(),
                job.getFinishedAt(), job.getErrorMessage(), spec);
    }
}
