package org.ctios.examples.screenpop;

import java.util.concurrent.CountDownLatch;
import org.ctios.client.Agent;
import org.ctios.client.Call;
import org.ctios.client.ConnectionStatus;
import org.ctios.client.CtiListener;
import org.ctios.client.CtiSession;
import org.ctios.client.ScreenPop;
import org.ctios.client.Snapshot;

/**
 * A screen pop: {@code --server http://127.0.0.1:8080 --user 1001:1001} signs in as agent 1001, makes it ready
 * (logging it in on its extension with its password when it is logged out, as the demo's agents are) and prints one
 * line per call delivered to it, with the caller's number, the number called and the call's data.
 */
public final class ScreenPopMain {

    public static void main(String[] args) throws InterruptedException {
        String server = option(args, "--server", "http://127.0.0.1:8080");
        String[] user = option(args, "--user", "1001:1001").split(":", 2);
        CountDownLatch failed = new CountDownLatch(1);
        CtiSession session = CtiSession.builder(server).basic(user[0], user[1]).agent(user[0])
                .listener(new CtiListener() {
                    @Override
                    public void onSnapshot(Snapshot snapshot) {
                        snapshot.agents().stream().filter(a -> a.id().equals(user[0])).findFirst()
                                .ifPresent(agent -> makeReady(agent, user[1]));
                    }

                    @Override
                    public void onCallDelivered(Call call, ScreenPop pop) {
                        System.out.printf("call %s ringing at %s: ANI %s, DNIS %s, call variables %s, ECC %s%n",
                                call.id(), pop.agentId(), pop.ani(), pop.dnis(), pop.callVariables(), pop.ecc());
                    }

                    @Override
                    public void onConnectionStatus(ConnectionStatus status, String detail) {
                        System.err.println("event stream " + status + (detail == null ? "" : ": " + detail));
                        if (status == ConnectionStatus.FAILED) {
                            failed.countDown();
                        }
                    }
                }).open();
        Runtime.getRuntime().addShutdownHook(new Thread(session::close));
        failed.await();
        System.exit(1);
    }

    private static void makeReady(Agent agent, String password) {
        var ready = "LOGOUT".equals(agent.state())
                ? agent.login(null, password).thenCompose(loggedIn -> loggedIn.value().ready())
                : agent.isEnabled("READY") ? agent.ready() : null;
        if (ready != null) {
            ready.whenComplete((outcome, failure) -> System.out.println(failure == null
                    ? "agent " + agent.id() + " ready, waiting for calls" : "agent " + agent.id() + ": " + failure));
        } else {
            System.out.println("agent " + agent.id() + " is " + agent.state() + ", waiting for calls");
        }
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
