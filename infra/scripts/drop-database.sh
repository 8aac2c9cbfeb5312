#!/usr/bin/env bash
# Drops a database created by ensure-database.sh (used by the end-to-end run to clean up after itself).
set -euo pipefail
admin="${PGADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
psql "$admin" -q -v ON_ERROR_STOP=1 -c "drop database if exists \"$1\" with (force)"
