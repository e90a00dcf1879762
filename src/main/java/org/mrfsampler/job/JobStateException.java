package org.mrfsampler.job;

/** The request does not fit the job's current status, for example deleting a job that still runs. */
public class JobStateException extends RuntimeException {

    public JobStateException(String message) {
        super(message);
    }
}
