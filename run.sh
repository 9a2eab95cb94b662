#!/usr/bin/env bash
# Builds CTI OS and runs it: the PBX/CTI Server simulator and Payara Micro with the resource adapter (RAR) and the
# application (WAR), on an embedded H2 file database under ./run/data. Ctrl-C, SIGINT or SIGTERM (also when it was
# started in the background) stops everything it started.
#
#   CTIOS_HTTP_PORT      HTTP port of Payara Micro             (default 8080)
#   CTIOS_HTTP_ADDRESS   address it listens on                 (default 127.0.0.1)
#   CTIOS_CTI_PORT       CTI Server side A port (simulator)    (default 42027)
#   CTIOS_CTI_PORT_B     CTI Server side B port (simulator)    (default 43027)
#   CTIOS_SIMULATOR_ADMIN_PORT  the simulator's admin HTTP port (default 42080)
#   CTIOS_CLUSTER_PORT   Payara's data grid port, on loopback  (default 6900)
#   CTIOS_RUN_DIR        logs, database and state of this run  (default ./run); one run.sh at a time per directory
#   CTIOS_SKIP_BUILD=1   start what was built last time
#   CTIOS_CREDENTIALS    user:password the start-up check uses  (default crm:crm, a demo account)
#   --with-crm-bridge    also deploy examples/crm-bridge beside CTI OS (examples/crm-bridge/README.md)
#   CTIOS_SECURITY_DEMO_USERS  the demo accounts (default true here; the application's own default is false). With
#                        them on, the application refuses to start unless CTIOS_HTTP_ADDRESS is a loopback address.
#   CTIOS_START_TIMEOUT  seconds to wait for the application to answer (default 180)
set -euo pipefail

# A shell that starts this in the background (`./run.sh &`, nohup, another script) makes it ignore SIGINT, and bash
# cannot trap a signal ignored on entry: start again with SIGINT's default action (same process id), so the trap
# below stops everything on SIGINT too.
if [ -z "${CTIOS_RUN_SIGNALS_RESET:-}" ]; then
    if env --default-signal=INT true 2>/dev/null; then
        exec env --default-signal=INT CTIOS_RUN_SIGNALS_RESET=1 bash "$0" "$@"
    elif command -v perl >/dev/null 2>&1; then
        exec perl -e '$SIG{INT} = "DEFAULT"; $ENV{CTIOS_RUN_SIGNALS_RESET} = 1; exec @ARGV or die "$!"' \
            bash "$0" "$@"
    fi
    echo "Neither coreutils' env --default-signal nor perl here: started in the background, this run stops on" \
        "SIGTERM only." >&2
fi
unset CTIOS_RUN_SIGNALS_RESET
cd "$(dirname "$0")"

http_port="${CTIOS_HTTP_PORT:-8080}"
http_address="${CTIOS_HTTP_ADDRESS:-127.0.0.1}"
cti_port="${CTIOS_CTI_PORT:-42027}"
cti_port_b="${CTIOS_CTI_PORT_B:-43027}"
admin_port="${CTIOS_SIMULATOR_ADMIN_PORT:-42080}"
cluster_port="${CTIOS_CLUSTER_PORT:-6900}"
run_dir="${CTIOS_RUN_DIR:-$PWD/run}"
demo_users="${CTIOS_SECURITY_DEMO_USERS:-true}"
with_crm_bridge=0
for argument in "$@"; do
    case "$argument" in
        --with-crm-bridge) with_crm_bridge=1 ;;
        *) echo "unknown option: $argument (known: --with-crm-bridge)" >&2; exit 2 ;;
    esac
done
start_timeout="${CTIOS_START_TIMEOUT:-180}"
mkdir -p "$run_dir"
run_dir="$(cd "$run_dir" && pwd)"

# One run per directory: a second one would overwrite the first one's logs and database, and the first one's
# server would answer its start-up check. The lock goes with this process (not its children, below).
exec 9>"$run_dir/.run.lock"
if ! command -v flock >/dev/null 2>&1; then
    echo "No flock here (util-linux): nothing stops a second run.sh with $run_dir; make sure none runs." >&2
elif ! flock -n 9; then
    echo "Another run.sh is running with $run_dir (it holds $run_dir/.run.lock): stop it first, or give this" \
        "one another CTIOS_RUN_DIR and other ports." >&2
    exit 1
fi

# What listens on a TCP port, when it can be known: "" when nothing does.
port_holder() {
    local port="$1" listening
    if command -v ss >/dev/null 2>&1; then
        listening=$(ss -Hltnp "sport = :$port" 2>/dev/null || ss -Hltn "sport = :$port" 2>/dev/null || true)
        if [ -n "$listening" ]; then
            # users:(("java",pid=1234,fd=56)) names the process when this user may see it
            local who
            who=$(printf '%s\n' "$listening" | grep -o 'users:(([^)]*))' | head -n1 \
                | sed -E 's/users:\(\("([^"]*)",pid=([0-9]+).*/\1 (pid \2)/' || true)
            echo "${who:-a process this user cannot see}"
        fi
    elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "a process (install iproute2's ss to see which)"
    fi
}

# Every port this run listens on, checked before anything starts: a port in use would otherwise fail one process
# while the rest ran on, or let another instance answer in its place.
busy=0
for entry in "HTTP (CTIOS_HTTP_PORT):$http_port" "CTI Server side A (CTIOS_CTI_PORT):$cti_port" \
             "CTI Server side B (CTIOS_CTI_PORT_B):$cti_port_b" \
             "simulator admin (CTIOS_SIMULATOR_ADMIN_PORT):$admin_port" \
             "data grid (CTIOS_CLUSTER_PORT):$cluster_port"; do
    port="${entry##*:}"
    holder=$(port_holder "$port")
    if [ -n "$holder" ]; then
        echo "Port $port, the ${entry%:*} port, is in use by $holder." >&2
        busy=1
    fi
done
if [ "$busy" = 1 ]; then
    echo "CTI OS not started: free the port(s) above or choose others with the variables named." >&2
    exit 1
fi

pids=()
stopping=0
stop_all() {
    local status=$?
    trap - INT TERM EXIT
    [ "$stopping" = 1 ] && return
    stopping=1
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    # Give each process ten seconds to shut down cleanly, then make sure.
    for _ in $(seq 1 20); do
        alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ "$alive" = 0 ] && break
        sleep 0.5
    done
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    if [ "${#pids[@]}" -gt 0 ]; then
        echo "CTI OS stopped."
    fi
    exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A foreground child would hold the trap back until it ends: run it in the background and wait, which a signal ends.
run_waited() {
    "$@" 9>&- &
    pids+=($!)
    wait $!
    pids=("${pids[@]:0:${#pids[@]}-1}")
}

if [ "${CTIOS_SKIP_BUILD:-0}" != "1" ]; then
    run_waited ./mvnw -B -Dmaven.test.skip=true package
fi

# Calls numbered on from where the last run's simulator got to, so the history never holds two calls with one id.
java -jar pbx-simulator/target/pbx-simulator.jar --side-a "$cti_port" --side-b "$cti_port_b" --admin "$admin_port" \
    --call-id-file "$run_dir/call-ids" > "$run_dir/simulator.log" 2>&1 9>&- &
pids+=($!)

echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$http_address" \
    > "$run_dir/preboot.txt"
# Bounds what Grizzly queues for a client that does not read (4 x this), so that back pressure reaches its event
# stream (web-module/README.md, "What sits below isReady()").
echo "set configs.config.server-config.network-config.transports.transport.tcp.socket-write-buffer-size=65536" \
    >> "$run_dir/preboot.txt"
# Payara Micro's own logging configuration colours its console with ANSI codes, which make grep call the log a
# binary file: the same configuration without colour.
cat > "$run_dir/logging.properties" <<'EOF'
handlers=java.util.logging.ConsoleHandler
java.util.logging.ConsoleHandler.formatter=com.sun.enterprise.server.logging.ODLLogFormatter
com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor=false
java.util.logging.ConsoleHandler.level=FINE
.level=INFO
org.hibernate.validator.internal.util.Version.level=WARNING
javax.enterprise.system.tools.deployment.dol.level=WARNING
javax.enterprise.system.tools.deployment.common.level=WARNING
fish.payara.nucleus.util.level=WARNING
org.glassfish.admin.mbeanserver.level=WARNING
com.hazelcast.level=WARNING
EOF
# The connector first, then its connection factory for every application (cti/connectionFactory): Payara creates a
# connector pool only for a deployed adapter, and post-boot commands run before the --deploy applications, which
# look the factory up as they deploy (cti-connector-rar/README.md, "Outbound control").
{
    echo "deploy --name cti-connector --type rar $PWD/cti-connector-rar/rar/target/cti-connector.rar"
    cat cti-connector-rar/rar/src/main/asadmin/connection-factory.asadmin
    # Before cti.war, as the container tests deploy it.
    if [ "$with_crm_bridge" = 1 ]; then
        echo "deploy --name crm-bridge --contextroot /crm-bridge $PWD/examples/crm-bridge/target/crm-bridge.war"
    fi
} > "$run_dir/postboot.txt"
# The data grid on loopback only: Hazelcast binds every address unless told not to, and with --nocluster it
# binds port 6900 on every address whatever it is told.
# Emptied now, so that the start-up check below never reads an earlier run's log, nor reaches the application an
# earlier run left in Payara Micro's root directory (it boots that one before deploying this build's).
: > "$run_dir/payara.log"
rm -rf "$run_dir/payara"
# Two glibc malloc arenas instead of eight per core: Payara runs a few hundred threads (one per open HTTP request at
# a shift's start) and each arena they touch keeps its freed memory resident; the JVM's own memory is not malloc'd.
war_dir="$PWD"
(cd "$run_dir" && export MALLOC_ARENA_MAX=2 && exec java -Xmx1g \
    -Dctios.cti.side-a.host=127.0.0.1 -Dctios.cti.side-a.port="$cti_port" \
    -Dctios.cti.side-b.host=127.0.0.1 -Dctios.cti.side-b.port="$cti_port_b" -Dctios.cti.agent-ids=1001-1050 \
    -Dctios.security.demo-users="$demo_users" -Dhazelcast.socket.bind.any=false \
    -jar "$war_dir/web-module/target/payara-micro.jar" --rootdir "$run_dir/payara" \
    --clustermode "tcpip:127.0.0.1:$cluster_port" --startport "$cluster_port" --interfaces 127.0.0.1 \
    --logproperties "$run_dir/logging.properties" \
    --prebootcommandfile "$run_dir/preboot.txt" --postbootcommandfile "$run_dir/postboot.txt" --port "$http_port" \
    --deploy "$war_dir/web-module/target/cti.war" \
    > "$run_dir/payara.log" 2>&1 9>&-) &
pids+=($!)

echo "Starting the simulator and Payara Micro (logs in $run_dir/simulator.log and $run_dir/payara.log)..."
url="http://127.0.0.1:$http_port/cti/api/agents"
# The API needs an account: the demo integration account unless CTIOS_CREDENTIALS (user:password) names another.
credentials="${CTIOS_CREDENTIALS:-crm:crm}"
for _ in $(seq 1 "$start_timeout"); do
    for pid in "${pids[@]}"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "A process ended during start-up; see $run_dir/simulator.log and $run_dir/payara.log." >&2
            exit 1
        fi
    done
    # Payara Micro runs on without the application when it refuses to start, and stays alive after failing to
    # bind its port: say why rather than wait, and stop it (the EXIT trap).
    if refusal=$(grep -m1 -o "Refusing to start with the demo accounts on.*" "$run_dir/payara.log" 2>/dev/null); then
        echo "CTI OS did not start. $refusal" >&2
        exit 1
    fi
    if failure=$(grep -m1 -E "Failed to start, exiting|Server failed to start|BindException" \
            "$run_dir/payara.log" 2>/dev/null); then
        echo "Payara Micro did not start: $failure (see $run_dir/payara.log)." >&2
        exit 1
    fi
    # Up only when this run's own Payara says it is (its log), then the API answers: a server that another run
    # left on the port can answer the request, but not write to this log.
    if grep -q "Payara Micro URLs" "$run_dir/payara.log" 2>/dev/null \
            && curl -fsS --max-time 5 -o /dev/null -u "$credentials" "$url" 2>/dev/null; then
        echo
        echo "CTI OS is up."
        echo "  Agent desktop:        http://127.0.0.1:$http_port/cti/            (sign in as 1001/1001 ... 1005/1005)"
        echo "  Supervisor dashboard: http://127.0.0.1:$http_port/cti/supervisor/ (sign in as supervisor1/supervisor1)"
        echo "  Agents (REST):        curl -u $credentials $url"
        echo "  CTI link status:      curl -u $credentials http://127.0.0.1:$http_port/cti/api/system"
        if [ "$demo_users" = "true" ]; then
            echo "  Demo accounts:        crm/crm, admin/admin, supervisor1/supervisor1, each agent id as its own password"
            echo "                        (public passwords: only for this machine, never in production)"
        fi
        if [ "$with_crm_bridge" = 1 ]; then
            echo "  crm-bridge example:   curl http://127.0.0.1:$http_port/crm-bridge/pops"
        fi
        echo "  CTI Server simulator: side A 127.0.0.1:$cti_port, side B 127.0.0.1:$cti_port_b"
        echo "  Simulator admin:      curl http://127.0.0.1:$admin_port/stats"
        echo "                        curl -X POST -d '{\"skillGroup\": 1, \"ani\": \"0612345678\"}' http://127.0.0.1:$admin_port/calls"
        echo "                        curl -X POST http://127.0.0.1:$admin_port/sides/A/fail   (the link moves to side B)"
        echo "Press Ctrl-C to stop (in the background: kill -INT $$ or kill $$)."
        # Until a signal or either process ends; then the EXIT trap stops the other.
        wait -n "${pids[@]}" || true
        echo "A process ended; see $run_dir/simulator.log and $run_dir/payara.log." >&2
        exit 1
    fi
    # sleep in the background: a signal ends the wait at once, where it would wait for a foreground sleep.
    sleep 1 9>&- &
    wait $! || true
done
echo "CTI OS did not come up within $start_timeout s; see $run_dir/payara.log." >&2
exit 1
