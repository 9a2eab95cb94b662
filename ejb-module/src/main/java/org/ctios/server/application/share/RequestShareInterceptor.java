package org.ctios.server.application.share;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs {@link RequestShare} methods within the requests' share, around (before) their transaction. */
@RequestShare
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RequestShareInterceptor {

    @Inject
    private RequestShareLimit limit;

    @AroundInvoke
    public Object withinShare(InvocationContext invocation) throws Exception {
        return limit.within(invocation::proceed);
    }
}
