#!/bin/sh
# Copies the browser files fieldguide vendors from npm into the repository, and writes VENDOR.md
# beside them with each file's version, licence and sha256. Versions come from package.json
# (exact versions, locked in package-lock.json): change the version there, then run
#
#   npm ci && scripts/update-vendor.sh
#
# from the repository root, and commit the copied files with VENDOR.md.
#
# Vendored today:
#   axe-core  → generator/src/test/resources/vendor/  (a test resource: the accessibility checks
#               of the browser tests inject it into pages; it is never published with a site)
set -eu
cd "$(dirname "$0")/.."

copy() { # package file target-folder
  pkg=$1 file=$2 dest=$3
  src="node_modules/$pkg/$file"
  [ -f "$src" ] || { echo "missing $src: run 'npm ci' first" >&2; exit 1; }
  mkdir -p "$dest"
  cp "$src" "$dest/$(basename "$file")"
  version=$(node -p "require('./node_modules/$pkg/package.json').version")
  licence=$(node -p "require('./node_modules/$pkg/package.json').license")
  sha=$(sha256sum "$dest/$(basename "$file")" | cut -d' ' -f1)
  printf '| `%s` | `%s@%s` (`%s`) | %s | `%s` |\n' "$(basename "$file")" "$pkg" "$version" "$file" "$licence" "$sha"
}

dest=generator/src/test/resources/vendor
rows=$(copy axe-core axe.min.js "$dest")
cp node_modules/axe-core/LICENSE "$dest/axe-core.LICENSE"
cat > "$dest/VENDOR.md" <<MD
# Vendored test files

Third-party files the tests use, copied from npm by \`scripts/update-vendor.sh\` (do not edit them
by hand; change the version in \`package.json\`, run \`npm ci && scripts/update-vendor.sh\`, and
commit). They are test resources only: no site fieldguide builds contains them.

| file | package (file in it) | licence | sha256 |
|---|---|---|---|
$rows

- \`axe.min.js\`: Deque's axe-core accessibility engine, injected into pages by
  \`org.fieldguide.browser.AccessibilityIT\` through Selenium. Licence text: \`axe-core.LICENSE\`
  (Mozilla Public License 2.0; the file is used unmodified).
MD
echo "updated $dest"
