package org.mrfsampler.model;

/** Boundary condition of a rectangular lattice. */
public enum Boundary {
    /** Sites on an edge have fewer neighbours; nothing wraps around. */
    FREE,
    /** The lattice is a torus: the last row neighbours the first, and likewise for columns. */
    PERIODIC
}
