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

    /**
     * Metropolis–Hastings in sweeps over all sites, in checkerboard order on the Ising model and in site
     * order on a Hopfield network. One step is one sweep.
     */
    public static final String METROPOLIS_SWEEP = "metropolis-sweep";

    /** Single-site random-scan heat bath (Gibbs); one step is one site update. */
    public static final String HEAT_BATH = "heat-bath";

    /** Heat bath (Gibbs) in sweeps over all sites, ordered as for metropolis-sweep; one step is one sweep. */
    public static final String HEAT_BATH_SWEEP = "heat-bath-sweep";

    /** Wolff single-cluster flips for the Ising model with h = 0 and J ≥ 0; one step is one cluster flip. */
    public static final String WOLFF = "wolff";

    /** Bit-parallel checkerboard Metropolis for the Ising model with h = 0; one step is one sweep. */
    public static final String MULTISPIN = "multispin";

    private static final List<String> NAMES =
            List.of(METROPOLIS, METROPOLIS_SWEEP, HEAT_BATH, HEAT_BATH_SWEEP, WOLFF, MULTISPIN);

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
        if (model instanceof HopfieldModel) {
            return HopfieldKernels.unsupported(algorithm);
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
        if (model instanceof HopfieldModel hopfield) {
            return HopfieldKernels.create(algorithm, hopfield, initial, rng);
        }
        if (model instanceof IsingModel ising) {
            return switch (algorithm) {
                case METROPOLIS -> new IsingRandomScanMetropolis(ising, initial, rng);
                case METROPOLIS_SWEEP -> new IsingCheckerboardMetropolis(ising, initial, rng, threads);
                case HEAT_BATH -> new IsingRandomScanHeatBath(ising, initial, rng);
                case HEAT_BATH_SWEEP -> new IsingCheckerboardHeatBath(ising, initial, rng, threads);
                case WOLFF -> new IsingWolffCluster(ising, initial, rng);
                case MULTISPIN -> new IsingMultispinMetropolis(ising, initial, rng, threads);
                default -> throw new IllegalArgumentException("no Ising kernel for algorithm '" + algorithm + "'");
            };
        }
        throw new IllegalArgumentException("no kernel for model " + model.getClass().getSimpleName());
    }
}
