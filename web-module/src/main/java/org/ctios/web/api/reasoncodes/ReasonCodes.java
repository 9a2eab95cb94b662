package org.ctios.web.api.reasoncodes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ctios.web.reasons.ReasonLabels;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reason codes this deployment's desktops offer for not ready and for logout, read once from MicroProfile
 * Config at start; a bad list fails the deployment with the setting's name and the faulty entry. The server does
 * not refuse a code missing from these lists: the CTI Server is the authority on codes, the lists are what
 * desktops offer.
 */
@ApplicationScoped
public class ReasonCodes {

    public static final String NOT_READY = "ctios.reason-codes.not-ready";
    public static final String LOGOUT = "ctios.reason-codes.logout";
    static final String NOT_READY_DEFAULT = "1=Break,2=Lunch,3=Meeting,4=Training,5=Coaching,6=Outbound work";
    static final String LOGOUT_DEFAULT = "1=End of shift,2=Sick,3=Other work";

    private static final Logger LOG = Logger.getLogger(ReasonCodes.class.getName());

    @Inject
    @ConfigProperty(name = NOT_READY, defaultValue = NOT_READY_DEFAULT)
    String notReadyText;

    @Inject
    @ConfigProperty(name = LOGOUT, defaultValue = LOGOUT_DEFAULT)
    String logoutText;

    private List<ReasonCode> notReady;
    private List<ReasonCode> logout;
    private ReasonLabels labels;

    /** Reads the lists with the application's start, so that a bad one stops the deployment, not a request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.fine(() -> notReady().size() + " not-ready and " + logout().size() + " logout reason codes");
    }

    @PostConstruct
    void read() {
        notReady = ReasonCodeList.parse(NOT_READY, notReadyText);
        logout = ReasonCodeList.parse(LOGOUT, logoutText);
        labels = new ReasonLabels(byCode(notReady), byCode(logout));
        warnAboutSystemCodes(NOT_READY, notReady);
        warnAboutSystemCodes(LOGOUT, logout);
    }

    private static void warnAboutSystemCodes(String setting, List<ReasonCode> codes) {
        codes.stream().filter(code -> ReasonCodeList.setBySystem(code.code())).forEach(code -> LOG.warning(setting
                + ": code " + code.code() + " (" + code.label() + ") is one Unified CCE sets itself (32767 ring no "
                + "answer, 50001 and above system codes); desktops will offer it"));
    }

    public List<ReasonCode> notReady() {
        return notReady;
    }

    public List<ReasonCode> logout() {
        return logout;
    }

    /**
     * The label of every reason code an agent may show: these lists', then the switch's own codes'; produced for the
     * representations and the event streams.
     */
    @Produces
    public ReasonLabels labels() {
        return labels;
    }

    private static Map<Integer, String> byCode(List<ReasonCode> codes) {
        return codes.stream().collect(Collectors.toMap(ReasonCode::code, ReasonCode::label));
    }
}
