# Sourced by the other scripts: a JDK 25 and the local PostgreSQL, whatever the machine's defaults are.
if ! java -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
    for jdk in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/java-25-*; do
        if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; export PATH="$jdk/bin:$PATH"; break; fi
    done
fi

ensure_postgres_running() {
    if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
        if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
            pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
        fi
        for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
        echo "PostgreSQL is not running on 127.0.0.1:5432" >&2
        return 1
    fi
}

wait_for_url() { # url, seconds
    for _ in $(seq 1 "$2"); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
    echo "Timed out waiting for $1" >&2
    return 1
}
