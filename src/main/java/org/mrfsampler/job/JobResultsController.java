package org.mrfsampler.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.mrfsampler.model.PackedSpins;
import org.mrfsampler.render.GifAnimationWriter;
import org.mrfsampler.sample.StoredSample;
import org.mrfsampler.sample.StoredSampleRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/jobs/{id}")
@Tag(name = "Results", description = "A job's thinned samples, as arrays or as an animated GIF")
@ApiResponse(responseCode = "400", description = "Invalid parameter; the problem detail names it and the fix",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No job with this id",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class JobResultsController {

    static final MediaType IMAGE_GIF = MediaType.IMAGE_GIF;
    /** Most spins one page of samples may return, so that a response stays within tens of megabytes. */
    static final long MAX_SPINS_PER_PAGE = 1L << 24;
    private static final int DEFAULT_LIMIT = 100;
    /** Packed bytes read from the database per query while a GIF is encoded. */
    private static final long GIF_READ_BYTES = 8L << 20;

    private final JobService jobs;
    private final StoredSampleRepository samples;

    JobResultsController(JobService jobs, StoredSampleRepository samples) {
        this.jobs = jobs;
        this.samples = samples;
    }

    @GetMapping(value = "/samples", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The requested range of samples")
    @Operation(summary = "Get stored samples", description = "Returns samples offset+1 … offset+limit in order."
            + " Sample k is the state after step k·thin. Available while the job runs.")
    SamplePage samples(@PathVariable UUID id,
            @Parameter(description = "Samples to skip, from 0") @RequestParam(defaultValue = "0") @Min(0) long offset,
            @Parameter(description = "Samples to return, 1 to 1000; by default 100, or fewer when that many would"
                    + " exceed 2^24 spins") @RequestParam(required = false) @Min(1) @Max(1000) Integer limit,
            @Parameter(description = "Include the spin arrays; false returns step, energy and magnetization only")
            @RequestParam(defaultValue = "true") boolean includeSpins) {
        Job job = jobs.find(id);
        long sites = (long) job.getRows() * job.getCols();
        int maxLimit = includeSpins ? (int) Math.max(1, Math.min(1000, MAX_SPINS_PER_PAGE / sites)) : 1000;
        int pageSize = limit == null ? Math.min(DEFAULT_LIMIT, maxLimit) : limit;
        if (pageSize > maxLimit) {
            throw new InvalidParameterException("limit", "a page may hold at most " + MAX_SPINS_PER_PAGE
                    + " spins; with " + sites + " spins per sample use limit <= " + maxLimit + " or includeSpins=false");
        }
        List<SamplePage.Item> items = samples.findRange(id, offset + 1, offset + 1 + pageSize).stream()
                .map(sample -> new SamplePage.Item(sample.getIndex(), sample.getStep(), sample.getSweeps(),
                        sample.getEnergy(), sample.getMagnetization(),
                        includeSpins ? PackedSpins.unpackRows(sample.getSpins(), job.getRows(), job.getCols()) : null,
                        sample.getOverlaps()))
                .toList();
        return new SamplePage(job.getSamplesStored(), offset, pageSize, items);
    }

    @GetMapping(value = "/animation.gif", produces = MediaType.IMAGE_GIF_VALUE)
    @Operation(summary = "Download the chain as an animated GIF", description = "One frame per stored sample,"
            + " looping; spin -1 is black and +1 white. While a job runs the GIF holds the samples stored so far.")
    @ApiResponse(responseCode = "200", description = "The animation",
            content = @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The job has no stored sample yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StreamingResponseBody> animation(@PathVariable UUID id,
            @Parameter(description = "Frames per second, 1 to 100") @RequestParam(defaultValue = "50") @Min(1) @Max(100) int fps,
            @Parameter(description = "Pixels per spin along each axis, 1 to 32") @RequestParam(defaultValue = "1") @Min(1) @Max(32) int scale) {
        Job job = jobs.find(id);
        long frames = job.getSamplesStored();
        if (frames == 0 && job.getStatus().isFinished()) {
            throw new JobStateException("Job " + id + " is " + job.getStatus() + " and has no stored sample, so"
                    + " there is nothing to animate");
        }
        if (frames == 0) {
            throw new JobStateException("Job " + id + " is " + job.getStatus() + " and has no stored sample yet;"
                    + " try again once samplesStored is above 0");
        }
        if ((long) Math.max(job.getRows(), job.getCols()) * scale > 8192) {
            throw new InvalidParameterException("scale", "the image would be wider than 8192 pixels; use scale <= "
                    + Math.max(1, 8192 / Math.max(job.getRows(), job.getCols())));
        }
        int rows = job.getRows();
        int cols = job.getCols();
        long framesPerRead = Math.max(1, GIF_READ_BYTES / PackedSpins.packedLength(rows * cols));
        StreamingResponseBody body = out -> {
            try (GifAnimationWriter gif = new GifAnimationWriter(out, rows, cols, scale, fps)) {
                for (long from = 1; from <= frames; from += framesPerRead) {
                    for (StoredSample sample : samples.findRange(id, from, Math.min(frames + 1, from + framesPerRead))) {
                        gif.writeFrame(sample.getSpins());
                    }
                }
            }
        };
        return ResponseEntity.ok().contentType(IMAGE_GIF).body(body);
    }
}
