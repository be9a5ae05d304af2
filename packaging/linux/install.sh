#!/bin/sh
# Installs Keydesk from this folder (the unpacked keydesk-VERSION-linux-x86_64.tar.gz):
#   ./install.sh              as a user: under ~/.local; as root: under /usr/local
#   PREFIX=/opt/x ./install.sh    anywhere else
#   ./install.sh --uninstall  removes what an install under the same PREFIX put there
# The app goes to PREFIX/lib/keydesk, the command to PREFIX/bin/keydesk, and the desktop entry,
# icons and AppStream metainfo under PREFIX/share. Nothing else is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PREFIX:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
fi
app="$PREFIX/lib/keydesk"
desktop="$PREFIX/share/applications/keydesk.desktop"
metainfo="$PREFIX/share/metainfo/org.keydesk.Keydesk.metainfo.xml"

refresh_caches() {
  # Menus and icon caches notice new files by themselves on most desktops; refresh when we can.
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$PREFIX/share/icons/hicolor/index.theme" ] &&
    gtk-update-icon-cache -q -t -f "$PREFIX/share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app"
  rm -f "$PREFIX/bin/keydesk" "$desktop" "$metainfo"
  find "$PREFIX/share/icons/hicolor" -path '*/apps/keydesk.*' -delete 2>/dev/null || true
  refresh_caches
  echo "Removed Keydesk from $PREFIX (your vault and settings are kept)."
  exit 0
fi
[ $# -eq 0 ] || { echo "usage: [PREFIX=DIR] $0 [--uninstall]" >&2; exit 2; }

# The bundle uses the system's copies of the libraries every desktop has (GLib, X11, D-Bus,
# fontconfig, OpenSSL, ...), listed in system-libraries.txt: refuse early where one is missing.
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
if [ -f "$here/system-libraries.txt" ] && [ -x "$ldconfig" ]; then
  known=$("$ldconfig" -p 2>/dev/null || true)
  missing=""
  while read -r soname; do
    [ -n "$soname" ] || continue
    printf '%s\n' "$known" | grep -q "^[[:space:]]*$soname (libc6,x86-64" || missing="$missing $soname"
  done <"$here/system-libraries.txt"
  if [ -n "$missing" ]; then
    echo "Keydesk needs these libraries, which this system does not have:$missing" >&2
    echo "Install them with your package manager and run $0 again; nothing was installed." >&2
    exit 1
  fi
fi

mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$app.new"
cp -R "$here/keydesk" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/keydesk" "$PREFIX/bin/keydesk"
# The menu entry runs the installed command by its full path: ~/.local/bin may not be on PATH.
sed "s|^Exec=keydesk|Exec=\"$PREFIX/bin/keydesk\"|" "$here/share/applications/keydesk.desktop" >"$desktop"
cp "$here/share/metainfo/org.keydesk.Keydesk.metainfo.xml" "$metainfo"
cp -R "$here/share/icons" "$PREFIX/share/"
refresh_caches
echo "Installed Keydesk $("$PREFIX/bin/keydesk" --version | cut -d' ' -f2) in $PREFIX."
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "Add $PREFIX/bin to PATH to run 'keydesk' from a terminal." ;; esac
