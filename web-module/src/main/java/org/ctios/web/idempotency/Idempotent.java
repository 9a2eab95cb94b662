package org.ctios.web.idempotency;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a control operation that honours an {@code Idempotency-Key} header ({@link IdempotentRequests}): a retry
 * with the same key gets the first request's answer, and nothing more is sent to the CTI Server.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
