package org.ctios.server.application.share;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the database work that requests do (the call history, accounts): it runs within the requests' bounded share
 * of the connection pool ({@link RequestShareLimit}), so that no number of readers can take the connections the CTI
 * events are applied with.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequestShare {
}
