package org.ctios.server.api;

/**
 * Starts the object server once the application runs: reads the live model from the database, hands the remembered
 * agents and calls to the CTI link (outside a cluster; in one, the elected holder does it as it takes the link), and
 * starts keeping the silent monitors and calls for help from the notices. Called by the
 * web module's start, on a thread that has the application's context: on Payara Server an observer of the
 * application's start inside the object server's jar has no component context, and the steps that need the
 * database or a managed executor failed there.
 */
public interface ObjectServerStart {

    /**
     * Runs each step; a step that fails is logged and left to the first events and readers (the application starts
     * even so), except the supervision stores, without which it must not start.
     */
    void start();
}
