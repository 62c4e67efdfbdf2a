#!/usr/bin/env bash
# Benchmark of progression at scale (S6), against a running platform on PostgreSQL:
#   1. adds N generated profiles with ~8 ledger actions each (straight into the database),
#   2. times the re-computation of every bar after a rule change (PUT /api/v1/progression/rules),
#   3. measures bar reads (GET /api/v1/people/{id}/progression) with wrk: cache misses, then hits.
# Start the platform first, e.g.:
#   DB_KIND=postgresql DB_URL=jdbc:postgresql://127.0.0.1:5432/twinning_bench DB_USER=postgres \
#   DB_PASSWORD=x ./twinning run
# then: bench/progression.sh [N]   (default 100000). Needs psql, curl, python3, wrk.
set -euo pipefail
N=${1:-100000}
PSQL=(psql -h 127.0.0.1 -U "${PG_USER:-postgres}" -d "${PG_DB:-twinning_bench}" -v ON_ERROR_STOP=1 -qtA)
APP=${APP:-http://localhost:8080}
KC=${KC:-http://localhost:8180}

token() {
    curl -s -d grant_type=password -d client_id=twinning-web -d client_secret=twinning-web-secret \
        -d username="$1" -d password="$1" "$KC/realms/twinning/protocol/openid-connect/token" |
        python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}

echo "Generating $N profiles and their ledger..."
start=$(date +%s.%N)
"${PSQL[@]}" <<SQL
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'bench-' || g, 'bench-subject-' || g, 'bench' || g, 'Bench Teacher ' || g, null,
       (array['ES','FR','IT','DE','PL','PT'])[1 + g % 6], 'en', now(), now(), 0
from generate_series(1, $N) g on conflict do nothing;
insert into progression_ledger (id, profile_id, category, reference, occurred_at)
select md5('bench-' || g || '-' || a), 'bench-' || g,
       (array['message-sent','forum-post','contact-accepted','user-followed','module-completed',
              'event-attended','project-created','group-joined'])[1 + (g * 7 + a) % 8],
       'ref-' || a, now()
from generate_series(1, $N) g, generate_series(1, 8) a on conflict do nothing;
analyze profile; analyze progression_ledger;
SQL
echo "  done in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s;" \
     "ledger rows: $("${PSQL[@]}" -c 'select count(*) from progression_ledger')"

CSS=$(token css)
echo "Re-computing every bar after a rule change..."
start=$(date +%s.%N)
curl -s -o /dev/null -w "  PUT rules: %{http_code}\n" -X PUT -H "Authorization: Bearer $CSS" -H "Content-Type: application/json" \
    -d '[{"category": "message-sent", "points": 3, "cap": 5}]' "$APP/api/v1/progression/rules"
while curl -s -H "Authorization: Bearer $CSS" "$APP/api/v1/progression/recomputation" | grep -q '"running":true'; do
    sleep 1
done
elapsed=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
echo "  $("${PSQL[@]}" -c 'select count(*) from profile') profiles re-computed in $elapsed s"
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $CSS" -H "Content-Type: application/json" \
    -d '[{"category": "message-sent", "points": 2, "cap": 5}]' "$APP/api/v1/progression/rules"
while curl -s -H "Authorization: Bearer $CSS" "$APP/api/v1/progression/recomputation" | grep -q '"running":true'; do sleep 1; done

ALICE=$(token alice)
cat > /tmp/bars.lua <<LUA
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/people/bench-" .. (1 + (n * 7919) % $N) .. "/progression",
                    { ["Authorization"] = "Bearer $ALICE" })
end
LUA
echo "Bar reads, different profiles (mostly cache misses): 2 threads, 8 connections, 20 s"
wrk -t2 -c8 -d20s -s /tmp/bars.lua --latency "$APP" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
echo "Bar reads, one profile (cache hits):"
wrk -t2 -c8 -d20s --latency -H "Authorization: Bearer $ALICE" "$APP/api/v1/people/bench-1/progression" |
    grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
