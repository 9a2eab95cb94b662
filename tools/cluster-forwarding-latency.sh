#!/usr/bin/env bash
# Measures what forwarding costs in a cluster: the same request (GET /api/system, which a standby server forwards to
# the server holding the CTI link) sent to the holder and to a standby server, in alternating rounds, one at a time.
# Prints the median and p95 of each round and the ratio of the medians. Run it against a running cluster
# (README, "Run a cluster"):
#
#   tools/cluster-forwarding-latency.sh http://127.0.0.1:8081/cti http://127.0.0.1:8082/cti [requests] [rounds]
#
# CTIOS_CREDENTIALS (user:password, default admin:admin) signs the requests.
set -euo pipefail
holder="${1:?the URL of the server holding the link (heldBy in /api/system)}"
standby="${2:?the URL of a standby server}"
requests="${3:-300}"
rounds="${4:-2}"
credentials="${CTIOS_CREDENTIALS:-admin:admin}"

percentiles() {   # reads seconds, one per line; prints "median p95" in milliseconds
    sort -n | awk '{ a[NR] = $1 } END { printf "%.1f %.1f\n", a[int((NR + 1) * 0.5)] * 1000, a[int(NR * 0.95)] * 1000 }'
}

measure() {
    for _ in $(seq 1 "$requests"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -u "$credentials" "$1/api/system"
    done | percentiles
}

for round in $(seq 1 "$rounds"); do
    read -r holder_median holder_p95 < <(measure "$holder")
    read -r standby_median standby_p95 < <(measure "$standby")
    echo "round $round, $requests requests each: holder median $holder_median ms p95 $holder_p95 ms;" \
        "standby (forwarded) median $standby_median ms p95 $standby_p95 ms;" \
        "ratio of medians $(awk -v a="$standby_median" -v b="$holder_median" 'BEGIN { printf "%.2f", a / b }')"
done
