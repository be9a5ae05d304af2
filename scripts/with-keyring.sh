#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so the keyring
# slot is exercised against a real Secret Service. Falls back to running the command as is
# (keyring tests then skip with a reason) when dbus-run-session or gnome-keyring is missing.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: no dbus-run-session/gnome-keyring; Secret Service tests will be skipped" >&2
  exec "$@"
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export KEYDESK_TEST_KEYRING_HOME="$keyring_home"
# gnome-keyring keeps its files under $HOME; a throwaway HOME keeps the user's keyring untouched.
HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/.local/share" dbus-run-session -- bash -c '
  echo -n keydesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' bash "$@"
