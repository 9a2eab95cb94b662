package org.ctios.server.api.view;

/**
 * A wrap-up reason (disposition) of the catalogue: the code stored on the call's record and filtered on, and the
 * label desktops show.
 */
public record WrapUpReason(String code, String label) {
}
