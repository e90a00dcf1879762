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
 * Samples Ising models with every registered algorithm that supports them and compares the averages with
 * exact values. See {@link OracleRun} for the acceptance rule and the false-alarm rate.
 */
@Tag("oracle")
class IsingOracleTest {

    @AfterAll
    static void logCheckCount() {
        OracleRun.logCheckCount();
    }

    @TestFactory
    Stream<DynamicTest> smallLatticesMatchEnumeration() {
        return dynamicTests(OracleCases.smallIsing());
    }

    @TestFactory
    Stream<DynamicTest> torusMatchesKaufman() {
        return dynamicTests(OracleCases.kaufmanIsing());
    }

    @TestFactory
    Stream<DynamicTest> wideLatticesMatchTransferMatrix() {
        return dynamicTests(OracleCases.wideIsing());
    }

    /** Runs the 128 × 128 case only for algorithms that support no other Ising case. */
    @TestFactory
    Stream<DynamicTest> largeLatticeFallbackMatchesKaufman() {
        List<OracleCase> others = otherIsingCases();
        OracleCase fallback = OracleCases.largeIsingFallback();
        List<DynamicTest> tests = new ArrayList<>();
        for (String algorithm : Algorithms.names()) {
            boolean coveredElsewhere = others.stream().anyMatch(c -> OracleCases.supports(algorithm, c.model()));
            if (!coveredElsewhere && OracleCases.supports(algorithm, fallback.model())) {
                tests.add(dynamicTest(algorithm, fallback));
            }
        }
        return tests.stream();
    }

    static List<OracleCase> otherIsingCases() {
        List<OracleCase> cases = new ArrayList<>(OracleCases.smallIsing());
        cases.addAll(OracleCases.kaufmanIsing());
        cases.addAll(OracleCases.wideIsing());
        return cases;
    }

    static Stream<DynamicTest> dynamicTests(List<OracleCase> cases) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String algorithm : Algorithms.names()) {
            for (OracleCase oracleCase : cases) {
                if (OracleCases.supports(algorithm, oracleCase.model())) {
                    tests.add(dynamicTest(algorithm, oracleCase));
                }
            }
        }
        return tests.stream();
    }

    static DynamicTest dynamicTest(String algorithm, OracleCase oracleCase) {
        return DynamicTest.dynamicTest(algorithm + " " + oracleCase.name(),
                () -> OracleRun.assertAgrees(algorithm, oracleCase));
    }
}
