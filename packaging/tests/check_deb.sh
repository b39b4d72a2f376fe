#!/usr/bin/env bash
# The packaging test: builds the .deb with CPack from an already built tree
# (into a temporary folder) and checks what it holds with Debian's own tools.
#
#   check_deb.sh CPACK BUILD_DIR VERSION MIMECHECK WAYMARK_BIN
#
# The lists below are written out by hand on purpose: they state what the
# package must contain, independently of packaging/CMakeLists.txt.
set -uo pipefail
cpack=$1 build=$2 version=$3 mimecheck=$4 waymark_bin=$5
id=io.waymark.Waymark

required_depends=(
    libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libqt6quickcontrols2-6 libqt6svg6 libqt6printsupport6
    libqt6widgets6
    qt6-qpa-plugins libsqlite3-0
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-shapes qml6-module-qtquick-window
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qt6-translations-l10n
    fonts-dejavu-core fonts-wqy-microhei fonts-symbola
)
icon_sizes=(16 24 32 48 64 128 256 512)
required_files=(
    ./usr/bin/waymark
    ./usr/share/applications/$id.desktop
    ./usr/share/metainfo/$id.metainfo.xml
    ./usr/share/mime/packages/$id.xml
    ./usr/share/icons/hicolor/scalable/apps/$id.svg
    ./usr/share/doc/waymark/copyright
)
for size in "${icon_sizes[@]}"; do
    required_files+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
# Everything the package installs lives under one of these.
allowed_prefixes='^\./usr/(bin/waymark$|share/(applications|metainfo|mime/packages|icons/hicolor|doc/waymark|man)/)'

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need() {
    command -v "$1" >/dev/null || {
        echo "FAIL: $1 not found (apt-get install $2)" >&2
        exit 1
    }
}
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need xmllint libxml2-utils
need update-mime-database shared-mime-info

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- Build the package --------------------------------------------------------
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed"
    exit 1
fi
deb="$tmp/out/waymark_${version}_$(dpkg --print-architecture).deb"
if [ ! -f "$deb" ]; then
    ls -l "$tmp/out" >&2
    fail "expected $(basename "$deb")"
    exit 1
fi
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# --- Control fields -------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = waymark ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), expected $version"
[ -n "$(field Homepage)" ] || fail "no Homepage field"
depends=$(field Depends)
# Package names of every alternative, one a line.
depend_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//' | sort -u)
for p in "${required_depends[@]}"; do
    grep -qx "$p" <<<"$depend_names" || fail "Depends lacks $p"
done
# Waymark opens .cjm files with libsqlite3 itself, not through Qt's driver.
grep -qx libqt6sql6-sqlite <<<"$depend_names" && fail "Depends has libqt6sql6-sqlite"
# libc6 is only there when dpkg-shlibdeps ran.
grep -q 'libc6 (>= ' <<<"$depends" || fail "Depends has no versioned libc6: dpkg-shlibdeps did not run"

# --- Files --------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$tmp/contents"
paths=$(awk '$1 !~ /^d/ {print $6}' "$tmp/contents")
for f in "${required_files[@]}"; do
    grep -qxF "$f" <<<"$paths" || fail "package lacks $f"
done
stray=$(grep -Ev "$allowed_prefixes" <<<"$paths")
[ -z "$stray" ] || fail "unexpected files: $(echo $stray)"
grep -q '^-rwxr-xr-x root/root .* \./usr/bin/waymark$' "$tmp/contents" \
    || fail "usr/bin/waymark is not root-owned 0755"

root="$tmp/root"
dpkg-deb -x "$deb" "$root"
app="$root/usr/share/applications/$id.desktop"
metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
mimexml="$root/usr/share/mime/packages/$id.xml"

# --- The binary: stripped, and its version is the project's -----------------
out=$("$root/usr/bin/waymark" --version 2>/dev/null)
[ "$out" = "waymark $version" ] || fail "waymark --version printed '$out', expected 'waymark $version'"
file -b "$root/usr/bin/waymark" | grep -q 'not stripped' && fail "usr/bin/waymark is not stripped"

# --- Desktop entry ------------------------------------------------------------------
report=$(desktop-file-validate "$app" 2>&1) || fail "desktop-file-validate failed"
grep -Ei 'error|warning' <<<"$report" && fail "desktop-file-validate complains"
for line in "Exec=waymark %f" "Icon=$id" "MimeType=application/x-waymark;" \
    "Name[ru]=" "Name[zh_CN]=" "Comment[ru]=" "Comment[zh_CN]="; do
    grep -qF "$line" "$app" || fail "desktop file lacks '$line'"
done

# --- AppStream ------------------------------------------------------------------------
appstreamcli validate --no-net "$metainfo" >"$tmp/as.log" 2>&1 \
    || { cat "$tmp/as.log" >&2; fail "appstreamcli validate failed"; }
# The whole tree: metainfo, desktop file and icon agree with each other.
appstreamcli validate-tree --no-net "$root" >"$tmp/astree.log" 2>&1 \
    || { cat "$tmp/astree.log" >&2; fail "appstreamcli validate-tree failed"; }
grep -q "<release version=\"$version\" date=" "$metainfo" || fail "metainfo has no release $version"
grep -q '<screenshot' "$metainfo" || fail "metainfo has no screenshots"
grep -q '<content_rating' "$metainfo" || fail "metainfo has no content rating"

# --- Icons: each PNG is a PNG of its nominal size -------------------------------
png_dimension() { od -An -tu1 -j"$2" -N4 "$1" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}'; }
for size in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || continue
    [ "$(head -c 4 "$png" | tail -c 3)" = PNG ] || fail "$png is not a PNG"
    w=$(png_dimension "$png" 16) h=$(png_dimension "$png" 20)
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "${size}px icon is ${w}x${h}"
done
xmllint --noout "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" || fail "icon SVG is not well-formed"

# --- MIME type: valid, and .cjm is recognised by name and by content ----------
xmllint --noout "$mimexml" || fail "MIME XML is not well-formed"
# One database from the system's definitions plus ours, as dpkg's trigger
# builds it on an installed system. (Qt 6.4 does not weigh magic priorities
# across separate database folders, so a folder of our own would not do.)
share="$tmp/share"
mkdir -p "$share/mime/packages"
cp /usr/share/mime/packages/*.xml "$mimexml" "$share/mime/packages/"
mimelog=$(PKGSYSTEM_ENABLE_FSYNC=0 XDG_DATA_DIRS="$share" update-mime-database "$share/mime" 2>&1) \
    || fail "update-mime-database failed"
[ -z "$mimelog" ] || fail "update-mime-database: $mimelog"
files="$tmp/files"
mkdir -p "$files" "$tmp/xdg-home"
if ! "$waymark_bin" new "$files/real.cjm" --template sample >/dev/null 2>"$tmp/new.log"; then
    cat "$tmp/new.log" >&2
    fail "waymark new failed"
fi
cp "$files/real.cjm" "$files/renamed.bin"
{ printf 'SQLite format 3\0'; head -c 84 /dev/zero; } >"$files/foreign.db"
echo "not a database" >"$files/text.cjm"
# Columns: file, type by content, type by name and content.
XDG_DATA_HOME="$tmp/xdg-home" XDG_DATA_DIRS="$share" \
    "$mimecheck" "$files/real.cjm" "$files/renamed.bin" "$files/foreign.db" "$files/text.cjm" \
    >"$tmp/mime.txt"
expect_mime() {
    local got
    got=$(awk -v f="$files/$1" '$1 == f {print $2, $3}' "$tmp/mime.txt")
    [ "$got" = "$2 $3" ] || fail "$1: MIME types '$got', expected '$2 $3'"
}
expect_mime real.cjm application/x-waymark application/x-waymark
expect_mime renamed.bin application/x-waymark application/x-waymark
expect_mime foreign.db application/vnd.sqlite3 application/vnd.sqlite3
expect_mime text.cjm text/plain application/x-waymark
grep -qx 'comment Waymark workspace' "$tmp/mime.txt" || fail "MIME comment: $(grep ^comment "$tmp/mime.txt")"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package OK: $(wc -l <<<"$paths") files"
