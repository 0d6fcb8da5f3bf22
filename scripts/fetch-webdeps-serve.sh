#!/usr/bin/env bash
# Fetches the pinned front-end libraries that `newsgraph serve` embeds
# (go:embed) and copies only the built files it needs, with their licences,
# into cmd/newsgraph/server/web/vendor/. The result is committed: building newsgraph needs
# no npm. Run this only to change a version, then commit the diff.
#
#   vis-timeline  standalone UMD build: the timeline page
#   vis-network   standalone UMD build: the accusation-network page
#   monaco-editor the editor Cayley's UI loads; upstream points it at a CDN,
#                 newsgraph serves this copy instead (see cmd/newsgraph/server/cayleyui.go)
#
# Needs npm and the npm registry.
set -euo pipefail

VIS_TIMELINE=8.5.4
VIS_NETWORK=10.1.5
# Must be the version Cayley's embedded UI asks for (its @monaco-editor/react
# loader names monaco-editor@0.18.1); cmd/newsgraph/server/cayleyui.go checks this.
MONACO=0.18.1

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/cmd/newsgraph/server/web/vendor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "vis-timeline@$VIS_TIMELINE" "vis-network@$VIS_NETWORK" "monaco-editor@$MONACO" >/dev/null
for pkg in vis-timeline-$VIS_TIMELINE vis-network-$VIS_NETWORK monaco-editor-$MONACO; do
	mkdir -p "$pkg"
	tar xzf "$pkg.tgz" -C "$pkg"
done

rm -rf "$dest"
mkdir -p "$dest/vis-timeline" "$dest/vis-network" "$dest/monaco-editor/min/vs"

p=vis-timeline-$VIS_TIMELINE/package
cp "$p/standalone/umd/vis-timeline-graph2d.min.js" "$p/styles/vis-timeline-graph2d.min.css" "$dest/vis-timeline/"
cp "$p"/LICENSE* "$dest/vis-timeline/"
echo "vis-timeline $VIS_TIMELINE (npm), standalone UMD build" >"$dest/vis-timeline/VERSION"

p=vis-network-$VIS_NETWORK/package
cp "$p/standalone/umd/vis-network.min.js" "$p/styles/vis-network.min.css" "$dest/vis-network/"
cp "$p"/LICENSE* "$dest/vis-network/"
echo "vis-network $VIS_NETWORK (npm), standalone UMD build" >"$dest/vis-network/VERSION"

# Monaco: the AMD build, English only, with the languages Cayley's UI uses
# (javascript for Gizmo, via the typescript service; json for results).
p=monaco-editor-$MONACO/package
vs="$dest/monaco-editor/min/vs"
cp "$p/LICENSE" "$p/ThirdPartyNotices.txt" "$dest/monaco-editor/"
cp "$p/min/vs/loader.js" "$vs/"
cp -r "$p/min/vs/base" "$vs/"
mkdir -p "$vs/editor" "$vs/basic-languages" "$vs/language"
cp "$p/min/vs/editor/editor.main.js" "$p/min/vs/editor/editor.main.css" "$p/min/vs/editor/editor.main.nls.js" "$vs/editor/"
cp -r "$p/min/vs/basic-languages/javascript" "$p/min/vs/basic-languages/typescript" "$vs/basic-languages/"
cp -r "$p/min/vs/language/json" "$p/min/vs/language/typescript" "$vs/language/"
echo "monaco-editor $MONACO (npm), min/vs AMD build, English, javascript/typescript/json only" >"$dest/monaco-editor/VERSION"

echo "fetched into $dest:"
(cd "$dest" && find . -type f | sort)
