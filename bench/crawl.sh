#!/usr/bin/env bash
# Crawl benchmark: builds the project, then crawls a synthetic web of municipalities on 127.0.0.1 twice and
# runs wget --mirror against it; prints times, ratios and memory. Usage: bench/crawl.sh [SITES] [DELAY_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
exec java -Xmx1g -jar bench/target/crawl-benchmark.jar "$@"
