# Xianfeng — see README.md. Every target works without Docker except `up`.
.PHONY: run up test test-backend test-frontend e2e bench openapi clean

## Run the product: backend + frontend against the local PostgreSQL (http://localhost:3000)
run:
	infra/scripts/run-local.sh

## Run the product in Docker: PostgreSQL, backend, frontend (nginx) and a mail catcher
up:
	docker compose up --build

## Run every test: backend (real PostgreSQL), frontend unit tests, lint, build, end-to-end in Chromium
test: test-backend test-frontend e2e

test-backend:
	. infra/scripts/env.sh && ensure_postgres_running && cd backend && ./mvnw -B -ntp verify

test-frontend:
	cd frontend && npm ci --no-audit --no-fund && npm run gen:api && git diff --exit-code -- src/lib/api/schema.d.ts \
		&& npm run lint && npm test && npm run build

## End-to-end tests only (sign up, sign in, dashboard, sign out) in headless Chromium
e2e:
	infra/scripts/e2e.sh

## Benchmarks (printed ratios, never pass/fail on timing): member import vs raw INSERT, a 60,000-node subtree read,
## the scoring engine over 1,000,000 member-years, month-end declarations through HTTP vs raw INSERT at 8 threads
bench:
	. infra/scripts/env.sh && ensure_postgres_running && cd backend && ./mvnw -B -ntp -q test -Dtest='*Bench' -Dsurefire.excludedGroups= \
		| grep -E '^BENCH|Tests run|FAIL'

## Regenerate frontend/openapi/xianfeng.json from the backend and the typed client from it
openapi:
	. infra/scripts/env.sh && ensure_postgres_running && cd backend && ./mvnw -B -ntp -q test -Dtest=OpenApiContractTests -Dopenapi.write=true
	cd frontend && npm run gen:api

clean:
	cd backend && ./mvnw -q clean
	rm -rf frontend/dist frontend/e2e/artifacts
