package org.mrfsampler.oracle;

import org.mrfsampler.model.Boundary;

/**
 * Exact averages of the Ising model on a narrow lattice of R rows and any number of columns, by a transfer
 * matrix over columns: a column is one of 2^R spin states, and Z is a sum over column sequences.
 *
 * <p>The sweep over columns carries, for every (first column, current column, spin sum M so far), the
 * summed Boltzmann weight exp(βJ B) and the weight times the bond sum B. That gives Z, ⟨E⟩ = −J⟨B⟩ − h⟨M⟩
 * and the exact distribution of M, hence ⟨|m|⟩ and ⟨m²⟩, after applying exp(βhM) at the end. The first
 * column is remembered only for periodic boundaries, where the last column bonds back to it. Bonds follow
 * {@code IsingModel}: a periodic dimension of length 2 has its bond twice.
 *
 * <p>Cost: cols · 4^R · (2N + 1) operations per first-column state, so a few million for 2 × 128.
 */
final class StripTransferMatrix {

    /** Widest column handled; 2^R states per column. */
    static final int MAX_ROWS = 4;

    private StripTransferMatrix() {
    }

    /**
     * Computes the exact averages on {@code rows × cols} for E = −J Σ⟨ij⟩ s_i s_j − h Σ s_i.
     *
     * @throws IllegalArgumentException if rows exceeds {@value #MAX_ROWS}, or a periodic dimension is
     *     shorter than 2
     */
    static ExactValues exact(int rows, int cols, Boundary boundary, double coupling, double field, double beta) {
        boolean periodic = boundary == Boundary.PERIODIC;
        if (rows < 1 || rows > MAX_ROWS || cols < 1 || periodic && (rows < 2 || cols < 2)) {
            throw new IllegalArgumentException("unsupported strip " + rows + "x" + cols + " " + boundary);
        }
        int states = 1 << rows;
        int size = rows * cols;
        int spinSums = 2 * size + 1;
        int[] columnSpinSum = new int[states];
        int[] columnBondSum = new int[states];
        int[][] interBondSum = new int[states][states];
        for (int a = 0; a < states; a++) {
            for (int r = 0; r < rows; r++) {
                columnSpinSum[a] += spin(a, r);
                if (r + 1 < rows || periodic) {
                    columnBondSum[a] += spin(a, r) * spin(a, (r + 1) % rows);
                }
                for (int b = 0; b < states; b++) {
                    interBondSum[a][b] += spin(a, r) * spin(b, r);
                }
            }
        }
        double k = beta * coupling;
        int firstStates = periodic ? states : 1;

        // weight[first][current][M + N] and bondWeight = Σ weight · B, rescaled after every column.
        double[][][] weight = new double[firstStates][states][spinSums];
        double[][][] bondWeight = new double[firstStates][states][spinSums];
        for (int a = 0; a < states; a++) {
            int first = periodic ? a : 0;
            double w = Math.exp(k * columnBondSum[a]);
            weight[first][a][columnSpinSum[a] + size] = w;
            bondWeight[first][a][columnSpinSum[a] + size] = w * columnBondSum[a];
        }
        double logScale = 0;
        for (int column = 1; column < cols; column++) {
            double[][][] nextWeight = new double[firstStates][states][spinSums];
            double[][][] nextBondWeight = new double[firstStates][states][spinSums];
            double max = 0;
            for (int first = 0; first < firstStates; first++) {
                for (int a = 0; a < states; a++) {
                    for (int b = 0; b < states; b++) {
                        int bondStep = interBondSum[a][b] + columnBondSum[b];
                        double factor = Math.exp(k * bondStep);
                        int shift = columnSpinSum[b];
                        double[] from = weight[first][a];
                        double[] fromBond = bondWeight[first][a];
                        double[] to = nextWeight[first][b];
                        double[] toBond = nextBondWeight[first][b];
                        for (int m = Math.max(0, -shift); m < spinSums - Math.max(0, shift); m++) {
                            if (from[m] != 0) {
                                to[m + shift] += from[m] * factor;
                                toBond[m + shift] += (fromBond[m] + bondStep * from[m]) * factor;
                                max = Math.max(max, to[m + shift]);
                            }
                        }
                    }
                }
            }
            for (int first = 0; first < firstStates; first++) {
                for (int a = 0; a < states; a++) {
                    for (int m = 0; m < spinSums; m++) {
                        nextWeight[first][a][m] /= max;
                        nextBondWeight[first][a][m] /= max;
                    }
                }
            }
            logScale += Math.log(max);
            weight = nextWeight;
            bondWeight = nextBondWeight;
        }

        // Close the ring on periodic columns; exp(βhM) is applied relative to its maximum.
        double fieldShift = Math.abs(beta * field) * size;
        double z = 0;
        double bondSum = 0;
        double spinSum = 0;
        double absMagnetization = 0;
        double squaredMagnetization = 0;
        for (int first = 0; first < firstStates; first++) {
            for (int a = 0; a < states; a++) {
                int closing = periodic ? interBondSum[a][first] : 0;
                double closingFactor = Math.exp(k * closing);
                for (int m = 0; m < spinSums; m++) {
                    if (weight[first][a][m] == 0) {
                        continue;
                    }
                    int magnetization = m - size;
                    double fieldFactor = Math.exp(beta * field * magnetization - fieldShift);
                    double w = weight[first][a][m] * closingFactor * fieldFactor;
                    double perSite = (double) magnetization / size;
                    z += w;
                    bondSum += (bondWeight[first][a][m] + closing * weight[first][a][m]) * closingFactor * fieldFactor;
                    spinSum += w * magnetization;
                    absMagnetization += w * Math.abs(perSite);
                    squaredMagnetization += w * perSite * perSite;
                }
            }
        }
        double energy = -coupling * bondSum / z - field * spinSum / z;
        return new ExactValues(logScale + fieldShift + Math.log(z), energy / size, absMagnetization / z,
                squaredMagnetization / z, null);
    }

    private static int spin(int state, int row) {
        return ((state >>> row) & 1) == 1 ? 1 : -1;
    }
}
