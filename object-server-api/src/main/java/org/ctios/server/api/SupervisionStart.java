package org.ctios.server.api;

/**
 * Starts keeping the silent monitors and calls for help from the live model's notices, committed here or relayed
 * from the server that holds the CTI link. Called once the application runs, on a thread that has the application's
 * context (the web module's start does it): on Payara Server an observer of the application's start in the object
 * server's jar has no component context to create the live model in, and the EAR then failed to deploy.
 */
public interface SupervisionStart {

    /** Starts following the notices; calling it again changes nothing. */
    void follow();
}
