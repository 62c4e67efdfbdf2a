#!/usr/bin/env bash
# Benchmark of a notification fan-out (N2, N4), against a running platform on PostgreSQL:
#   1. adds N generated members with an e-mail address (straight into the database),
#   2. the Central Support Service announces something to everyone (POST /api/v1/announcements),
#   3. while the delivery runs in the background, one user's unread count is read again and
#      again (GET /api/v1/notifications/unread-count): its latencies are reported,
#   4. reports the time until every notification is stored and every mail is in the outbox.
# Start the platform first, without SMTP_HOST (the mails stay in the outbox), e.g.:
#   DB_KIND=postgresql DB_URL=jdbc:postgresql://127.0.0.1:5432/twinning_bench DB_USER=postgres \
#   DB_PASSWORD=x ./twinning run
# then: bench/notification-fanout.sh [N]   (default 40000). Needs psql, curl, python3.
set -euo pipefail
N=${1:-40000}
PSQL=(psql -h 127.0.0.1 -U "${PG_USER:-postgres}" -d "${PG_DB:-twinning_bench}" -v ON_ERROR_STOP=1 -qtA)
APP=${APP:-http://localhost:8080}
KC=${KC:-http://localhost:8180}

token() {
    curl -s -d grant_type=password -d client_id=twinning-web -d client_secret=twinning-web-secret \
        -d username="$1" -d password="$1" "$KC/realms/twinning/protocol/openid-connect/token" |
        python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}

echo "Generating $N members..."
"${PSQL[@]}" <<SQL
insert into profile (id, subject, username, display_name, email, country, language, created_at, last_sign_in_at, version)
select 'fanout-' || lpad(g::text, 7, '0'), 'fanout-subject-' || g, 'fanout' || g, 'Fan-out Teacher ' || g,
       'fanout' || g || '@example.org', (array['ES','FR','IT','DE','PL','PT'])[1 + g % 6],
       (array['en','es','fr','de'])[1 + g % 4], now(), now(), 0
from generate_series(1, $N) g on conflict do nothing;
analyze profile;
SQL
members=$("${PSQL[@]}" -c "select count(*) from profile where erased_at is null")
before_notifications=$("${PSQL[@]}" -c "select count(*) from notification")
before_mails=$("${PSQL[@]}" -c "select count(*) from mail_outbox")

CSS=$(token css)
ALICE=$(token alice)
curl -s -o /dev/null -H "Authorization: Bearer $ALICE" "$APP/api/v1/notifications/unread-count"

echo "Announcing to all $members members..."
start=$(date +%s.%N)
id=$(curl -s -X POST -H "Authorization: Bearer $CSS" -H "Content-Type: application/json" \
    -d '{"text": "Benchmark announcement: the platform grows."}' "$APP/api/v1/announcements" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
accepted=$(python3 -c "print(round(($(date +%s.%N) - $start) * 1000))")
echo "  POST answered in $accepted ms"

: > /tmp/unread-latencies
while ! curl -s -H "Authorization: Bearer $CSS" "$APP/api/v1/announcements/$id" | grep -q '"completedAt"'; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        curl -s -o /dev/null -w "%{time_total}\n" -H "Authorization: Bearer $ALICE" \
            "$APP/api/v1/notifications/unread-count" >> /tmp/unread-latencies
    done
done
stored=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
notifications=$(( $("${PSQL[@]}" -c "select count(*) from notification") - before_notifications ))
mails=$(( $("${PSQL[@]}" -c "select count(*) from mail_outbox") - before_mails ))
echo "  $notifications notifications stored and $mails mails in the outbox after $stored s"
python3 - <<PY
values = sorted(float(v) * 1000 for v in open("/tmp/unread-latencies") if v.strip())
if values:
    pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    print(f"  unread count during the fan-out: {len(values)} requests, median {pick(0.5):.1f} ms,"
          f" p95 {pick(0.95):.1f} ms, max {values[-1]:.1f} ms")
else:
    print("  the fan-out ended before the first unread-count request")
PY
