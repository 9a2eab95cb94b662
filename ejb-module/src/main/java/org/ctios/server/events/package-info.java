/**
 * What the object server tells the rest of the application after each change has been committed: CDI events to
 * observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} (the web tier's event streams, enterprise
 * applications deployed beside it). Each carries the ids of what changed and the essentials; the queries give the
 * rest.
 *
 * <p>Every notice is a {@link org.ctios.server.events.Notice}, a sealed hierarchy: {@link
 * org.ctios.server.events.AgentStateNotice}, the {@link org.ctios.server.events.CallNotice}s, {@link
 * org.ctios.server.events.SkillGroupStatisticsNotice}, {@link org.ctios.server.events.UserMessageNotice} and the
 * supervision's {@link org.ctios.server.events.SilentMonitorNotice} and {@link
 * org.ctios.server.events.HelpAlertNotice}. They are fired as {@code Event<Notice>}, so an observer may
 * observe one type, {@code CallNotice} or {@code Notice}. Each answers what it {@link
 * org.ctios.server.events.Notice#concerns() concerns} (agents, calls, skill groups), and a {@link
 * org.ctios.server.events.Notice.Visitor} does something with each type, exhaustively: a new notice type does not
 * compile until every visitor handles it. Between the servers of a cluster, notices travel as their type's simple
 * name and their JSON; the types that may travel so are the hierarchy's records.
 *
 * <p>{@link org.ctios.server.events.LiveUpdates} gives the same notices in commit order together with the live
 * model's version that shows them ({@link org.ctios.server.events.LiveSnapshot}), for readers that must never wait
 * nor miss one: the event streams. There an agent's notice carries the agent as of its change, taken from that
 * version ({@link org.ctios.server.events.AgentStateNotice#agent()}). It lives here, beside what it delivers, so
 * that {@code api} does not depend on the notices while the notices depend on {@code api}'s views.
 */
package org.ctios.server.events;
