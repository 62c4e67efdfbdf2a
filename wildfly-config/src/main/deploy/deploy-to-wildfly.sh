#!/usr/bin/env bash
# Configures an existing WildFly 39 for Twinning Live and deploys the application, offline.
#
#   deploy-to-wildfly.sh JBOSS_HOME [--ear FILE] [--server-config standalone.xml]
#
# The server must be stopped: the script edits its configuration through the server's own
# jboss-cli.sh in an embedded, admin-only server (nothing starts, no management user needed),
# with the same server.cli that provisioning applies. It may be run again: the configuration
# that exists is kept and the application is replaced. Settings come from the environment at
# start (README "Configuration"); nothing here is baked in.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() {
    echo "deploy-to-wildfly: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 JBOSS_HOME [--ear FILE] [--server-config standalone.xml]" >&2
    exit 2
}

(($# >= 1)) || usage
[[ -x "$1/bin/jboss-cli.sh" ]] || die "$1 is not a WildFly installation (no bin/jboss-cli.sh)."
jboss_home=$(cd "$1" && pwd)
shift
ear="$HERE/../twinning.ear"
config=standalone.xml
while (($#)); do
    case "$1" in
        --ear) ear=${2:?--ear needs a file}; shift 2 ;;
        --server-config) config=${2:?--server-config needs a file name}; shift 2 ;;
        *) usage ;;
    esac
done
[[ -f "$ear" ]] || die "no application at $ear (build it, or name it with --ear FILE)."
[[ -f "$jboss_home/standalone/configuration/$config" ]] || die "no $config in $jboss_home/standalone/configuration."
# standalone.sh passes -Djboss.home.dir=<its home>: a running server would overwrite the changes
if pgrep -f -- "-Djboss.home.dir=$jboss_home( |$)" >/dev/null; then
    die "the server in $jboss_home is running: stop it first (the configuration is changed offline)."
fi

# the PostgreSQL driver (DB_KIND=postgresql); a module already there is kept
if [[ ! -f "$jboss_home/modules/org/postgresql/main/module.xml" ]]; then
    mkdir -p "$jboss_home/modules/org/postgresql/main"
    cp "$HERE/modules/org/postgresql/main/"* "$jboss_home/modules/org/postgresql/main/"
    echo "Installed the PostgreSQL driver module (modules/org/postgresql)."
fi

script=$(mktemp --suffix=.cli)
trap 'rm -f "$script"' EXIT
{
    echo "embed-server --server-config=$config"
    cat "$HERE/server.cli"
    echo "deploy --force --name=twinning.ear $(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")"
    echo "stop-embedded-server"
} >"$script"
"$jboss_home/bin/jboss-cli.sh" --echo-command --file="$script"
echo "Twinning Live is configured and deployed in $jboss_home ($config). Start it with the environment"
echo "of README \"Configuration\", e.g. KEYCLOAK_URL=https://id.example.org $jboss_home/bin/standalone.sh"
