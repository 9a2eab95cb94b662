#!/usr/bin/env bash
# Makes the TEST-ONLY TLS key and trust stores that the tests of the CTI link over TLS use, and copies them into the
# test resources of every module whose tests need them (cti-connector-rar/adapter, pbx-simulator; ear-tests keeps
# them beside its resources, in src/test/tls, as its resources are filtered and its server reads files). They
# are committed, so the build needs neither this script nor a plugin; run it again only to replace them (every
# certificate is then new, signed by a new test CA whose private key this script throws away).
#
# Never use these stores outside tests: their passwords are in this script and their private keys in the repository.
#
#   test-ca-trust.p12             the test CA's certificate: the trust store of both ends (CTI OS trusts the CTI
#                                 Server through it, the simulator its clients)
#   cti-server.p12                a CTI Server's key and certificate (localhost, 127.0.0.1), signed by the test CA
#   cti-server-other-name.p12     signed by the test CA as well, but for cti.example.invalid only (host name check)
#   cti-server-untrusted.p12      self-signed, for localhost and 127.0.0.1: a server nobody trusts
#   ctios-client.p12              CTI OS's client certificate, signed by the test CA
set -euo pipefail

password=test-only-password
validity=10000
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

keytool() { # quiet: only what goes wrong
    command keytool -noprompt -storetype PKCS12 -storepass "$password" -keypass "$password" "$@" 2>&1 \
        | grep -v -e '^Certificate was added' -e '^Certificate reply was installed' || true
}

new_key() { # store alias dname [san]
    keytool -genkeypair -keystore "$1" -alias "$2" -keyalg EC -groupname secp256r1 -validity "$validity" \
        -dname "$3" ${4:+-ext "san=$4"}
}

signed_by_ca() { # store alias dname san extended-key-usage
    new_key "$1" "$2" "$3" "$4"
    keytool -certreq -keystore "$1" -alias "$2" -file "$2.csr"
    keytool -gencert -keystore ca.p12 -alias test-ca -infile "$2.csr" -outfile "$2.pem" -rfc -validity "$validity" \
        ${4:+-ext "san=$4"} -ext "eku=$5"
    cat "$2.pem" ca.pem > "$2-chain.pem"
    keytool -importcert -keystore "$1" -alias "$2" -file "$2-chain.pem"
}

keytool -genkeypair -keystore ca.p12 -alias test-ca -keyalg EC -groupname secp256r1 -validity "$validity" \
    -dname "CN=CTI OS TEST-ONLY CA" -ext bc:c -ext ku:c=keyCertSign,cRLSign
keytool -exportcert -keystore ca.p12 -alias test-ca -rfc -file ca.pem
keytool -importcert -keystore test-ca-trust.p12 -alias test-ca -file ca.pem

signed_by_ca cti-server.p12 cti-server "CN=localhost, OU=TEST ONLY" "dns:localhost,ip:127.0.0.1" serverAuth
signed_by_ca cti-server-other-name.p12 cti-server "CN=cti.example.invalid, OU=TEST ONLY" "dns:cti.example.invalid" \
    serverAuth
new_key cti-server-untrusted.p12 cti-server "CN=localhost, OU=TEST ONLY, O=untrusted" "dns:localhost,ip:127.0.0.1"
signed_by_ca ctios-client.p12 ctios-client "CN=ctios test client, OU=TEST ONLY" "" clientAuth

for target in "$repo/cti-connector-rar/adapter/src/test/resources/tls" "$repo/pbx-simulator/src/test/resources/tls" \
        "$repo/ear-tests/src/test/tls"; do
    mkdir -p "$target"
    cp test-ca-trust.p12 cti-server.p12 cti-server-other-name.p12 cti-server-untrusted.p12 ctios-client.p12 "$target/"
    cat > "$target/README.txt" <<TXT
TEST-ONLY TLS stores (PKCS12, password "$password"), made by tools/tls-test-stores.sh. Their private keys are public:
never use them anywhere but in tests.
TXT
done
echo "tls-test-stores: written to the tests of cti-connector-rar/adapter, pbx-simulator and ear-tests"
