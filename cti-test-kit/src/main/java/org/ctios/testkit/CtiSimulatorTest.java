package org.ctios.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a simulated CTI Server pair (a PBX/ACD with its CTI Server, both sides on free loopback
 * ports), started before the class and shared by every class of the run that asks for the same switch. Test methods,
 * constructors and {@code @BeforeAll} methods receive it as a {@link CtiTestSwitch} parameter.
 *
 * <p>Put it <em>before</em> {@code @ExtendWith(ArquillianExtension.class)}: it then runs first, so the system
 * properties it sets ({@link KitProperties}) are there when Arquillian reads {@code arquillian.xml} and starts the
 * server, and the server's connector finds the switch at its first attempt.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CtiSimulatorExtension.class)
public @interface CtiSimulatorTest {

    /**
     * The switch's contact centre: the path of a scenario file (see pbx-simulator/README.md), or {@code demo} for
     * the built-in one (50 agents 1001–1050 in three skill groups and two teams, every agent logged in and ready).
     */
    String scenario() default "demo";

    /** Calls the switch generates per second; 0, the default, leaves every call to the test. */
    double callsPerSecond() default 0;

    /**
     * Whether the test deploys the CTI connector (the RAR) in Payara Micro: the kit then writes the post-boot command
     * file that deploys it ({@link KitProperties#POST_BOOT_FILE}) and fails the class, naming what it looked for,
     * when it cannot find the RAR. {@code false} for tests that only talk to the switch.
     */
    boolean deployConnector() default true;
}
