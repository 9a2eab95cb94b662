package org.ctios.client;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes down every notification as a line, in order, and keeps the last screen pop and call end. */
class RecordingListener implements CtiListener {

    final List<String> heard = new CopyOnWriteArrayList<>();
    final List<ScreenPop> screenPops = new CopyOnWriteArrayList<>();
    final List<CallEnd> ends = new CopyOnWriteArrayList<>();
    final List<Snapshot> snapshots = new CopyOnWriteArrayList<>();

    boolean heard(String line) {
        return heard.contains(line);
    }

    @Override
    public void onConnectionStatus(ConnectionStatus status, String detail) {
        heard.add("connection " + status);
    }

    @Override
    public void onLinkStatus(LinkStatus link) {
        heard.add("link " + (link.up() ? "up" : "down") + " " + link.side());
    }

    @Override
    public void onSnapshot(Snapshot snapshot) {
        snapshots.add(snapshot);
        heard.add("snapshot " + snapshot.reason() + " agents " + snapshot.agents().size() + " calls "
                + snapshot.calls().size());
    }

    @Override
    public void onCallDelivered(Call call, ScreenPop screenPop) {
        screenPops.add(screenPop);
        heard.add("delivered " + call.id() + " to " + screenPop.agentId());
    }

    @Override
    public void onCallEstablished(Call call) {
        heard.add("established " + call.id());
    }

    @Override
    public void onCallHeld(Call call) {
        heard.add("held " + call.id());
    }

    @Override
    public void onCallRetrieved(Call call) {
        heard.add("retrieved " + call.id());
    }

    @Override
    public void onCallDataChanged(Call call) {
        heard.add("data " + call.id() + " " + call.callVariables());
    }

    @Override
    public void onCallChanged(Call call, String event, Set<String> departedAgentIds) {
        heard.add("changed " + call.id() + " " + event + " departed " + departedAgentIds);
    }

    @Override
    public void onCallEnded(CallEnd end) {
        ends.add(end);
        heard.add("ended " + end.callId());
    }

    @Override
    public void onAgentStateChanged(Agent agent, Agent previous) {
        heard.add("agent " + agent.id() + " " + agent.state());
    }

    @Override
    public void onEnabledActionsChanged(String agentId, String callId, Set<String> enabledActions) {
        heard.add("buttons " + agentId + (callId == null ? "" : " on " + callId) + " " + enabledActions);
    }

    @Override
    public void onSkillGroupStatistics(SkillGroup group) {
        heard.add("statistics " + group.number() + " queued " + group.callsQueued());
    }

    @Override
    public void onOtherEvent(String name, String json) {
        heard.add("other " + name);
    }
}
