package org.ctios.connector.adapter.tls;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.adapter.config.SettingSource;
import org.ctios.connector.adapter.config.ValueFormat;

/**
 * Whether and how the link to the CTI Server is secured with TLS, checked once; each setting it is read from is
 * described here, once. The stores are only named here: {@link TlsClient} reads them.
 *
 * @param enabled        TLS on the link; when false the link is plain TCP and the rest is not used
 * @param trustStore     the certificates of the CTI Server (or its CA) to trust; none for the JVM's default ones
 * @param keyStore       CTI OS's client certificate and key, for a CTI Server that asks for one; none for none
 * @param verifyHostName the server's certificate must name the side's host, as HTTPS checks it
 * @param protocols      the TLS protocol versions offered
 */
public record TlsSettings(boolean enabled, StoreFile trustStore, StoreFile keyStore, boolean verifyHostName,
                          List<String> protocols) {

    private static final String PATH = "a file path, or empty";
    private static final String TYPE = "a key store type such as PKCS12 or JKS";

    public static final Setting<Boolean> ENABLED = new Setting<>("tlsEnabled", "ctios.cti.tls.enabled", "false",
            ValueFormat.bool(), "`true` secures the link to both sides with TLS (the production setting; the CTI "
            + "Server's ports are then its TLS ports); `false` is plain TCP.");
    public static final Setting<String> TRUST_STORE = new Setting<>("tlsTrustStore", "ctios.cti.tls.trust-store", "",
            ValueFormat.optionalText(PATH), "Trust store with the CTI Server's certificate or its CA's; empty for "
            + "the JVM's default trust store.");
    public static final Setting<String> TRUST_STORE_TYPE = new Setting<>("tlsTrustStoreType",
            "ctios.cti.tls.trust-store-type", "PKCS12", storeType(), "Type of `tlsTrustStore`.");
    public static final Setting<String> TRUST_STORE_PASSWORD = new Setting<>("tlsTrustStorePassword",
            "ctios.cti.tls.trust-store-password", "", ValueFormat.anyText(), "Password of `tlsTrustStore`.");
    public static final Setting<String> KEY_STORE = new Setting<>("tlsKeyStore", "ctios.cti.tls.key-store", "",
            ValueFormat.optionalText(PATH), "Key store with CTI OS's client certificate and key, for a CTI Server "
            + "that requires one; empty for none.");
    public static final Setting<String> KEY_STORE_TYPE = new Setting<>("tlsKeyStoreType",
            "ctios.cti.tls.key-store-type", "PKCS12", storeType(), "Type of `tlsKeyStore`.");
    public static final Setting<String> KEY_STORE_PASSWORD = new Setting<>("tlsKeyStorePassword",
            "ctios.cti.tls.key-store-password", "", ValueFormat.anyText(),
            "Password of `tlsKeyStore` and of its key.");
    public static final Setting<Boolean> VERIFY_HOST_NAME = new Setting<>("tlsVerifyHostName",
            "ctios.cti.tls.verify-host-name", "true", ValueFormat.bool(), "`true`: the CTI Server's certificate "
            + "must name the side's host (`sideAHost`, `sideBHost`) as HTTPS checks it; `false` accepts any name on "
            + "a trusted certificate.");
    public static final Setting<List<String>> PROTOCOLS = new Setting<>("tlsProtocols", "ctios.cti.tls.protocols",
            "TLSv1.3,TLSv1.2", protocolNames(), "TLS versions offered to the CTI Server.");

    /** The TLS settings, in the order the documentation lists them. */
    public static final List<Setting<?>> SETTINGS = List.of(ENABLED, TRUST_STORE, TRUST_STORE_TYPE,
            TRUST_STORE_PASSWORD, KEY_STORE, KEY_STORE_TYPE, KEY_STORE_PASSWORD, VERIFY_HOST_NAME, PROTOCOLS);

    public TlsSettings {
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(keyStore, "keyStore");
        protocols = List.copyOf(protocols);
        if (enabled && protocols.isEmpty()) {
            throw new IllegalArgumentException("at least one TLS protocol is needed");
        }
    }

    /** Plain TCP. */
    public static TlsSettings off() {
        return new TlsSettings(false, StoreFile.none(), StoreFile.none(), true, List.of("TLSv1.3", "TLSv1.2"));
    }

    /**
     * The TLS settings as the source gives them, every one checked even when TLS is off, so that a wrong value
     * fails the start before it is needed.
     *
     * @throws org.ctios.connector.adapter.config.InvalidSettingException naming the first setting that is wrong
     */
    public static TlsSettings read(SettingSource source) {
        return new TlsSettings(ENABLED.read(source),
                new StoreFile(TRUST_STORE.read(source), TRUST_STORE_TYPE.read(source),
                        TRUST_STORE_PASSWORD.read(source)),
                new StoreFile(KEY_STORE.read(source), KEY_STORE_TYPE.read(source), KEY_STORE_PASSWORD.read(source)),
                VERIFY_HOST_NAME.read(source), PROTOCOLS.read(source));
    }

    private static ValueFormat<String> storeType() {
        return ValueFormat.checkedText(TYPE, type -> {
            try {
                KeyStore.getInstance(type);
                return true;
            } catch (KeyStoreException e) {
                return false;
            }
        });
    }

    /** TLS 1.2 and 1.3 only: the older versions have known weaknesses and the JDK disables them anyway. */
    private static ValueFormat<List<String>> protocolNames() {
        Set<String> allowed = Set.of("TLSv1.3", "TLSv1.2");
        return ValueFormat.names("TLSv1.3 and TLSv1.2, or one of them, separated by commas", allowed::contains);
    }
}
