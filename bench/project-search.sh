#!/usr/bin/env bash
# Benchmark of project search (P2) at eTwinning's size, against the platform on PostgreSQL, next to
# bench/people-search.sh (run that one's generate first: projects use its schools and profiles).
#   bench/project-search.sh generate [N]   adds N generated projects (default 160000), open, closed and
#                                          pending, two or three members each, straight into the database;
#   (restart WildFly: at start-up SearchIndexing sees the project index behind the table and rebuilds it)
#   bench/project-search.sh measure        waits for the index, then times typical searches through
#                                          GET /api/v1/projects (sequential curl, 50 runs each): as a visitor
#                                          (no token) and as bob.
set -euo pipefail
MODE=${1:?generate or measure}
N=${2:-160000}
PSQL=(psql -h 127.0.0.1 -U "${PG_USER:-postgres}" -d "${PG_DB:-twinning_bench}" -v ON_ERROR_STOP=1 -qtA)
APP=${APP:-http://localhost:8080}
KC=${KC:-http://localhost:8180}

token() {
    curl -s -d grant_type=password -d client_id=twinning-web -d client_secret=twinning-web-secret \
        -d username="$1" -d password="$1" "$KC/realms/twinning/protocol/openid-connect/token" |
        python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}

if [ "$MODE" = generate ]; then
    profiles=$("${PSQL[@]}" -c "select count(*) from profile where id like 'bench-%'")
    [ "$profiles" -gt 1000 ] || { echo "run bench/people-search.sh generate first" >&2; exit 1; }
    echo "Generating $N projects over $profiles generated profiles..."
    start=$(date +%s.%N)
    "${PSQL[@]}" <<SQL
insert into project (id, title, description_html, description_text, age_from, age_to, status, created_by,
                     created_at, opened_at, version)
select 'bench-project-' || g,
       (array['Rivers','Our grandparents','Climate','Recipes','Robots','Poetry','Birds','Castles','Music','Maths games',
              'Football','Cities','Energía','Écologie','Fiabe','Märchen'])[1 + g % 16] || ' ' ||
       (array['of Europe','together','across borders','in two languages','at school','today','and us'])[1 + (g / 16) % 7]
       || ' ' || g,
       '<p>Pupils of the partner schools work together on a shared topic number ' || g || '.</p>',
       'Pupils of the partner schools work together on a shared topic number ' || g || '.',
       3 + g % 12, 3 + g % 12 + 3,
       (array['OPEN','OPEN','OPEN','CLOSED','CLOSED','PENDING','REJECTED'])[1 + g % 7],
       'bench-' || (1 + g % $profiles), now() - ((g % 3650) || ' days')::interval, now(), 0
from generate_series(1, $N) g on conflict do nothing;
insert into project_subject (project_id, subject)
select 'bench-project-' || g, (array['ARTS','BIOLOGY','HISTORY','MATHEMATICS','MUSIC','PHYSICS','GEOGRAPHY',
                                     'FOREIGN_LANGUAGES','SCIENCE','TECHNOLOGY'])[1 + g % 10]
from generate_series(1, $N) g on conflict do nothing;
insert into project_language (project_id, language)
select 'bench-project-' || g, (array['en','es','fr','it','de','pl','pt'])[1 + g % 7]
from generate_series(1, $N) g on conflict do nothing;
insert into project_member (project_id, profile_id, role, school_id, school_name, country, joined_at)
select 'bench-project-' || g, p.id, case when k = 0 then 'FOUNDER' else 'PARTNER' end, s.id, s.name, s.country, now()
from generate_series(1, $N) g cross join generate_series(0, 1 + g % 2) k
join profile p on p.id = 'bench-' || (1 + (g * 7 + k * 131) % $profiles)
join school s on s.id = p.current_school_id
on conflict do nothing;
insert into project_approval (project_id, country, status, requested_at)
select m.project_id, m.country, case when pr.status = 'PENDING' then 'PENDING' else 'APPROVED' end, pr.created_at
from project_member m join project pr on pr.id = m.project_id
where m.project_id like 'bench-project-%' and m.role = 'FOUNDER' on conflict do nothing;
analyze;
SQL
    echo "  done in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s; restart WildFly, then: $0 measure"
    exit 0
fi

BOB=$(token bob)
expected=$("${PSQL[@]}" -c "select count(*) from project where status in ('OPEN','CLOSED')")
echo "Waiting for the index: $expected public projects..."
start=$(date +%s)
until [ "$(curl -s "$APP/api/v1/projects?size=1" | python3 -c 'import sys, json; print(json.load(sys.stdin)["total"])')" \
        -ge "$((expected - 10))" ]; do
    sleep 2
    [ $(( $(date +%s) - start )) -lt 1800 ] || { echo "index not ready after 30 min" >&2; exit 1; }
done

measure() {
    local label=$1 query=$2 auth=$3
    local header=()
    [ -z "$auth" ] || header=(-H "Authorization: Bearer $auth")
    local total times
    total=$(curl -s "${header[@]}" "$APP/api/v1/projects?$query" | python3 -c 'import sys, json; print(json.load(sys.stdin)["total"])')
    times=$(for _ in $(seq 50); do
        curl -s -o /dev/null -w "%{time_total}\n" "${header[@]}" "$APP/api/v1/projects?$query"
    done | sort -n)
    python3 - "$label" "$total" $times <<'PY'
import sys
label, total, times = sys.argv[1], sys.argv[2], [float(t) * 1000 for t in sys.argv[3:]]
print(f"  {label:<52} {total:>7} found   median {times[len(times)//2]:6.1f} ms   p95 {times[int(len(times)*0.95)-1]:6.1f} ms")
PY
}
echo "Searches (50 sequential requests each, JSON included):"
measure "visitor, words: q=rivers" "q=rivers" ""
measure "visitor, accents folded: q=energia" "q=energia" ""
measure "visitor, everything, page 50" "page=50" ""
measure "visitor, country=PL" "country=PL" ""
measure "visitor, advanced: subject age language country year" "subject=HISTORY&age=10&language=es&country=ES&year=2025" ""
measure "bob, words: q=climate together" "q=climate%20together" "$BOB"
measure "bob, status=OPEN, page 10" "status=OPEN&page=10" "$BOB"
