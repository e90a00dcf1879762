package org.mrfsampler.benchmark;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Hopfield site kernels at β = 100, the service's default, in ns per proposal (one site update), on
 * N = 4096 (64×64) and N = 65 536 (256×256) networks of P independent random patterns.
 *
 * <p>One invocation is one sweep of N site updates, in one of two regimes:
 * <ul>
 *   <li>{@code noisy}: every invocation starts again from pattern 0 with each spin flipped with probability
 *       0.2 (overlap q₀ ≈ 0.6), so it measures the first sweep of recall, in which the misaligned spins are
 *       accepted downhill moves. The chain is re-created before each invocation, outside the timed region;
 *       an invocation lasts far longer than JMH's per-invocation timer overhead.</li>
 *   <li>{@code equilibrium}: the chain starts from the same noisy state, burns in for
 *       {@link Network#burnInSweeps} sweeps (at β = 100 it reaches the retrieval state of pattern 0) and keeps
 *       running; nearly every proposal is then uphill by ΔE ≈ 2 and rejected.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class HopfieldMetropolisBenchmark {

    private static final double BETA = 100.0;
    private static final double NOISE = 0.2;

    /** The network, the start state and the chain of one parameter combination. */
    @State(Scope.Thread)
    public abstract static class Network {

        @Param({"metropolis"})
        public String algorithm;

        @Param({"1", "10"})
        public int patterns;

        @Param({"noisy", "equilibrium"})
        public String start;

        @Param({"20"})
        public int burnInSweeps;

        private HopfieldModel model;
        private byte[] noisyStart;
        private UniformRandomProvider rng;
        MarkovChain chain;

        abstract int side();

        @Setup(Level.Trial)
        public void createNetwork() {
            if (!start.equals("noisy") && !start.equals("equilibrium")) {
                throw new IllegalStateException("unknown start '" + start + "'; use noisy or equilibrium");
            }
            model = BenchmarkChains.randomHopfield(side(), side(), patterns, BETA, 1);
            noisyStart = BenchmarkChains.noisyPattern(model, 0, NOISE, 2);
            rng = RandomStreams.xoshiro256PlusPlus(3);
            chain = BenchmarkChains.create(algorithm, model, noisyStart.clone(), rng, 1);
            if (start.equals("equilibrium")) {
                BenchmarkChains.burnIn(chain, model.size(), burnInSweeps);
            }
        }

        @Setup(Level.Invocation)
        public void restartIfNoisy() {
            if (start.equals("noisy")) {
                chain = BenchmarkChains.create(algorithm, model, noisyStart.clone(), rng, 1);
            }
        }
    }

    /** N = 64×64 = 4096. */
    public static class Network64 extends Network {
        @Override
        int side() {
            return 64;
        }
    }

    /** N = 256×256 = 65 536. */
    public static class Network256 extends Network {
        @Override
        int side() {
            return 256;
        }
    }

    @Benchmark
    @OperationsPerInvocation(64 * 64)
    public long sweep64x64(Network64 network) {
        network.chain.advanceSweeps(1);
        return network.chain.accepted();
    }

    @Benchmark
    @OperationsPerInvocation(256 * 256)
    public long sweep256x256(Network256 network) {
        network.chain.advanceSweeps(1);
        return network.chain.accepted();
    }
}
