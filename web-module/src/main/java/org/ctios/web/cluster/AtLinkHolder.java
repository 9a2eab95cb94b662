package org.ctios.web.cluster;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that only the server holding the CTI link can serve: it sends a control request, or tells
 * the link's state or the figures of applying its events. In a cluster, every other server forwards it there
 * ({@link LinkHolderForwarding}); outside a cluster it changes nothing.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AtLinkHolder {
}
