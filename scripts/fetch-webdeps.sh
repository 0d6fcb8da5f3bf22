#!/bin/sh
# Fetch the browser libraries the self-contained HTML export embeds
# (timeline/assets/, go:embed) from the npm registry, at pinned versions.
# Only the standalone UMD builds (which inject their own CSS) and their
# licence files are copied; the result is committed, so builds never need the network.
# Re-run after changing a version below, then commit timeline/assets/.
set -eu

VIS_TIMELINE=7.7.3
VIS_NETWORK=9.1.9

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/timeline/assets"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "vis-timeline@$VIS_TIMELINE" "vis-network@$VIS_NETWORK" >/dev/null
mkdir t n
tar -xzf "vis-timeline-$VIS_TIMELINE.tgz" -C t
tar -xzf "vis-network-$VIS_NETWORK.tgz" -C n

mkdir -p "$dest"
cp t/package/standalone/umd/vis-timeline-graph2d.min.js "$dest/"
cp t/package/LICENSE.md "$dest/LICENSE.vis-timeline.md"
cp n/package/standalone/umd/vis-network.min.js "$dest/"
cp n/package/LICENSE-MIT "$dest/LICENSE-MIT.vis-network"
cp n/package/LICENSE-APACHE-2.0 "$dest/LICENSE-APACHE-2.0.vis-network"
# vis-timeline's LICENSE.md refers to these two texts.
cp t/package/LICENSE.MIT.txt "$dest/LICENSE.MIT.vis-timeline.txt"
cp t/package/LICENSE.Apache-2.0.txt "$dest/LICENSE.Apache-2.0.vis-timeline.txt"
# Strip the trailing source-map comments: the maps are not shipped, and a
# browser would try to fetch them.
for f in "$dest"/*.min.js; do
	sed -i -e 's@^//# sourceMappingURL=.*$@@' -e 's@/\*# sourceMappingURL=[^*]*\*/@@' "$f"
done
printf 'vis-timeline %s\nvis-network %s\n' "$VIS_TIMELINE" "$VIS_NETWORK" >"$dest/VERSIONS"
echo "fetched vis-timeline $VIS_TIMELINE and vis-network $VIS_NETWORK into $dest"
