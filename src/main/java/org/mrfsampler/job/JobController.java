package org.mrfsampler.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs", description = "Submit sampling jobs and follow their progress")
@ApiResponse(responseCode = "400", description = "Invalid request; the problem detail names each field and the fix",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class JobController {

    private final JobService service;

    JobController(JobService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a job", description = "Validates the spec, stores the job as QUEUED and starts it"
            + " when a worker is free. Omitted fields take their defaults; the response shows them.")
    @ApiResponse(responseCode = "202", description = "Job accepted; Location points to it")
    ResponseEntity<JobResponse> submit(@RequestBody JobSpec spec) {
        Job job = service.submit(spec);
        return ResponseEntity.accepted()
                .location(URI.create("/api/jobs/" + job.getId()))
                .body(service.toResponse(job));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List jobs, newest first")
    @ApiResponse(responseCode = "200", description = "One page of jobs")
    JobPage list(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Jobs per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<Job> jobs = service.list(page, size);
        return new JobPage(jobs.map(job -> service.toResponse(job)).getContent(), page, size,
                jobs.getTotalElements(), jobs.getTotalPages());
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Get a job's status and progress")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "No job with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    JobResponse get(@PathVariable UUID id) {
        Job job = service.find(id);
        return service.toResponse(job);
    }

    @PostMapping(value = "/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The cancelled job")
    @Operation(summary = "Cancel a queued or running job", description = "A running job stops within one progress"
            + " check and keeps the samples stored so far.")
    @ApiResponse(responseCode = "404", description = "No job with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The job has already finished",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    JobResponse cancel(@PathVariable UUID id) {
        Job job = service.cancel(id);
        return service.toResponse(job);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a finished job and its samples")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No job with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The job is still queued or running; cancel it first",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
