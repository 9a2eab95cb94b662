package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The agent desktop at {@code /cti/} in headless Chromium against the whole system: an agent signs in, logs in to
 * the ACD, goes ready, sees a call's screen pop the moment it rings, answers, edits call data, holds, retrieves,
 * releases and wraps up — every step through the page's buttons, every result read from the page and checked on the
 * switch or the REST API. Agent 1004 takes the Billing calls: the simulated Billing agents are made not ready.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentDesktopIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int BILLING = 3;

    private Browser browser;

    @BeforeEach
    void linkUpAndBillingQuiet() {
        await("the link connects and the agents are read").atMost(Duration.ofSeconds(90)).until(() -> {
            RestClient.Reply agent = rest().get("api/agents/1006");
            return agent.status() == 200 && "AVAILABLE".equals(agent.body().get("state").asText());
        });
        for (int agent = 1038; agent <= 1049; agent++) {
            simulator.changeAgentState(String.valueOf(agent), AgentState.NOT_READY, 0);
        }
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void anAgentHandlesACallFromTheDesktop() {
        signIn("1004", "1004");
        assertThat(browser.text(By.id("agent-id"))).isEqualTo("1004");
        awaitAgentState("Logout");

        browser.find(By.id("login-password")).sendKeys("1004");
        click(By.id("login"));
        awaitAgentState("Not ready");
        assertThat(switchAgent("1004").state()).isEqualTo(AgentState.NOT_READY);
        browser.waitUntil("the event stream is live", driver -> browser.text(By.id("stream-indicator"))
                .equals("Live"));
        browser.waitUntil("the CTI link is shown up", driver -> browser.text(By.id("link-indicator"))
                .startsWith("CTI link up"));
        By handledToday = By.cssSelector("#own-statistics [data-period='today'] [data-field='handledCalls']");
        browser.waitUntil("my figures read once logged in", driver -> browser.text(handledToday).matches("\\d+"));
        int handledBefore = Integer.parseInt(browser.text(handledToday));

        click(By.id("ready"));
        awaitAgentState("Available");
        assertThat(switchAgent("1004").state()).isEqualTo(AgentState.AVAILABLE);

        long callId = simulator.injectCall(BILLING, "0612345678", "8005550103", CallVariables.of("acct-42"),
                List.of(new NamedVariable("user.case", "C-77")));
        String card = callCard(callId);
        browser.waitUntil("the screen pop of call " + callId, driver -> browser.text(cardField(card, "ani"))
                .equals("0612345678"));
        assertThat(browser.find(By.cssSelector(card)).getAttribute("class")).contains("ringing");
        assertThat(browser.text(cardField(card, "title"))).isEqualTo("Incoming call " + callId);
        assertThat(browser.text(cardField(card, "dnis"))).isEqualTo("8005550103");
        assertThat(browser.text(cardField(card, "skillGroup"))).isEqualTo("Billing (3)");
        assertThat(browser.text(cardField(card, "queueTime"))).matches("\\d+:\\d\\d");
        assertThat(variable(card, "CallVariable1").getDomProperty("value")).isEqualTo("acct-42");
        assertThat(variable(card, "user.case").getDomProperty("value")).isEqualTo("C-77");
        assertThat(enabledCallButtons(card)).containsExactly("ANSWER", "DEFLECT");
        browser.screenshot("agent-desktop-screen-pop");

        click(actionButton(card, "ANSWER"));
        awaitAgentState("Talking");
        browser.waitUntil("the call connected on the page", driver -> browser.text(cardField(card, "state"))
                .equals("Connected"));
        assertThat(enabledCallButtons(card)).contains("HOLD", "RELEASE", "CONSULT", "SINGLE_STEP_TRANSFER",
                "CLEAR_CALL", "SEND_DTMF", "START_RECORDING", "BAD_CALL")
                .doesNotContain("ANSWER", "RETRIEVE", "DEFLECT", "STOP_RECORDING", "DROP_PARTY");
        assertThat(browser.text(cardField(card, "recording"))).isEqualTo("No");

        WebElement caseVariable = variable(card, "CallVariable2");
        caseVariable.sendKeys("case-7");
        browser.find(cardField(card, "wrapup")).sendKeys("resolved");
        click(cardField(card, "save"));
        await("the call data is stored").atMost(WAIT).untilAsserted(() -> {
            JsonNode call = rest().get("api/calls/" + callId).body();
            assertThat(call.get("callVariables").get("CallVariable2").asText()).isEqualTo("case-7");
            assertThat(call.get("callVariables").get("CallVariable1").asText()).isEqualTo("acct-42");
            assertThat(call.get("wrapupData").asText()).isEqualTo("resolved");
        });
        browser.screenshot("agent-desktop-talking");

        click(actionButton(card, "HOLD"));
        awaitAgentState("Hold");
        browser.waitUntil("the call held on the page", driver -> browser.text(cardField(card, "state"))
                .equals("Held"));
        assertThat(enabledCallButtons(card)).contains("RETRIEVE").doesNotContain("HOLD");

        click(actionButton(card, "RETRIEVE"));
        awaitAgentState("Talking");
        browser.waitUntil("the call connected again", driver -> browser.text(cardField(card, "state"))
                .equals("Connected"));

        click(actionButton(card, "RELEASE"));
        browser.waitUntil("the call leaves the desktop", driver -> driver.findElements(By.cssSelector(card)).isEmpty());
        assertThat(browser.find(By.id("no-calls")).isDisplayed()).isTrue();
        awaitAgentState("Work ready");
        assertThat(simulator.calls()).noneMatch(call -> call.callId() == callId);

        browser.waitUntil("the wrap-up is offered", driver -> browser.find(By.id("wrap-up")).isDisplayed());
        assertThat(browser.find(By.id("wrap-up-data")).getDomProperty("value")).as("the data typed during the call")
                .isEqualTo("resolved");
        new Select(browser.find(By.id("wrap-up-reason"))).selectByValue("sale");
        click(By.id("wrap-up-save"));
        await("the wrap-up is stored on the call's record").atMost(WAIT).untilAsserted(() -> {
            JsonNode records = rest().get("api/calls/history?agentId=1004&wrapupReason=sale").body().get("records");
            assertThat(records.findValuesAsText("id")).contains(String.valueOf(callId));
        });
        browser.waitUntil("the wrap-up panel closes", driver -> !browser.find(By.id("wrap-up")).isDisplayed());

        click(By.id("ready"));
        awaitAgentState("Available");
        assertThat(switchAgent("1004").state()).isEqualTo(AgentState.AVAILABLE);
        JsonNode history = rest().get("api/calls/history?agentId=1004&limit=5").body();
        assertThat(history.findValuesAsText("wrapupData")).contains("resolved");
        // the switch's figures are read again on the server's interval (30 s here): the call shows within it
        browser.waitUntil("my figures count the call", Duration.ofSeconds(75), driver ->
                browser.text(handledToday).equals(String.valueOf(handledBefore + 1)));
        assertThat(rest().get("api/agents/1004/statistics").body().get("today").get("handledCalls").asInt())
                .as("the switch's count, as the API gives it").isEqualTo(handledBefore + 1);

        assertThat(browser.find(By.id("logout")).isEnabled()).as("an available agent may not log out").isFalse();
        new Select(browser.find(By.id("not-ready-reason"))).selectByValue("2");
        click(By.id("not-ready"));
        awaitAgentState("Not ready");
        assertThat(browser.text(By.id("agent-reason"))).isEqualTo("Lunch");
        assertThat(switchAgent("1004").reasonCode()).isEqualTo(2);

        new Select(browser.find(By.id("logout-reason"))).selectByValue("1");
        click(By.id("logout"));
        awaitAgentState("Logout");
        assertThat(switchAgent("1004").state()).isEqualTo(AgentState.LOGOUT);
        assertThat(browser.text(By.id("agent-reason"))).isEqualTo("End of shift");
    }

    @Test
    @Order(2)
    void aWrongPasswordIsSaidOnThePageTheDemoAccountsAreWarnedOfAndALinkDownShowsABannerUntilTheLinkIsBack()
            throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(pageUrl("")))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>CTI OS — Agent desktop</title>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'"));

        browser.open(pageUrl(""));
        browser.assertNothingButTheSignInBeforeSignIn();
        browser.find(By.id("user")).sendKeys("1001");
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.cssSelector("#sign-in button[type=submit]")).click();
        browser.waitUntil("the refusal", driver -> browser.text(By.id("sign-in-error"))
                .equals("Wrong user name or password, or the account is disabled."));
        assertThat(browser.find(By.id("desk")).isDisplayed()).isFalse();

        browser.find(By.id("password")).clear();
        signIn("1001", "1001");
        browser.waitUntil("the demo accounts' warning", driver -> driver.findElement(By.id("server-warnings"))
                .isDisplayed());
        assertThat(browser.text(By.id("server-warnings"))).startsWith("Demo accounts are on").contains("public");
        browser.waitUntil("the event stream is live", driver -> browser.text(By.id("stream-indicator"))
                .equals("Live"));
        assertThat(browser.text(By.id("link-indicator"))).as("the link badge once signed in").startsWith("CTI link up");
        assertThat(browser.find(By.id("link-banner")).isDisplayed()).isFalse();
        try {
            simulator.failSide("A");
            simulator.failSide("B");
            browser.waitUntil("the link-down banner", driver -> driver.findElement(By.id("link-banner"))
                    .isDisplayed() && browser.text(By.id("link-banner")).startsWith("The CTI link is down"));
            assertThat(browser.text(By.id("link-indicator"))).isEqualTo("CTI link down");
            browser.screenshot("agent-desktop-link-down");
        } finally {
            simulator.restoreSide("A");
            simulator.restoreSide("B");
        }
        browser.waitUntil("the banner goes once the link is back", driver -> !driver.findElement(By.id("link-banner"))
                .isDisplayed());
    }

    @Test
    @Order(3)
    void anAgentDialsFromTheDialPadAndTheLiveEventsComeBackWhenTheServerClosesTheStream() {
        simulator.changeAgentState("1002", AgentState.NOT_READY, 0);
        signIn("1001", "1001");
        if (browser.text(By.id("agent-state")).equals("Logout") || waitForState().equals("Logout")) {
            browser.find(By.id("login-password")).sendKeys("1001");
            click(By.id("login"));
        }
        awaitAgentState("Not ready");

        for (char digit : "2002".toCharArray()) {
            browser.find(By.cssSelector("#dial-pad button[aria-label='digit " + digit + "']")).click();
        }
        assertThat(browser.find(By.id("dial-number")).getDomProperty("value")).isEqualTo("2002");
        click(By.id("make-call"));
        String card = "#calls article.call-card";
        browser.waitUntil("the dialled call on the desktop", driver -> browser.text(cardField(card, "parties"))
                .contains("2002 (agent 1002) ringing"));
        long callId = Long.parseLong(browser.find(By.cssSelector(card)).getAttribute("data-call-id"));
        assertThat(simulator.calls()).anyMatch(call -> call.callId() == callId);

        click(actionButton(card, "RELEASE"));
        browser.waitUntil("the call leaves the desktop", driver -> driver.findElements(By.cssSelector(card)).isEmpty());

        // An operator restarts every stream (the server closes it): the page reconnects by itself and catches up.
        assertThat(rest().as("admin", "admin").post("api/system/event-streams/restart", "").status()).isEqualTo(204);
        simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
        browser.waitUntil("the page says the live events came back", driver -> browser.text(By.id("activity"))
                .contains("Live events resumed"));
        assertThat(browser.text(By.id("activity"))).contains("Live events interrupted");
        assertThat(browser.text(By.id("stream-indicator"))).isEqualTo("Live");
        awaitAgentState("Available");
    }

    @Test
    @Order(4)
    void anAgentConsultsAColleagueAndTransfersTheCallFromTheDesktop() {
        simulator.changeAgentState("1005", AgentState.NOT_READY, 0);
        signIn("1004", "1004");
        if (waitForState().equals("Logout")) {
            browser.find(By.id("login-password")).sendKeys("1004");
            click(By.id("login"));
            awaitAgentState("Not ready");
        }
        long customerCall = readyAndAnswerABillingCall("0698765432", "acct-9");
        String customerCard = callCard(customerCall);
        awaitAgentState("Talking");

        browser.find(cardField(customerCard, "destination")).sendKeys("2005");
        click(actionButton(customerCard, "CONSULT"));
        browser.waitUntil("the customer call held", driver -> browser.text(cardField(customerCard, "state"))
                .equals("Held"));
        String consultationCard = "#calls article.call-card:not([data-call-id='" + customerCall + "'])";
        browser.waitUntil("the consultation rings at 1005", driver -> browser.text(cardField(consultationCard,
                "parties")).contains("2005 (agent 1005) ringing"));
        long consultation = Long.parseLong(browser.find(By.cssSelector(consultationCard))
                .getAttribute("data-call-id"));
        // The colleague answers on its own phone (through the REST API, as its desktop would).
        assertThat(rest().post("api/calls/" + consultation + "/actions",
                "{\"action\": \"ANSWER\", \"agentId\": \"1005\"}").status()).isEqualTo(200);
        browser.waitUntil("the colleague answered", driver -> browser.text(cardField(consultationCard, "parties"))
                .contains("2005 (agent 1005) connected"));
        browser.screenshot("agent-desktop-consultation");

        click(actionButton(consultationCard, "TRANSFER"));
        browser.waitUntil("both calls leave the desktop", driver -> driver.findElements(
                By.cssSelector("#calls article.call-card")).isEmpty());
        assertThat(simulator.calls()).filteredOn(call -> call.callId() == customerCall).singleElement()
                .satisfies(call -> assertThat(call.connections()).extracting(ConnectionView::deviceId)
                        .contains("2005").doesNotContain("2004"));
        assertThat(rest().get("api/calls/" + customerCall).body().get("agentIds").toString()).isEqualTo("[\"1005\"]");
    }

    @Test
    @Order(5)
    void theDeskShowsTheAgentsNameAndOnACallTheAgentSendsDtmfRecordsAndAsksForHelpFromTheCard() {
        simulator.changeAgentState("1004", AgentState.NOT_READY, 0);
        await("1004 not ready in the REST API").atMost(WAIT).until(() ->
                "NOT_READY".equals(rest().get("api/agents/1004").body().get("state").asText()));
        signIn("1004", "1004");
        awaitAgentState("Not ready");
        JsonNode agent = rest().get("api/agents/1004").body();
        assertThat(browser.text(By.id("agent-id"))).isEqualTo("1004");
        assertThat(browser.text(By.id("agent-name"))).as("the organisation's names, as GET /agents/1004 gives them")
                .isEqualTo(agent.get("firstName").asText() + " " + agent.get("lastName").asText())
                .isEqualTo("Daniel Whitfield");
        assertThat(browser.text(By.id("agent-heading"))).startsWith("Agent 1004").contains("Daniel Whitfield");

        long callId = readyAndAnswerABillingCall("0655550005", "acct-5");
        String card = callCard(callId);
        browser.waitUntil("the call connected on the page", driver -> browser.text(cardField(card, "state"))
                .equals("Connected"));

        click(By.cssSelector(card + " [data-tone='1']"));
        click(By.cssSelector(card + " [data-tone='2']"));
        await("the switch hears each key's tone, in order").atMost(WAIT)
                .until(() -> "12".equals(onSwitch(callId).dtmfDigits()));
        browser.find(cardField(card, "digits")).sendKeys("*#");
        click(actionButton(card, "SEND_DTMF"));
        await("the switch hears the digits").atMost(WAIT).until(() -> "12*#".equals(onSwitch(callId).dtmfDigits()));
        browser.waitUntil("the outcome in the activity log", driver -> browser.text(By.id("activity"))
                .contains("Send dtmf call " + callId + ": done"));

        assertThat(browser.text(cardField(card, "recording"))).isEqualTo("No");
        click(actionButton(card, "START_RECORDING"));
        browser.waitUntil("the card says the call is recorded", driver -> browser.text(cardField(card, "recording"))
                .equals("Yes"));
        assertThat(onSwitch(callId).recorded()).as("the switch records").isTrue();
        assertThat(enabledCallButtons(card)).contains("STOP_RECORDING").doesNotContain("START_RECORDING");

        click(actionButton(card, "STOP_RECORDING"));
        browser.waitUntil("the card says the call is no longer recorded", driver -> browser.text(
                cardField(card, "recording")).equals("No"));
        assertThat(onSwitch(callId).recorded()).as("the switch stopped recording").isFalse();
        assertThat(enabledCallButtons(card)).contains("START_RECORDING").doesNotContain("STOP_RECORDING");
        assertThat(onSwitch(callId).dtmfDigits()).as("no digit sent by the recording's buttons").isEqualTo("12*#");

        // Assist with no supervisor of the team logged in: a plain answer; with one, help is coming.
        click(By.id("assist"));
        browser.waitUntil("the desktop says nobody could be alerted", driver -> browser.text(By.id("help-status"))
                .contains("no supervisor of your team is logged in"));
        simulator.onSwitch(acd -> acd.login("1025", "1025", null));
        click(By.id("emergency"));
        browser.waitUntil("the desktop says help is coming", driver -> browser.text(By.id("help-status"))
                .startsWith("Emergency: help is coming"));
        assertThat(browser.text(By.id("help-status"))).contains("call " + callId);

        click(actionButton(card, "RELEASE"));
        browser.waitUntil("the call leaves the desktop", driver -> driver.findElements(By.cssSelector(card)).isEmpty());
    }

    // ------------------------------------------------------------------ helpers

    /** The signed-in agent becomes ready on the page and answers a Billing call there; its call id. */
    private long readyAndAnswerABillingCall(String ani, String account) {
        click(By.id("ready"));
        awaitAgentState("Available");
        long callId = simulator.injectCall(BILLING, ani, "8005550103", CallVariables.of(account), List.of());
        click(actionButton(callCard(callId), "ANSWER"));
        return callId;
    }

    private static String callCard(long callId) {
        return "#calls article[data-call-id='" + callId + "']";
    }

    /** The switch's truth about a call; it fails the test when the switch no longer has it. */
    private static CallView onSwitch(long callId) {
        return simulator.calls().stream().filter(call -> call.callId() == callId).findFirst()
                .orElseThrow(() -> new AssertionError("the switch has no call " + callId));
    }

    /** The agent state the page shows once it shows one. */
    private String waitForState() {
        return browser.waitUntil("an agent state on the page", driver -> {
            String state = browser.text(By.id("agent-state"));
            return state.isEmpty() ? null : state;
        });
    }

    @Test
    @Order(6)
    void theDesktopShowsTheMessagesItMissedAndThoseThatComeAndAsksItsSupervisors() {
        RestClient supervisor = rest().as("supervisor1", "supervisor1");
        assertThat(supervisor.post("api/messages", "{\"to\": \"AGENT\", \"agentId\": \"1003\", "
                + "\"text\": \"Sent while you were away\"}").status()).isEqualTo(202);
        signIn("1003", "1003");
        browser.waitUntil("the event stream is live", driver -> browser.text(By.id("stream-indicator"))
                .equals("Live"));
        browser.waitUntil("the message sent before the page opened", driver -> browser.text(By.id("messages"))
                .contains("Sent while you were away"));

        assertThat(supervisor.post("api/messages", "{\"to\": \"TEAM\", \"teamId\": 1, "
                + "\"text\": \"Huddle in five minutes\"}").status()).isEqualTo(202);
        browser.waitUntil("the team's message, from the stream", driver -> browser.text(By.id("messages"))
                .contains("supervisor1 to team 1: Huddle in five minutes"));
        assertThat(browser.find(By.cssSelector("#messages li")).getText()).as("newest first")
                .contains("Huddle in five minutes");

        browser.find(By.id("message-text")).sendKeys("Caller asks for a refund over the limit");
        click(By.id("message-send"));
        browser.waitUntil("the question sent", driver -> browser.text(By.id("activity"))
                .contains("Message to the supervisors: done"));
        await("the question reaches the team's supervisors").atMost(WAIT).untilAsserted(() ->
                assertThat(supervisor.get("api/messages?teamId=1").body().get("messages"))
                        .extracting(message -> message.get("text").asText())
                        .contains("Caller asks for a refund over the limit"));
        assertThat(browser.find(By.id("message-text")).getDomProperty("value")).isEmpty();
    }

    @Test
    @Order(7)
    void anIntegratorsPageUsesTheClientLibraryParserSessionScreenPopControlsAndTypedErrors() {
        simulator.changeAgentState("1003", AgentState.AVAILABLE, 0);
        browser.open(pageUrl(""));
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();

        // The stream parser, fed three bytes at a time: CRLF split across chunks, a comment, data on two lines.
        Object parsed = page.executeAsyncScript(LIBRARY + """
                const events = [];
                const parser = new library.EventStreamParser((event) => events.push(event));
                const bytes = new TextEncoder().encode(': heartbeat\\r\\nid: 7\\r\\nevent: AgentState\\r\\n'
                  + 'data: {"a":\\r\\ndata: 1}\\r\\n\\r\\ndata: x\\n\\n');
                for (let i = 0; i < bytes.length; i += 3) parser.push(bytes.slice(i, i + 3));
                return JSON.stringify(events);""" + DONE);
        assertThat(parsed).isEqualTo("[{\"type\":\"AgentState\",\"data\":\"{\\\"a\\\":\\n1}\",\"id\":\"7\"},"
                + "{\"type\":\"message\",\"data\":\"x\",\"id\":\"7\"}]");

        // An agent-mode session, as an integrator opens one; its listeners keep what they hear for the test.
        Object opened = page.executeAsyncScript(LIBRARY + """
                const [client] = await library.CtiClient.signIn('1003', '1003');
                const session = await client.openSession({ agentId: '1003' });
                window.heard = { delivered: [], established: [], ended: [], links: [], connection: [] };
                session.on('connectionStatus', ({ status }) => window.heard.connection.push(status));
                session.on('callDelivered', ({ call, agentId, screenPop }) => window.heard.delivered.push(
                  { callId: call.id, agentId, ani: screenPop.ani, account: call.callVariables.CallVariable1 }));
                session.on('callEstablished', ({ call }) => window.heard.established.push(call.id));
                session.on('callEnded', ({ callId }) => window.heard.ended.push(callId));
                session.on('linkStatus', ({ link }) => window.heard.links.push(Boolean(link && link.connected)));
                window.session = session;
                await new Promise((resolve) => { session.on('snapshot', resolve); });
                const declarations = await fetch(new URL('assets/js/cti-client.d.ts', document.baseURI));
                return [session.agent.state, session.connection, declarations.status,
                  (await declarations.text()).includes('export class CtiSession')].join(' ');""" + DONE);
        assertThat(opened).isEqualTo("AVAILABLE open 200 true");

        long callId = simulator.injectCallForAgent("1003", null, "0612340003", "8005550103",
                CallVariables.of("acct-1003"), List.of());
        browser.waitUntil("the screen pop heard by the session", driver -> page.executeScript(
                "return window.heard.delivered.length") instanceof Long count && count > 0);
        assertThat(page.executeScript("return JSON.stringify(window.heard.delivered)")).isEqualTo(
                "[{\"callId\":\"" + callId + "\",\"agentId\":\"1003\",\"ani\":\"0612340003\","
                        + "\"account\":\"acct-1003\"}]");

        // A control the agent's buttons do not offer is refused with a typed error; answer and release are not.
        Object controls = page.executeAsyncScript(LIBRARY + """
                const call = window.session.calls.get('%d');
                let refused;
                try {
                  await window.session.agent.logout();
                } catch (error) {
                  refused = `${error instanceof library.ProblemError} ${error.status} ${error.type}`;
                }
                await call.answer();
                return refused;""".formatted(callId) + DONE);
        assertThat(controls).isEqualTo("true 409 urn:ctios:problem:not-enabled");
        browser.waitUntil("the call established, heard by the session", driver -> page.executeScript(
                "return window.heard.established.length") instanceof Long count && count > 0);
        page.executeAsyncScript(LIBRARY + "await window.session.calls.get('" + callId + "').release(); return 'ok';"
                + DONE);
        browser.waitUntil("the call ended, heard by the session", driver -> page.executeScript(
                "return window.heard.ended.join()").equals(String.valueOf(callId)));
        assertThat(page.executeScript("return window.heard.links.includes(true)")).isEqualTo(true);

        // The server closes every stream: the session reconnects by itself and catches up with what changed.
        assertThat(rest().as("admin", "admin").post("api/system/event-streams/restart", "").status()).isEqualTo(204);
        simulator.changeAgentState("1003", AgentState.NOT_READY, 0);
        browser.waitUntil("the session back, with the agent's new state", driver -> page.executeScript(
                "return window.heard.connection.includes('reconnecting') && window.session.connection + ' '"
                        + " + window.session.agent.state").equals("open NOT_READY"));
        page.executeScript("window.session.close()");
    }

    /** The start of an async script that has the library as {@code library}; {@link #DONE} ends it. */
    private static final String LIBRARY = """
            const done = arguments[arguments.length - 1];
            (async () => {
              const library = await import(new URL('assets/js/cti-client.js', document.baseURI).href);
            """;
    private static final String DONE = """
            })().then(done, (error) => done(`failed: ${error}`));
            """;

    private void signIn(String user, String password) {
        browser.open(pageUrl(""));
        browser.signIn(user, password);
        browser.waitUntil("the desk", driver -> driver.findElement(By.id("desk")).isDisplayed());
    }

    private void awaitAgentState(String label) {
        browser.waitUntil("agent state " + label + " on the page", driver -> browser.text(By.id("agent-state"))
                .equals(label));
    }

    /** Clicks a button once the page has enabled it (the enablement comes with the stream's events). */
    private void click(By button) {
        browser.waitUntil(button + " enabled", driver -> driver.findElement(button).isEnabled());
        browser.find(button).click();
    }

    private static By cardField(String card, String field) {
        return By.cssSelector(card + " [data-field='" + field + "']");
    }

    private static By actionButton(String card, String action) {
        return By.cssSelector(card + " [data-action='" + action + "']");
    }

    private WebElement variable(String card, String name) {
        return browser.find(By.cssSelector(card + " input[data-variable='" + name + "']"));
    }

    private List<String> enabledCallButtons(String card) {
        return browser.find(By.cssSelector(card)).findElements(By.cssSelector("[data-action]")).stream()
                .filter(WebElement::isEnabled).map(button -> button.getAttribute("data-action")).toList();
    }
}
