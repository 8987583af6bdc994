#!/usr/bin/env bash
# Rebuilds the bundled sample from its sources, the way a bureau publishes (docs/readme/publishing.md):
#   1. the seed page (assets/import-example/) imported as a platform page,
#   2. the catalogue (assets/sample-source/目录.csv with 目录.材料.csv, 目录.流程.csv, 正文/, 附件/) imported,
#   3. the content folder signed with the demo key into the sample feed.
# Result: assets/sample-content/ and assets/sample-feed/ (SampleSourceTest checks the first is what step 1-2 give).
# Needs target/hall-kiosk.jar (mvn -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/hall-kiosk.jar
[ -f "$JAR" ] || { echo "先运行 mvn -B package -DskipTests（找不到 $JAR）" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/content"
cp assets/sample-source/feed.json "$work/content/"
java -jar "$JAR" import assets/import-example/jinan-veterans-2024-disclosure-work-plan.txt --into "$work/content"
java -jar "$JAR" import assets/sample-source/目录.csv --into "$work/content"
java -jar "$JAR" publish "$work/content" "$work/feed" --key assets/sample-key/demo-private.pem --sequence 1
cp assets/sample-content/README.md "$work/content/"
rm -rf assets/sample-content assets/sample-feed
mv "$work/content" assets/sample-content
mv "$work/feed" assets/sample-feed
echo "assets/sample-content 与 assets/sample-feed 已重建。"
