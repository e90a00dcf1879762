package org.mrfsampler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Makes a job fail inside the engine and checks that it ends FAILED with its message while the service
 * goes on running other jobs. The failing job is a row whose stored spec does not validate (an unknown
 * boundary), written straight to the database because the API would reject it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:job-failure;DB_CLOSE_DELAY=-1")
class JobFailureTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JobRepository jobs;

    @Autowired
    private JobQueue queue;

    @Test
    void failingJobEndsFailedAndServiceGoesOn() {
        ApiClient api = new ApiClient(port);
        UUID id = UUID.randomUUID();
        String spec = """
                {"model": {"type": "ising", "rows": 8, "cols": 8, "boundary": "helical"},
                 "sampler": {"algorithm": "metropolis", "steps": 10, "thin": 10, "seed": 1}}""";
        jobs.save(new Job(id, "ising", spec, 1, 8, 8, 10, Instant.now()));

        queue.enqueue(id);

        JsonNode failed = api.awaitFinished(id.toString(), Duration.ofSeconds(30));
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("errorMessage").asString()).contains("model.boundary");
        assertThat(failed.get("finishedAt").isNull()).isFalse();

        String next = api.submit("{\"model\": {\"type\": \"ising\", \"rows\": 4, \"cols\": 4},"
                + " \"sampler\": {\"steps\": 10, \"thin\": 10}}");
        assertThat(api.awaitFinished(next, Duration.ofSeconds(30)).get("status").asString()).isEqualTo("SUCCEEDED");
    }
}
