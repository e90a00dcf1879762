package org.mrfsampler.oracle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.function.Executable;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.sampler.Algorithms;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;
import org.mrfsampler.stats.BatchMeansEstimator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples an {@link OracleCase} with a kernel and compares every measured mean with its exact value.
 *
 * <p>A run starts from a random state, discards the burn-in, then measures once per sweep
 * ({@code advanceSweeps(1)}). Each quantity, and the indicator of each energy level with probability of at
 * least {@value #MIN_LEVEL_PROBABILITY} (rarer levels share one bin), is averaged by a
 * {@link BatchMeansEstimator}. A check passes when the estimate lies within {@value #TOLERANCE_IN_ERRORS}
 * standard errors of the exact value and the batches are long enough for that error to be trusted
 * ({@link CheckResult#batchesLongEnough()}).
 *
 * <p>False-alarm rate: for a Gaussian estimate a two-sided 4.5σ excursion has probability 6.8e-6. The
 * standard error is itself estimated from 127 batches (126 degrees of freedom), so the deviation follows
 * Student's t and the per-check rate is about 1.5e-5. The energy-level comparisons make most of the
 * checks. A kernel that supports every case gets 277 Ising and 89 Hopfield checks, so a correct kernel
 * fails somewhere with probability about 0.55 %. Eight kernels, six of them Ising-only with 277 checks
 * and two Hopfield-only with 89, make about 1,840 checks and a suite-wide false-alarm probability of
 * about 2.8 %. Seeds are fixed, so a given build either always passes or always fails. A single marginal
 * failure (below about 6 SE) right after a change in how a kernel draws random numbers may be such a
 * false alarm: rerun with another {@code SEED_BASE} before calling it a bug. Each test class logs the
 * number of checks that ran.
 */
final class OracleRun {

    static final double TOLERANCE_IN_ERRORS = 4.5;
    static final int MIN_BATCHES = 32;
    static final double MIN_BATCH_LENGTH_IN_TAU = 10;
    static final double MIN_LEVEL_PROBABILITY = 0.02;
    /** Rarer levels are pooled into one bin, checked only if the run expects this many visits to it. */
    static final double MIN_EXPECTED_POOLED_VISITS = 1000;

    /** Changing this draws new seeds for every check. */
    private static final long SEED_BASE = 0x2F6A_91C4_5D0B_7E13L;

    private static final Logger log = LoggerFactory.getLogger(OracleRun.class);
    private static final AtomicLong checkCount = new AtomicLong();

    /** Creates a kernel for a model, like {@link Algorithms#create} but open to test kernels. */
    interface ChainFactory {
        MarkovChain create(SpinModel model, byte[] initial, UniformRandomProvider rng);
    }

    private OracleRun() {
    }

    static ChainFactory registered(String algorithm) {
        return (model, initial, rng) -> Algorithms.create(algorithm, model, initial, rng, 1);
    }

    /** Returns the fixed seed of one kernel on one case; the same names always give the same seed. */
    static long seedFor(String kernel, String caseName) {
        return SEED_BASE ^ (0x9E37_79B9_7F4A_7C15L * (kernel + "|" + caseName).hashCode());
    }

    /**
     * Runs the case and returns one result per observable and per checked energy bin.
     *
     * @throws AssertionError if the chain reports an energy that is not a level of the exact spectrum
     */
    static List<CheckResult> run(String kernel, OracleCase oracleCase, ChainFactory factory) {
        long seed = seedFor(kernel, oracleCase.name());
        String prefix = kernel + " " + oracleCase.name();
        log.info("{}: seed {}, {} burn-in and {} measured sweeps", prefix, seed, oracleCase.burnInSweeps(),
                oracleCase.measuredSweeps());
        SpinModel model = oracleCase.model();
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        byte[] initial = InitialStates.random(model.size(), rng);
        MarkovChain chain = factory.create(model, initial, rng);
        chain.advanceSweeps(oracleCase.burnInSweeps());

        List<ExactObservable> observables = oracleCase.observables();
        BatchMeansEstimator[] estimators = new BatchMeansEstimator[observables.size()];
        for (int i = 0; i < estimators.length; i++) {
            estimators[i] = new BatchMeansEstimator();
        }
        EnergyBins bins = oracleCase.spectrum() == null ? null
                : new EnergyBins(oracleCase.spectrum(), oracleCase.measuredSweeps());

        for (long sweep = 0; sweep < oracleCase.measuredSweeps(); sweep++) {
            chain.advanceSweeps(1);
            for (int i = 0; i < estimators.length; i++) {
                estimators[i].add(observables.get(i).measure().applyAsDouble(chain));
            }
            if (bins != null) {
                double energy = chain.energy();
                if (!bins.add(energy)) {
                    throw new AssertionError(prefix + " seed=" + seed + ": energy " + energy + " after sweep "
                            + sweep + " is not a level of the exact spectrum");
                }
            }
        }

        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < estimators.length; i++) {
            results.add(new CheckResult(prefix + " " + observables.get(i).name(), seed, observables.get(i).exact(),
                    estimators[i].summary()));
        }
        if (bins != null) {
            bins.addResults(prefix, seed, results);
        }
        for (CheckResult result : results) {
            log.info("{}{}", result.passed() ? "" : "FAILED ", result.describe());
        }
        checkCount.addAndGet(results.size());
        return results;
    }

    /** Runs the case with a registered algorithm and asserts that every check passes. */
    static void assertAgrees(String algorithm, OracleCase oracleCase) {
        List<CheckResult> results = run(algorithm, oracleCase, registered(algorithm));
        List<Executable> assertions = new ArrayList<>();
        for (CheckResult result : results) {
            assertions.add(() -> assertTrue(result.passed(), result::describe));
        }
        assertAll(oracleCase.name(), assertions);
    }

    /** Logs how many sampling checks ran so far in this JVM and the false alarms to expect from them. */
    static void logCheckCount() {
        long count = checkCount.get();
        log.info("{} sampling checks so far; at about 1.5e-5 each, expected false alarms {}", count,
                String.format(java.util.Locale.ROOT, "%.4f", count * 1.5e-5));
    }

    /** Visit counters of the energy levels, with rare levels pooled. */
    private static final class EnergyBins {

        private final EnergySpectrum spectrum;
        /** Bin of each level, or −1 for a pooled level whose pool is too rare to check. */
        private final int[] binOfLevel;
        private final double[] binProbability;
        private final String[] binName;
        private final BatchMeansEstimator[] estimators;

        EnergyBins(EnergySpectrum spectrum, long measuredSweeps) {
            this.spectrum = spectrum;
            double[] probabilities = spectrum.probabilities();
            binOfLevel = new int[probabilities.length];
            List<Double> binProbabilities = new ArrayList<>();
            List<String> names = new ArrayList<>();
            double pooled = 0;
            for (int level = 0; level < probabilities.length; level++) {
                if (probabilities[level] >= MIN_LEVEL_PROBABILITY) {
                    binOfLevel[level] = binProbabilities.size();
                    binProbabilities.add(probabilities[level]);
                    names.add(String.format(java.util.Locale.ROOT, "P(E=%.4f)", spectrum.levels()[level]));
                } else {
                    pooled += probabilities[level];
                    binOfLevel[level] = -1;
                }
            }
            if (pooled * measuredSweeps >= MIN_EXPECTED_POOLED_VISITS) {
                int pooledBin = binProbabilities.size();
                binProbabilities.add(pooled);
                names.add("P(rare levels)");
                for (int level = 0; level < probabilities.length; level++) {
                    if (binOfLevel[level] < 0) {
                        binOfLevel[level] = pooledBin;
                    }
                }
            }
            binProbability = binProbabilities.stream().mapToDouble(Double::doubleValue).toArray();
            binName = names.toArray(new String[0]);
            estimators = new BatchMeansEstimator[binProbability.length];
            for (int bin = 0; bin < estimators.length; bin++) {
                estimators[bin] = new BatchMeansEstimator();
            }
        }

        /** Records one visit; returns false if the energy is not a level of the spectrum. */
        boolean add(double energy) {
            int level = spectrum.levelIndex(energy);
            if (level < 0) {
                return false;
            }
            int visited = binOfLevel[level];
            for (int bin = 0; bin < estimators.length; bin++) {
                estimators[bin].add(bin == visited ? 1 : 0);
            }
            return true;
        }

        void addResults(String prefix, long seed, List<CheckResult> results) {
            for (int bin = 0; bin < estimators.length; bin++) {
                results.add(new CheckResult(prefix + " " + binName[bin], seed, binProbability[bin],
                        estimators[bin].summary()));
            }
        }
    }
}
