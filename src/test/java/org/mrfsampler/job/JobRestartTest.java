package org.mrfsampler.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrfsampler.MrfSamplerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Stops and restarts the service on one file-based H2 database, as an operator would. */
class JobRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void jobsSurviveRestartAndRunningJobsResume() {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("mrf-sampler");
        String finishedId;
        String runningId;
        Instant firstStart;

        try (ConfigurableApplicationContext service = start(url)) {
            ApiClient api = new ApiClient(port(service));
            finishedId = api.submit("{\"model\": {\"type\": \"ising\", \"rows\": 8, \"cols\": 8},"
                    + " \"sampler\": {\"steps\": 1000, \"thin\": 100, \"seed\": 2}}");
            api.awaitFinished(finishedId, Duration.ofSeconds(30));
            runningId = api.submit("{\"model\": {\"type\": \"ising\"},"
                    + " \"sampler\": {\"steps\": 100000000000, \"thin\": 1000000000, \"seed\": 3}}");
            JsonNode running = awaitStatus(api, runningId, "RUNNING");
            firstStart = Instant.parse(running.get("startedAt").asString());
        }

        try (ConfigurableApplicationContext service = start(url)) {
            ApiClient api = new ApiClient(port(service));
            JsonNode finished = api.json(api.get("/api/jobs/" + finishedId));
            assertThat(finished.get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(api.json(api.get("/api/jobs/" + finishedId + "/samples")).get("total").asLong()).isEqualTo(10);

            JsonNode resumed = awaitStatus(api, runningId, "RUNNING");
            assertThat(Instant.parse(resumed.get("startedAt").asString())).isAfter(firstStart);
            assertThat(api.post("/api/jobs/" + runningId + "/cancel", "").statusCode()).isEqualTo(200);
        }
    }

    private static JsonNode awaitStatus(ApiClient api, String id, String status) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = api.json(api.get("/api/jobs/" + id));
            return last[0].get("status").asString().equals(status) && !last[0].get("startedAt").isNull();
        });
        return last[0];
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments outrank application.properties, which sets port 8080.
        return new SpringApplicationBuilder(MrfSamplerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
