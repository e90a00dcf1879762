#!/usr/bin/env bash
# Times the Ising reference job (64×64, J = 100, β = 1, 150 000 steps, 1500 samples stored) through a
# running service, from the POST until the job reads SUCCEEDED, polling every 5 ms.
# Usage: benchmarks/reference-job.sh [RUNS] [BASE_URL]   (defaults: 20 runs, http://localhost:8080)
set -euo pipefail

runs=${1:-20}
base=${2:-http://localhost:8080}
spec='{"model": {"type": "ising", "rows": 64, "cols": 64, "coupling": 100.0, "field": 0.0, "beta": 1.0,
  "boundary": "free"}, "sampler": {"steps": 150000, "thin": 100, "seed": 1}, "initialState": {"type": "random"}}'

times=()
for run in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    id=$(curl -sf -X POST "$base/api/jobs" -H 'Content-Type: application/json' -d "$spec" \
        | sed -E 's/.*"id":"([^"]+)".*/\1/')
    while true; do
        status=$(curl -sf "$base/api/jobs/$id" | sed -E 's/.*"status":"([A-Z]+)".*/\1/')
        case $status in
            SUCCEEDED) break ;;
            FAILED|CANCELLED) echo "run $run: job $id ended $status" >&2; exit 1 ;;
        esac
        sleep 0.005
    done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    curl -sf -X DELETE "$base/api/jobs/$id" > /dev/null
done

sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "runs: $runs"
echo "POST to SUCCEEDED, ms: min $(echo "$sorted" | head -1), median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p"), max $(echo "$sorted" | tail -1)"
