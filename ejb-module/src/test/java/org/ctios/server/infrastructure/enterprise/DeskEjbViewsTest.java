package org.ctios.server.infrastructure.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.interceptor.Interceptors;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ctios.connector.api.CtiException;
import org.ctios.server.api.ActionNotEnabledException;
import org.ctios.server.api.AgentDesk;
import org.ctios.server.api.CallDesk;
import org.ctios.server.api.InvalidMessageException;
import org.ctios.server.api.InvalidRequestException;
import org.ctios.server.api.NoAgentToSuperviseException;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.SupervisorDesk;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.UnknownCallException;
import org.ctios.server.api.WrapUpRefusedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a module of the EAR relies on: each desk's EJB view is at {@code java:app/cti/<Desk>}, local, out of CTI OS's
 * own CDI injection of the desk, with no transaction, and its refusals cross unwrapped. (That it works in a server
 * is ear-tests' EarOnPayaraServerIT.)
 */
class DeskEjbViewsTest {

    @ParameterizedTest
    @ValueSource(classes = {AgentDeskEjb.class, CallDeskEjb.class, SupervisorDeskEjb.class})
    void eachViewIsTheDesksLocalStatelessEjbUnderItsName(Class<?> view) {
        Class<?> desk = view.getAnnotation(Local.class).value()[0];

        assertThat(view.getAnnotation(Local.class).value()).containsExactly(desk);
        assertThat(desk).isIn(AgentDesk.class, CallDesk.class, SupervisorDesk.class).isAssignableFrom(view);
        assertThat(view.getAnnotation(Stateless.class).name()).as("java:app/cti/" + desk.getSimpleName())
                .isEqualTo(desk.getSimpleName());
        assertThat(view.getAnnotation(Typed.class).value()).as("not a second CDI bean of the desk's type").isEmpty();
        assertThat(view.getAnnotation(TransactionAttribute.class).value())
                .isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
        assertThat(view.getAnnotation(Interceptors.class).value()).containsExactly(RefusalsUnwrapped.class);
    }

    /** A default method left to the interface would still go through the view; an abstract one must be the view's. */
    @ParameterizedTest
    @ValueSource(classes = {AgentDeskEjb.class, CallDeskEjb.class, SupervisorDeskEjb.class})
    void theViewImplementsEveryMethodTheDeskDeclares(Class<?> view) throws NoSuchMethodException {
        Class<?> desk = view.getAnnotation(Local.class).value()[0];
        for (Method method : desk.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers())) {
                assertThat(view.getDeclaredMethod(method.getName(), method.getParameterTypes())).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {UnknownAgentException.class, UnknownCallException.class, ActionNotEnabledException.class,
            InvalidRequestException.class, InvalidMessageException.class, ServerBusyException.class,
            WrapUpRefusedException.class, NoAgentToSuperviseException.class, CtiException.class})
    void theRefusalsAreApplicationExceptionsThatStillRollBack(Class<?> exception) {
        List<ApplicationException> marks = Arrays.stream(ancestry(exception))
                .map(type -> type.getAnnotation(ApplicationException.class)).filter(mark -> mark != null).toList();

        assertThat(marks).as("marked itself or inherited").isNotEmpty();
        assertThat(marks.get(0).rollback()).isTrue();
        assertThat(marks.get(0).inherited()).isTrue();
    }

    private static Class<?>[] ancestry(Class<?> type) {
        return type == null ? new Class<?>[0]
                : Stream.concat(Stream.of(type),
                        Arrays.stream(ancestry(type.getSuperclass()))).toArray(Class<?>[]::new);
    }
}
