#!/usr/bin/env bash
# `make run` without Docker: the backend against DATABASE_URL (default: a local database "xianfeng", created
# if missing) and the built frontend served by Vite's preview server, which proxies the backend's paths.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/scripts/env.sh

if [ -z "${DATABASE_URL:-}" ]; then
    ensure_postgres_running
    infra/scripts/ensure-database.sh xianfeng
    export DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/xianfeng
fi
backend_port="${PORT:-8080}"
frontend_port="${FRONTEND_PORT:-3000}"

(cd backend && ./mvnw -q -B -DskipTests package)
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM
PORT="$backend_port" java -jar backend/target/xianfeng.jar &
pids+=($!)
wait_for_url "http://127.0.0.1:$backend_port/actuator/health/readiness" 120
(cd frontend && BACKEND_URL="http://127.0.0.1:$backend_port" exec node_modules/.bin/vite preview --port "$frontend_port" --strictPort) &
pids+=($!)
wait_for_url "http://127.0.0.1:$frontend_port/" 60

echo
echo "  Xianfeng is running: http://localhost:$frontend_port  (API docs: http://localhost:$frontend_port/swagger-ui.html)"
echo "  Press Ctrl-C to stop."
wait
