#!/usr/bin/env bash
# Provisions what the integration/e2e tests and `npm run demo` need, on first use:
#   - apt: chromium (headless browser), ripgrep (stands in for @vscode/ripgrep's GitHub download),
#     libkrb5-dev (kerberos' gssapi.h for code-server's native build), python3/make/g++ (node-gyp)
#   - code-server 4.100.3 (VS Code 1.100.3; the newest that runs on node 20) into .vscode-test/code-server,
#     installed with `npm ci` from the lockfile committed in test/harness/code-server/.
# Idempotent: when everything is in place it only runs a few cheap checks (well under a second).
# Usage: bash test/harness/provision.sh [--apt-only]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCK_SRC="$ROOT/test/harness/code-server"
DEST="$ROOT/.vscode-test/code-server"
CS_BIN="$DEST/node_modules/.bin/code-server"
log() { printf '[provision] %s\n' "$*" >&2; }
die() { printf '[provision] ERROR: %s\n' "$*" >&2; exit 1; }

# ---- apt prerequisites -------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing apt packages: ${missing[*]}"
  [ "$(id -u)" = 0 ] || die "apt packages missing (${missing[*]}) and not running as root: install them with sudo apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -qq \
    || die "apt-get update failed: are you root / is the Debian mirror reachable?"
  timeout 1200 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed: are you root / is the Debian mirror reachable?"
  log "apt packages installed"
fi
if [ "${1:-}" = "--apt-only" ]; then exit 0; fi

# ---- code-server ---------------------------------------------------------------------------------
[ -f "$LOCK_SRC/package.json" ] || die "missing $LOCK_SRC/package.json"
lock_hash() { cat "$LOCK_SRC/package.json" "$LOCK_SRC/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1 || true; }
want_hash="$(lock_hash)"
if [ -x "$CS_BIN" ] && [ "$(cat "$DEST/.provisioned" 2>/dev/null)" = "$want_hash" ]; then
  exit 0
fi

log "installing code-server into $DEST (a few minutes the first time)"
start=$SECONDS
rm -rf "$DEST/node_modules" "$DEST/.provisioned"
mkdir -p "$DEST"
cp "$LOCK_SRC/package.json" "$DEST/package.json"
[ -f "$LOCK_SRC/package-lock.json" ] && cp "$LOCK_SRC/package-lock.json" "$DEST/package-lock.json"

# Workarounds (see the harness README section in the project README):
# 1. @vscode/ripgrep's postinstall downloads ripgrep from api.github.com unless this cached asset exists.
export TMPDIR="$DEST/.tmp"
RGC="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RGC" "$TMPDIR/rg"
cp "$(command -v rg)" "$TMPDIR/rg/rg"
tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rg" rg
# 2. code-server's postinstall refuses to run as root without it.
export npm_config_unsafe_perm=true
# 3. node-pty's post-install runs `npx node-gyp ...`, which must not prompt (a user ~/.npmrc may say yes=false).
export npm_config_yes=true
# 4. libkrb5-dev (apt, above) provides gssapi.h for the kerberos module.
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# Never write the user's ~/.config/code-server while installing.
export XDG_CONFIG_HOME="$TMPDIR/xdg" XDG_DATA_HOME="$TMPDIR/xdg"

cd "$DEST"
if [ -f package-lock.json ]; then
  timeout 1800 npm ci --no-audit --no-fund --loglevel=error \
    || die "npm ci of code-server failed (see above): is the npm registry reachable? are python3/make/g++ present?"
else
  timeout 1800 npm install --no-audit --no-fund --loglevel=error \
    || die "npm install of code-server failed (see above): is the npm registry reachable?"
  cp package-lock.json "$LOCK_SRC/package-lock.json"
  log "recorded $LOCK_SRC/package-lock.json (commit it)"
  want_hash="$(lock_hash)"
fi
version="$(timeout 60 "$CS_BIN" --version 2>/dev/null | tail -1)" || die "code-server was installed but does not start: $CS_BIN --version failed"
rm -rf "$TMPDIR"
echo "$want_hash" > "$DEST/.provisioned"
log "code-server $version ready in $((SECONDS - start)) s"
