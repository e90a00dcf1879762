package org.mrfsampler.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.sampler.Algorithms;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.RandomStreams;

/**
 * The oracle cases: models whose expectations the test code computes exactly, with sweep counts.
 *
 * <p>Sweep counts are chosen so that with random-scan Metropolis every batch spans at least 40 times the
 * largest measured τ_int of the case (43 on 16×16 at β_c is the tightest). A kernel that decorrelates up to
 * four times more slowly still meets the ten-τ_int batch condition. Each kernel takes about 10 s on
 * the whole suite on a 2-core machine.
 */
final class OracleCases {

    static final double CRITICAL_BETA = 0.5 * Math.log(1 + Math.sqrt(2));

    private OracleCases() {
    }

    /**
     * Returns the exactly enumerated lattices: 3×3 and 4×4, free and periodic, at h = 0 for β = 0.2, 0.4407
     * and 1.0, and at h = 0.1 for β = 0.2 and 0.4407.
     *
     * <p>h = 0.1 at β = 1 is left out on purpose. There the all-minus state keeps a weight of
     * exp(−2βhN) relative to all-plus, 4 % on 4×4. A single-site kernel crosses between the two only through
     * two domain walls around the torus, which cost 4JL, so it crosses roughly once in exp(4βJL) sweeps
     * (e^16 on 4×4). A correct kernel would fail, and batch means cannot see the missing crossings. At h = 0
     * the same barrier is harmless because the measured quantities are symmetric under a global flip.
     */
    static List<OracleCase> smallIsing() {
        List<OracleCase> cases = new ArrayList<>();
        for (int length : new int[] {3, 4}) {
            for (Boundary boundary : Boundary.values()) {
                IsingDensityOfStates states = IsingDensityOfStates.enumerate(length, length, boundary);
                for (double beta : new double[] {0.2, 0.4407, 1.0}) {
                    cases.add(enumerated(states, length, boundary, 0.0, beta));
                }
                for (double beta : new double[] {0.2, 0.4407}) {
                    cases.add(enumerated(states, length, boundary, 0.1, beta));
                }
            }
        }
        return cases;
    }

    private static OracleCase enumerated(IsingDensityOfStates states, int length, Boundary boundary, double field,
            double beta) {
        IsingModel model = new IsingModel(length, length, 1.0, field, beta, boundary);
        ExactValues exact = states.exact(model.coupling(), field, beta);
        return new OracleCase(isingName(model), model, magneticObservables(exact), exact.spectrum(), 1 << 12, 11);
    }

    /** Returns the 16×16 torus at h = 0, β = 0.4 and β_c, against Kaufman's ⟨E⟩/N. */
    static List<OracleCase> kaufmanIsing() {
        List<OracleCase> cases = new ArrayList<>();
        for (double beta : new double[] {0.4, CRITICAL_BETA}) {
            cases.add(kaufman(16, 16, beta, 1 << 12, 10));
        }
        return cases;
    }

    /**
     * Returns lattices 128 columns wide, for kernels that need such widths: 2 × 128 strips, free and
     * periodic, against the transfer matrix, and a 4 × 128 torus at β_c against Kaufman.
     */
    static List<OracleCase> wideIsing() {
        List<OracleCase> cases = new ArrayList<>();
        cases.add(strip(Boundary.FREE, 0.0, 0.4407, 10));
        cases.add(strip(Boundary.FREE, 0.1, 0.7, 11));
        cases.add(strip(Boundary.PERIODIC, 0.1, 0.4407, 10));
        cases.add(strip(Boundary.PERIODIC, 0.0, 0.55, 11));
        cases.add(kaufman(4, 128, CRITICAL_BETA, 1 << 12, 9));
        return cases;
    }

    private static OracleCase strip(Boundary boundary, double field, double beta, int batchLengthExponent) {
        IsingModel model = new IsingModel(2, 128, 1.0, field, beta, boundary);
        ExactValues exact = StripTransferMatrix.exact(2, 128, boundary, 1.0, field, beta);
        return new OracleCase(isingName(model), model, magneticObservables(exact), null, 1 << 12,
                batchLengthExponent);
    }

    /**
     * Returns a 128 × 128 torus at β = 0.3 against Kaufman, for a kernel that supports none of the other
     * Ising cases. At β = 0.3 local kernels decorrelate the energy within a few sweeps, so it stays cheap.
     */
    static OracleCase largeIsingFallback() {
        return kaufman(128, 128, 0.3, 1 << 8, 6);
    }

    private static OracleCase kaufman(int rows, int cols, double beta, int burnInSweeps, int batchLengthExponent) {
        IsingModel model = new IsingModel(rows, cols, 1.0, 0.0, beta, Boundary.PERIODIC);
        ExactValues exact = KaufmanIsing.exact(rows, cols, 1.0, beta);
        return new OracleCase(isingName(model), model, List.of(ExactObservable.energyPerSite(exact.energyPerSite())),
                null, burnInSweeps, batchLengthExponent);
    }

    private static List<ExactObservable> magneticObservables(ExactValues exact) {
        return List.of(ExactObservable.energyPerSite(exact.energyPerSite()),
                ExactObservable.absMagnetization(exact.absMagnetization()),
                ExactObservable.magnetizationSquared(exact.magnetizationSquared()));
    }

    private static String isingName(IsingModel model) {
        return String.format(Locale.ROOT, "ising %dx%d %s h=%s beta=%.4f", model.rows(), model.cols(),
                model.boundary().name().toLowerCase(Locale.ROOT), model.field(), model.beta());
    }

    /**
     * Returns one-pattern networks on 5×5 at β = 0.5, 1 and 2 against the Curie–Weiss weights, and a
     * three-pattern 4×4 network at β = 0.5 and 1 against enumeration. Patterns are random with fixed seeds.
     *
     * <p>Above β ≈ 1 a single-site kernel stays near one of ±x_μ. With one pattern every measured quantity
     * is symmetric under s → −s, so that is harmless. With three patterns the attractors differ, so those
     * cases stop at β = 1.
     */
    static List<OracleCase> smallHopfield() {
        List<OracleCase> cases = new ArrayList<>();
        byte[] pattern = InitialStates.random(25, RandomStreams.xoshiro256PlusPlus(25L));
        for (double beta : new double[] {0.5, 1.0, 2.0}) {
            cases.add(curieWeiss(5, 5, pattern, beta, 11));
        }
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(16L);
        List<byte[]> patterns = List.of(InitialStates.random(16, rng), InitialStates.random(16, rng),
                InitialStates.random(16, rng));
        for (double beta : new double[] {0.5, 1.0}) {
            HopfieldModel model = new HopfieldModel(4, 4, beta, patterns);
            HopfieldExact exact = HopfieldExact.enumerate(patterns, beta);
            List<ExactObservable> observables = new ArrayList<>();
            observables.add(ExactObservable.energyPerSite(exact.energyPerSite()));
            for (int mu = 0; mu < patterns.size(); mu++) {
                observables.add(ExactObservable.overlapSquared(mu, exact.overlapSquared()[mu]));
            }
            cases.add(new OracleCase(hopfieldName(model), model, observables, exact.spectrum(), 1 << 12, 11));
        }
        return cases;
    }

    /** Returns a one-pattern 8 × 16 network at β = 1.5, for a kernel that supports none of the small ones. */
    static OracleCase largeHopfieldFallback() {
        byte[] pattern = InitialStates.random(128, RandomStreams.xoshiro256PlusPlus(128L));
        return curieWeiss(8, 16, pattern, 1.5, 8);
    }

    private static OracleCase curieWeiss(int rows, int cols, byte[] pattern, double beta, int batchLengthExponent) {
        HopfieldModel model = new HopfieldModel(rows, cols, beta, List.of(pattern));
        HopfieldExact exact = HopfieldExact.curieWeiss(rows * cols, beta);
        List<ExactObservable> observables = List.of(ExactObservable.energyPerSite(exact.energyPerSite()),
                ExactObservable.absOverlap(0, exact.absOverlap()[0]),
                ExactObservable.overlapSquared(0, exact.overlapSquared()[0]));
        return new OracleCase(hopfieldName(model), model, observables, exact.spectrum(), 1 << 12,
                batchLengthExponent);
    }

    private static String hopfieldName(HopfieldModel model) {
        return String.format(Locale.ROOT, "hopfield %dx%d P=%d beta=%.4f", model.rows(), model.cols(),
                model.patternCount(), model.beta());
    }

    static boolean supports(String algorithm, SpinModel model) {
        return Algorithms.unsupported(algorithm, model).isEmpty();
    }
}
