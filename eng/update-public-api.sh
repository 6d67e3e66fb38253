#!/usr/bin/env bash
# Records every new public symbol of the packable projects in their PublicAPI.Unshipped.txt
# (runs the analyzer's code fix until the build reports no RS0016/RS0017).
set -euo pipefail
cd "$(dirname "$0")/.."
for p in src/*/*.csproj; do
  d=$(dirname "$p")
  f="$d/PublicAPI.Unshipped.txt"
  for i in 1 2 3 4 5 6; do
    dotnet format analyzers "$p" --diagnostics RS0016 RS0017 --severity error >/dev/null 2>&1 || true
    { head -n1 "$f"; tail -n +2 "$f" | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
    if ! dotnet build "$p" 2>&1 | grep -qE "RS0016|RS0017"; then break; fi
  done
done
