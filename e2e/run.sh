#!/usr/bin/env bash
# npm run test:e2e [-- <jest options>]: installs n8n 2.8.4 into the cache when it is not there
# (e2e/install-n8n.sh), builds the package, runs the end-to-end tests in a real n8n against the
# local sandbox (e2e/jest.config.js), prints how long that took, and ends with the plain line
# "e2e: N passed, N failed, N skipped", also written to .tmp/e2e-summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."

summary=.tmp/e2e-summary.txt
mkdir -p .tmp
rm -f "$summary"
started=$(date +%s)

finish() {
	local status=$1
	[ -s "$summary" ] || echo "e2e: 0 passed, 1 failed" >"$summary"
	echo
	echo "e2e run took $(($(date +%s) - started)) s (n8n install or check ${install_seconds:-?} s, build ${build_seconds:-?} s, tests ${test_seconds:-?} s)"
	cat "$summary"
	exit "$status"
}

step=$(date +%s)
if ! bash e2e/install-n8n.sh >/dev/null; then
	echo "e2e: n8n could not be installed (see above)" >&2
	finish 1
fi
install_seconds=$(($(date +%s) - step))

step=$(date +%s)
if ! npm run build --silent; then
	echo "e2e: the package does not build" >&2
	finish 1
fi
build_seconds=$(($(date +%s) - step))

step=$(date +%s)
npx jest -c e2e/jest.config.js "$@"
status=$?
test_seconds=$(($(date +%s) - step))
finish "$status"
