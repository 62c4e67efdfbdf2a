#!/usr/bin/env bash
# Benchmark of people search (F1-F3) at scale, against the platform on PostgreSQL.
#   bench/people-search.sh generate [N]   adds N generated profiles (default 100000) and 2,000
#                                         schools straight into the database;
#   (restart WildFly: at start-up SearchIndexing sees the index behind the tables and rebuilds it)
#   bench/people-search.sh measure [N]    waits for the index, then times typical searches through
#                                         GET /api/v1/people (sequential curl, 50 runs each), and
#                                         throughput with wrk when it is installed.
# Start the platform with, e.g.:
#   DB_KIND=postgresql DB_URL=jdbc:postgresql://127.0.0.1:5432/twinning_bench DB_USER=postgres \
#   DB_PASSWORD=x ./twinning run
set -euo pipefail
MODE=${1:?generate or measure}
N=${2:-100000}
PSQL=(psql -h 127.0.0.1 -U "${PG_USER:-postgres}" -d "${PG_DB:-twinning_bench}" -v ON_ERROR_STOP=1 -qtA)
APP=${APP:-http://localhost:8080}
KC=${KC:-http://localhost:8180}

token() {
    curl -s -d grant_type=password -d client_id=twinning-web -d client_secret=twinning-web-secret \
        -d username="$1" -d password="$1" "$KC/realms/twinning/protocol/openid-connect/token" |
        python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}

if [ "$MODE" = generate ]; then
    echo "Generating 2,000 schools and $N profiles..."
    start=$(date +%s.%N)
    "${PSQL[@]}" <<SQL
insert into school (id, name, country, city, school_type, national_id, created_at)
select 'bench-school-' || g,
       (array['Escuela','Collège','Liceo','Gymnasium','Szkoła','Escola'])[1 + g % 6] || ' ' ||
       (array['San José','Jean Moulin','Galileo Galilei','Goethe','Kopernik','Camões','Cervantes','Curie',
              'Da Vinci','Beethoven','Chopin','Pessoa','Lorca','Hugo','Dante','Schiller'])[1 + (g * 7) % 16] || ' ' || g,
       (array['ES','FR','IT','DE','PL','PT'])[1 + g % 6], 'City ' || (g % 300), 'SECONDARY', 'bench-' || g, now()
from generate_series(1, 2000) g on conflict do nothing;
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at,
                     version, current_school_id, pupils_age_from, pupils_age_to, visibility, searchable)
select 'bench-' || g, 'bench-subject-' || g, 'bench' || g,
       (array['José','María','Jean','Chloé','Giulia','Luca','Anna','Jürgen','Zofia','João','Inês','Ana','Pierre',
              'Élodie','Marco','Łukasz','Sofía','Hélène','Francesco','Małgorzata'])[1 + g % 20] || ' ' ||
       (array['García','Martín','Dubois','Lefèvre','Rossi','Bianchi','Müller','Schmidt','Kowalski','Nowak',
              'Silva','Gonçalves','López','Moreau','Ferrari','Wiśniewski','Fernández','Durand','Romano',
              'Wójcik','Pérez','Bernard','Esposito','Weber','Santos'])[1 + (g / 20) % 25] || ' ' || g,
       null, (array['ES','FR','IT','DE','PL','PT'])[1 + g % 6], 'en', now(), now(), 0,
       'bench-school-' || (1 + g % 2000), 3 + g % 12, 3 + g % 12 + 4,
       (array['EVERYONE','REGISTERED','REGISTERED','REGISTERED','CONTACTS'])[1 + g % 5], g % 20 <> 0
from generate_series(1, $N) g on conflict do nothing;
insert into profile_subject (profile_id, subject)
select 'bench-' || g, (array['ARTS','BIOLOGY','HISTORY','MATHEMATICS','MUSIC','PHYSICS','GEOGRAPHY',
                             'FOREIGN_LANGUAGES','SCIENCE','TECHNOLOGY'])[1 + g % 10]
from generate_series(1, $N) g on conflict do nothing;
insert into profile_language (profile_id, language)
select 'bench-' || g, (array['es','fr','it','de','pl','pt','en'])[1 + g % 7]
from generate_series(1, $N) g on conflict do nothing;
insert into profile_role (profile_id, role) select 'bench-' || g, 'teacher' from generate_series(1, $N) g
on conflict do nothing;
analyze;
SQL
    echo "  done in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s; restart WildFly, then: $0 measure $N"
    exit 0
fi

BOB=$(token bob)
expected=$("${PSQL[@]}" -c "select count(*) from profile where searchable and visibility in ('EVERYONE','REGISTERED')")
echo "Waiting for the index: $expected profiles findable by bob..."
start=$(date +%s)
until [ "$(curl -s -H "Authorization: Bearer $BOB" "$APP/api/v1/people?size=1" |
           python3 -c 'import sys, json; print(json.load(sys.stdin)["total"])')" -ge "$((expected - 10))" ]; do
    sleep 2
    [ $(( $(date +%s) - start )) -lt 1800 ] || { echo "index not ready after 30 min" >&2; exit 1; }
done
echo "  ready (WildFly's log has the rebuild time: 'Search index rebuilt in')"

measure() {
    local label=$1 query=$2
    local times total
    total=$(curl -s -H "Authorization: Bearer $BOB" "$APP/api/v1/people?$query" |
            python3 -c 'import sys, json; print(json.load(sys.stdin)["total"])')
    times=$(for _ in $(seq 50); do
        curl -s -o /dev/null -w "%{time_total}\n" -H "Authorization: Bearer $BOB" "$APP/api/v1/people?$query"
    done | sort -n)
    python3 - "$label" "$total" $times <<'PY'
import sys
label, total, times = sys.argv[1], sys.argv[2], [float(t) * 1000 for t in sys.argv[3:]]
print(f"  {label:<48} {total:>7} found   median {times[len(times)//2]:6.1f} ms   p95 {times[int(len(times)*0.95)-1]:6.1f} ms")
PY
}
echo "Searches as bob (50 sequential requests each, token check and JSON included):"
measure "name, accents folded: q=jose" "q=jose"
measure "prefix: q=mar" "q=mar"
measure "two words: q=maria garcia" "q=maria%20garcia"
measure "school words: q=galileo" "q=galileo"
measure "everyone by name, page 50" "page=50"
measure "country=PL" "country=PL"
measure "advanced: q=ana country subject language ages" "q=ana&country=PT&subject=BIOLOGY&language=pl&ageFrom=12&ageTo=16"
if command -v wrk > /dev/null; then
    echo "Throughput, q=jose, 2 threads, 8 connections, 20 s:"
    wrk -t2 -c8 -d20s --latency -H "Authorization: Bearer $BOB" "$APP/api/v1/people?q=jose" |
        grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
fi
