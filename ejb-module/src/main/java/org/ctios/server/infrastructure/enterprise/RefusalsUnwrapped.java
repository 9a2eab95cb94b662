package org.ctios.server.infrastructure.enterprise;

import jakarta.ejb.ApplicationException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.ctios.server.api.InvalidRequestException;

/**
 * Lets a desk's refusal of bad input reach a module of the EAR as the {@link IllegalArgumentException} it is: a JDK
 * exception cannot be marked an application exception, so the EJB container would wrap it in an
 * {@code EJBException}. It becomes an {@link InvalidRequestException} (still an {@code IllegalArgumentException},
 * with the same message) unless it already is an application exception.
 */
public class RefusalsUnwrapped {

    @AroundInvoke
    public Object invoke(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (IllegalArgumentException refusal) {
            if (isApplicationException(refusal.getClass())) {
                throw refusal;
            }
            throw new InvalidRequestException(refusal);
        }
    }

    /** Marked itself or below a class marked {@code inherited} (the annotation is not {@code @Inherited}). */
    private static boolean isApplicationException(Class<?> type) {
        for (Class<?> ancestor = type; ancestor != null; ancestor = ancestor.getSuperclass()) {
            ApplicationException mark = ancestor.getAnnotation(ApplicationException.class);
            if (mark != null) {
                return ancestor == type || mark.inherited();
            }
        }
        return false;
    }
}
