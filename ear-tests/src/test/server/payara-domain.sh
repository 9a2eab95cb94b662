#!/usr/bin/env bash
# Creates, starts and stops the Payara Server domain the EAR test deploys into.
#   payara-domain.sh start   a fresh domain "ctios" under $DOMAINS (a leftover one from a killed run is stopped and
#                            removed first), every listener on 127.0.0.1, the data grid off, the CTI link's settings
#                            and the demo accounts as JVM options; then started
#   payara-domain.sh stop    stops it (forcibly after a bound)
# Environment: PAYARA_HOME (the unpacked payara6), DOMAINS, PORTBASE; for start also SIDE_A_PORT, SIDE_B_PORT (the
# simulator's TLS ports), TLS_STORES (the directory of the test-only stores, tools/tls-test-stores.sh), CONNECTOR_RAR
# (cti-connector.rar, deployed beside the EAR) and CONNECTION_FACTORY_COMMANDS (the asadmin commands of its
# connection factory for every application).
set -euo pipefail

asadmin="$PAYARA_HOME/bin/asadmin"
domain=ctios
config="$DOMAINS/$domain/config/domain.xml"
pid_file="$DOMAINS/$domain/config/pid"
export AS_JAVA="${AS_JAVA:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"

kill_leftover() {
    if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        echo "payara-domain: stopping the domain left running by an earlier run (pid $(cat "$pid_file"))"
        kill -9 "$(cat "$pid_file")" || true
        sleep 1
    fi
}

# Every listener on loopback: the test server must not be reachable from the network. CTI OS uses neither JMS nor the
# data grid, whose listeners cannot be bound to loopback alone: both off. No phoning home either (no network).
bind_to_loopback() {
    sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
        -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/g' \
        -e 's/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration das-bind-address="127.0.0.1" interface="127.0.0.1" /' \
        -e 's/<hazelcast-config-specific-configuration\([ >]\)/<hazelcast-config-specific-configuration enabled="false"\1/g' \
        "$config"
    # The server's own config has neither element yet: without them it would run an embedded broker's proxy on
    # 0.0.0.0 and phone home on its first start.
    sed -i '0,/<\/config>/s||<jms-service default-jms-host="default_JMS_host" type="DISABLED"><jms-host name="default_JMS_host" host="127.0.0.1" port="${JMS_PROVIDER_PORT}"></jms-host></jms-service><phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration></config>|' "$config"
}

# The CTI link's settings and the demo accounts the test signs in with (MicroProfile Config reads system
# properties; the application refuses the demo accounts unless every HTTP listener is on loopback, as here), in the
# server's own (first) java-config.
add_jvm_options() {
    local lines=""
    for option in "$@"; do
        lines+="\\n        <jvm-options>$option</jvm-options>"
    done
    sed -i "0,/<java-config[^>]*>/s||&$lines|" "$config"
}

# Fails when the started server listens on anything but loopback (where ss is there to tell).
check_loopback_only() {
    if ! command -v ss >/dev/null; then
        echo "payara-domain: no ss on this machine; listening addresses not checked"
        return
    fi
    local outward
    outward=$(ss -ltnpH | grep "pid=$(cat "$pid_file")," | awk '{print $4}' | grep -v -E '^(127\.0\.0\.1|\[::1\]|\[::ffff:127\.0\.0\.1\]):' || true)
    if [[ -n "$outward" ]]; then
        echo "payara-domain: the server listens beyond loopback: $outward" >&2
        timeout 60 "$asadmin" stop-domain --domaindir "$DOMAINS" "$domain" || kill_leftover
        exit 1
    fi
}

case "${1:-}" in
    start)
        kill_leftover
        rm -rf "${DOMAINS:?}/$domain"
        mkdir -p "$DOMAINS"
        started=$SECONDS
        timeout 120 "$asadmin" create-domain --nopassword --portbase "$PORTBASE" --domaindir "$DOMAINS" "$domain"
        bind_to_loopback
        # The link over TLS, as in production, with a client certificate (test-only stores and password); retries
        # at most 2 s apart, so that the test's switch from an untrusted server to the right one costs little.
        add_jvm_options -Dctios.cti.side-a.host=127.0.0.1 "-Dctios.cti.side-a.port=$SIDE_A_PORT" \
            -Dctios.cti.side-b.host=127.0.0.1 "-Dctios.cti.side-b.port=$SIDE_B_PORT" \
            -Dctios.cti.agent-ids=1001-1050 \
            -Dctios.cti.tls.enabled=true "-Dctios.cti.tls.trust-store=$TLS_STORES/test-ca-trust.p12" \
            "-Dctios.cti.tls.key-store=$TLS_STORES/ctios-client.p12" \
            -Dctios.cti.tls.trust-store-password=test-only-password -Dctios.cti.tls.key-store-password=test-only-password \
            -Dctios.cti.reconnect.max-delay=2s -Dctios.security.demo-users=true -Dctios.help.alert=5m
        created=$SECONDS
        timeout 180 "$asadmin" start-domain --domaindir "$DOMAINS" "$domain"
        check_loopback_only
        # The connector beside the EAR, for every application of the server, then its connection factory, which the
        # EAR's WAR looks up as it deploys (cti-connector-rar/README.md, "Outbound control").
        timeout 120 "$asadmin" --port "$((PORTBASE + 48))" deploy --name cti-connector --type rar "$CONNECTOR_RAR"
        while read -r command; do
            # shellcheck disable=SC2086 # each line is one asadmin command with its options
            timeout 60 "$asadmin" --port "$((PORTBASE + 48))" $command < /dev/null
        done < "$CONNECTION_FACTORY_COMMANDS"
        echo "payara-domain: created in $((created - started)) s, started in $((SECONDS - created)) s;" \
            "admin port $((PORTBASE + 48)), HTTP port $((PORTBASE + 80))"
        ;;
    stop)
        if [[ -d "$DOMAINS/$domain" ]]; then
            if [[ -f "$pid_file" ]]; then
                echo "payara-domain: resident memory of the server before stopping: $(ps -o rss= -p "$(cat "$pid_file")" 2>/dev/null | awk '{printf "%d MB", $1 / 1024}')"
            fi
            timeout 60 "$asadmin" stop-domain --domaindir "$DOMAINS" "$domain" || kill_leftover
        fi
        ;;
    *)
        echo "usage: $0 start|stop" >&2
        exit 2
        ;;
esac
