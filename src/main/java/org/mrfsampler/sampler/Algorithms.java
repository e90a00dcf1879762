package org.mrfsampler.sampler;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.SpinModel;

/** The sampling algorithms by their public names, and which models each one supports. */
public final class Algorithms {

    /** Single-site random-scan Metropolis–Hastings; one step is one proposed flip. */
    public static final String METROPOLIS = "metropolis";

    /** Wolff single-cluster flips for the Ising model with h = 0 and J ≥ 0. One step is one cluster flip. */
    public static final String WOLFF = "wolff";

    /** Bit-parallel checkerboard Metropolis for the Ising model with h = 0. One step is one sweep. */
    public static final String MULTISPIN = "multispin";

    private static final List<String> NAMES = List.of(METROPOLIS, WOLFF, MULTISPIN);

    private Algorithms() {
    }

    /** Returns the algorithm names in the order the API documents them. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Explains why an algorithm cannot sample a model, or returns empty if it can.
     */
    public static Optional<String> unsupported(String algorithm, SpinModel model) {
        if (!NAMES.contains(algorithm)) {
            return Optional.of("unknown algorithm '" + algorithm + "'; use one of " + NAMES);
        }
        if (algorithm.equals(WOLFF)) {
            return IsingWolffCluster.unsupported(model);
        }
        if (algorithm.equals(MULTISPIN)) {
            return IsingMultispinMetropolis.unsupported(model);
        }
        return Optional.empty();
    }

    /**
     * Creates a chain that starts from {@code initial} and draws from {@code rng}.
     *
     * @param threads worker threads a kernel may use for large lattices; results do not depend on it
     * @throws IllegalArgumentException if the algorithm cannot sample the model
     */
    public static MarkovChain create(String algorithm, SpinModel model, byte[] initial, UniformRandomProvider rng,
            int threads) {
        unsupported(algorithm, model).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        if (algorithm.equals(WOLFF)) {
            return new IsingWolffCluster((IsingModel) model, initial, rng);
        }
        if (algorithm.equals(MULTISPIN)) {
            return new IsingMultispinMetropolis((IsingModel) model, initial, rng, threads);
        }
        if (model instanceof IsingModel ising) {
            return new IsingRandomScanMetropolis(ising, initial, rng);
        }
        if (model instanceof HopfieldModel hopfield) {
            return new HopfieldRandomScanMetropolis(hopfield, initial, rng);
        }
        throw new IllegalArgumentException("no kernel for model " + model.getClass().getSimpleName());
    }
}
