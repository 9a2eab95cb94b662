/**
 * Classes the tests add to the deployed WAR: an application beside CTI OS that observes its notices, and a probe
 * the tests read the server's inside through.
 */
package org.ctios.it.beside;
