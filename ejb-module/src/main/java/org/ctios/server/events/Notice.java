package org.ctios.server.events;

/**
 * Something the object server tells once a change is committed: about an agent, a call, or skill groups' figures.
 * Every notice answers for itself what it {@link #concerns()} (what an event stream routes it by), and hands itself
 * to a {@link Visitor}'s method for its type ({@link #accept}), for code that does something different with each.
 *
 * <p>The hierarchy is sealed, and the visitor is how a consumer dispatches on it exhaustively in Java 17 (which has
 * no pattern matching for {@code switch}): it has one method per notice type and no defaults, so adding a notice
 * adds a method that every visitor must implement, and the compiler names each consumer that does not handle it.
 * A visitor rather than an enum of kinds because each method receives the notice as its own type, without a cast.
 */
public sealed interface Notice permits AgentStateNotice, CallNotice, SkillGroupStatisticsNotice,
        UserMessageNotice, SilentMonitorNotice, HelpAlertNotice {

    /** The agents, calls and skill groups this notice is about. */
    Concerns concerns();

    /** What {@code visitor}'s method for this notice's type returns for it. */
    <R> R accept(Visitor<R> visitor);

    /**
     * Something done with each type of notice, one method per type.
     *
     * @param <R> what it gives for a notice
     */
    interface Visitor<R> {

        R agentState(AgentStateNotice notice);

        R callDelivered(CallDeliveredNotice notice);

        R callEstablished(CallEstablishedNotice notice);

        R callHeld(CallHeldNotice notice);

        R callRetrieved(CallRetrievedNotice notice);

        R callEnded(CallEndedNotice notice);

        R callData(CallDataNotice notice);

        R callChanged(CallChangedNotice notice);

        R skillGroupStatistics(SkillGroupStatisticsNotice notice);

        R userMessage(UserMessageNotice notice);

        R silentMonitor(SilentMonitorNotice notice);

        R helpAlert(HelpAlertNotice notice);
    }
}
