/**
 * The test kit for applications that use the CTI connector: {@link org.ctios.testkit.CtiSimulatorTest} starts a
 * simulated CTI Server pair for a JUnit 5 test class and hands it over as a {@link org.ctios.testkit.CtiTestSwitch};
 * {@link org.ctios.testkit.PayaraMicroConnector} and {@link org.ctios.testkit.KitProperties} give an Arquillian
 * Payara Micro container what it needs to deploy the connector beside the application under test.
 */
package org.ctios.testkit;
