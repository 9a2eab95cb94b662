package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.junit.jupiter.api.AfterAll;
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
 * The supervisor dashboard in headless Chromium, signed in as {@code supervisor1} (team 1, Team Harbour, whose
 * supervisor is agent 1025), proving through the page only what a supervisor observes: the team's agents and their
 * states, a change on the switch shown live, Make ready, a member's call and barging in on it, the skill-group
 * statistics and the chart, sorting and filtering. The switch (the simulator) and the REST API are the references.
 *
 * <p>Calls reach agent 1004 alone through skill group 3 (Billing), whose simulated agents 1038–1049 are made not
 * ready, as in {@link CallControlIT}. The demo scenario of the tests generates no calls, so simulated agents stay
 * as they are and controlled ones never hang up: every wait below is for one thing the test caused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorDashboardIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int BILLING = 3;
    private static final String SUPERVISOR = "1025";

    /** One browser for the class: each test opens the page again (the tab keeps its sign-in). */
    private static Browser browser;

    @BeforeEach
    void theSwitchIsReadAndThePageIsOpen() {
        await("the link connects and the agents are read").atMost(Duration.ofSeconds(90)).until(() -> {
            RestClient.Reply agent = rest().get("api/agents/1006");
            return agent.status() == 200 && "AVAILABLE".equals(agent.body().get("state").asText());
        });
        if (browser == null) {
            browser = Browser.start();
            signIn();
        } else {
            browser.open(page());
        }
        browser.waitUntil("the team's rows are shown", d -> !d.findElements(row("1001")).isEmpty());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    // ------------------------------------------------------------------ helpers

    private String page() {
        return pageUrl("supervisor/");
    }

    /** Opens /cti/supervisor (no slash: the server redirects to the folder) and signs in with the page's form. */
    private void signIn() {
        browser.open(pageUrl("supervisor"));
        browser.waitUntil("the sign-in form", d -> d.findElement(By.id("sign-in")).isDisplayed());
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cti/supervisor/");
        browser.assertNothingButTheSignInBeforeSignIn();
        browser.signIn("supervisor1", "supervisor1");
        browser.waitUntil("the link and live events badges once signed in", d -> d.findElement(
                By.id("link-indicator")).isDisplayed() && d.findElement(By.id("stream-indicator")).isDisplayed());
    }

    private static By row(String agentId) {
        return By.cssSelector("#agents tbody tr[data-agent-id='" + agentId + "']");
    }

    private static By rowName(String agentId) {
        return By.cssSelector("#agents tbody tr[data-agent-id='" + agentId + "'] [data-field='name']");
    }

    private static By button(String agentId, String action) {
        return By.cssSelector("#agents tbody tr[data-agent-id='" + agentId + "'] button[data-action='" + action + "']");
    }

    private String rowState(String agentId) {
        return browser.find(row(agentId)).getAttribute("data-state");
    }

    private String badge(String agentId) {
        return browser.text(By.cssSelector("#agents tbody tr[data-agent-id='" + agentId + "'] .state-badge"));
    }

    /** The agent ids of the rows shown, top to bottom. */
    private List<String> shownIds() {
        return browser.driver().findElements(By.cssSelector("#agents tbody tr")).stream()
                .filter(WebElement::isDisplayed).map(r -> r.getAttribute("data-agent-id")).toList();
    }

    private JsonNode teamMembers() {
        return rest().get("api/teams/1").body().get("members");
    }

    private List<String> memberIds(Predicate<JsonNode> which) {
        List<String> ids = new ArrayList<>();
        teamMembers().forEach(member -> {
            if (which.test(member)) {
                ids.add(member.get("id").asText());
            }
        });
        return ids;
    }

    private void onSwitch(String agentId, AgentState state) {
        simulator.changeAgentState(agentId, state, 0);
        await("agent " + agentId + " " + state + " in the REST API").atMost(WAIT).until(() ->
                state.name().equals(rest().get("api/agents/" + agentId).body().get("state").asText()));
    }

    // ------------------------------------------------------------------ what the supervisor observes

    @Test
    @Order(1)
    void theTeamsAgentsAreListedWithTheirNamesAndStatesUnderTheDemoAccountsWarning() {
        browser.waitUntil("the demo accounts' warning", d -> d.findElement(By.id("server-warnings")).isDisplayed());
        assertThat(browser.text(By.id("server-warnings"))).startsWith("Demo accounts are on");
        List<String> members = memberIds(member -> true);
        assertThat(members).contains("1001", "1024", SUPERVISOR).doesNotContain("1026");

        browser.waitUntil("every member's row shows the state the REST API gives", d -> {
            JsonNode now = teamMembers();
            for (JsonNode member : now) {
                if (!member.get("state").asText().equals(rowState(member.get("id").asText()))) {
                    return false;
                }
            }
            return true;
        });

        assertThat(shownIds()).containsExactlyInAnyOrderElementsOf(members);
        for (JsonNode member : teamMembers()) {
            String id = member.get("id").asText();
            assertThat(member.get("firstName").asText()).as("the demo names %s", id).isNotBlank();
            assertThat(browser.text(rowName(id))).as("the name in %s's row", id)
                    .isEqualTo(member.get("firstName").asText() + " " + member.get("lastName").asText());
            assertThat(browser.find(row(id)).findElement(By.cssSelector("th")).getText()).as("with the id beside it")
                    .contains(id);
        }
        assertThat(browser.text(rowName("1004"))).isEqualTo("Daniel Whitfield");
        assertThat(browser.text(rowName(SUPERVISOR))).isEqualTo("Harriet Osei");
        assertThat(browser.text(By.id("team-name"))).contains("Team Harbour");
        assertThat(badge("1006")).isEqualTo("Available");
        assertThat(browser.text(By.cssSelector("#agents tbody tr[data-agent-id='1006'] [data-field='skillGroups']")))
                .isNotEmpty();
    }

    @Test
    @Order(2)
    void aStateChangeOnTheSwitchAppearsInTheRowWithoutReloading() {
        onSwitch("1003", AgentState.AVAILABLE);
        browser.waitUntil("1003 shown available", d -> badge("1003").equals("Available"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.ctiosNotReloaded = true;");

        simulator.changeAgentState("1003", AgentState.NOT_READY, 0);

        browser.waitUntil("1003 shown not ready", d -> badge("1003").equals("Not ready"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.ctiosNotReloaded === true;"))
                .as("the same page, not a reloaded one").isEqualTo(true);
        assertThat(browser.text(By.cssSelector("#agents tbody tr[data-agent-id='1003'] [data-field='since']")))
                .matches("\\d+:\\d\\d");
    }

    @Test
    @Order(3)
    void makeReadyMakesTheAgentAvailableOnThePageAndOnTheSwitch() {
        onSwitch("1003", AgentState.NOT_READY);
        browser.waitUntil("Make ready enabled for 1003", d -> d.findElement(button("1003", "ready")).isEnabled());
        assertThat(browser.find(button("1003", "logout")).isEnabled()).isTrue();

        browser.find(button("1003", "ready")).click();

        browser.waitUntil("1003 shown available", d -> badge("1003").equals("Available"));
        assertThat(switchAgent("1003").state()).isEqualTo(AgentState.AVAILABLE);
        browser.waitUntil("the outcome in the activity log",
                d -> d.findElement(By.id("activity")).getText().contains("Make ready 1003: done"));
        assertThat(browser.find(button("1003", "ready")).isEnabled()).as("no longer enabled once ready").isFalse();
    }

    @Test
    @Order(4)
    void logOutOnARowLogsTheAgentOutOnTheSwitch() {
        onSwitch("1003", AgentState.NOT_READY);
        browser.waitUntil("Log out enabled for 1003", d -> d.findElement(button("1003", "logout")).isEnabled());

        browser.find(button("1003", "logout")).click();

        browser.waitUntil("1003 shown logged out", d -> badge("1003").equals("Logout"));
        assertThat(switchAgent("1003").state()).isEqualTo(AgentState.LOGOUT);
        browser.waitUntil("the outcome in the activity log",
                d -> d.findElement(By.id("activity")).getText().contains("Log out 1003: done"));
    }

    @Test
    @Order(5)
    void aMembersCallIsShownMonitoredSilentlyThenBargingInJoinsTheSupervisorAndInterceptingTakesItOver() {
        for (int agent = 1038; agent <= 1049; agent++) {
            simulator.changeAgentState(String.valueOf(agent), AgentState.NOT_READY, 0);
        }
        onSwitch(SUPERVISOR, AgentState.NOT_READY);
        onSwitch("1004", AgentState.AVAILABLE);
        long callId = simulator.injectCall(BILLING, "0633330004", "8005550103", CallVariables.of("dashboard"),
                List.of());
        await("the call rings at 1004").atMost(WAIT).until(() -> {
            RestClient.Reply call = rest().get("api/calls/" + callId);
            return call.status() == 200 && Parties.stateOf(call.body(), "1004").equals("ALERTING");
        });
        browser.waitUntil("the ringing call in 1004's row", d -> d.findElement(row("1004")).getText()
                .contains("0633330004"));
        RestClient.Reply answered = rest().post("api/calls/" + callId + "/actions",
                "{\"action\":\"ANSWER\",\"agentId\":\"1004\"}");
        assertThat(answered.status()).as("%s", answered.body()).isEqualTo(200);

        browser.waitUntil("1004 shown talking on the call", d -> {
            WebElement row = d.findElement(row("1004"));
            return "TALKING".equals(row.getAttribute("data-state"))
                    && String.valueOf(callId).equals(row.getAttribute("data-call-id"))
                    && row.findElement(By.cssSelector("[data-field='call']")).getText().contains("Connected");
        });
        assertThat(new Select(browser.find(By.id("supervisor-phone"))).getFirstSelectedOption().getAttribute("value"))
                .as("supervisor1 is no agent: it barges in from the team's supervisor's phone").isEqualTo(SUPERVISOR);
        browser.waitUntil("Barge in enabled", d -> d.findElement(button("1004", "barge-in")).isEnabled());
        assertThat(browser.find(button("1003", "barge-in")).isEnabled()).as("1003 has no call").isFalse();

        // A silent monitor first: shown on the dashboard, no party of the call; End supervision ends it.
        browser.waitUntil("Monitor enabled", d -> d.findElement(button("1004", "monitor")).isEnabled());
        browser.find(button("1004", "monitor")).click();
        await("the switch has 1025 listening").atMost(WAIT).until(() -> SUPERVISOR.equals(simulator.calls().stream()
                .filter(c -> c.callId() == callId).findFirst().map(c -> c.monitoringSupervisorId()).orElse(null)));
        browser.waitUntil("1004's call shown monitored by 1025", d -> d.findElement(row("1004")).getText()
                .contains("monitored by " + SUPERVISOR));
        assertThat(Parties.stateOf(rest().get("api/calls/" + callId).body(), SUPERVISOR)).isEmpty();
        browser.waitUntil("End supervision enabled", d -> d.findElement(button("1004", "clear")).isEnabled());
        browser.find(button("1004", "clear")).click();
        await("the switch's monitor ended").atMost(WAIT).until(() -> simulator.calls().stream()
                .filter(c -> c.callId() == callId).findFirst().map(c -> c.monitoringSupervisorId() == null)
                .orElse(false));
        browser.waitUntil("1004's call no longer shown monitored", d -> !d.findElement(row("1004")).getText()
                .contains("monitored by"));

        // 1004 presses Assist: the alert shows with the call; its Monitor button takes it.
        RestClient.Reply assist = rest().as("1004", "1004").post("api/agents/1004/help", "{\"emergency\": false}");
        assertThat(assist.status()).as("%s", assist.body()).isEqualTo(200);
        By alert = By.cssSelector("#help-alerts li[data-agent-id='1004']");
        browser.waitUntil("the alert with 1004's call", d -> !d.findElements(alert).isEmpty()
                && d.findElement(alert).getText().contains("Assist") && d.findElement(alert).getText()
                .contains("0633330004"));
        browser.click(By.cssSelector("#help-alerts li[data-agent-id='1004'] [data-alert-action='monitor']"));
        await("the switch has 1025 listening again").atMost(WAIT).until(() -> SUPERVISOR.equals(simulator.calls()
                .stream().filter(c -> c.callId() == callId).findFirst().map(c -> c.monitoringSupervisorId())
                .orElse(null)));
        browser.waitUntil("the alert is taken", d -> d.findElements(alert).isEmpty()
                && d.findElement(By.id("help-alerts-panel")).getAttribute("hidden") != null);
        browser.waitUntil("End supervision enabled again", d -> d.findElement(button("1004", "clear")).isEnabled());
        browser.find(button("1004", "clear")).click();
        await("the switch's monitor ended again").atMost(WAIT).until(() -> simulator.calls().stream()
                .filter(c -> c.callId() == callId).findFirst().map(c -> c.monitoringSupervisorId() == null)
                .orElse(false));

        browser.find(button("1004", "barge-in")).click();

        await("the supervisor's phone is on the call").atMost(WAIT).until(() -> {
            List<String> devices = new ArrayList<>();
            rest().get("api/calls/" + callId).body().get("parties")
                    .forEach(party -> devices.add(party.get("deviceId").asText()));
            return devices.contains("2025");
        });
        browser.waitUntil("1025 shown talking", d -> badge(SUPERVISOR).equals("Talking"));
        browser.waitUntil("the chart has samples", d -> Integer.parseInt(
                d.findElement(By.id("chart")).getAttribute("data-samples")) >= 2);
        browser.waitUntil("1004's call shown supervised", d -> d.findElement(row("1004")).getText()
                .contains("supervised"));
        browser.screenshot("supervisor-dashboard");
        assertThat(browser.find(button("1004", "barge-in")).isEnabled()).as("1025 is on the call already").isFalse();

        browser.waitUntil("Intercept enabled", d -> d.findElement(button("1004", "intercept")).isEnabled());
        browser.find(button("1004", "intercept")).click();

        await("1004 has left the call, 1025 stays on it").atMost(WAIT).until(() -> {
            JsonNode call = rest().get("api/calls/" + callId).body();
            return Parties.stateOf(call, "1004").isEmpty() && Parties.stateOf(call, SUPERVISOR).equals("CONNECT");
        });
        browser.waitUntil("the call shown in 1025's row, no longer in 1004's", d ->
                String.valueOf(callId).equals(d.findElement(row(SUPERVISOR)).getAttribute("data-call-id"))
                        && d.findElement(row("1004")).getAttribute("data-call-id") == null);
        assertThat(browser.find(row(SUPERVISOR)).getText()).contains("0633330004").contains("Connected");
    }

    @Test
    @Order(6)
    void theStatisticsAreTheSkillGroupsFiguresAndTheChartHasSamples() {
        By billingLoggedIn = By.cssSelector("#statistics tr[data-skill-group='3'] [data-field='agentsLoggedIn']");
        browser.waitUntil("Billing's agents logged in as GET /skillgroups gives them", d -> {
            for (JsonNode group : rest().get("api/skillgroups").body()) {
                if (group.get("number").asText().equals("3")) {
                    return browser.text(billingLoggedIn).equals(group.get("agentsLoggedIn").asText());
                }
            }
            return false;
        });
        assertThat(Integer.parseInt(browser.text(billingLoggedIn))).isPositive();
        assertThat(browser.text(By.cssSelector("#statistics tr[data-skill-group='3'] th"))).contains("Billing");
        assertThat(browser.driver().findElements(By.cssSelector("#statistics tbody tr"))).hasSize(
                rest().get("api/skillgroups").body().size());

        By billingHandledBySwitch = By.cssSelector(
                "#statistics tr[data-skill-group='3'] [data-switch-field='callsHandledToday']");
        browser.waitUntil("Billing's calls handled today as the switch counts them, as GET /skillgroups/3 gives them",
                d -> browser.text(billingHandledBySwitch).equals(
                        rest().get("api/skillgroups/3").body().get("fromSwitch").get("callsHandledToday").asText()));
        By billingSwitchAge = By.cssSelector("#statistics tr[data-skill-group='3'] [data-switch-field='ageSeconds']");
        assertThat(browser.text(billingSwitchAge)).as("the switch's figures say how old they are")
                .matches("\\d+:\\d\\d");

        browser.waitUntil("the chart has drawn two samples", d -> Integer.parseInt(
                d.findElement(By.id("chart")).getAttribute("data-samples")) >= 2);
        String points = browser.find(By.cssSelector("#chart polyline[data-series='available']"))
                .getAttribute("points");
        assertThat(points.trim().split(" ")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.find(By.id("chart-summary")).getAttribute("textContent")).contains("available");
    }

    @Test
    @Order(7)
    void eachAgentsTimeInStateTodayAndTheSwitchsFiguresAreShown() {
        int members = memberIds(member -> true).size();
        browser.waitUntil("a time-in-state row for every member", d ->
                d.findElements(By.cssSelector("#time-in-state tbody tr")).size() == members);
        By loggedIn = By.cssSelector("#time-in-state tr[data-agent-id='1006'] [data-field='loggedInSeconds']");
        assertThat(browser.text(loggedIn)).as("1006 logged in since this class's switch started")
                .matches("[0-9]+:[0-9]{2}(:[0-9]{2})?").isNotEqualTo("0:00");

        By handled = By.cssSelector("#agent-statistics tr[data-agent-id='1006'] [data-field='handledCalls']");
        browser.waitUntil("1006's figures from the switch", d -> !d.findElements(handled).isEmpty()
                && !browser.text(handled).isEmpty());
        JsonNode statistics = rest().get("api/agents/1006/statistics").body();
        assertThat(browser.text(handled)).as("the reading the server keeps for the interval")
                .isEqualTo(statistics.get("today").get("handledCalls").asText());
        assertThat(browser.text(By.cssSelector("#agent-statistics tr[data-agent-id='1006'] [data-field='note']")))
                .endsWith("s ago");
        assertThat(browser.driver().findElements(By.cssSelector("#agent-statistics tbody tr")))
                .as("logged-in members only").hasSize(memberIds(m -> !"LOGOUT".equals(m.get("state").asText())).size());
    }

    @Test
    @Order(8)
    void sortingAndFilteringChangeTheRowsShown() {
        List<String> members = memberIds(member -> true);
        List<String> ascending = members.stream().sorted().toList();
        browser.waitUntil("sorted by agent id", d -> shownIds().equals(ascending));

        browser.find(By.cssSelector("#agents th[data-sort='id'] button")).click();

        List<String> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        assertThat(shownIds()).containsExactlyElementsOf(descending);
        assertThat(browser.find(By.cssSelector("#agents th[data-sort='id']")).getAttribute("aria-sort"))
                .isEqualTo("descending");

        browser.find(By.cssSelector("#agents th[data-sort='state'] button")).click();
        List<String> states = browser.driver().findElements(By.cssSelector("#agents tbody tr .state-badge")).stream()
                .map(WebElement::getText).toList();
        assertThat(states).isSortedAccordingTo(Comparator.naturalOrder()).contains("Available", "Talking");
        assertThat(browser.find(By.cssSelector("#agents th[data-sort='id']")).getAttribute("aria-sort")).isNull();

        browser.find(By.id("filter-text")).sendKeys("102");
        assertThat(shownIds()).containsExactlyInAnyOrderElementsOf(
                members.stream().filter(id -> id.contains("102")).toList());
        browser.find(By.id("filter-text")).clear();
        browser.find(By.id("filter-text")).sendKeys("whitfield");
        assertThat(shownIds()).as("a name, in any case").containsExactly("1004");
        browser.find(By.id("filter-text")).clear();
        browser.find(By.id("filter-text")).sendKeys(" ");   // clear() fires no input event

        new Select(browser.find(By.id("filter-state"))).selectByValue("TALKING");
        assertThat(shownIds()).containsExactlyInAnyOrderElementsOf(
                memberIds(member -> member.get("state").asText().equals("TALKING"))).contains(SUPERVISOR);
        new Select(browser.find(By.id("filter-state"))).selectByValue("");

        new Select(browser.find(By.id("filter-skill-group"))).selectByValue("3");
        List<String> billing = memberIds(member -> {
            List<String> groups = new ArrayList<>();
            member.get("skillGroups").forEach(group -> groups.add(group.asText()));
            return groups.contains("3");
        });
        assertThat(billing).isNotEmpty().hasSizeLessThan(members.size());
        assertThat(shownIds()).containsExactlyInAnyOrderElementsOf(billing);
        assertThat(browser.text(By.id("shown-count"))).isEqualTo(billing.size() + " of " + members.size()
                + " agents shown");
    }

    @Test
    @Order(9)
    void theComposerSendsToOneAgentAndTheAgentsQuestionsAreShown() {
        new Select(browser.find(By.id("message-to"))).selectByValue("AGENT:1002");
        browser.find(By.id("message-text")).sendKeys("Please take the next Billing call");
        browser.find(By.id("message-send")).click();

        browser.waitUntil("the message sent", d -> d.findElement(By.id("activity")).getText()
                .contains("Message to 1002: done"));
        await("the message stored for 1002").atMost(WAIT).untilAsserted(() ->
                assertThat(rest().as("1002", "1002").get("api/messages?agentId=1002").body().get("messages"))
                        .extracting(message -> message.get("text").asText())
                        .contains("Please take the next Billing call"));
        assertThat(rest().as("1001", "1001").get("api/messages?agentId=1001").body().get("messages"))
                .extracting(message -> message.get("text").asText())
                .doesNotContain("Please take the next Billing call");

        assertThat(rest().as("1001", "1001").post("api/messages", "{\"to\": \"SUPERVISORS\", \"teamId\": 1, "
                + "\"text\": \"Customer wants a callback\"}").status()).isEqualTo(202);
        browser.waitUntil("1001's question on the dashboard", d -> d.findElement(By.id("messages")).getText()
                .contains("1001: Customer wants a callback"));
    }

    @Test
    @Order(10)
    void anAgentIsSentToTheDesktopAndCrmPicksATeam() {
        signOutAndSignInAs("1001");
        browser.waitUntil("the message for an account without a team",
                d -> d.findElement(By.id("not-a-supervisor")).isDisplayed());
        assertThat(browser.find(By.cssSelector("#not-a-supervisor a")).getAttribute("href")).endsWith("/cti/");
        assertThat(browser.find(By.id("dashboard")).isDisplayed()).isFalse();

        signOutAndSignInAs("crm");
        browser.waitUntil("the team choice", d -> d.findElement(By.id("choose-team")).isDisplayed());
        new Select(browser.find(By.id("chosen-team"))).selectByValue("2");
        browser.find(By.cssSelector("#choose-team button[type=submit]")).click();

        browser.waitUntil("team 2's rows", d -> !d.findElements(row("1026")).isEmpty());
        assertThat(browser.text(By.id("team-name"))).contains("(team 2)");
        assertThat(browser.driver().findElements(row("1001"))).isEmpty();
        List<String> team2 = new ArrayList<>();
        rest().get("api/teams/2").body().get("members").forEach(member -> team2.add(member.get("id").asText()));
        assertThat(shownIds()).containsExactlyInAnyOrderElementsOf(team2);
    }

    private void signOutAndSignInAs(String user) {
        browser.find(By.id("sign-out")).click();
        browser.signIn(user, user);
    }
}
