#!/usr/bin/env bash
# Installs n8n's own checks (tools/n8n-rules/package-lock.json) into tools/n8n-rules/node_modules.
# --ignore-scripts: eslint-plugin-n8n-nodes-base's preinstall (`npx only-allow pnpm`) fails under
# npm, and node-cli's AI SDK would build isolated-vm, which neither check uses.
# Idempotent: skipped while node_modules carries the cksum of the lockfile it was installed from.
# Quiet on success; on failure prints npm's output and exits non-zero.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$dir/node_modules/.n8n-rules-lock-cksum"
want="$(cksum < "$dir/package-lock.json")"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
	exit 0
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund) >"$log" 2>&1; then
	cat "$log" >&2
	echo "tools/n8n-rules/install.sh: npm ci failed" >&2
	exit 1
fi
printf '%s\n' "$want" >"$stamp"
