-- Work done in sweeps (N site updates) next to the kernel's own steps, the Hopfield pattern overlaps of
-- each sample, and the running statistics of a job as a JSON document.
alter table job add column sweeps_done double precision not null default 0;
alter table job add column statistics varchar;

alter table sample add column sweeps double precision not null default 0;
-- pattern_overlaps: q_μ = x_μ·s / N for each pattern, as consecutive big-endian IEEE 754 doubles; null for Ising.
alter table sample add column pattern_overlaps bytea;
