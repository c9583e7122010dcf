#!/usr/bin/env bash
# Measures the batch tool on a million rows in a 64 MB heap: sakip capaian (to standard output,
# to a CSV file and to an Excel workbook with -o hasil.xlsx) and sakip ikm.
# Usage (after mvn -B -q -DskipTests package): sakip-examples/scripts/sejuta-baris.sh [ROWS]
# Prints, per command, the wall time, the exit status, the lines written and rejected, and the
# peak resident memory of the JVM when GNU time is available.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
JAR=target/sakip.jar
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# capaian: Klojen-like rows, every 100 000th row bad (a number with two decimal commas)
awk -v n="$ROWS" 'BEGIN {
  print "indikator;polaritas;target;realisasi";
  for (i = 1; i <= n; i++) {
    if (i % 100000 == 0) print "Rusak " i ";POSITIF;1,2,3;5";
    else if (i % 3 == 0) print "\"Persentase; gabungan " i "\";NEGATIF;10;" (i % 17) ",5";
    else if (i % 3 == 1) print "Indikator " i ";POSITIF;80-90;" (i % 97) ",25";
    else print "Nilai " i ";POSITIF;80,01;NA";
  } }' > "$WORK/capaian.csv"

# ikm: nine answers per respondent, some left empty
awk -v n="$ROWS" 'BEGIN {
  print "U1;U2;U3;U4;U5;U6;U7;U8;U9";
  for (i = 1; i <= n; i++) {
    line = "";
    for (u = 1; u <= 9; u++) line = line (u > 1 ? ";" : "") ((i + u) % 11 == 0 ? "" : 1 + (i * u) % 4);
    print line;
  } }' > "$WORK/ikm.csv"

run() {
  local label="$1" name="$2"; shift 2
  local start end status
  start=$(date +%s.%N)
  set +e
  if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f "%M" -o "$WORK/rss" java -Xmx64m -jar "$JAR" "$@" > "$WORK/out" 2> "$WORK/err"
  else
    java -Xmx64m -jar "$JAR" "$@" > "$WORK/out" 2> "$WORK/err"
  fi
  status=$?
  set -e
  end=$(date +%s.%N)
  printf '%s: %s rows, %s MB, -Xmx64m: %.1f s, exit %s, %s lines out, %s rejected%s\n' "$label" "$ROWS" \
    "$(du -m "$WORK/$name.csv" | cut -f1)" "$(echo "$end - $start" | bc)" "$status" "$(wc -l < "$WORK/out")" \
    "$(grep -c '^baris ' "$WORK/err" || true)" \
    "$( [ -f "$WORK/rss" ] && echo ", peak RSS $(( $(tail -1 "$WORK/rss") / 1024 )) MB" )"
}

run capaian capaian capaian "$WORK/capaian.csv"
run "capaian -o hasil.csv" capaian capaian "$WORK/capaian.csv" -o "$WORK/hasil.csv"
echo "  hasil.csv: $(du -m "$WORK/hasil.csv" | cut -f1) MB, $(wc -l < "$WORK/hasil.csv") lines"
run "capaian -o hasil.xlsx" capaian capaian "$WORK/capaian.csv" -o "$WORK/hasil.xlsx"
echo "  hasil.xlsx: $(du -m "$WORK/hasil.xlsx" | cut -f1) MB"
run ikm ikm ikm "$WORK/ikm.csv"
tail -3 "$WORK/out"
