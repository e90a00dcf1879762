package org.mrfsampler.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.mrfsampler.sampler.RandomStreams;

class BatchMeansEstimatorTest {

    /** 2^16 values end right after a merge: 64 full batches of 1024 and no partial batch. */
    private static final int SERIES_LENGTH = 1 << 16;
    private static final int BATCH_COUNT = 64;
    private static final int BATCH_SIZE = SERIES_LENGTH / BATCH_COUNT;
    private static final int REPLICATES = 256;

    @Test
    void ar1TauMatchesClosedForm() {
        assertTauMatchesAr1(0.9, 0.0, 11L);
    }

    @Test
    void moderatelyCorrelatedAr1TauMatchesClosedForm() {
        assertTauMatchesAr1(0.5, 0.0, 12L);
    }

    @Test
    void uncorrelatedTauIsOneHalf() {
        // The large offset also shows that long batch sums lose no precision to the mean.
        assertTauMatchesAr1(0.0, 1.0e6, 13L);
    }

    /**
     * Averages τ_int over independent AR(1) series x_{t+1} = ρ x_t + sqrt(1 − ρ²) ε_t (unit variance,
     * stationary start) and compares it with the exact expectation at this batch length.
     *
     * <p>For the mean of m consecutive values V(m) = (1/m)[(1+ρ)/(1−ρ) − 2ρ(1−ρ^m) / (m(1−ρ)²)], so the
     * sample variance of k batch means of b values has expectation k/(k−1)·(V(b) − V(n)) exactly, and
     * τ_int = b s_b² / 2 tends to ½(1+ρ)/(1−ρ) as b grows. With Gaussian, nearly independent batch means
     * s_b² is a scaled χ² with k − 1 degrees of freedom, relative variance 2/(k−1). The sample variance in
     * the denominator adds a relative variance of about (2/n)(1+ρ²)/(1−ρ²). Adding both overstates the
     * variance of the ratio, because numerator and denominator are positively correlated, so the tolerance
     * of 4.5 standard deviations of the replicate average is conservative.
     */
    private static void assertTauMatchesAr1(double rho, double offset, long seed) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        GaussianSource gaussian = new GaussianSource(rng);
        double innovationScale = Math.sqrt(1 - rho * rho);

        double tauSum = 0;
        double squaredErrorSum = 0;
        double squaredMeanSum = 0;
        for (int replicate = 0; replicate < REPLICATES; replicate++) {
            BatchMeansEstimator estimator = new BatchMeansEstimator();
            double x = gaussian.next();
            for (int t = 0; t < SERIES_LENGTH; t++) {
                estimator.add(offset + x);
                x = rho * x + innovationScale * gaussian.next();
            }
            assertThat(estimator.batchCount()).isEqualTo(BATCH_COUNT);
            assertThat(estimator.batchSize()).isEqualTo(BATCH_SIZE);
            tauSum += estimator.integratedAutocorrelationTime();
            squaredErrorSum += square(estimator.standardError());
            squaredMeanSum += square(estimator.mean() - offset);
        }

        double asymptoticTau = 0.5 * (1 + rho) / (1 - rho);
        double expectedTau = BATCH_SIZE * BATCH_COUNT / (BATCH_COUNT - 1.0)
                * (ar1MeanVariance(rho, BATCH_SIZE) - ar1MeanVariance(rho, SERIES_LENGTH)) / 2;
        double relativeVariance = 2.0 / (BATCH_COUNT - 1) + 2.0 / SERIES_LENGTH * (1 + rho * rho) / (1 - rho * rho);
        double tolerance = 4.5 * expectedTau * Math.sqrt(relativeVariance / REPLICATES);
        double meanTau = tauSum / REPLICATES;

        assertThat(expectedTau).isCloseTo(asymptoticTau, within(0.02 * asymptoticTau));
        assertThat(meanTau).as("mean tau_int over %d series, rho=%s", REPLICATES, rho)
                .isCloseTo(expectedTau, within(tolerance));

        // The spread of the replicate means checks the standard error independently of τ_int. Σ mean² / R
        // estimates V(n) with relative variance 2/R. The mean squared standard error estimates V(n) up to
        // the finite-batch bias b V(b) / (n V(n)) − 1, which is below 1 % here.
        double exactMeanVariance = ar1MeanVariance(rho, SERIES_LENGTH);
        double errorTolerance = 4.5 * exactMeanVariance * Math.sqrt(2.0 / REPLICATES + relativeVariance / REPLICATES)
                + 0.01 * exactMeanVariance;
        assertThat(squaredMeanSum / REPLICATES).as("observed variance of the mean, rho=%s", rho)
                .isCloseTo(exactMeanVariance, within(errorTolerance));
        assertThat(squaredErrorSum / REPLICATES).as("mean squared standard error, rho=%s", rho)
                .isCloseTo(exactMeanVariance, within(errorTolerance));
    }

    /** Computes the variance of the mean of m consecutive values of a unit-variance AR(1) series. */
    private static double ar1MeanVariance(double rho, int m) {
        double correction = rho == 0 ? 0 : 2 * rho * (1 - Math.pow(rho, m)) / (m * square(1 - rho));
        return ((1 + rho) / (1 - rho) - correction) / m;
    }

    @Test
    void storedBatchesStayBounded() {
        BatchMeansEstimator estimator = new BatchMeansEstimator();
        int maxBatches = 0;
        long state = 1;
        for (int i = 0; i < 10_000_000; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            estimator.add((state >>> 40) * 0x1.0p-24);
            maxBatches = Math.max(maxBatches, estimator.batchCount());
        }

        assertThat(maxBatches).isLessThanOrEqualTo(BatchMeansEstimator.MAX_BATCHES);
        assertThat(estimator.batchCount()).isBetween(BatchMeansEstimator.MIN_BATCHES,
                BatchMeansEstimator.MAX_BATCHES - 1);
        assertThat(Long.bitCount(estimator.batchSize())).isEqualTo(1);
        assertThat(estimator.batchSize() * estimator.batchCount()).isLessThanOrEqualTo(estimator.count());
        assertThat(estimator.batchSize() * (estimator.batchCount() + 1)).isGreaterThan(estimator.count());
    }

    @Test
    void errorsUndefinedBeforeFirstMerge() {
        BatchMeansEstimator estimator = new BatchMeansEstimator();
        for (int i = 0; i < BatchMeansEstimator.MIN_COUNT - 1; i++) {
            estimator.add(i % 3);
        }

        assertThat(estimator.mean()).isFinite();
        assertThat(estimator.standardError()).isNaN();
        assertThat(estimator.integratedAutocorrelationTime()).isNaN();
        assertThat(estimator.effectiveSampleSize()).isNaN();

        estimator.add(1);

        assertThat(estimator.batchSize()).isEqualTo(2);
        assertThat(estimator.batchCount()).isEqualTo(BatchMeansEstimator.MIN_BATCHES);
        assertThat(estimator.standardError()).isFinite();
        assertThat(estimator.integratedAutocorrelationTime()).isFinite();
    }

    @Test
    void emptyEstimatorHasNoMean() {
        assertThat(new BatchMeansEstimator().mean()).isNaN();
        assertThat(new BatchMeansEstimator().variance()).isNaN();
    }

    @Test
    void meanAndVarianceMatchDirectSums() {
        BatchMeansEstimator estimator = new BatchMeansEstimator();
        double sum = 0;
        double sumOfSquares = 0;
        int n = 1000;
        for (int i = 0; i < n; i++) {
            double value = Math.sin(i) + 0.01 * i;
            estimator.add(value);
            sum += value;
            sumOfSquares += value * value;
        }

        double mean = sum / n;
        assertThat(estimator.count()).isEqualTo(n);
        assertThat(estimator.mean()).isCloseTo(mean, within(1e-12));
        assertThat(estimator.variance()).isCloseTo((sumOfSquares - n * mean * mean) / (n - 1), within(1e-10));
    }

    @Test
    void errorsAreConsistent() {
        BatchMeansEstimator estimator = new BatchMeansEstimator();
        GaussianSource gaussian = new GaussianSource(RandomStreams.xoshiro256PlusPlus(5L));
        for (int i = 0; i < 5000; i++) {
            estimator.add(gaussian.next());
        }

        double tau = estimator.integratedAutocorrelationTime();
        assertThat(estimator.effectiveSampleSize()).isCloseTo(5000 / (2 * tau), within(1e-9));
        assertThat(estimator.standardError())
                .isCloseTo(Math.sqrt(2 * tau * estimator.variance() / 5000), within(1e-12));

        SeriesSummary summary = estimator.summary();
        assertThat(summary.count()).isEqualTo(5000);
        assertThat(summary.mean()).isEqualTo(estimator.mean());
        assertThat(summary.standardError()).isEqualTo(estimator.standardError());
        assertThat(summary.integratedAutocorrelationTime()).isEqualTo(tau);
        assertThat(summary.effectiveSampleSize()).isEqualTo(estimator.effectiveSampleSize());
        assertThat(summary.batchSize()).isEqualTo(estimator.batchSize());
        assertThat(summary.batchCount()).isEqualTo(estimator.batchCount());
    }

    @Test
    void constantSeriesHasZeroError() {
        BatchMeansEstimator estimator = new BatchMeansEstimator();
        for (int i = 0; i < 1000; i++) {
            estimator.add(-1.75);
        }

        assertThat(estimator.mean()).isEqualTo(-1.75);
        assertThat(estimator.standardError()).isZero();
        assertThat(estimator.integratedAutocorrelationTime()).isNaN();
        assertThat(estimator.effectiveSampleSize()).isNaN();
    }

    @Test
    void alternatingSeriesHasNoBatchVariance() {
        BatchMeansEstimator estimator = new BatchMeansEstimator();
        for (int i = 0; i < 1024; i++) {
            estimator.add(i % 2 == 0 ? 1 : -1);
        }

        assertThat(estimator.integratedAutocorrelationTime()).isZero();
        assertThat(estimator.effectiveSampleSize()).isInfinite();
    }

    @Test
    void rejectsNonFiniteValues() {
        BatchMeansEstimator estimator = new BatchMeansEstimator();

        assertThatThrownBy(() -> estimator.add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> estimator.add(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(estimator.count()).isZero();
    }

    private static double square(double x) {
        return x * x;
    }

    /** Standard normal deviates by the Box–Muller transform, two per pair of uniforms. */
    private static final class GaussianSource {

        private final UniformRandomProvider rng;
        private double spare;
        private boolean hasSpare;

        GaussianSource(UniformRandomProvider rng) {
            this.rng = rng;
        }

        double next() {
            if (hasSpare) {
                hasSpare = false;
                return spare;
            }
            // 1 − u lies in (0, 1], so the logarithm is finite.
            double radius = Math.sqrt(-2 * Math.log(1 - rng.nextDouble()));
            double angle = 2 * Math.PI * rng.nextDouble();
            spare = radius * Math.sin(angle);
            hasSpare = true;
            return radius * Math.cos(angle);
        }
    }
}
