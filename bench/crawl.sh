#!/usr/bin/env bash
# Crawl benchmark: builds the project, then crawls a synthetic web of municipalities on 127.0.0.1 twice and
# runs wget --mirror against it; prints times, ratios and memory. Usage: bench/crawl.sh [SITES] [DELAY_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
# A generous heap, so that the peak measured is what the crawl needs, not what a limit squeezed it into.
exec java -Xmx4g -jar bench/target/crawl-benchmark.jar "$@"
