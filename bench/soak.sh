#!/usr/bin/env bash
# Soak benchmark: builds the project, fills a temporary database with 290 municipalities × 2 reviews, serves the
# review app on 127.0.0.1 and lets REVIEWERS simulated reviewers read review screens and save draft answers for
# SECONDS; prints requests/s, p50/p99 of saves and reads, and the count of lost or misattributed updates.
# Usage: bench/soak.sh [SECONDS] [REVIEWERS]   (defaults: 30 s, 20 reviewers)
# With WEBBGRANSKNING_BENCH_PG_URL, _USER and _PASSWORD set, it runs once more on a fresh schema of that database.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
exec java -cp bench/target/web-benchmark.jar se.webbgranskning.bench.web.SoakBenchmark "$@"
