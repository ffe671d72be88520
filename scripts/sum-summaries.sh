#!/usr/bin/env bash
# bash scripts/sum-summaries.sh LABEL FILE...: adds up the plain summary lines
# ("<label>: N passed, N failed, N skipped") that the test runs wrote to FILEs and prints
# "LABEL: N passed, N failed, N skipped". A missing or empty FILE (its run crashed before it
# wrote one) counts as one failure.
set -uo pipefail
label=$1
shift
count() { sed -n "s/.* \([0-9][0-9]*\) $2.*/\1/p" "$1" 2>/dev/null | head -n 1; }
passed=0 failed=0 skipped=0
for summary in "$@"; do
	if [ -s "$summary" ]; then
		p=$(count "$summary" passed) f=$(count "$summary" failed) s=$(count "$summary" skipped)
		passed=$((passed + ${p:-0})) failed=$((failed + ${f:-1})) skipped=$((skipped + ${s:-0}))
	else
		failed=$((failed + 1))
	fi
done
echo "$label: $passed passed, $failed failed, $skipped skipped"
