package org.mrfsampler.benchmark;

import java.util.concurrent.TimeUnit;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-site kernels on a 64×64 periodic Ising lattice with h = 0, in ns per proposal (one site update).
 *
 * <p>Regimes: {@code critical} is J = 1 at β = β_c = ½ ln(1 + √2), where uphill moves are accepted with
 * realistic probabilities; {@code reference} is J = 100, β = 1, the service's default Ising job, where an
 * uphill move has probability at most e⁻⁴⁰⁰, so in practice only moves with ΔE ≤ 0 are accepted. Both start from a random state, burn in for {@link #burnInSweeps} sweeps and then keep
 * running through warm-up and measurement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class IsingMetropolisBenchmark {

    private static final int SIDE = 64;
    private static final int SITES = SIDE * SIDE;

    @Param({"metropolis"})
    public String algorithm;

    @Param({"critical", "reference"})
    public String regime;

    @Param({"20"})
    public int burnInSweeps;

    private MarkovChain chain;

    @Setup
    public void createChain() {
        IsingModel model = switch (regime) {
            case "critical" -> BenchmarkChains.ising(SIDE, SIDE, 1.0, BenchmarkChains.CRITICAL_BETA);
            case "reference" -> BenchmarkChains.ising(SIDE, SIDE, 100.0, 1.0);
            default -> throw new IllegalStateException("unknown regime '" + regime + "'; use critical or reference");
        };
        byte[] initial = InitialStates.random(SITES, RandomStreams.xoshiro256PlusPlus(1));
        chain = BenchmarkChains.create(algorithm, model, initial, RandomStreams.xoshiro256PlusPlus(2), 1);
        BenchmarkChains.burnIn(chain, SITES, burnInSweeps);
    }

    /** Runs one sweep of N = 4096 site updates; the score is per site update. */
    @Benchmark
    @OperationsPerInvocation(SITES)
    public long sweep() {
        chain.advanceSweeps(1);
        return chain.accepted();
    }
}
