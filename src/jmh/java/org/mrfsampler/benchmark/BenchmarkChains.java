package org.mrfsampler.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.sampler.Algorithms;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;

/** Model and chain set-up shared by the benchmarks; chains are created only through {@link Algorithms}. */
final class BenchmarkChains {

    /** β_c = ½ ln(1 + √2) of the square-lattice Ising model with J = 1 (Onsager). */
    static final double CRITICAL_BETA = 0.5 * Math.log(1 + Math.sqrt(2));

    private BenchmarkChains() {
    }

    /** Creates an Ising model with h = 0 and periodic boundaries. */
    static IsingModel ising(int rows, int cols, double coupling, double beta) {
        return new IsingModel(rows, cols, coupling, 0.0, beta, Boundary.PERIODIC);
    }

    /** Creates a Hopfield network of {@code patternCount} independent, uniformly random patterns. */
    static HopfieldModel randomHopfield(int rows, int cols, int patternCount, double beta, long seed) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        List<byte[]> patterns = new ArrayList<>();
        for (int mu = 0; mu < patternCount; mu++) {
            patterns.add(InitialStates.random(rows * cols, rng));
        }
        return new HopfieldModel(rows, cols, beta, patterns);
    }

    /** Copies pattern {@code mu} and flips each spin independently with probability {@code noise}. */
    static byte[] noisyPattern(HopfieldModel model, int mu, double noise, long seed) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        byte[] spins = new byte[model.size()];
        for (int site = 0; site < spins.length; site++) {
            int spin = model.patternSpin(site, mu);
            spins[site] = (byte) (rng.nextDouble() < noise ? -spin : spin);
        }
        return spins;
    }

    /**
     * Creates a chain through {@link Algorithms#create}.
     *
     * @throws IllegalStateException if the algorithm is not registered or cannot sample the model, with the
     *     registry's reason, so that JMH reports this parameter combination as failed and goes on
     */
    static MarkovChain create(String algorithm, SpinModel model, byte[] initial, UniformRandomProvider rng,
            int threads) {
        Algorithms.unsupported(algorithm, model).ifPresent(reason -> {
            throw new IllegalStateException("cannot benchmark algorithm '" + algorithm + "' on "
                    + model.getClass().getSimpleName() + ": " + reason
                    + ". Run the other algorithms with -p algorithm=NAME[,NAME...]");
        });
        return Algorithms.create(algorithm, model, initial, rng, threads);
    }

    /**
     * Runs {@code sweeps} sweeps and checks that each did exactly N site updates, the unit that the
     * site-kernel benchmarks divide by.
     *
     * @throws IllegalStateException if the chain did another number of site updates
     */
    static void burnIn(MarkovChain chain, int size, int sweeps) {
        long before = chain.siteUpdates();
        chain.advanceSweeps(sweeps);
        long done = chain.siteUpdates() - before;
        if (done != (long) sweeps * size) {
            throw new IllegalStateException(sweeps + " sweeps did " + done + " site updates, expected "
                    + (long) sweeps * size + "; this benchmark needs a site kernel");
        }
    }
}
