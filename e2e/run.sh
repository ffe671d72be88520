#!/usr/bin/env bash
# npm run test:e2e [-- <jest options>]: for each n8n of e2e/n8n/versions.json (or only
# AI_CREDITS_N8N_VERSION when set), installs it into the cache when it is not there
# (e2e/install-n8n.sh), then runs the end-to-end tests in it against the local sandbox, with the
# package loaded from its packed tarball (e2e/jest.config.js). Prints how long each version took,
# one plain line per version, and last the sum "e2e: N passed, N failed, N skipped", also written
# to .tmp/e2e-summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."

summary=.tmp/e2e-summary.txt
mkdir -p .tmp
rm -f "$summary" .tmp/e2e-*-summary.txt
started=$(date +%s)

if [ -n "${AI_CREDITS_N8N_VERSION:-}" ]; then
	versions=$AI_CREDITS_N8N_VERSION
else
	versions=$(node -p "require('./e2e/n8n/versions.json').versions.map((v) => v.n8n).join(' ')")
fi

step=$(date +%s)
if ! npm run build --silent; then
	echo "e2e: the package does not build" >&2
	echo "e2e: 0 passed, 1 failed, 0 skipped" >"$summary"
	cat "$summary"
	exit 1
fi
build_seconds=$(($(date +%s) - step))

status=0
timings=()
for version in $versions; do
	echo
	echo "== e2e in n8n $version"
	leg_summary=.tmp/e2e-$version-summary.txt
	step=$(date +%s)
	if bash e2e/install-n8n.sh "$version" >/dev/null; then
		install_seconds=$(($(date +%s) - step))
		step=$(date +%s)
		AI_CREDITS_N8N_VERSION=$version npx jest -c e2e/jest.config.js "$@" || status=1
		test_seconds=$(($(date +%s) - step))
	else
		echo "e2e: n8n $version could not be installed (see above)" >&2
		install_seconds=$(($(date +%s) - step)) test_seconds=0 status=1
	fi
	if [ ! -s "$leg_summary" ]; then
		# A leg that wrote no summary (the install or jest crashed first) counts as one failure.
		echo "e2e-n8n-$version: 0 passed, 1 failed, 0 skipped" >"$leg_summary"
		status=1
	fi
	timings+=("n8n $version: install or check ${install_seconds} s, tests ${test_seconds} s")
done

echo
echo "e2e run took $(($(date +%s) - started)) s (build ${build_seconds} s)"
for timing in "${timings[@]}"; do echo "  $timing"; done
legs=()
for version in $versions; do legs+=(".tmp/e2e-$version-summary.txt"); done
cat "${legs[@]}"
bash scripts/sum-summaries.sh e2e "${legs[@]}" | tee "$summary"
exit "$status"
