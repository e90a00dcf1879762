package org.mrfsampler.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.sampler.Algorithms;
import org.mrfsampler.sampler.HopfieldRandomScanMetropolis;
import org.mrfsampler.sampler.IsingRandomScanMetropolis;
import org.mrfsampler.sampler.MarkovChain;

/** Shows that the oracle checks can fail: on a wrong kernel, on too-short batches, and on missing coverage. */
@Tag("oracle")
class OracleSelfTest {

    private static final String CASE_NAME = "ising 4x4 periodic h=0.0 beta=0.4407";

    @Test
    void wrongKernelIsRejected() {
        OracleCase oracleCase = smallIsingCase(CASE_NAME);

        List<CheckResult> results = OracleRun.run("halved-exponent-metropolis", oracleCase,
                (model, initial, rng) -> new HalvedExponentMetropolis((IsingModel) model, initial, rng));

        CheckResult energy = result(results, "E/N");
        // A genuine statistical rejection: the error estimate is trusted and the estimate is far outside it.
        assertThat(energy.batchesLongEnough()).as(energy.describe()).isTrue();
        assertThat(energy.withinTolerance()).as(energy.describe()).isFalse();
        assertThat(energy.passed()).isFalse();
        assertThat(result(results, "m^2").passed()).isFalse();
    }

    @Test
    void correctKernelPassesSameCase() {
        OracleCase oracleCase = smallIsingCase(CASE_NAME);

        List<CheckResult> results = OracleRun.run("reference-metropolis", oracleCase,
                (model, initial, rng) -> new IsingRandomScanMetropolis((IsingModel) model, initial, rng));

        for (CheckResult result : results) {
            assertThat(result.passed()).as(result.describe()).isTrue();
        }
    }

    /** The fallback cases run only for kernels that support nothing smaller, so check them here once. */
    @Test
    void fallbackCasesPassWithReferenceKernels() {
        List<CheckResult> results = new ArrayList<>(OracleRun.run("reference-metropolis",
                OracleCases.largeIsingFallback(),
                (model, initial, rng) -> new IsingRandomScanMetropolis((IsingModel) model, initial, rng)));
        results.addAll(OracleRun.run("reference-metropolis", OracleCases.largeHopfieldFallback(),
                (model, initial, rng) -> new HopfieldRandomScanMetropolis((HopfieldModel) model, initial, rng)));

        for (CheckResult result : results) {
            assertThat(result.passed()).as(result.describe()).isTrue();
        }
    }

    @Test
    void shortBatchesAreRejected() {
        OracleCase full = smallIsingCase(CASE_NAME);
        // Batches of 8 "sweeps" of one proposal each span far less than one autocorrelation time.
        OracleCase shortRun = new OracleCase(full.name(), full.model(), full.observables(), null, 0, 3);

        List<CheckResult> results = OracleRun.run("one-proposal-per-sweep", shortRun,
                (model, initial, rng) -> new OneProposalPerSweep(
                        new IsingRandomScanMetropolis((IsingModel) model, initial, rng)));

        CheckResult energy = result(results, "E/N");
        assertThat(energy.summary().batchSize()).isEqualTo(8);
        assertThat(energy.batchesLongEnough()).as(energy.describe()).isFalse();
        assertThat(energy.passed()).isFalse();
    }

    @Test
    void everyAlgorithmHasAnOracle() {
        List<OracleCase> cases = new ArrayList<>(IsingOracleTest.otherIsingCases());
        cases.add(OracleCases.largeIsingFallback());
        cases.addAll(OracleCases.smallHopfield());
        cases.add(OracleCases.largeHopfieldFallback());

        for (String algorithm : Algorithms.names()) {
            assertThat(cases).as("oracle cases that %s supports; add a case it can sample", algorithm)
                    .anyMatch(c -> OracleCases.supports(algorithm, c.model()));
        }
    }

    private static OracleCase smallIsingCase(String name) {
        return OracleCases.smallIsing().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static CheckResult result(List<CheckResult> results, String quantity) {
        return results.stream().filter(r -> r.label().endsWith(" " + quantity)).findFirst().orElseThrow();
    }

    /** Runs a correct kernel but counts a single proposal as a sweep, so successive samples are correlated. */
    private record OneProposalPerSweep(MarkovChain chain) implements MarkovChain {

        @Override
        public void advance(long steps) {
            chain.advance(steps);
        }

        @Override
        public void advanceSweeps(long sweeps) {
            chain.advance(sweeps);
        }

        @Override
        public long stepsPerSweep() {
            return 1;
        }

        @Override
        public long siteUpdates() {
            return chain.siteUpdates();
        }

        @Override
        public byte[] spins() {
            return chain.spins();
        }

        @Override
        public double energy() {
            return chain.energy();
        }

        @Override
        public double magnetization() {
            return chain.magnetization();
        }

        @Override
        public long proposals() {
            return chain.proposals();
        }

        @Override
        public long accepted() {
            return chain.accepted();
        }
    }
}
