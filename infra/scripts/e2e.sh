#!/usr/bin/env bash
# End-to-end: a fresh database, the packaged backend, the built frontend behind Vite's preview proxy, and
# headless Debian Chromium driven by playwright-core. Cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/scripts/env.sh
ensure_postgres_running

source infra/scripts/test-programs.sh
install_test_programs

db="xianfeng_e2e_$(date +%s)_$$"
backend_port=${E2E_BACKEND_PORT:-18080}
frontend_port=${E2E_FRONTEND_PORT:-14173}
# A server left on these ports would be tested instead of this build: refuse rather than test stale code.
for port in $backend_port $frontend_port; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "Port $port is already in use; stop what listens there and run again." >&2
        exit 1
    fi
done
log_dir="frontend/e2e/artifacts"
mkdir -p "$log_dir"
pids=()
cleanup() {
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
    infra/scripts/drop-database.sh "$db" || true
}
trap cleanup EXIT
infra/scripts/ensure-database.sh "$db"

# E2E_BACKEND_JAR: a jar built elsewhere (skips the build, e.g. while backend/ is being worked on).
jar="${E2E_BACKEND_JAR:-backend/target/xianfeng.jar}"
[ -n "${E2E_BACKEND_JAR:-}" ] || (cd backend && ./mvnw -q -B -ntp -DskipTests package)
(cd frontend && npm run build)

# Every institution the suite signs up comes from this one address; the limit itself is a backend test.
PORT=$backend_port DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" ONBOARDING_ATTEMPTS_PER_HOUR=100 \
    java -jar "$jar" > "$log_dir/backend.log" 2>&1 &
pids+=($!)
wait_for_url "http://127.0.0.1:$backend_port/actuator/health/readiness" 120
# exec: the pid we keep is vite's own, so the cleanup stops it (not just a subshell around it).
(cd frontend && BACKEND_URL="http://127.0.0.1:$backend_port" exec node_modules/.bin/vite preview --host 127.0.0.1 \
    --port $frontend_port --strictPort) > "$log_dir/frontend.log" 2>&1 &
pids+=($!)
wait_for_url "http://127.0.0.1:$frontend_port/" 60

# 127.0.0.1, not localhost: the authorization server accepts any port for loopback IP redirect URIs.
# E2E_DATABASE: tests that must move time on (say, end a publicity) change this database with psql.
(cd frontend && E2E_DATABASE="$db" E2E_BASE_URL="http://127.0.0.1:$frontend_port" npm run e2e)
