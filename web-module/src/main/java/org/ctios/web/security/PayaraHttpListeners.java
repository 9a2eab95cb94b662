package org.ctios.web.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the enabled HTTP listeners of the Payara server (Micro or Server) this application runs in from the
 * server's own configuration (its HK2 config beans, the model behind {@code domain.xml}), leaving out Payara Server's
 * admin listener, which routes to the admin console's virtual server, not to this application. By reflection,
 * because Payara's internal API is no library this WAR compiles against; any change there is reported as a failure
 * to read, never as "loopback only".
 */
final class PayaraHttpListeners {

    /** The virtual server of the admin console and asadmin, which the admin listener routes to. */
    private static final String ADMIN_VIRTUAL_SERVER = "__asadmin";

    private PayaraHttpListeners() {
    }

    /**
     * @return the enabled listeners but the admin listener
     * @throws IllegalStateException naming why when the configuration cannot be read (another server, another
     *                               Payara version)
     */
    static List<HttpListener> read() {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> serviceLocator = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, loader);
            Method getService = serviceLocator.getMethod("getService", Class.class, String.class,
                    Annotation[].class);
            Object locator = Objects.requireNonNull(Class.forName("org.glassfish.internal.api.Globals", true, loader)
                    .getMethod("getDefaultBaseServiceLocator").invoke(null), "no service locator");
            Class<?> environmentType = Class.forName("org.glassfish.api.admin.ServerEnvironment", true, loader);
            Object environment = Objects.requireNonNull(getService.invoke(locator, environmentType, null,
                    new Annotation[0]), "no server environment");
            String instance = (String) call(environment, environmentType, "getInstanceName");
            Class<?> serverType = Class.forName("com.sun.enterprise.config.serverbeans.Server", true, loader);
            Object server = Objects.requireNonNull(getService.invoke(locator, serverType, instance,
                    new Annotation[0]), "no configuration of server instance " + instance);
            Class<?> configType = Class.forName("com.sun.enterprise.config.serverbeans.Config", true, loader);
            Object config = Objects.requireNonNull(call(server, serverType, "getConfig"),
                    "no configuration of server instance " + instance);
            Class<?> networkConfig = Class.forName("org.glassfish.grizzly.config.dom.NetworkConfig", true, loader);
            Class<?> networkListeners = Class.forName("org.glassfish.grizzly.config.dom.NetworkListeners", true,
                    loader);
            Class<?> networkListener = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true,
                    loader);
            Class<?> protocolType = Class.forName("org.glassfish.grizzly.config.dom.Protocol", true, loader);
            Class<?> httpType = Class.forName("org.glassfish.grizzly.config.dom.Http", true, loader);
            Object listeners = call(call(config, configType, "getNetworkConfig"), networkConfig,
                    "getNetworkListeners");
            List<HttpListener> found = new ArrayList<>();
            for (Object listener : (List<?>) call(listeners, networkListeners, "getNetworkListener")) {
                String enabled = (String) call(listener, networkListener, "getEnabled");
                Object protocol = call(listener, networkListener, "findHttpProtocol");
                Object http = protocol == null ? null : call(protocol, protocolType, "getHttp");
                Object virtualServer = http == null ? null : call(http, httpType, "getDefaultVirtualServer");
                if (!ADMIN_VIRTUAL_SERVER.equals(virtualServer) && !"false".equalsIgnoreCase(enabled)) {
                    found.add(new HttpListener((String) call(listener, networkListener, "getName"),
                            (String) call(listener, networkListener, "getAddress"),
                            (String) call(listener, networkListener, "getPort")));
                }
            }
            return List.copyOf(found);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new IllegalStateException("the server's HTTP listeners could not be read from its configuration ("
                    + cause + ")", cause);
        }
    }

    private static Object call(Object target, Class<?> type, String method) throws ReflectiveOperationException {
        return type.getMethod(method).invoke(target);
    }
}
