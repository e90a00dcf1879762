package org.mrfsampler.benchmark;

import java.util.concurrent.TimeUnit;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Cluster kernels on a 1024×1024 periodic Ising lattice, J = 1, h = 0, β = β_c, in ns per flipped spin.
 *
 * <p>A cluster flips a varying number of spins, so one invocation is one {@code advanceSweeps(1)}: a fixed
 * number of cluster flips, N / ⟨cluster size⟩ as the kernel measured while it equilibrated, which flips
 * about N spins, but not exactly N. Two figures come out:
 * <ul>
 *   <li>the primary score divides by N ({@code @OperationsPerInvocation}), so it is only as exact as the
 *       kernel's cluster-size calibration;</li>
 *   <li>the secondary score {@code sweep:flippedSpins} is an {@link AuxCounters} operations counter that adds
 *       the {@code siteUpdates()} delta of every invocation, so JMH divides the iteration time by the spins
 *       actually flipped. This is the exact ns per flipped spin to report.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class WolffBenchmark {

    private static final int SIDE = 1024;
    private static final int SITES = SIDE * SIDE;

    /** Spins flipped during the current iteration; JMH resets the public field before each iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class FlippedSpins {
        public long flippedSpins;
    }

    @Param({"wolff"})
    public String algorithm;

    @Param({"20"})
    public int burnInSweeps;

    private MarkovChain chain;

    @Setup
    public void createChain() {
        IsingModel model = BenchmarkChains.ising(SIDE, SIDE, 1.0, BenchmarkChains.CRITICAL_BETA);
        byte[] initial = InitialStates.random(SITES, RandomStreams.xoshiro256PlusPlus(1));
        chain = BenchmarkChains.create(algorithm, model, initial, RandomStreams.xoshiro256PlusPlus(2), 1);
        chain.advanceSweeps(burnInSweeps);
    }

    /** Runs one sweep of clusters, about N = 2²⁰ flipped spins, and counts the spins flipped. */
    @Benchmark
    @OperationsPerInvocation(SITES)
    public long sweep(FlippedSpins counter) {
        long before = chain.siteUpdates();
        chain.advanceSweeps(1);
        long flipped = chain.siteUpdates() - before;
        counter.flippedSpins += flipped;
        return flipped;
    }
}
