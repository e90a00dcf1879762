package org.mrfsampler.oracle;

/**
 * Exact partition function of the zero-field Ising model on an m × n torus (Kaufman, Phys. Rev. 76,
 * 1232 (1949)), in the form of Ferdinand and Fisher, Phys. Rev. 185, 832 (1969), with K = βJ:
 *
 * <pre>
 * Z = ½ (2 sinh 2K)^{mn/2} (Z_1 + Z_2 + Z_3 + Z_4)
 * Z_1 = Π_{r=0}^{n−1} 2 cosh(½ m γ_{2r+1})     Z_2 = Π_{r=0}^{n−1} 2 sinh(½ m γ_{2r+1})
 * Z_3 = Π_{r=0}^{n−1} 2 cosh(½ m γ_{2r})       Z_4 = Π_{r=0}^{n−1} 2 sinh(½ m γ_{2r})
 * cosh γ_l = cosh 2K coth 2K − cos(π l / n) with γ_l &gt; 0 for l ≥ 1, and γ_0 = 2K + ln tanh K,
 * </pre>
 *
 * where γ_0 changes sign at the critical point, so Z_4 is negative above T_c. The torus is isotropic, so
 * exchanging m and n gives the same Z; the tests check both orders and every result against exact
 * enumeration. ⟨E⟩ = −J ∂ ln Z / ∂K uses the analytic derivative of each factor.
 *
 * <p>Products are kept as sign and logarithm, so lattices of any size stay finite.
 */
final class KaufmanIsing {

    private KaufmanIsing() {
    }

    /**
     * Computes ln Z and ⟨E⟩ / N for E = −J Σ⟨ij⟩ s_i s_j on an m × n torus, h = 0.
     *
     * @throws IllegalArgumentException unless βJ &gt; 0 and both dimensions are at least 2
     */
    static ExactValues exact(int rows, int cols, double coupling, double beta) {
        double k = beta * coupling;
        if (!(k > 0) || rows < 2 || cols < 2) {
            throw new IllegalArgumentException("need beta*J > 0 and dimensions of at least 2, got beta*J=" + k
                    + " on " + rows + "x" + cols);
        }
        int m = rows;
        int n = cols;
        double sinh2k = Math.sinh(2 * k);
        double cosh2k = Math.cosh(2 * k);
        double c = cosh2k * cosh2k / sinh2k;
        double dc = 2 * cosh2k * (1 - 1 / (sinh2k * sinh2k));

        Product z1 = new Product();
        Product z2 = new Product();
        Product z3 = new Product();
        Product z4 = new Product();
        for (int r = 0; r < n; r++) {
            double oddGamma = gamma(c, 2 * r + 1, n);
            double oddDerivative = dc / Math.sinh(oddGamma);
            z1.multiplyTwoCosh(0.5 * m * oddGamma, 0.5 * m * oddDerivative);
            z2.multiplyTwoSinh(0.5 * m * oddGamma, 0.5 * m * oddDerivative);

            double evenGamma;
            double evenDerivative;
            if (r == 0) {
                evenGamma = 2 * k + Math.log(Math.tanh(k));
                evenDerivative = 2 + 2 / sinh2k;
            } else {
                evenGamma = gamma(c, 2 * r, n);
                evenDerivative = dc / Math.sinh(evenGamma);
            }
            z3.multiplyTwoCosh(0.5 * m * evenGamma, 0.5 * m * evenDerivative);
            z4.multiplyTwoSinh(0.5 * m * evenGamma, 0.5 * m * evenDerivative);
        }

        Product[] terms = {z1, z2, z3, z4};
        double reference = Double.NEGATIVE_INFINITY;
        for (Product term : terms) {
            reference = Math.max(reference, term.logAbs);
        }
        double sum = 0;
        double derivativeSum = 0;
        for (Product term : terms) {
            sum += term.scaledValue(reference);
            derivativeSum += term.scaledDerivative(reference);
        }
        int sites = m * n;
        double logZ = 0.5 * sites * Math.log(2 * sinh2k) - Math.log(2) + reference + Math.log(sum);
        double dLogZdK = sites * cosh2k / sinh2k + derivativeSum / sum;
        return new ExactValues(logZ, -coupling * dLogZdK / sites, Double.NaN, Double.NaN, null);
    }

    /** Returns γ_l &gt; 0 for l ≥ 1 from cosh γ_l = c − cos(π l / n). */
    private static double gamma(double c, int l, int n) {
        double y = c - Math.cos(Math.PI * l / n);
        return Math.log(y + Math.sqrt(y * y - 1));
    }

    /** A product of factors 2 cosh x or 2 sinh x, with its K-derivative, as sign and logarithm. */
    private static final class Product {

        private int sign = 1;
        private double logAbs;
        /** Σ f'/f over the non-zero factors. */
        private double logDerivative;
        private int zeroFactors;
        /** f' of the zero factor, used when exactly one factor is zero. */
        private double zeroFactorDerivative;

        void multiplyTwoCosh(double x, double dx) {
            double a = Math.abs(x);
            logAbs += a + Math.log1p(Math.exp(-2 * a));
            logDerivative += Math.tanh(x) * dx;
        }

        void multiplyTwoSinh(double x, double dx) {
            if (x == 0) {
                zeroFactors++;
                zeroFactorDerivative = 2 * dx;
                return;
            }
            double a = Math.abs(x);
            if (x < 0) {
                sign = -sign;
            }
            logAbs += a + Math.log1p(-Math.exp(-2 * a));
            logDerivative += dx / Math.tanh(x);
        }

        double scaledValue(double reference) {
            return zeroFactors > 0 ? 0 : sign * Math.exp(logAbs - reference);
        }

        double scaledDerivative(double reference) {
            if (zeroFactors == 0) {
                return scaledValue(reference) * logDerivative;
            }
            if (zeroFactors == 1) {
                return zeroFactorDerivative * sign * Math.exp(logAbs - reference);
            }
            return 0;
        }
    }
}
