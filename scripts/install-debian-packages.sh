#!/usr/bin/env bash
# Installs the Debian packages in debian-packages.txt when we may (root or password-less sudo);
# otherwise lists the missing ones and carries on, so a developer without root still gets a venv.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")
command -v dpkg-query >/dev/null || { echo "Not a Debian system: install the equivalents of ${wanted[*]}"; exit 0; }
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
  echo "Missing Debian packages (run as root to install): ${missing[*]}" >&2; exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
