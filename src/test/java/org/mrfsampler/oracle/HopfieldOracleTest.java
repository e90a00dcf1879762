package org.mrfsampler.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.mrfsampler.sampler.Algorithms;

/**
 * Samples Hopfield networks with every registered algorithm that supports them and compares the averages
 * with exact values. See {@link OracleRun} for the acceptance rule and the false-alarm rate.
 */
@Tag("oracle")
class HopfieldOracleTest {

    @AfterAll
    static void logCheckCount() {
        OracleRun.logCheckCount();
    }

    @TestFactory
    Stream<DynamicTest> smallNetworksMatchExactValues() {
        return IsingOracleTest.dynamicTests(OracleCases.smallHopfield());
    }

    /** Runs the 8 × 16 case only for algorithms that support none of the small networks. */
    @TestFactory
    Stream<DynamicTest> largeNetworkFallbackMatchesCurieWeiss() {
        List<OracleCase> small = OracleCases.smallHopfield();
        OracleCase fallback = OracleCases.largeHopfieldFallback();
        List<DynamicTest> tests = new ArrayList<>();
        for (String algorithm : Algorithms.names()) {
            boolean coveredElsewhere = small.stream().anyMatch(c -> OracleCases.supports(algorithm, c.model()));
            if (!coveredElsewhere && OracleCases.supports(algorithm, fallback.model())) {
                tests.add(IsingOracleTest.dynamicTest(algorithm, fallback));
            }
        }
        return tests.stream();
    }
}
