#!/usr/bin/env bash
# Installs the pinned n8n of e2e/n8n/ (2.8.4, the newest that runs on Node 20) into a cache folder
# outside the package, with pnpm and a hoisted node_modules, as /work/shared/N8N-ENGINE-NOTES.md
# found to work. e2e/n8n/package.json holds the version and the overrides, e2e/n8n/pnpm-lock.yaml
# every resolved version, so each machine gets the tree the tests were written against.
# Idempotent: does nothing when that n8n answers its version and was installed from these files.
# Needs Node 20, npm, the npm registry, python3, make and g++ (sqlite3 is built from source: its
# prebuilt binary download is unreachable offline).
#
#   AI_CREDITS_N8N_HOME    where n8n goes (default $HOME/.cache/n8n-nodes-ai-credits/n8n-2.8.4)
#   AI_CREDITS_PNPM_STORE  pnpm's content store, kept so a reinstall takes seconds
#                          (default: pnpm-store next to AI_CREDITS_N8N_HOME)
#
# Prints the path of the n8n binary as its last line.
set -euo pipefail

RECIPE_DIR="$(cd "$(dirname "$0")/n8n" && pwd)"
N8N_VERSION=$(node -p "require('$RECIPE_DIR/package.json').dependencies.n8n")
PNPM_VERSION=10.34.9

N8N_HOME="${AI_CREDITS_N8N_HOME:-$HOME/.cache/n8n-nodes-ai-credits/n8n-$N8N_VERSION}"
CACHE_ROOT="$(dirname "$N8N_HOME")"
PNPM_STORE="${AI_CREDITS_PNPM_STORE:-$CACHE_ROOT/pnpm-store}"
TOOLS="$CACHE_ROOT/tools/pnpm-$PNPM_VERSION"
N8N_BIN="$N8N_HOME/node_modules/n8n/bin/n8n"

say() { printf '[install-n8n] %s\n' "$*" >&2; }

# What was installed: the recipe files' contents. Another recipe means another install.
recipe_stamp() { cat "$RECIPE_DIR/package.json" "$RECIPE_DIR/pnpm-lock.yaml" 2>/dev/null | cksum; }

installed_version() {
	[ -x "$N8N_BIN" ] || return 1
	local scratch
	scratch=$(mktemp -d)
	# n8n --version only prints; a bounded wait keeps a broken install from hanging the caller.
	N8N_USER_FOLDER="$scratch" timeout 60 "$N8N_BIN" --version 2>/dev/null | tail -n 1 || true
	rm -rf "$scratch"
}

if [ "$(installed_version || true)" = "$N8N_VERSION" ] &&
	[ "$(cat "$N8N_HOME/.installed-recipe" 2>/dev/null)" = "$(recipe_stamp)" ]; then
	say "n8n $N8N_VERSION already installed in $N8N_HOME"
	echo "$N8N_BIN"
	exit 0
fi

started=$(date +%s)

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" != 20 ]; then
	say "warning: n8n $N8N_VERSION is pinned for Node 20; this is Node $(node --version)"
fi

# node-gyp must not download Node's headers (no internet): use the ones installed with node.
node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ ! -f "$node_prefix/include/node/node_api.h" ]; then
	say "Node's C headers are missing ($node_prefix/include/node); sqlite3 cannot be built"
	exit 1
fi
for tool in python3 make g++; do
	command -v "$tool" >/dev/null || {
		say "$tool is needed to build sqlite3 from source"
		exit 1
	}
done

mkdir -p "$N8N_HOME" "$PNPM_STORE" "$TOOLS"

PNPM="$TOOLS/node_modules/.bin/pnpm"
if [ ! -x "$PNPM" ] || [ "$("$PNPM" --version)" != "$PNPM_VERSION" ]; then
	say "installing pnpm $PNPM_VERSION into $TOOLS"
	echo '{ "private": true }' >"$TOOLS/package.json"
	npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --loglevel=error \
		"pnpm@$PNPM_VERSION" >&2
fi

# A new recipe or a broken install starts from an empty node_modules: pnpm's hoisted layout may
# otherwise keep nested copies that the new overrides would have removed.
rm -rf "$N8N_HOME/.installed-recipe" "$N8N_HOME/node_modules"
cp "$RECIPE_DIR/package.json" "$N8N_HOME/package.json"
frozen=--frozen-lockfile
if [ -f "$RECIPE_DIR/pnpm-lock.yaml" ]; then
	cp "$RECIPE_DIR/pnpm-lock.yaml" "$N8N_HOME/pnpm-lock.yaml"
else
	rm -f "$N8N_HOME/pnpm-lock.yaml"
	frozen=--no-frozen-lockfile
fi
cat >"$N8N_HOME/.npmrc" <<NPMRC
node-linker=hoisted
store-dir=$PNPM_STORE
nodedir=$node_prefix
NPMRC

say "installing n8n $N8N_VERSION into $N8N_HOME (cold: about 3 minutes; with a kept store: seconds)"
(
	cd "$N8N_HOME"
	export npm_config_nodedir="$node_prefix"
	"$PNPM" install "$frozen" --reporter=append-only --config.confirmModulesPurge=false >&2
)
if [ "$frozen" = --no-frozen-lockfile ]; then
	cp "$N8N_HOME/pnpm-lock.yaml" "$RECIPE_DIR/pnpm-lock.yaml"
	say "wrote e2e/n8n/pnpm-lock.yaml: commit it so every machine installs this tree"
fi

version="$(installed_version || true)"
if [ "$version" != "$N8N_VERSION" ]; then
	say "n8n --version answered '${version}' after the install, expected $N8N_VERSION"
	exit 1
fi
recipe_stamp >"$N8N_HOME/.installed-recipe"
say "n8n $N8N_VERSION ready in $(($(date +%s) - started)) s"
echo "$N8N_BIN"
