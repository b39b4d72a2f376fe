#!/usr/bin/env bash
# Installs the built .deb into a fresh, minimal Debian 12 (debootstrap) and
# uses it there: issue 8's "works with nothing else installed". Not part of
# `scripts/dev test` (it downloads ~150 MB of packages and takes minutes).
#
#   packaging/tests/install_fresh.sh build/waymark_*.deb [ROOTFS]
#
# Needs root, debootstrap, and Debian's mirror.
set -euo pipefail
deb=$(realpath "$1")
root=${2:-/var/tmp/waymark-fresh-bookworm}
[ -d "$root/usr" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
cp "$deb" "$root/tmp/waymark.deb"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
chroot "$root" /bin/bash -euo pipefail -c '
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q /tmp/waymark.deb >/tmp/apt.log
    cd /tmp && rm -f x.cjm x.pdf shot.png
    waymark --version
    waymark --help >/dev/null
    waymark new x.cjm --template sample
    waymark export x.cjm -o x.pdf
    waymark check x.cjm
    QT_QPA_PLATFORM=offscreen waymark x.cjm --screenshot shot.png --size 1280x800
    test -s shot.png
    grep -q "application/x-waymark" /usr/share/mime/packages/io.waymark.Waymark.xml
    test -f /usr/share/applications/io.waymark.Waymark.desktop
    echo "installed and used in a fresh Debian 12: ok"
'
