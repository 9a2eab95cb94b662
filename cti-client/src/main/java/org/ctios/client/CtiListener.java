package org.ctios.client;

import java.util.Set;

/**
 * Hears what happens in a session, in CTI OS's spirit. Every method has an empty default: implement those you need.
 * All are called on the session's one listener thread, in the order of the events, never at the same time; a method
 * that throws is logged and the next notification follows. A listener that takes long delays only later
 * notifications (the session's objects keep following the server); if it falls a whole queue behind, the queued
 * notifications are dropped and it gets {@link #onSnapshot} with {@link Snapshot.Reason#LISTENER_FELL_BEHIND}.
 */
public interface CtiListener {

    /** The event stream opened, broke, is tried again, was refused for good, or the session closed. */
    default void onConnectionStatus(ConnectionStatus status, String detail) {
    }

    /** The server's CTI link changed (read every few seconds; the first reading too). */
    default void onLinkStatus(LinkStatus link) {
    }

    /** The whole picture: at the stream's start, after a reconnection the server could not resume, or after a fall behind. */
    default void onSnapshot(Snapshot snapshot) {
    }

    /** A call rings at an agent: the screen pop. */
    default void onCallDelivered(Call call, ScreenPop screenPop) {
    }

    /** An agent answered (or a dialled call connected). */
    default void onCallEstablished(Call call) {
    }

    default void onCallHeld(Call call) {
    }

    default void onCallRetrieved(Call call) {
    }

    /** The call's data (call variables, ECC, wrap-up data) changed. */
    default void onCallDataChanged(Call call) {
    }

    /**
     * The call changed through another CTI event ({@code event}: CallTransferred, CallConferenced, ConnectionCleared,
     * CallQueued...); {@code departedAgentIds} left it with this change.
     */
    default void onCallChanged(Call call, String event, Set<String> departedAgentIds) {
    }

    default void onCallEnded(CallEnd end) {
    }

    /** An agent's state, reason or pending state changed; {@code previous} is null when the session did not know it. */
    default void onAgentStateChanged(Agent agent, Agent previous) {
    }

    /**
     * The buttons an agent may press changed: on a call ({@code callId}), or its own ({@code callId} null: ready,
     * not ready, logout, make call...).
     */
    default void onEnabledActionsChanged(String agentId, String callId, Set<String> enabledActions) {
    }

    /** A skill group's statistics changed (team and monitor mode; agent mode reads them once per snapshot). */
    default void onSkillGroupStatistics(SkillGroup group) {
    }

    /**
     * Any other event of the stream, with its JSON as sent: {@code UserMessage}, {@code SilentMonitor},
     * {@code HelpRequested}, {@code signed-out}, and names a newer server adds.
     */
    default void onOtherEvent(String name, String json) {
    }
}
