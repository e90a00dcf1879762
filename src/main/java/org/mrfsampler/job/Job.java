package org.mrfsampler.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A sampling job as stored. The spec column contains the resolved spec as JSON, so a job can be rerun from
 * its row alone. Running jobs change their row only through the conditional updates of
 * {@link JobRepository}; this entity is read, and written once on submission.
 */
@Entity
@Table(name = "job")
public class Job {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;

    @Column(name = "model_type", nullable = false)
    private String modelType;

    @Column(nullable = false)
    private String spec;

    @Column(nullable = false)
    private long seed;

    @Column(name = "lattice_rows", nullable = false)
    private int rows;

    @Column(name = "lattice_cols", nullable = false)
    private int cols;

    @Column(name = "total_steps", nullable = false)
    private long totalSteps;

    @Column(name = "steps_done", nullable = false)
    private long stepsDone;

    @Column(nullable = false)
    private long proposals;

    @Column(nullable = false)
    private long accepted;

    @Column(name = "samples_stored", nullable = false)
    private long samplesStored;

    @Column(name = "sweeps_done", nullable = false)
    private double sweepsDone;

    /** Running statistics of the observables as JSON, written with the progress; null before the first sweep. */
    private String statistics;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Job() {
    }

    /** Creates a QUEUED job. */
    public Job(UUID id, String modelType, String spec, long seed, int rows, int cols, long totalSteps, Instant createdAt) {
        this.id = id;
        this.status = JobStatus.QUEUED;
        this.modelType = modelType;
        this.spec = spec;
        this.seed = seed;
        this.rows = rows;
        this.cols = cols;
        this.totalSteps = totalSteps;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public JobStatus getStatus() {
        return status;
    }

    public String getModelType() {
        return modelType;
    }

    public String getSpec() {
        return spec;
    }

    public long getSeed() {
        return seed;
    }

    public int getRows() {
        return rows;
    }

    public int getCols() {
        return cols;
    }

    public long getTotalSteps() {
        return totalSteps;
    }

    public long getStepsDone() {
        return stepsDone;
    }

    public long getProposals() {
        return proposals;
    }

    public long getAccepted() {
        return accepted;
    }

    public long getSamplesStored() {
        return samplesStored;
    }

    public double getSweepsDone() {
        return sweepsDone;
    }

    public String getStatistics() {
        return statistics;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
