#!/usr/bin/env bash
# Unpacks the n8n-workflow that each listed n8n ships (e2e/n8n/versions.json) into the cache, as
# dev-time fixtures for test/unit/compat (the names dist/ imports must exist in each). Only the
# tarballs: no dependencies, nothing of it is a dependency of the package. Idempotent and quick
# once done. AI_CREDITS_CACHE moves the cache (default ~/.cache/n8n-nodes-ai-credits).
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${AI_CREDITS_CACHE:-$HOME/.cache/n8n-nodes-ai-credits}/n8n-workflow"
for version in $(node -p "require('./e2e/n8n/versions.json').versions.map((v) => v.n8nWorkflow).join(' ')"); do
	folder="$cache/$version"
	if [ "$(node -p "require('$folder/package/package.json').version" 2>/dev/null)" = "$version" ]; then
		continue
	fi
	rm -rf "$folder"
	mkdir -p "$folder"
	(cd "$folder" && npm pack --silent "n8n-workflow@$version" >/dev/null && tar xzf "n8n-workflow-$version.tgz" && rm -f "n8n-workflow-$version.tgz")
	echo "[fetch-n8n-workflow] n8n-workflow $version in $folder" >&2
done
