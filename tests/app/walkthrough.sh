#!/usr/bin/env bash
# The README's walkthrough of the hub, run as a test: a new database, accounts and a course
# made with the CLI, then the spec's usage examples with curl against a real
# `lectern-server serve`. Usage: walkthrough.sh PATH/TO/lectern-server
# Needs curl and jq (.ci/install-deps --tests installs them).
set -euo pipefail

server="$1"
work="$(mktemp -d)"
hub=""
trap '[[ -n "$hub" ]] && kill "$hub" 2>/dev/null; rm -rf "$work"' EXIT
db="sqlite://$work/walkthrough.sqlite"

step() { printf '== %s\n' "$*"; }

# call METHOD PATH TOKEN [JSON]: prints the body; stops the walkthrough unless the status
# is 2xx.
call() {
    local out code
    out="$(curl -sS -X "$1" "$base$2" -H "Authorization: Bearer $3" \
        -H 'Content-Type: application/json' ${4:+--data "$4"} -w '\n%{http_code}')"
    code="${out##*$'\n'}"
    body="${out%$'\n'*}"
    if [[ "$code" != 2* ]]; then
        echo "FAILED: $1 $2 answered $code: $body" >&2
        exit 1
    fi
    printf '%s\n' "$body"
}
expect() { # expect JQ_FILTER JSON: the filter must give true
    if [[ "$(jq -r "$1" <<<"$2")" != "true" ]]; then
        echo "FAILED: $1 does not hold for $2" >&2
        exit 1
    fi
}
login() {
    curl -sS "$base/api/auth/login" -H 'Content-Type: application/json' \
        --data "{\"email\":\"$1\",\"password\":\"correct horse\"}" | jq -r .token
}

step "Accounts and a course, with the CLI"
for who in "ada Ada instructor" "sam Sam student" "kim Kim student"; do
    read -r email name role <<<"$who"
    "$server" users add --database "$db" --email "$email@example.org" --name "$name" \
        --role "$role" --password 'correct horse' >/dev/null
done
course="$("$server" courses add --database "$db" --title "Django 101" \
    --instructor ada@example.org | tail -n 1)"
for student in sam kim; do
    "$server" courses enroll --database "$db" --course "$course" --email "$student@example.org" \
        >/dev/null
done

step "The hub"
"$server" serve --database "$db" --port 0 >"$work/serve.log" 2>&1 &
hub=$!
for _ in $(seq 100); do
    grep -q "Lectern hub on" "$work/serve.log" && break
    sleep 0.1
done
port="$(sed -nE 's|.*on http://127\.0\.0\.1:([0-9]+)/.*|\1|p' "$work/serve.log")"
[[ -n "$port" ]] || { cat "$work/serve.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
ada="$(login ada@example.org)"
sam="$(login sam@example.org)"
kim="$(login kim@example.org)"

step "Ada schedules a session and starts it"
start="$(date -u -d '+5 minutes' +%Y-%m-%dT%H:%M:%SZ)"
end="$(date -u -d '+65 minutes' +%Y-%m-%dT%H:%M:%SZ)"
session="$(call POST /api/live/sessions/create/ "$ada" \
    "{\"course\":$course,\"title\":\"Introduction to Django\",\"platform\":\"zoom\",
      \"scheduled_start\":\"$start\",\"scheduled_end\":\"$end\",\"max_participants\":50}" |
    jq .id)"
expect '.status == "live" and .is_live' "$(call POST "/api/live/sessions/$session/start/" "$ada")"

step "Sam and Kim join; Sam chats and Ada replies"
call POST "/api/live/sessions/$session/join/" "$sam" >/dev/null
call POST "/api/live/sessions/$session/join/" "$kim" >/dev/null
message="$(call POST "/api/live/sessions/$session/chat/send/" "$sam" \
    '{"content":"Is the <b>ORM</b> on the exam?"}' | jq .id)"
call POST "/api/live/sessions/$session/chat/send/" "$ada" \
    "{\"content\":\"Yes, chapter 3.\",\"reply_to\":$message}" >/dev/null
expect 'length == 2 and (map(.reply_to) | index('"$message"')) != null' \
    "$(call GET "/api/live/sessions/$session/chat/" "$kim")"

step "Sam asks anonymously, Kim upvotes, Ada answers"
question="$(call POST "/api/live/sessions/$session/questions/ask/" "$sam" \
    '{"question":"Migrations or raw SQL?","is_anonymous":true}' | jq .id)"
expect '.upvotes == 1' "$(call POST "/api/live/questions/$question/upvote/" "$kim")"
expect '.status == "answered" and .user == null' \
    "$(call POST "/api/live/questions/$question/answer/" "$ada" '{"answer":"Migrations."}')"

step "A poll: created, started, voted on, results, closed"
poll="$(call POST "/api/live/sessions/$session/polls/create/" "$ada" \
    '{"question":"How is the pace?","options":["Too fast","Just right","Too slow"]}')"
poll_id="$(jq .id <<<"$poll")"
option="$(jq '.options[1].id' <<<"$poll")"
call POST "/api/live/polls/$poll_id/start/" "$ada" >/dev/null
call POST "/api/live/polls/$poll_id/vote/" "$sam" "{\"option_ids\":[$option]}" >/dev/null
call POST "/api/live/polls/$poll_id/vote/" "$kim" "{\"option_ids\":[$option]}" >/dev/null
expect '.total_votes == 2 and .options[1].votes == 2 and .options[1].percentage == 100' \
    "$(call GET "/api/live/polls/$poll_id/results/" "$sam")"
expect '.status == "closed"' "$(call POST "/api/live/polls/$poll_id/close/" "$ada")"

step "Ada ends the session; attendance, a recording, Sam watches, analytics"
expect '.status == "ended"' "$(call POST "/api/live/sessions/$session/end/" "$ada")"
expect 'length == 2' "$(call GET "/api/live/sessions/$session/attendance/" "$ada")"
recording="$(call POST "/api/live/sessions/$session/recordings/create/" "$ada" \
    '{"video_url":"https://cdn.example.org/intro.mp4","title":"Introduction","duration_seconds":3600}' |
    jq .id)"
expect '.watch_percentage == 1 and .last_position_seconds == 36' \
    "$(call POST "/api/live/recordings/$recording/track/" "$sam" \
    '{"watch_duration_seconds":36,"last_position_seconds":36}')"
expect '.participation.total_joined == 2 and .engagement.total_messages == 2 and
        .engagement.total_questions == 1 and .recordings.total_views == 1' \
    "$(call GET "/api/live/sessions/$session/analytics/" "$ada")"

step "A student may not end someone else's session"
code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/api/live/sessions/$session/end/" \
    -H "Authorization: Bearer $sam")"
[[ "$code" == 403 ]] || { echo "FAILED: a student ending the session got $code" >&2; exit 1; }

step "Done"
