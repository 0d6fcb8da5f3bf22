#!/usr/bin/env bash
# Fetches the pinned front-end libraries newsgraph embeds (go:embed) from the
# npm registry and copies only the built files it needs, with their licences:
#
#   vis-timeline, vis-network  standalone UMD builds (they inject their own
#       CSS; the CSS files are kept for pages that link them) into
#       timeline/assets/vendor/: inlined by `export --format html` and
#       served by `newsgraph serve` for its timeline and network pages
#   monaco-editor  the editor Cayley's web UI loads; upstream points it at a
#       CDN, `serve` serves this copy instead (cmd/newsgraph/server/cayleyui.go)
#       into cmd/newsgraph/server/web/vendor/
#
# The result is committed: building newsgraph needs no npm. Run this only to
# change a version, then commit the diff. Needs npm and the npm registry.
set -euo pipefail

VIS_TIMELINE=8.5.4
VIS_NETWORK=10.1.5
# Must be the version Cayley's embedded UI asks for (its @monaco-editor/react
# loader names monaco-editor@0.18.1); cmd/newsgraph/server/cayleyui.go checks this.
MONACO=0.18.1

root=$(cd "$(dirname "$0")/.." && pwd)
vis="$root/timeline/assets/vendor"
web="$root/cmd/newsgraph/server/web/vendor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "vis-timeline@$VIS_TIMELINE" "vis-network@$VIS_NETWORK" "monaco-editor@$MONACO" >/dev/null
for pkg in vis-timeline-$VIS_TIMELINE vis-network-$VIS_NETWORK monaco-editor-$MONACO; do
	mkdir -p "$pkg"
	tar xzf "$pkg.tgz" -C "$pkg"
done

rm -rf "$vis" "$web"
mkdir -p "$vis/vis-timeline" "$vis/vis-network" "$web/monaco-editor/min/vs"

p=vis-timeline-$VIS_TIMELINE/package
cp "$p/standalone/umd/vis-timeline-graph2d.min.js" "$p/styles/vis-timeline-graph2d.min.css" "$vis/vis-timeline/"
cp "$p"/LICENSE* "$vis/vis-timeline/"
echo "vis-timeline $VIS_TIMELINE (npm), standalone UMD build" >"$vis/vis-timeline/VERSION"

p=vis-network-$VIS_NETWORK/package
cp "$p/standalone/umd/vis-network.min.js" "$p/styles/vis-network.min.css" "$vis/vis-network/"
cp "$p"/LICENSE* "$vis/vis-network/"
echo "vis-network $VIS_NETWORK (npm), standalone UMD build" >"$vis/vis-network/VERSION"

# Strip source-map comments: the maps are not shipped, and a browser would
# try to fetch them (the HTML export must work with no network).
for f in "$vis"/*/*.min.js; do
	sed -i -e 's@^//# sourceMappingURL=.*$@@' -e 's@/\*# sourceMappingURL=[^*]*\*/@@' "$f"
done

# Monaco: the AMD build, English only, with the languages Cayley's UI uses
# (javascript for Gizmo, via the typescript service; json for results).
p=monaco-editor-$MONACO/package
vs="$web/monaco-editor/min/vs"
cp "$p/LICENSE" "$p/ThirdPartyNotices.txt" "$web/monaco-editor/"
cp "$p/min/vs/loader.js" "$vs/"
cp -r "$p/min/vs/base" "$vs/"
mkdir -p "$vs/editor" "$vs/basic-languages" "$vs/language"
cp "$p/min/vs/editor/editor.main.js" "$p/min/vs/editor/editor.main.css" "$p/min/vs/editor/editor.main.nls.js" "$vs/editor/"
cp -r "$p/min/vs/basic-languages/javascript" "$p/min/vs/basic-languages/typescript" "$vs/basic-languages/"
cp -r "$p/min/vs/language/json" "$p/min/vs/language/typescript" "$vs/language/"
echo "monaco-editor $MONACO (npm), min/vs AMD build, English, javascript/typescript/json only" >"$web/monaco-editor/VERSION"

echo "fetched:"
(cd "$root" && find timeline/assets/vendor cmd/newsgraph/server/web/vendor -type f | sort)
