#!/usr/bin/env bash
# Builds CTI OS and runs it: the PBX/CTI Server simulator and Payara Micro with the resource adapter (RAR) and the
# application (WAR), on an embedded H2 file database under ./run/data. Ctrl-C stops everything it started.
#
#   CTIOS_HTTP_PORT      HTTP port of Payara Micro             (default 8080)
#   CTIOS_HTTP_ADDRESS   address it listens on                 (default 127.0.0.1)
#   CTIOS_CTI_PORT       CTI Server side A port (simulator)    (default 42027)
#   CTIOS_CTI_PORT_B     CTI Server side B port (simulator)    (default 43027; simulator admin 42080)
#   CTIOS_SKIP_BUILD=1   start what was built last time
#   CTIOS_CREDENTIALS    user:password the start-up check uses  (default crm:crm, a demo account)
#   --with-crm-bridge    also deploy examples/crm-bridge beside CTI OS (examples/crm-bridge/README.md)
#   CTIOS_SECURITY_DEMO_USERS  the demo accounts (default true here; the application's own default is false). With
#                        them on, the application refuses to start unless CTIOS_HTTP_ADDRESS is a loopback address.
set -euo pipefail
cd "$(dirname "$0")"

http_port="${CTIOS_HTTP_PORT:-8080}"
http_address="${CTIOS_HTTP_ADDRESS:-127.0.0.1}"
cti_port="${CTIOS_CTI_PORT:-42027}"
cti_port_b="${CTIOS_CTI_PORT_B:-43027}"
run_dir="$PWD/run"
demo_users="${CTIOS_SECURITY_DEMO_USERS:-true}"
with_crm_bridge=0
for argument in "$@"; do
    case "$argument" in
        --with-crm-bridge) with_crm_bridge=1 ;;
        *) echo "unknown option: $argument (known: --with-crm-bridge)" >&2; exit 2 ;;
    esac
done

if [ "${CTIOS_SKIP_BUILD:-0}" != "1" ]; then
    ./mvnw -B -Dmaven.test.skip=true package
fi

mkdir -p "$run_dir"
pids=()
stop_all() {
    trap - INT TERM EXIT
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    # Give each process ten seconds to shut down cleanly, then make sure.
    for _ in $(seq 1 20); do
        alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ "$alive" = 0 ] && break
        sleep 0.5
    done
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    echo "CTI OS stopped."
}
trap stop_all INT TERM EXIT

java -jar pbx-simulator/target/pbx-simulator.jar --side-a "$cti_port" --side-b "$cti_port_b" \
    > "$run_dir/simulator.log" 2>&1 &
pids+=($!)

echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$http_address" \
    > "$run_dir/preboot.txt"
# Bounds what Grizzly queues for a client that does not read (4 x this), so that back pressure reaches its event
# stream (web-module/README.md, "What sits below isReady()").
echo "set configs.config.server-config.network-config.transports.transport.tcp.socket-write-buffer-size=65536" \
    >> "$run_dir/preboot.txt"
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
(cd "$run_dir" && export MALLOC_ARENA_MAX=2 && exec java -Xmx1g \
    -Dctios.cti.side-a.host=127.0.0.1 -Dctios.cti.side-a.port="$cti_port" \
    -Dctios.cti.side-b.host=127.0.0.1 -Dctios.cti.side-b.port="$cti_port_b" -Dctios.cti.agent-ids=1001-1050 \
    -Dctios.security.demo-users="$demo_users" -Dhazelcast.socket.bind.any=false \
    -jar ../web-module/target/payara-micro.jar --rootdir "$run_dir/payara" \
    --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 \
    --prebootcommandfile "$run_dir/preboot.txt" --postbootcommandfile "$run_dir/postboot.txt" --port "$http_port" \
    --deploy ../web-module/target/cti.war \
    > "$run_dir/payara.log" 2>&1) &
pids+=($!)

echo "Starting the simulator and Payara Micro (logs in run/simulator.log and run/payara.log)..."
url="http://127.0.0.1:$http_port/cti/api/agents"
# The API needs an account: the demo integration account unless CTIOS_CREDENTIALS (user:password) names another.
credentials="${CTIOS_CREDENTIALS:-crm:crm}"
for _ in $(seq 1 180); do
    if curl -fsS -o /dev/null -u "$credentials" "$url" 2>/dev/null; then
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
        echo "  Simulator admin:      curl http://127.0.0.1:42080/stats"
        echo "                        curl -X POST -d '{\"skillGroup\": 1, \"ani\": \"0612345678\"}' http://127.0.0.1:42080/calls"
        echo "                        curl -X POST http://127.0.0.1:42080/sides/A/fail   (the link moves to side B)"
        echo "Press Ctrl-C to stop."
        wait
        exit 0
    fi
    for pid in "${pids[@]}"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "A process ended during start-up; see run/simulator.log and run/payara.log." >&2
            exit 1
        fi
    done
    # Payara Micro runs on without the application when it refuses to start: say why rather than wait.
    if refusal=$(grep -m1 -o "Refusing to start with the demo accounts on.*" "$run_dir/payara.log" 2>/dev/null); then
        echo "CTI OS did not start. $refusal" >&2
        exit 1
    fi
    sleep 1
done
echo "CTI OS did not come up within 180 s; see run/payara.log." >&2
exit 1
