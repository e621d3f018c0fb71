#!/usr/bin/env bash
# Installs what the browser tests and the offline VS Code integration suite need (`npm run setup`, run first by `npm test`):
#   - Debian packages: chromium, ripgrep, openssl (test TLS certificates) and the headers the native VS Code modules build against;
#   - code-server@4.100.3 (VS Code 1.100.3 server + web workbench) in its own prefix .cache/vscode-offline,
#     so the project's node_modules stays untouched.
# Idempotent and cached: a stamp file records a complete install; re-runs with the stamp take well under 1 s.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PREFIX="$ROOT/.cache/vscode-offline"
STAMP="$PREFIX/.setup-complete-$CODE_SERVER_VERSION"
VSCODE_DIR="$PREFIX/node_modules/code-server/lib/vscode"
APT_PACKAGES=(ripgrep openssl libkrb5-dev libxkbfile-dev libsecret-1-dev)
# The browser of every browser test (scripts/vscode-offline/chromium.mjs): Debian's, unless PPS_CHROMIUM names another.
CHROMIUM="${PPS_CHROMIUM:-/usr/bin/chromium}"
[[ -n "${PPS_CHROMIUM:-}" ]] || APT_PACKAGES=(chromium "${APT_PACKAGES[@]}")

log() { printf '[vscode-offline setup] %s\n' "$*" >&2; }
die() { printf '[vscode-offline setup] ERROR: %s\n' "$*" >&2; exit 1; }

# 1. Debian packages (checked every run; dpkg-query is fast).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  if [[ "$(id -u)" != "0" ]]; then
    die "missing Debian packages: ${missing[*]} — install them as root: apt-get update && apt-get install -y ${missing[*]}"
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  rm -f "$STAMP" # native modules may need rebuilding against the new headers
fi
[[ -x "$CHROMIUM" ]] || die "$CHROMIUM not found (the chromium package, or the path in PPS_CHROMIUM)"
command -v rg >/dev/null || die "ripgrep (rg) not found after installing the ripgrep package"

if [[ -f "$STAMP" && -f "$VSCODE_DIR/out/server-main.js" && -e "$VSCODE_DIR/node_modules.asar" ]]; then
  exit 0
fi

command -v npm >/dev/null || die "npm not found on PATH"
log "installing code-server@$CODE_SERVER_VERSION into $PREFIX (about a minute, once)"
mkdir -p "$PREFIX"
if [[ ! -f "$PREFIX/package.json" ]]; then
  cat > "$PREFIX/package.json" <<JSON
{
  "name": "vscode-offline-cache",
  "private": true,
  "description": "code-server for the offline VS Code integration suite (scripts/vscode-offline/setup.sh); not part of the project"
}
JSON
fi

# 2. code-server itself; its postinstall downloads ripgrep from GitHub, hence --ignore-scripts.
if [[ ! -f "$VSCODE_DIR/out/server-main.js" ]]; then
  (cd "$PREFIX" && npm install --prefix "$PREFIX" --no-audit --no-fund --ignore-scripts --save-exact \
    "code-server@$CODE_SERVER_VERSION")
fi
[[ -f "$VSCODE_DIR/out/server-main.js" ]] || die "code-server install did not produce $VSCODE_DIR/out/server-main.js"

# 3. VS Code's own runtime dependencies.
log "installing VS Code server dependencies"
(cd "$VSCODE_DIR" && npm install --omit=dev --ignore-scripts --no-audit --no-fund)

# 4. ripgrep binary (the npm package would download it from GitHub).
mkdir -p "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin"
cp -f "$(command -v rg)" "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"

# 5. Native modules.
log "building native modules"
(cd "$VSCODE_DIR" && npm rebuild kerberos @vscode/spdlog @parcel/watcher native-watchdog @vscode/deviceid)
# node-pty's post-install step may fail after pty.node is built; the module works, so judge by the binary.
if ! (cd "$VSCODE_DIR" && npm rebuild node-pty) >"$PREFIX/node-pty-rebuild.log" 2>&1; then
  log "npm rebuild node-pty reported an error, as it does here after building pty.node (log: $PREFIX/node-pty-rebuild.log)"
fi
if [[ ! -f "$VSCODE_DIR/node_modules/node-pty/build/Release/pty.node" ]]; then
  tail -n 40 "$PREFIX/node-pty-rebuild.log" >&2
  die "node-pty did not build (no build/Release/pty.node)"
fi

# 6. The server resolves modules through node_modules.asar.
ln -sfn node_modules "$VSCODE_DIR/node_modules.asar"

date -u +%FT%TZ > "$STAMP"
log "done"
