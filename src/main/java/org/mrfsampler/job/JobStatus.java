package org.mrfsampler.job;

/** Lifecycle of a job: QUEUED → RUNNING → SUCCEEDED or FAILED; QUEUED or RUNNING → CANCELLED. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
