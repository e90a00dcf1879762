package org.mrfsampler.job;

import java.util.UUID;

/** No job has the requested id. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(UUID id) {
        super("No job with id " + id + "; list the jobs with GET /api/jobs");
    }
}
