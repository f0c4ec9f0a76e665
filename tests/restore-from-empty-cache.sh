#!/usr/bin/env bash
# Proves the pinned package versions and the manifest's tools restore from the registry alone, into an empty NuGet cache.
# Works on a throw-away copy of the tracked files so this tree's obj/ keeps pointing at the normal cache.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d); cache=$(mktemp -d)
trap 'rm -rf "$work" "$cache"' EXIT
git -C "$root" ls-files -z | (cd "$root" && xargs -0 tar -cf -) | tar -xf - -C "$work"
cd "$work"
NUGET_PACKAGES="$cache" dotnet restore Dashboard.sln --no-cache --force
# The tools of dotnet-tools.json (dotnet-ef) too: local tools are kept in the same package folder.
NUGET_PACKAGES="$cache" dotnet tool restore --no-http-cache
NUGET_PACKAGES="$cache" dotnet tool run dotnet-ef --version
echo "restore from an empty cache: OK ($(find "$cache" -maxdepth 1 -mindepth 1 | wc -l) packages)"
