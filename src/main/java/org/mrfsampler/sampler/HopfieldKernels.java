package org.mrfsampler.sampler;

import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;

/** The {@link HopfieldModel} kernels behind the algorithm names of {@link Algorithms}. */
final class HopfieldKernels {

    private HopfieldKernels() {
    }

    /** Explains why a registered algorithm cannot sample a Hopfield network, or returns empty if it can. */
    static Optional<String> unsupported(String algorithm) {
        return switch (algorithm) {
            case Algorithms.METROPOLIS, Algorithms.METROPOLIS_SWEEP, Algorithms.HEAT_BATH,
                    Algorithms.HEAT_BATH_SWEEP -> Optional.empty();
            case Algorithms.WOLFF -> Optional.of("wolff supports only Ising models: its clusters grow along"
                    + " nearest-neighbour bonds of one coupling J, while a Hopfield network couples every pair of"
                    + " sites with weights of either sign; use metropolis, metropolis-sweep, heat-bath or"
                    + " heat-bath-sweep");
            case Algorithms.MULTISPIN -> Optional.of("multispin supports only Ising models: it packs many lattice"
                    + " sites into each machine word and updates them together from their nearest-neighbour sums,"
                    + " while a Hopfield network couples every pair of sites; use metropolis, metropolis-sweep, heat-bath or heat-bath-sweep");
            default -> Optional.of("algorithm '" + algorithm + "' has no Hopfield kernel; use metropolis,"
                    + " metropolis-sweep, heat-bath or heat-bath-sweep");
        };
    }

    /**
     * Creates the Hopfield kernel for a supported algorithm name.
     *
     * @throws IllegalArgumentException if {@link #unsupported} rejects the algorithm
     */
    static MarkovChain create(String algorithm, HopfieldModel model, byte[] initial, UniformRandomProvider rng) {
        return switch (algorithm) {
            case Algorithms.METROPOLIS -> new HopfieldRandomScanMetropolis(model, initial, rng);
            case Algorithms.METROPOLIS_SWEEP -> new HopfieldSequentialMetropolis(model, initial, rng);
            case Algorithms.HEAT_BATH -> new HopfieldRandomScanHeatBath(model, initial, rng);
            case Algorithms.HEAT_BATH_SWEEP -> new HopfieldSequentialHeatBath(model, initial, rng);
            default -> throw new IllegalArgumentException(unsupported(algorithm).orElseThrow());
        };
    }
}
