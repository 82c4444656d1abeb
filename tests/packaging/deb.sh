#!/usr/bin/env bash
# Builds the .deb with CPack, checks what it holds with the desktop's own validators, installs
# it with dpkg -i and runs lectern-server from /usr/bin; removes it again at the end.
# Usage: deb.sh BUILD_DIR EXPECTED_VERSION. Needs root (exit 77: skipped) for dpkg -i.
set -euo pipefail
build_dir=$1
version=$2

if [[ $(id -u) != 0 ]]; then
    echo "dpkg -i needs root; skipped"
    exit 77
fi
for tool in cpack dpkg-deb desktop-file-validate appstreamcli systemd-analyze; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: .ci/install-deps --tests" >&2; exit 1; }
done
if dpkg-query -W -f='${Status}' lectern 2>/dev/null | grep -q "install ok installed"; then
    echo "a lectern package is already installed here; not touching it" >&2
    exit 1
fi

work=$(mktemp -d)
installed=no
cleanup() {
    [[ $installed == yes ]] && dpkg --purge lectern >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" ||
    { cat "$work/cpack.log" >&2; exit 1; }
package=$(ls "$work"/lectern_"$version"_*.deb)
echo "built $(basename "$package") ($(du -h "$package" | cut -f1))"

# Its dependencies: the libraries found by dpkg-shlibdeps and what Qt loads at run time.
depends=$(dpkg-deb -f "$package" Depends)
for needed in libqt6core6 libqt6widgets6 libxlsxwriter libqt6sql6-sqlite fonts-dejavu-core \
    gstreamer1.0-plugins-good; do
    [[ $depends == *"$needed"* ]] || { echo "Depends lacks $needed: $depends" >&2; exit 1; }
done

dpkg -i "$package" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; exit 1; }
installed=yes

test -x /usr/bin/lectern
actual=$(/usr/bin/lectern-server --version)
[[ $actual == "lectern-server $version" ]] || { echo "--version said: $actual" >&2; exit 1; }
echo "$actual"

desktop-file-validate /usr/share/applications/org.lectern.Lectern.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.lectern.Lectern.metainfo.xml
systemd-analyze verify /usr/lib/systemd/system/lectern-server.service
for size in 16 24 32 48 64 128 256; do
    file "/usr/share/icons/hicolor/${size}x${size}/apps/org.lectern.Lectern.png" |
        grep -q "PNG image data, $size x $size" || { echo "no ${size}px icon" >&2; exit 1; }
done
test -f /usr/share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg

# The service's own user, made by the package's postinst.
getent passwd lectern | grep -q ":/var/lib/lectern:/usr/sbin/nologin$" ||
    { echo "no lectern system user" >&2; exit 1; }
# ... who can keep the service's database in its own folder.
runuser -u lectern -- /usr/bin/lectern-server migrate \
    --database "sqlite:///var/lib/lectern/package-test-$$.sqlite"
rm -f /var/lib/lectern/package-test-$$.sqlite*
echo "package checks passed"
