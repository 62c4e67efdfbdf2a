#!/usr/bin/env bash
# Imports the realms "twinning" (teachers, officers) and "twinning-pupils" (pupils of TwinSpaces, T2) into a
# Keycloak 26: the base twinning-realm.json and twinning-pupils-realm.json with an overlay.
#
#   import-realm.sh KEYCLOAK_HOME [production|demo]      (production by default)
#
# Keycloak replaces ${NAME} and ${NAME:default} in the file with environment variables while it
# imports; an overlay is the directory of those values (realm.env) and of its users files
# (twinning-users-N.json). Run it with Keycloak stopped and its database options in
# KEYCLOAK_HOME/conf/keycloak.conf. A realm that already exists is left as it is.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() {
    echo "import-realm: $*" >&2
    exit 1
}

(($# >= 1)) || { echo "usage: $0 KEYCLOAK_HOME [production|demo]" >&2; exit 2; }
kc_home=$1
overlay=${2:-production}
[[ -x "$kc_home/bin/kc.sh" ]] || die "$kc_home is not a Keycloak installation (no bin/kc.sh)."
[[ -f "$HERE/$overlay/realm.env" ]] || die "no overlay $overlay (production or demo)."

set -a
# shellcheck source=/dev/null
. "$HERE/$overlay/realm.env"
set +a

# every placeholder without a default needs a value: Keycloak would keep the text "${NAME}"
missing=()
for name in $(cat "$HERE/twinning-realm.json" "$HERE/twinning-pupils-realm.json" | grep -o '\${[A-Z][A-Z0-9_]*}' | tr -d '${}' | sort -u); do
    [[ -n "${!name:-}" ]] || missing+=("$name")
done
((${#missing[@]} == 0)) || die "set ${missing[*]} (see $overlay/realm.env)."
if [[ "$overlay" != demo ]]; then
    for secret in TWINNING_WEB_SECRET TWINNING_ACCOUNTS_SECRET TWINNING_PUPIL_WEB_SECRET TWINNING_PUPIL_ACCOUNTS_SECRET; do
        demo_value=$(set +u; . "$HERE/demo/realm.env"; echo "${!secret}")
        [[ "${!secret}" != "$demo_value" ]] || die "$secret is the demo secret: choose a new one (and give WildFly the same)."
    done
fi

# the production overlay's policy names a list of common passwords: Keycloak refuses the import without it
if grep -q 'passwordBlacklist(common-passwords.txt)' "$HERE/$overlay/realm.env"; then
    bash "$HERE/common-passwords.sh" "$kc_home"
fi
# the platform's look and languages for the sign-in, registration, account and e-mail pages (loginTheme twinning)
rm -rf "$kc_home/themes/twinning"
mkdir -p "$kc_home/themes"
cp -r "$HERE/themes/twinning" "$kc_home/themes/twinning"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
shopt -s nullglob
cp "$HERE/twinning-realm.json" "$HERE/twinning-pupils-realm.json" "$HERE/$overlay/"*.json "$stage/"
"$kc_home/bin/kc.sh" import --dir "$stage" --override false
