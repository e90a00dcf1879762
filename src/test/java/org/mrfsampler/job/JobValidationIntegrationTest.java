package org.mrfsampler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sends invalid requests to the running service and checks that each gets a problem detail naming the
 * field and the fix, that nothing is stored, and that the service keeps working. The limits are set low
 * here so that the limit checks can be reached with small requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:job-validation;DB_CLOSE_DELAY=-1",
        "mrf.limits.max-rows=256", "mrf.limits.max-cols=256", "mrf.limits.max-samples=1000",
        "mrf.limits.max-stored-bits=1000000"})
class JobValidationIntegrationTest {

    @LocalServerPort
    private int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    static Stream<Arguments> invalidSpecs() {
        return Stream.of(
                Arguments.of("{\"model\": {\"type\": \"ising\"", "body", "malformed JSON"),
                Arguments.of("", "body", "missing"),
                Arguments.of("{\"sampler\": {\"steps\": 10}}", "model", "missing"),
                Arguments.of("{\"model\": {\"type\": \"potts\"}}", "model.type", "unknown model type 'potts'"),
                Arguments.of("{\"model\": {\"rows\": 4}}", "model.type", "missing"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": 0}}", "model.rows", "between 1 and 256"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"cols\": -3}}", "model.cols", "between 1 and 256"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": 257}}", "model.rows", "mrf.limits.max-rows"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"cols\": 1000}}", "model.cols", "mrf.limits.max-cols"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": \"many\"}}", "model.rows", "an integer without quotes"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": 64.5}}", "model.rows", "an integer without quotes"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": \"64\"}}", "model.rows", "an integer without quotes"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"beta\": \"hot\"}}", "model.beta", "a number"),
                Arguments.of("{\"model\": {\"type\": \"hopfield\", \"patterns\": \"cat\"}}", "model.patterns",
                        "an array, such as [\"cat\"]"),
                Arguments.of("{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"steps\": 99999999999999999999}}",
                        "sampler.steps", "out of range"),
                Arguments.of("{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"steps\": 10, \"thin\": 10, \"burnInSweeps\": -1}}",
                        "sampler.burnInSweeps", ">= 0"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": 64.0}}", "model.rows", "without quotes, decimal point"),
                Arguments.of("{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"steps\": 10, \"sweeps\": 10}}",
                        "sampler.sweeps", "either steps or sweeps"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rowz\": 4}}", "model.rowz", "unknown field"),
                Arguments.of("{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"thin\": 0}}", "sampler.thin", "at least 1"),
                Arguments.of("{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"steps\": 5, \"thin\": 10}}",
                        "sampler.steps", "at least thin"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"beta\": 1e400}}", "model.beta", "finite"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"coupling\": -1e400}}", "model.coupling", "finite"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"field\": 1e999}}", "model.field", "finite"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"beta\": -1}}", "model.beta", ">= 0"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"boundary\": \"helical\"}}", "model.boundary",
                        "use \"free\" or \"periodic\""),
                Arguments.of("{\"model\": {\"type\": \"hopfield\", \"patterns\": [\"dog\"]}}", "model.patterns[0]",
                        "unknown builtin pattern 'dog'"),
                Arguments.of("{\"model\": {\"type\": \"hopfield\", \"rows\": 32, \"cols\": 32, \"patterns\": [\"cat\"]}}",
                        "model.patterns[0]", "set model.rows to 64"),
                Arguments.of("{\"model\": {\"type\": \"hopfield\", \"rows\": 2, \"cols\": 2, \"patterns\": [[[1, -1], [1]]]}}",
                        "model.patterns[0][1]", "array of 2 entries"),
                Arguments.of("{\"model\": {\"type\": \"hopfield\", \"rows\": 2, \"cols\": 2, \"patterns\": [[[1, -1]]]}}",
                        "model.patterns[0]", "has 1 rows"),
                Arguments.of("{\"model\": {\"type\": \"hopfield\", \"rows\": 2, \"cols\": 2, \"patterns\": [[[1, 0], [1, 1]]]}}",
                        "model.patterns[0][0][1]", "must be -1 or 1"),
                Arguments.of("{\"model\": {\"type\": \"hopfield\", \"coupling\": 1.0}}", "model.coupling", "not used"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": 4, \"cols\": 4}, \"sampler\": {\"steps\": 100000, \"thin\": 10}}",
                        "sampler.thin", "limit of 1000 (mrf.limits.max-samples); raise thin to at least 100"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"rows\": 200, \"cols\": 200}, \"sampler\": {\"steps\": 1000, \"thin\": 10}}",
                        "sampler.thin", "limit of 1000000 stored spins (mrf.limits.max-stored-bits)"),
                Arguments.of("{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"algorithm\": \"gibbs-magic\"}}",
                        "sampler.algorithm", "unknown algorithm"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"field\": 0.5}, \"sampler\": {\"algorithm\": \"wolff\","
                        + " \"steps\": 10, \"thin\": 10}}", "sampler.algorithm", "wolff needs field h = 0"),
                Arguments.of("{\"model\": {\"type\": \"ising\", \"cols\": 100}, \"sampler\": {\"algorithm\": \"multispin\","
                        + " \"steps\": 10, \"thin\": 10}}", "sampler.algorithm", "use cols = 128"),
                Arguments.of("{\"model\": {\"type\": \"hopfield\"}, \"sampler\": {\"algorithm\": \"wolff\","
                        + " \"steps\": 10, \"thin\": 10}}", "sampler.algorithm", "supports only Ising models"),
                Arguments.of("{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"steps\": 10, \"thin\": 10}, \"initialState\": {\"type\": \"checkerboard\"}}",
                        "initialState.type", "unknown initial state"));
    }

    @ParameterizedTest
    @MethodSource("invalidSpecs")
    void invalidSpecGetsProblemDetail(String spec, String field, String messagePart) {
        long jobsBefore = jobCount();

        HttpResponse<String> response = api.post("/api/jobs", spec);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = api.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains(field);
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(messagePart);
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void everyInvalidFieldIsReported() {
        HttpResponse<String> response = api.post("/api/jobs",
                "{\"model\": {\"type\": \"ising\", \"rows\": 0, \"beta\": 1e400}, \"sampler\": {\"thin\": 0}}");

        JsonNode errors = api.json(response).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("model.rows", "model.beta", "sampler.thin");
    }

    @Test
    void runLengthAndThinAreBothReported() {
        HttpResponse<String> response = api.post("/api/jobs",
                "{\"model\": {\"type\": \"ising\"}, \"sampler\": {\"steps\": 0, \"thin\": 0}}");

        JsonNode errors = api.json(response).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("sampler.steps", "sampler.thin");
    }

    @Test
    void unsupportedAlgorithmIsReportedWithSamplerErrors() {
        HttpResponse<String> response = api.post("/api/jobs",
                "{\"model\": {\"type\": \"hopfield\"}, \"sampler\": {\"algorithm\": \"wolff\", \"sweeps\": 5, \"thin\": 20}}");

        JsonNode errors = api.json(response).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("sampler.sweeps", "sampler.algorithm");
    }

    @Test
    void formEncodedBodyGetsContentTypeFix() {
        HttpResponse<String> response = api.postForm("/api/jobs", "model=ising");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.json(response).get("detail").asString()).contains("Content-Type: application/json");
    }

    @Test
    void unknownJobGetsNotFound() {
        UUID id = UUID.randomUUID();
        for (String path : new String[] {"", "/samples", "/animation.gif"}) {
            HttpResponse<String> response = api.get("/api/jobs/" + id + path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(api.json(response).get("detail").asString()).contains(id.toString());
        }
    }

    @Test
    void invalidQueryParametersAreNamed() {
        String id = api.submit("{\"model\": {\"type\": \"ising\", \"rows\": 4, \"cols\": 4}, \"sampler\": {\"steps\": 10, \"thin\": 10}}");
        api.awaitFinished(id, java.time.Duration.ofSeconds(30));

        assertParameterError("/api/jobs/" + id + "/samples?limit=0", "limit");
        assertParameterError("/api/jobs/" + id + "/samples?offset=-1", "offset");
        assertParameterError("/api/jobs/" + id + "/animation.gif?fps=500", "fps");
        assertParameterError("/api/jobs/" + id + "/animation.gif?scale=x", "scale");
        assertParameterError("/api/jobs/not-a-uuid", "id");
        assertParameterError("/api/jobs?size=1000", "size");
    }

    @Test
    void serviceKeepsWorkingAfterBadInput() {
        api.post("/api/jobs", "{\"model\": ");
        api.post("/api/jobs", "{\"model\": {\"type\": \"ising\", \"rows\": -1}}");

        String id = api.submit("{\"model\": {\"type\": \"ising\", \"rows\": 4, \"cols\": 4}, \"sampler\": {\"steps\": 10, \"thin\": 10}}");
        assertThat(api.awaitFinished(id, java.time.Duration.ofSeconds(30)).get("status").asString()).isEqualTo("SUCCEEDED");
    }

    private void assertParameterError(String path, String parameter) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        assertThat(api.json(response).get("errors").get(0).get("field").asString()).as(path).isEqualTo(parameter);
    }

    private long jobCount() {
        return api.json(api.get("/api/jobs?size=1")).get("totalItems").asLong();
    }
}
