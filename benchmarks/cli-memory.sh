#!/bin/sh
# Streams large files through the CLI under a small fixed heap and prints peak memory and time,
# so that "the CLI handles a 1 GB file without holding it in memory" is measured, not claimed.
#
#   benchmarks/cli-memory.sh [SIZE_MB ...]     (default: 10 100 1000; needs target/zhibiao.jar)
#
# Each input is the seed corpus (seeds/*.txt) repeated whole until it reaches SIZE_MB megabytes
# (1,000,000 bytes), written once to target/cli-memory/. Every command runs with -Xmx256m: a
# command that read the whole file would need about 2 bytes per character for the text alone
# (over 600 MB for the 1 GB file) and fail with OutOfMemoryError.
set -eu
cd "$(dirname "$0")/.."
jar=target/zhibiao.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -q package -DskipTests" >&2; exit 2; }
sizes=${*:-10 100 1000}
dir=target/cli-memory
mkdir -p "$dir"
echo "| input | bytes | command | exit | peak RSS MB | wall s | user s |"
echo "| --- | ---: | --- | ---: | ---: | ---: | ---: |"
for mb in $sizes; do
  f="$dir/seeds-${mb}MB.txt"
  if [ ! -f "$f" ]; then
    cat seeds/*.txt > "$f.part"
    # double until large enough, then add single copies: whole documents only
    while [ $(( $(wc -c < "$f.part") * 2 )) -le $(( mb * 1000000 )) ]; do
      cat "$f.part" "$f.part" > "$f.tmp" && mv "$f.tmp" "$f.part"
    done
    while [ "$(wc -c < "$f.part")" -lt $(( mb * 1000000 )) ]; do cat seeds/*.txt >> "$f.part"; done
    mv "$f.part" "$f"
  fi
  bytes=$(wc -c < "$f")
  for cmd in "extract --format jsonl" "totals --format table" "check --format jsonl"; do
    set +e
    /usr/bin/time -f "%M %e %U" -o "$dir/time.txt" \
      java -Xmx256m -jar "$jar" $cmd --quiet "$f" > /dev/null 2> "$dir/stderr.txt"
    status=$?
    set -e
    read -r rss wall user <<EOT
$(tail -n 1 "$dir/time.txt")
EOT
    echo "| ${mb} MB | $bytes | \`$cmd\` | $status | $(( rss / 1024 )) | $wall | $user |"
    if grep -q OutOfMemoryError "$dir/stderr.txt"; then echo "OutOfMemoryError: $cmd $f" >&2; fi
  done
done
