package org.mrfsampler.job;

import java.util.List;

/** One page of jobs, newest first. */
public record JobPage(List<JobResponse> items, int page, int size, long totalItems, int totalPages) {
}
